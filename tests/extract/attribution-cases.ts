/**
 * Lookups shared by the attribution tests, on texts written for the test: the attributions the
 * engine keeps (after the filter), and the candidates the frame readers propose (before it), with
 * the few ways the tests pick among them.
 */
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';
import { findAttributionCandidates, type AttributionCandidate, type AttributionInput } from '../../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { documentArticle } from '../../src/eval/quotes.js';
import type { Attribution } from '../../src/types.js';

/** The attributions kept for `text` read as one statement, headline off. */
export function attributions(text: string): readonly Attribution[] {
  return extractClaims(statementArticle(text, 't'), { headline: false }).attributions;
}

/** What attribution reads for a document text (paragraphs at blank lines) and every candidate the frames propose for it, before the filter. */
export function reading(text: string): { input: AttributionInput; candidates: AttributionCandidate[] } {
  const article = documentArticle('t', text);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  const input = attributionInput('t', article.text, units, terms);
  return { input, candidates: findAttributionCandidates(input) };
}

/** Every candidate the frames propose for a document text, before the filter. */
export const candidates = (text: string): AttributionCandidate[] => reading(text).candidates;

/** The attributions of those candidates (the drafts). */
export const drafts = (text: string): Attribution[] => candidates(text).map((c) => c.attribution);

/** The drafts whose cue is exactly `cue`. */
export const byCue = (text: string, cue: string): Attribution[] => drafts(text).filter((x) => x.cue?.raw === cue);

/** The first draft whose cue is exactly `cue`. */
export const firstByCue = (text: string, cue: string): Attribution | undefined => drafts(text).find((x) => x.cue?.raw === cue);

/** The drafts as "content <cue|speaker>", for a failure message. */
export const show = (text: string): string => drafts(text).map((x) => `${x.raw} <${x.cue?.raw ?? '-'}|${x.speaker?.raw ?? '-'}>`).join(' ; ');

/** The frame reader of a candidate, from its filter tokens ("participial|kind=indirect"). */
export const frameOf = (c: AttributionCandidate): string | undefined => c.tokens.find((t) => /^[a-z-]+\|kind=/u.test(t))?.split('|')[0];

/** `body` after a title paragraph, so that it is read as the article's second paragraph. */
export const titled = (body: string): string => `Title line.\n\n${body}`;
