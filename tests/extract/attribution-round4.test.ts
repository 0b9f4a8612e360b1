/**
 * Attribution rules of the fourth round, on sentences written for the test: a time adjunct after a
 * nominal object and between the subject and the cue, a cue inside a relative clause, a list of
 * the subject's acts after the content, a quoted title before the subject, and the object with its
 * quoted predicate ("called X “…”").
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { documentArticle } from '../../src/eval/quotes.js';

function attributions(text: string) {
  return extractClaims(statementArticle(text, 't'), { headline: false }).attributions;
}

/** Every draft the frames propose for a one-paragraph text, before the filter. */
function drafts(text: string) {
  const article = documentArticle('t', text);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  return findAttributionCandidates(attributionInput('t', article.text, units, terms)).map((c) => c.attribution);
}

describe('attribution rules, round 4', () => {
  it('a time adjunct ends a nominal object', () => {
    const found = drafts('Mayor Anna Berg endorsed Paul Reed last week in a short letter.').find((x) => x.cue?.raw === 'endorsed');
    expect(found?.raw).toBe('Paul Reed');
    const onDay = drafts('The union backed the harbour plan on Tuesday despite the cost.').find((x) => x.cue?.raw === 'backed');
    expect(onDay?.raw).toBe('the harbour plan');
  });

  it('a time adjunct between the subject and the cue does not hide the subject', () => {
    const found = drafts('Tom Hardy, the county chairman, this past week announced the creation of a new harbour board.').find((x) => x.cue?.raw === 'announced');
    expect(found, drafts('Tom Hardy, the county chairman, this past week announced the creation of a new harbour board.').map((x) => x.raw).join(' | ')).toBeDefined();
    expect(found!.speaker?.canonical).toBe('Tom Hardy');
  });

  it('a cue in a relative clause ends its content at the comma before the main verb', () => {
    const found = drafts('Olga Petrova, who declined to comment, returned the letters to the council.').find((x) => x.cue?.raw === 'declined');
    // Either no draft or one that stops before the main clause.
    expect(found?.raw ?? '').not.toContain('returned');
  });

  it('a reporting verb after a comma starts the next act of the subject, not the content', () => {
    const found = drafts('Tom Hardy suggested the vote was rigged, called the count “a farce” and left the hall.').find((x) => x.cue?.raw === 'suggested');
    expect(found?.raw).toBe('the vote was rigged');
  });

  it('a title in quotation marks before the subject is no quotation of the speaker', () => {
    const a = drafts('Speaking on the channel’s “Morning Report,” Paul Reed said the harbour plan would cost the town dearly.');
    expect(a.some((x) => x.raw === 'Morning Report,' || x.raw === 'Morning Report')).toBe(false);
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the harbour plan would cost the town dearly.');
  });

  it('"called X “…”" reads the object and its quoted predicate as one mixed content', () => {
    const a = attributions('Anna Berg called the harbour plan “a costly mistake” at the meeting on Monday.');
    const found = a.find((x) => x.cue?.raw === 'called');
    expect(found?.raw).toBe('the harbour plan “a costly mistake” at the meeting on Monday.');
    expect(found?.speaker?.canonical).toBe('Anna Berg');
    const long = drafts('Tom Hardy called the new harbour plan “absurd.”').find((x) => x.cue?.raw === 'called');
    expect(long?.raw).toBe('the new harbour plan “absurd.”');
    // A short object with nothing after the quotation leaves the quotation alone.
    const short = drafts('Tom Hardy called the plan “absurd.”').find((x) => x.cue?.raw === 'called');
    expect(short?.raw).toBe('absurd.');
  });
});
