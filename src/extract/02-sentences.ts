/**
 * Sentence boundaries inside one segment. A boundary is terminal punctuation (with any closing
 * quotation marks or brackets) followed by white space and a capital, digit or opening mark, except
 * after abbreviations and initials. Ranges are absolute, trimmed, end-exclusive.
 */
import type { Range } from '../types.js';
import { trimRange } from '../util/text.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mt', 'ft', 'approx', 'dept', 'est', 'fig',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'i.e', 'e.g', 'rev', 'hon', 'pres', 'sec', 'atty', 'supt',
]);

const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string, start: number, end: number): Range[] {
  const segment = text.slice(start, end);
  const out: Range[] = [];
  let from = 0;
  for (const m of segment.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    const punct = m[1]!;
    if (punct === '.') {
      const before = segment.slice(Math.max(0, at - 12), at);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const lower = word.toLowerCase().replace(/\.$/, '');
      if (ABBREVIATIONS.has(lower)) continue;
      // An initial ("J. Smith") or a dotted abbreviation ("U.S. officials" is ambiguous: keep going only before lower-case).
      if (/^\p{Lu}$/u.test(word)) continue;
    }
    const stop = at + punct.length + m[2]!.length;
    pushTrimmed(text, start + from, start + stop, out);
    from = stop + m[3]!.length;
  }
  pushTrimmed(text, start + from, end, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Range[]): void {
  const r = trimRange(text, s, e);
  if (r[1] > r[0]) out.push(r);
}
