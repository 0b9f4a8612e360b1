/** Small text helpers shared by the stages. Positions are UTF-16 code unit offsets. */
import type { Range, TextSpan } from '../types.js';

export function span(text: string, start: number, end: number): TextSpan {
  return { range: [start, end], raw: text.slice(start, end) };
}

/** Shrinks `[start, end)` so that it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Shrinks a range past leading/trailing characters matched by `re` (a one-character class). */
export function trimChars(text: string, start: number, end: number, re: RegExp): Range {
  let s = start;
  let e = end;
  while (s < e && re.test(text[s]!)) s++;
  while (e > s && re.test(text[e - 1]!)) e--;
  return [s, e];
}

export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function contains(outer: Range, inner: Range): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** Shared characters / characters in the union, as the quote scoring defines it. */
export function overlapRatio(a: Range, b: Range): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union > 0 ? inter / union : 0;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses runs of white space to one space and trims. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Curly and straight quotation marks, folded for comparison. */
export function foldQuotes(s: string): string {
  return s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/** Headline-style capitalisation: most words of four letters or more start with a capital. */
export function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * A case-insensitive pattern that runs fast. V8 runs a regular expression with both the `i` and `u`
 * flags about ten times slower than one with `u` alone, so the text is lower-cased once and
 * matched without `i`. That gives the same answer whenever the pattern has no upper-case letter or
 * case-sensitive class (`[A-Z]`, `\p{Lu}`: those keep `iu`) and the text has none of the
 * three characters whose lower case is not their case folding (ſ folds to s; İ lowers to two
 * characters; the combining ypogegrammeni U+0345 folds to ι, a letter, but lower-cases to itself):
 * such a text is matched with `iu` as before.
 */
export interface CaselessPattern {
  /** `lower` is `text.toLowerCase()`, when the caller already has it. */
  test(text: string, lower?: string): boolean;
}

const FOLD_TRAPS = /[\u017f\u0130\u0345]/u;

export function caseless(source: string): CaselessPattern {
  const folded = new RegExp(source, 'iu');
  // Escapes (`\S`, `\b`) and property names other than the cased ones do not make a pattern case-sensitive.
  const bare = source.replace(/\\p\{L[ult]\}/gu, 'A').replace(/\\p\{[^}]*\}|\\[a-zA-Z]/gu, '');
  if (/[A-Z]/u.test(bare)) return { test: (text) => folded.test(text) };
  const lowered = new RegExp(source, 'u');
  return {
    test: (text, lower) => (FOLD_TRAPS.test(text) ? folded.test(text) : lowered.test(lower ?? text.toLowerCase())),
  };
}
