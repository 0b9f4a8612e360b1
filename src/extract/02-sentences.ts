/**
 * Sentence boundaries inside one segment. A boundary is terminal punctuation (with any closing
 * quotation marks or brackets) followed by white space and a capital, digit or opening mark, except
 * after abbreviations and initials, and inside a closed double quotation of at most MAX_QUOTE_CHARS
 * (a quoted passage of several sentences stays one sentence with its frame: `“… . …,” she said.`).
 * Ranges are absolute, trimmed, end-exclusive.
 */
import type { Range } from '../types.js';
import { trimRange } from '../util/text.js';
import { findQuoteSpans, type QuoteSpan } from './04-quotes.js';

/** A speaker (one to four capitalised words, or a pronoun) and a speech verb after a closing mark. */
const FRAME_AFTER_QUOTE = /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:He|She|They|We|I)\s+)(?:also\s+)?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|continued|explained|noted|declared|insisted|argued|recalled|shouted|tweeted|quipped|joked|responded|wondered|exclaimed)\b/u;

/** A closed quotation up to this long is one sentence with its frame, whatever stops are inside it. */
const MAX_QUOTE_CHARS = 400;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mt', 'ft', 'approx', 'dept', 'est', 'fig',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'i.e', 'e.g', 'rev', 'hon', 'pres', 'sec', 'atty', 'supt',
  'bros', 'assn', 'univ', 'govt', 'maj', 'brig', 'cpl', 'pvt', 'messrs', 'sens', 'reps', 'gens',
]);

const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=(?:''|``|["'“‘«(\[])?[\p{Lu}\p{N}])/gu;

/** `spans`: the quotations of `[start, end)` when the caller has found them already (findQuoteSpans). */
export function splitSentences(text: string, start: number, end: number, spans: readonly QuoteSpan[] = findQuoteSpans(text, start, end)): Range[] {
  const segment = text.slice(start, end);
  const out: Range[] = [];
  let from = 0;
  const quotes = spans.filter((q) => q.closed && q.double && q.outer[1] - q.outer[0] <= MAX_QUOTE_CHARS);
  for (const m of segment.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    const punct = m[1]!;
    // Not inside a quotation: "“We are ready. The talks can start,” she said." is one sentence.
    const cut = start + at + punct.length + m[2]!.length;
    if (quotes.some((q) => q.outer[0] < cut && cut < q.outer[1] - 1)) continue;
    // A quotation ending in "?" or "!" and its frame: “Why not?” Jane Doe asked.
    if (punct !== '.' && /["”'’]/u.test(m[2]!) && FRAME_AFTER_QUOTE.test(segment.slice(cut - start, cut - start + 80))) continue;
    if (punct === '.') {
      const before = segment.slice(Math.max(0, at - 12), at);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const lower = word.toLowerCase().replace(/\.$/, '');
      if (ABBREVIATIONS.has(lower)) continue;
      // An initial ("J. Smith") or a dotted abbreviation ("U.S. officials" is ambiguous: keep going only before lower-case).
      if (/^\p{Lu}$/u.test(word)) continue;
      // Dotted initials ("J.C. Penney", "J.R.R. Tolkien"), like the dotted abbreviations listed above.
      if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) continue;
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
