/**
 * Attribution rules of the third round, on sentences written for the test: the noun-phrase object
 * of a non-speech cue, the passive frame with its agent, coordination inside and after reported
 * content, nouns that report (a possessed noun with an object, a noun with a "that" clause), and
 * the removal of near-duplicate drafts.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';
import { dropDuplicates } from '../../src/extract/attribution/filter.js';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { documentArticle } from '../../src/eval/quotes.js';

/** Every draft the frames propose for a one-paragraph text, before the filter. */
function drafts(text: string) {
  const article = documentArticle('t', text);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  return findAttributionCandidates(attributionInput('t', article.text, units, terms)).map((c) => c.attribution);
}

function attributions(text: string) {
  return extractClaims(statementArticle(text, 't'), { headline: false }).attributions;
}

describe('attribution rules, round 3', () => {
  it('the object of a non-speech cue ends with its noun phrase', () => {
    const a = attributions('Tom Hardy opposed the bridge plan because the city could not pay for it.');
    const found = a.find((x) => x.cue?.raw === 'opposed');
    expect(found?.raw).toBe('the bridge plan');
    expect(found?.speaker?.canonical).toBe('Tom Hardy');
  });

  it('a restrictive relative clause stays in the object, a comma ends it', () => {
    const a = attributions('Mayor Anna Berg endorsed Paul Reed, who runs the bakery on Main Street.');
    expect(a.find((x) => x.cue?.raw === 'endorsed')?.raw).toBe('Paul Reed');
  });

  it('a clause after a speech cue is not cut as a noun phrase', () => {
    const a = attributions('Tom Hardy said the plan is cruel and costs far too much.');
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the plan is cruel and costs far too much.');
  });

  it('a participle coordinated after the content ends it', () => {
    const a = attributions('Tom Hardy said the vote was rigged and vowing to sue the county.');
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the vote was rigged');
  });

  it('a passive cue credits its agent with the subject', () => {
    // The frame's draft, before the filter (whose decision on this one sentence is close to its threshold).
    const a = drafts('The council vote was first reported by the Daily Planet.');
    const found = a.find((x) => x.raw === 'The council vote');
    expect(found, a.map((x) => x.raw).join(' | ')).toBeDefined();
    expect(found!.speaker?.raw).toContain('Daily Planet');
    expect(found!.cue?.raw).toBe('was first reported by');
  });

  it('a possessed noun with a prepositional object credits the possessor with the object', () => {
    const text = 'Title\n\nTom Hardy praised the mayor. His support for the bridge plan surprised the council. Her insistence that the bridge would reopen was ignored.';
    const units = textUnits(documentArticle('t', text), { headline: false });
    const terms = units.flatMap((u) => parseSegment(text, u.range[0], u.range[1]));
    const drafts = findAttributionCandidates(attributionInput('t', text, units, terms)).map((c) => c.attribution);
    const support = drafts.find((a) => a.cue?.raw === 'support for');
    expect(support?.raw).toBe('the bridge plan');
    expect(support?.speaker?.raw).toBe('His');
    // A noun with a "that" clause is proposed to the filter, the clause as its content.
    expect(drafts.find((a) => a.cue?.raw === 'insistence')?.raw).toBe('the bridge would reopen was ignored.');
  });
});

describe('near-duplicate drafts', () => {
  const range = (x: { r: readonly [number, number] }) => x.r;
  const score = (x: { s: number }) => x.s;

  it('keeps the higher-scoring of two drafts over nearly the same content', () => {
    const items = [
      { r: [0, 100] as const, s: 0.4 },
      { r: [5, 100] as const, s: 0.9 },
      { r: [200, 240] as const, s: 0.1 },
    ];
    expect(dropDuplicates(items, range, score, 0.5)).toEqual([items[1], items[2]]);
  });

  it('keeps a nested attribution whose overlap is below the bar', () => {
    const items = [
      { r: [0, 100] as const, s: 0.9 },
      { r: [60, 80] as const, s: 0.5 },
    ];
    expect(dropDuplicates(items, range, score, 0.5)).toEqual(items);
    expect(dropDuplicates(items, range, score, 0.1)).toEqual([items[0]]);
  });

  it('keeps everything when the bar is above 1', () => {
    const items = [
      { r: [0, 10] as const, s: 0.2 },
      { r: [0, 10] as const, s: 0.3 },
    ];
    expect(dropDuplicates(items, range, score, 2)).toEqual(items);
  });
});
