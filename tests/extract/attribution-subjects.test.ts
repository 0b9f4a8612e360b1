/**
 * Finding the speaker before a cue (context.ts subjectBefore, 05-attributions.ts cueAt) and the
 * content before a frame (content-first.ts): negation and modals between subject and cue, a
 * common noun the tagger reads as a verb after a name or determiner, a name in apposition, a
 * verb the tagger reads as a noun after a name, a possessive's apostrophe (no closing mark), and
 * "told" with its addressee closing a frame.
 */
import { describe, expect, it } from 'vitest';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { documentArticle } from '../../src/eval/quotes.js';

function drafts(text: string) {
  const article = documentArticle('t', text);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  return findAttributionCandidates(attributionInput('t', article.text, units, terms)).map((c) => c.attribution);
}

/** The drafts as "content | speaker". */
const read = (text: string) => drafts(text).map((a) => `${a.raw.replace(/\.$/u, '')} | ${a.speaker?.raw ?? '-'}`);

describe('subjects before a cue', () => {
  it('skips negation and modals between the subject and the cue', () => {
    expect(read('Two others have not said who they would vote for.')).toContain('who they would vote for | Two others');
    expect(read('And I can now say, with the benefit of hindsight, that their plan has failed.')).toContain('their plan has failed | I');
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
    expect(read('Mr. Putin forecast that the slumping economy would soon rebound.')).toContain('the slumping economy would soon rebound | Putin');
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
    expect(r).toContain('the plan was dead | the senator');
    expect(r.some((x) => x.startsWith('In the morning'))).toBe(false);
  });
});
