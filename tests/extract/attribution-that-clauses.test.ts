/**
 * "That" clauses: the content of `X said that …` and `his insistence that …` starts at the "that"
 * (as PolNeAR marks it), the filter reads the clause after it (one feature marks the "that"), and
 * the claim text leaves the "that" out, so that claims read as before. A "that" after a participle
 * or a subordinate clause following the cue opens no content of the cue.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';
import { draftFeatures, draftTokens, FEATURE_NAMES } from '../../src/extract/attribution/filter.js';
import type { Draft } from '../../src/extract/attribution/context.js';
import { byCue, drafts, firstByCue, show, titled } from './attribution-cases.js';

/** The contents of the drafts whose cue is `cue`. */
const contents = (text: string, cue: string): string[] => byCue(text, cue).map((a) => a.raw);
const extract = (text: string) => extractClaims(statementArticle(text, 't'), { headline: false });

describe('"that" clause contents', () => {
  it('start at the "that" after a cue, after its adjuncts too', () => {
    expect(contents('The governor said that the bridge would reopen in May.', 'said')).toEqual(['that the bridge would reopen in May.']);
    expect(contents('The governor said on Friday that the bridge would reopen.', 'said')).toEqual(['that the bridge would reopen.']);
    // The words before the "that" are no part of the content.
    expect(contents('The governor said on Friday that the bridge would reopen.', 'said').some((c) => c.includes('Friday'))).toBe(false);
  });

  it('start at the first word when there is no "that"', () => {
    expect(contents('The governor said the bridge would reopen in May.', 'said')).toEqual(['the bridge would reopen in May.']);
  });

  it('start at the "that" after a noun that reports', () => {
    const found = firstByCue('Her insistence that the bridge would reopen was ignored.', 'insistence');
    expect(found?.raw).toBe('that the bridge would reopen was ignored.');
  });

  it('read no "that" of a relative clause in an apposition after the frame', () => {
    const text = 'Victims of violence would be considered a distinct group for asylum, Jane Roe said, a policy that could make it easier for them to stay.';
    const said = contents(text, 'said');
    expect(said.some((c) => c.startsWith('that could'))).toBe(false);
    expect(said.some((c) => c.startsWith('Victims of violence'))).toBe(true);
  });

  it('keep a demonstrative "that" before the cue as the content\'s first word', () => {
    expect(contents('That plan will fail, the governor said.', 'said')).toContain('That plan will fail');
  });
});

describe('"that" clauses after adjuncts and clauses', () => {
  it('reads a "that" clause after the cue and its adjuncts as content, not the phrase before the subject', () => {
    const body = titled('Courted by many donors, Jane Roe said on Friday that she may wait until the primaries.');
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['that she may wait until the primaries.']);
    // Without the "that" clause the phrase before a plain frame is still its content.
    const plain = titled('The plan will fail in the end, Jane Roe said on Friday.');
    expect(byCue(plain, 'said').map((x) => x.raw), show(plain)).toEqual(['The plan will fail in the end']);
  });

  it('reads no "that" past a participle or a subordinate clause after the cue', () => {
    const body = titled('Jane Roe pointed to the new budget plan, noting that he has put together a strong campaign.');
    const pointed = drafts(body).filter((x) => x.cue?.raw.startsWith('pointed'));
    expect(pointed.some((x) => x.raw.endsWith('he has put together a strong campaign.')), show(body)).toBe(false);
    const although = titled('Most members approve of his job performance, although that figure is lower than last year.');
    expect(drafts(although).some((x) => /^(?:that )?figure is lower/u.test(x.raw)), show(although)).toBe(false);
    // An adverb between commas is an adjunct: "that" still opens the content.
    const however = titled('Jane Roe warned both sides, however, that the talks would fail.');
    expect(byCue(however, 'warned').map((x) => x.raw), show(however)).toEqual(['that the talks would fail.']);
  });
});

describe('the filter on a "that" clause', () => {
  const text = 'The governor said that the bridge would reopen.';
  const draft: Draft = { content: [18, 47], kind: 'indirect', speaker: null, cue: { range: [13, 17], raw: 'said' }, via: null, sentence: 0, paragraph: 0, quote: null, ownSetting: false, frame: 'speaker-first', relaxed: undefined, variant: undefined };
  const plain = 'The governor said the bridge would reopen.';
  const plainDraft: Draft = { ...draft, content: [18, 42] };
  const at = (name: string) => FEATURE_NAMES.indexOf(name);

  it('marks the "that" and reads the clause after it', () => {
    const f = draftFeatures(text, [0, text.length], draft, 'speaker-first');
    const g = draftFeatures(plain, [0, plain.length], plainDraft, 'speaker-first');
    expect(f[at('content.that')]).toBe(1);
    expect(g[at('content.that')]).toBe(0);
    // The content's length is the clause's: the same with and without the "that".
    expect(f[at('content.logChars')]).toBeCloseTo(g[at('content.logChars')]!, 10);
  });

  it('gives the clause\'s first word, and "that" before it, as the content edges', () => {
    const tokens = draftTokens(text, [0, text.length], { ...draft, paragraphStart: 0 }, 'speaker-first');
    expect(tokens).toEqual(expect.arrayContaining(['contentFirst=the', 'contentPrev=that']));
    expect(tokens).not.toContain('contentFirst=that');
  });
});

describe('claims of "that" clauses', () => {
  it('leave the "that" out of the claim text', () => {
    const claim = extract('Mayor Tom Hardy told reporters that the bridge would stay closed until May.').claims[0]!;
    expect(claim.attribution?.raw).toBe('that the bridge would stay closed until May.');
    expect(claim.text).toBe('the bridge would stay closed until May.');
  });

  it('keep a demonstrative "That" opening reported content', () => {
    const claim = extract('That plan will fail, the governor said.').claims[0]!;
    expect(claim.attribution?.raw).toBe('That plan will fail');
    expect(claim.text).toBe('That plan will fail');
  });

  it('keep a quotation that opens with "That"', () => {
    const claim = extract('“That is a lie,” said Mayor Tom Hardy.').claims[0]!;
    expect(claim.text.startsWith('That is a lie')).toBe(true);
  });
});
