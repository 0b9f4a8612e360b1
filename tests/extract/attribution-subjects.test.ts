/**
 * Finding the speaker before a cue (context.ts subjectBefore, 05-attributions.ts cueAt) and the
 * content before a frame (content-first.ts): negation and modals between subject and cue, a
 * common noun the tagger reads as a verb after a name or determiner, a name in apposition, a
 * verb the tagger reads as a noun after a name, a possessive's apostrophe (no closing mark),
 * "told" with its addressee closing a frame, a parenthesis, a time adjunct or a comma between
 * the subject and the cue, coordinated verbs, group subjects, a person before a chain of "of"
 * phrases, contracted pronouns, and a name after the cue that is no inverted speaker.
 */
import { describe, expect, it } from 'vitest';
import { attributions, byCue, drafts, firstByCue, reading, show, titled } from './attribution-cases.js';

/** The drafts as "content | speaker". */
const read = (text: string) => drafts(text).map((a) => `${a.raw.replace(/\.$/u, '')} | ${a.speaker?.raw ?? '-'}`);

describe('subjects before a cue', () => {
  it('skips negation and modals between the subject and the cue', () => {
    expect(read('Two others have not said who they would vote for.')).toContain('who they would vote for | Two others');
    expect(read('And I can now say, with the benefit of hindsight, that their plan has failed.')).toContain('that their plan has failed | I');
    expect(read('In the excerpt, the two did not directly discuss his criticisms of her.')).toContain('his criticisms of her | the two');
    // A negated verb that is no cue proposes nothing.
    expect(drafts('Two others have not arrived at the hall.')).toHaveLength(0);
  });

  it('reads a common noun after a name or determiner as the head of the subject', () => {
    expect(read('But Cologne police say they have not yet found the men.')).toContain('they have not yet found the men | Cologne police');
    expect(read('Another ranking says he is not even a millionaire.')).toContain('he is not even a millionaire | Another ranking');
    // The determiner belongs to the subject: the speaker is not the bare gerund.
    expect(read('Another ranking says he is not even a millionaire.').some((r) => r.endsWith('| ranking'))).toBe(false);
    // A lower-case word after a name with a comma between is no head of the subject.
    expect(read('In Cologne, police say they have not yet found the men.').some((r) => r.endsWith('| Cologne police'))).toBe(false);
  });

  it('takes a name in apposition between commas as the speaker', () => {
    const found = drafts('One of the authors of that 2013 report, Jane Roe, said the plan would test their conclusions.');
    const d = found.find((a) => a.raw.startsWith('the plan would test'));
    expect(d?.speaker?.raw).toBe('Jane Roe');
    // A description in apposition leaves the name before it as the speaker.
    const other = drafts('Jane Roe, the aide, said the plan was dead.').find((a) => a.raw.startsWith('the plan was dead'));
    expect(other?.speaker?.raw).toBe('Jane Roe');
  });

  it('reads a cue verb tagged as a noun after a named subject', () => {
    expect(read('Mr. Putin forecast that the slumping economy would soon rebound.')).toContain('that the slumping economy would soon rebound | Putin');
    // The noun after a determiner stays a noun: no draft for "the forecast".
    expect(drafts('The forecast that the economy would rebound was wrong.').some((a) => a.cue?.raw === 'forecast' && a.speaker !== null && /Putin/u.test(a.speaker.raw))).toBe(false);
  });

  it('does not take a possessive apostrophe for a closing quotation mark', () => {
    const r = read('Jane Roe was booed at Thursday night’s debate when she said Doe’s attack was an attack on the president.');
    expect(r).toContain('Doe’s attack was an attack on the president | she');
    expect(r.some((x) => x.startsWith('Jane Roe was booed'))).toBe(false);
    // A real closing mark before the subject still closes the quotation.
    expect(read('“We will win,” she said on Monday.')).toContain('We will win, | she');
  });
});

describe('"told" with an addressee closing a frame', () => {
  it('reads the content before "…, X told Y."', () => {
    expect(read('He had been completing his second year, a school spokesman told The Daily Herald.')).toContain('He had been completing his second year | a school spokesman');
    expect(read('Her husband was free and would soon be coming home, the president told her.')).toContain('Her husband was free and would soon be coming home | the president');
    expect(read('This is not about me, President Roe told his closest advisers on Monday.')).toContain('This is not about me | Roe');
  });

  it('leaves "told Y that …" to the content after the cue', () => {
    const r = read('In the morning, the senator told reporters that the plan was dead.');
    expect(r).toContain('that the plan was dead | the senator');
    expect(r.some((x) => x.startsWith('In the morning'))).toBe(false);
  });
});

describe('a subject apart from its cue', () => {
  it('a party-and-state parenthesis is skipped to the name before it', () => {
    const a = attributions('Sen. Olga Petrova (D-Vt.) said the budget would fail.');
    const found = a.find((x) => x.raw === 'the budget would fail.');
    expect(found?.speaker?.canonical).toBe('Olga Petrova');
  });

  it('a time adjunct between the subject and the cue does not hide the subject', () => {
    const text = 'Tom Hardy, the county chairman, this past week announced the creation of a new harbour board.';
    const found = firstByCue(text, 'announced');
    expect(found, drafts(text).map((x) => x.raw).join(' | ')).toBeDefined();
    expect(found!.speaker?.canonical).toBe('Tom Hardy');
  });

  it('a mention before a comma is not the subject of the cue after it', () => {
    const text = 'Whatever progress Anna Berg has made, officials said, could easily be undone.';
    const found = byCue(text, 'said');
    expect(found.length, show(text)).toBeGreaterThan(0);
    for (const a of found) expect(a.speaker?.raw ?? '').not.toMatch(/Berg/u);
  });

  it('takes the person before a chain of "of" phrases as the subject', () => {
    const first = titled('Tom Hanley of Friends of the Earth said the plan was flawed.');
    expect(firstByCue(first, 'said')?.speaker?.raw, show(first)).toMatch(/^Tom Hanley/u);
    const after = titled('The plan was flawed, Tom Hanley of Friends of the Earth said.');
    const found = firstByCue(after, 'said');
    expect(found?.raw, show(after)).toBe('The plan was flawed');
    expect(found!.speaker?.raw).toMatch(/^Tom Hanley/u);
    // Without a person before the "of", the organisation stays the speaker.
    expect(firstByCue(titled('Friends of the Earth said the plan was flawed.'), 'said')?.speaker?.raw).toMatch(/Earth/u);
  });
});

describe('coordinated verbs and main clauses', () => {
  it('a cue coordinated after a verb with a named object keeps the first subject', () => {
    const a = attributions('Tom Hardy called both Anna Berg and Paul Reed “reckless” and said the city could not afford the plan.');
    const found = a.find((x) => x.raw === 'the city could not afford the plan.');
    expect(found?.speaker?.canonical).toBe('Tom Hardy');
  });

  it('credits a verb after the sentence only comma to the main clause subject', () => {
    const body = titled('He pledged to cut taxes and cast doubt on the official rate of 4.9 percent, suggested that the real rate could be higher.');
    const found = firstByCue(body, 'suggested');
    expect(found?.speaker?.raw, show(body)).toBe('He');
    // An apposition between two commas still names the subject.
    const apposition = titled('Jane Doe, 45, said the rate could be higher.');
    expect(firstByCue(apposition, 'said')?.speaker?.raw, show(apposition)).toBe('Jane Doe');
  });
});

const groupRows: ReadonlyArray<{ text: string; content: string; speaker: string; cue: string }> = [
  { text: 'Those polled said the harbour tax was the top issue.', content: 'the harbour tax was the top issue.', speaker: 'Those polled', cue: 'said' },
  { text: 'Farmers interviewed say the new canal will help them.', content: 'the new canal will help them.', speaker: 'Farmers interviewed', cue: 'say' },
  { text: 'Most of them said the ferry should keep running.', content: 'the ferry should keep running.', speaker: 'Most of them', cue: 'said' },
  { text: 'Three of whom said the ferry should keep running.', content: 'the ferry should keep running.', speaker: 'Three of whom', cue: 'said' },
];

describe('group subjects', () => {
  for (const row of groupRows) {
    it(row.text, () => {
      const found = attributions(row.text);
      const a = found.find((x) => x.raw === row.content);
      expect(a, `found: ${found.map((x) => JSON.stringify(x.raw)).join(', ')}`).toBeDefined();
      expect(a!.speaker?.raw).toBe(row.speaker);
      expect(a!.cue?.raw).toBe(row.cue);
    });
  }

  it('does not take a participle after a comma as part of a group subject', () => {
    const a = attributions('The voters, polled last week, said the canal will help.').find((x) => x.raw === 'the canal will help.');
    expect(a?.speaker?.raw ?? '').not.toMatch(/polled/u);
  });
});

describe('pronoun subjects', () => {
  it('reads a contracted pronoun as the subject, its pronoun part as the speaker', () => {
    const body = titled('Jane Roe spoke first. She\'s said she\'ll fight all the way to the convention.');
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(["she'll fight all the way to the convention."]);
    expect(said[0]!.speaker?.raw).toBe('She');
    // The mention of the resolved pronoun covers "She", not the contracted verb.
    expect(reading(body).input.mentions.mentions.some((m) => m.raw === 'She' && m.form === 'pronoun')).toBe(true);
    const plural = titled("They've argued the plan is too costly for the city.");
    expect(byCue(plural, 'argued')[0]?.speaker?.raw, show(plural)).toBe('They');
  });

  it('reads no speaker from an impersonal "it\'s said"', () => {
    const body = titled("It's said that the plan will fail.");
    expect(byCue(body, 'said').filter((x) => x.speaker !== null), show(body)).toEqual([]);
  });
});

describe('nouns around the cue', () => {
  it('reads a name that modifies a noun after the cue as part of the content, not as an inverted speaker', () => {
    const body = titled('Gov. Jane Roe of Ohio, a Republican who has refused to endorse Mr. Doe, said the Smith family deserved better.');
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['the Smith family deserved better.']);
    expect(said[0]!.speaker?.raw).toBe('Jane Roe');
    // A name that closes the frame is still the inverted speaker.
    const inverted = titled('“We will win,” said John Doe in a statement.');
    expect(byCue(inverted, 'said')[0]?.speaker?.raw, show(inverted)).toBe('John Doe');
  });

  it('reads a noun the tagger takes for a verb before the cue as the head of the subject', () => {
    const body = titled('Other refugee advocates also said the government should go further.');
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['the government should go further.']);
    expect(said[0]!.speaker?.raw).toBe('Other refugee advocates');
    expect(byCue(body, 'advocates')).toEqual([]);
    const campaign = titled('The campaign says the average donation amount was $27.');
    expect(byCue(campaign, 'says')[0]?.speaker?.raw, show(campaign)).toBe('The campaign');
    // A verb after a pronoun is the cue.
    const verb = titled('He advocates a tax cut for the middle class.');
    expect(byCue(verb, 'advocates').map((x) => x.raw), show(verb)).toEqual(['a tax cut for the middle class.']);
  });
});
