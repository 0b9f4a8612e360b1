/**
 * Attribution rules of the seventh round, on sentences written for the test: a titled or untyped
 * name with an apposition between a quotation and its cue, a person before a chain of "of"
 * phrases, a frame that splits a clause's subject from its verb, a time adjunct with a setting after
 * the cue, and drafts of one object shape.
 */
import { describe, expect, it } from 'vitest';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { documentArticle } from '../../src/eval/quotes.js';
import { sentenceContext, type ArticleContext } from '../../src/extract/attribution/context.js';

/** Every candidate the frames propose for a text (a title paragraph first), before the filter. */
function candidates(body: string) {
  const article = documentArticle('t', `Title line.\n\n${body}`);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  return findAttributionCandidates(attributionInput('t', article.text, units, terms));
}
const drafts = (body: string) => candidates(body).map((c) => c.attribution);
/** The frame reader of a candidate, from its filter tokens ("participial|kind=indirect"). */
const frameOf = (c: ReturnType<typeof candidates>[number]) => c.tokens.find((t) => /^[a-z-]+\|kind=/u.test(t))?.split('|')[0];

const show = (body: string) => drafts(body).map((x) => `${x.raw} <${x.cue?.raw ?? '-'}|${x.speaker?.raw ?? '-'}>`).join(' ; ');

describe('attribution rules, round 7', () => {
  it('reads a quotation, a titled name and an apposition before the cue as one frame', () => {
    const body = '"Nobody expected that outcome," Senator Mary J. Olsen, Democrat of Ohio, said of the vote on the bill.';
    const said = drafts(body).filter((x) => x.cue?.raw === 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['Nobody expected that outcome,']);
    expect(said[0]!.speaker?.raw).toBe('Mary J. Olsen');
    // An untyped name ("Will" read as a noun) with an apposition is a speaker too.
    const untyped = '"We have to fix the roads first," Will Henson, the mayor of the small town, said of the plan.';
    expect(drafts(untyped).find((x) => x.cue?.raw === 'said')?.raw, show(untyped)).toBe('We have to fix the roads first,');
  });

  it('reads no apposition frame when other words stand between the quotation and the name', () => {
    const body = '"The fee will rise," and now the whole town of Marlow, which voted for it, said nothing.';
    const said = drafts(body).filter((x) => x.cue?.raw === 'said');
    expect(said.some((x) => x.raw.startsWith('The fee will rise')), show(body)).toBe(false);
  });

  it('takes the person before a chain of "of" phrases as the subject', () => {
    const first = 'Tom Hanley of Friends of the Earth said the plan was flawed.';
    expect(drafts(first).find((x) => x.cue?.raw === 'said')?.speaker?.raw, show(first)).toMatch(/^Tom Hanley/u);
    const after = 'The plan was flawed, Tom Hanley of Friends of the Earth said.';
    const found = drafts(after).find((x) => x.cue?.raw === 'said');
    expect(found?.raw, show(after)).toBe('The plan was flawed');
    expect(found!.speaker?.raw).toMatch(/^Tom Hanley/u);
    // Without a person before the "of", the organisation stays the speaker.
    expect(drafts('Friends of the Earth said the plan was flawed.').find((x) => x.cue?.raw === 'said')?.speaker?.raw).toMatch(/Earth/u);
  });

  it('reads a frame that splits the subject from its verb as one content around it', () => {
    const plain = 'The company, the agency said Tuesday, will cut 300 jobs.';
    const found = drafts(plain).find((x) => x.cue?.raw === 'said');
    expect(found?.raw, show(plain)).toBe('The company, the agency said Tuesday, will cut 300 jobs.');
    expect(found!.speaker?.raw).toBe('the agency');
    const inverted = 'The main change, said Tom Hanley, is that the fee goes up.';
    const inv = drafts(inverted).find((x) => x.cue?.raw === 'said');
    expect(inv?.raw, show(inverted)).toBe('The main change, said Tom Hanley, is that the fee goes up.');
    expect(inv!.speaker?.raw).toBe('Tom Hanley');
    // A fronted adjunct before the frame and a clause after it: the content is the clause only.
    const adjunct = 'In Ohio, Hanley said, the plan is popular.';
    expect(drafts(adjunct).find((x) => x.cue?.raw === 'said')?.raw, show(adjunct)).toBe('the plan is popular.');
  });

  it('ends a frame at a time adjunct followed by its setting', () => {
    const body = 'The company will cut 300 jobs, the agency said Tuesday in a statement.';
    const found = drafts(body).find((x) => x.cue?.raw === 'said');
    expect(found?.raw, show(body)).toBe('The company will cut 300 jobs');
    expect(found!.speaker?.raw).toBe('the agency');
    // Speaker first: the content follows the setting, not the time word.
    const first = 'The agency said Tuesday in a statement that the company will cut 300 jobs.';
    expect(drafts(first).find((x) => x.cue?.raw === 'said')?.raw, show(first)).toBe('the company will cut 300 jobs.');
  });

  it('gives every draft the same properties in the same order', () => {
    const text = 'Anna Berg said the plan works.';
    const article: ArticleContext = { text, sentences: [{ type: 'sentence', range: [0, text.length], raw: text, paragraph: 0, section: 'body' }], paragraphs: [[0, text.length]], quotesByParagraph: [[]], drafts: [], usedQuotes: new Set() };
    const ctx = sentenceContext(article, 0, [], [], []);
    ctx.push({ content: [15, 29], kind: 'indirect', speaker: null, cue: null, quote: null });
    ctx.push({ content: [15, 29], kind: 'indirect', speaker: null, cue: null, quote: null, variant: 'clause', relaxed: 'rule', ownSetting: true });
    const [a, b] = article.drafts;
    expect(Object.keys(a!)).toEqual(Object.keys(b!));
    expect(a!.variant).toBeUndefined();
    expect(b!.variant).toBe('clause');
    expect(b!.ownSetting).toBe(true);
  });
});

describe('attribution rules, round 7: main clauses and quotations after the cue', () => {
  it('credits a verb after the sentence only comma to the main clause subject', () => {
    const body = 'He pledged to cut taxes and cast doubt on the official rate of 4.9 percent, suggested that the real rate could be higher.';
    const found = drafts(body).find((x) => x.cue?.raw === 'suggested');
    expect(found?.speaker?.raw, show(body)).toBe('He');
    // An apposition between two commas still names the subject.
    const apposition = 'Jane Doe, 45, said the rate could be higher.';
    expect(drafts(apposition).find((x) => x.cue?.raw === 'said')?.speaker?.raw, show(apposition)).toBe('Jane Doe');
  });

  it('reads a participle after a comma and an adverb', () => {
    const body = 'Jane Doe has raised questions about the mayor’s birthplace and religion, falsely suggesting that the mayor was born abroad.';
    const found = candidates(body).find((x) => x.attribution.cue?.raw === 'suggesting');
    expect(found?.attribution.raw, show(body)).toBe('the mayor was born abroad.');
    expect(found!.attribution.speaker?.raw).toBe('Jane Doe');
    expect(frameOf(found!)).toBe('participial');
    // Without the comma, the adverb and participle open no participial frame.
    const plain = 'Jane Doe kept falsely suggesting that the mayor was born abroad.';
    expect(candidates(plain).some((x) => x.attribution.cue?.raw === 'suggesting' && frameOf(x) === 'participial'), show(plain)).toBe(false);
  });

  it('leaves a whole quotation after "X said," to the cue, not to a parenthetical frame', () => {
    const body = 'Asked what he would like the nominee to embody, Jane Doe said, “They have got to be able to win.”';
    const said = drafts(body).filter((x) => x.cue?.raw === 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['“They have got to be able to win.”']);
    // A quoted continuation in lower case still ends the frame's content.
    const tail = 'The plan will fail, Jane Doe said, "because nobody wants it."';
    expect(drafts(tail).find((x) => x.cue?.raw === 'said')?.raw, show(tail)).toBe('The plan will fail, Jane Doe said, "because nobody wants it."');
  });

  it('reads a fronted subordinate clause with its main clause after a parenthetical frame', () => {
    const body = 'When the guests came in, Jane Doe said in an interview, the mayor looked away from them.';
    expect(drafts(body).find((x) => x.cue?.raw === 'said')?.raw, show(body)).toBe('When the guests came in, Jane Doe said in an interview, the mayor looked away from them.');
    // Without a main clause the subordinate clause is no content.
    const bare = 'When the guests came in, Jane Doe said in an interview.';
    expect(drafts(bare).some((x) => x.raw.startsWith('When the guests')), show(bare)).toBe(false);
  });
});

describe('attribution rules, round 7: "according to" inside a sentence', () => {
  it('reads the sentence around a frame inside it as the content', () => {
    const body = 'The tax, according to the survey, is fair.';
    const found = drafts(body).find((x) => x.cue?.raw === 'according to');
    expect(found?.raw, show(body)).toBe('The tax, according to the survey, is fair.');
    expect(found!.speaker?.raw).toBe('the survey');
    // At the sentence end, the content is what comes before the frame.
    const end = 'The tax is fair, according to the survey.';
    expect(drafts(end).find((x) => x.cue?.raw === 'according to')?.raw, show(end)).toBe('The tax is fair');
  });

  it('ends the source at a dash', () => {
    const body = 'Most voters - 63 percent in 2014, according to the survey - still believe the tax is fair.';
    const found = drafts(body).find((x) => x.cue?.raw === 'according to');
    expect(found?.speaker?.raw, show(body)).toBe('the survey');
    expect(found!.raw).toBe(body);
  });
});

describe('attribution rules, round 7: leads before a colon', () => {
  it('reads the lead after a dash as the speaker of the quotation after the colon', () => {
    const body = 'POLLS NOT WRONG, JUST TOO EARLY - Jane Doe: “Although the polls failed to predict the win, they were not wrong.”';
    const found = drafts(body).find((x) => x.raw.startsWith('“Although'));
    expect(found?.speaker?.raw, show(body)).toBe('Jane Doe');
    // A long lead with no dash is a sentence, not a speaker.
    const sentence = 'The polls that failed to predict the win on Tuesday night were wrong about one thing: “turnout.”';
    expect(drafts(sentence).some((x) => x.raw.includes('turnout') && x.cue === null), show(sentence)).toBe(false);
  });

  it('reads a transcript turn to the end of its paragraph', () => {
    const body = 'HANLEY: I think he is trying to campaign as a healer. I think that has been part of his message.\n\nThe next paragraph is the writer’s.';
    const turn = drafts(body).find((x) => x.cue === null && x.speaker?.raw === 'HANLEY');
    expect(turn?.raw, show(body)).toBe('I think he is trying to campaign as a healer. I think that has been part of his message');
    // A title-cased lead that is no transcript speaker reads its own sentence only.
    const headline = 'Jane Doe: The tax is fair. The writer adds more here.';
    expect(drafts(headline).find((x) => x.cue === null)?.raw, show(headline)).toBe('The tax is fair');
  });
});
