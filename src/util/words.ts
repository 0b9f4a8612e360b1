/** Word-level helpers: tokens with offsets, stopwords, Porter stems (natural's stemmer, imported alone). */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

const EXTRA_STOPWORDS = [
  'also', 'would', 'could', 'said', 'says', 'say', 'told', 'one', 'us', 'mr', 'mrs', 'ms', 'its', "it's",
  'however', 'among', 'upon', 'since', 'according', 'yet', 'still', 'whether', 'while', 'within', 'without',
];
const STOPWORDS: ReadonlySet<string> = new Set([...naturalStopwords, ...EXTRA_STOPWORDS]);

export function isStopword(word: string): boolean {
  // The list is lower case with straight apostrophes: a word found as it is needs no folding.
  if (STOPWORDS.has(word)) return true;
  const folded = word.toLowerCase();
  return STOPWORDS.has(folded.includes('’') ? folded.replace(/’/g, "'") : folded);
}

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Word tokens with offsets relative to `text` (UTF-16). Hyphenated and dotted words stay whole ("three-hour", "U.S"). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = (m.index ?? 0) + offset;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = PorterStemmer.stem(lower.replace(/'s$/, ''));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

/** Content-word stems of a text: lower-cased, stopwords and one-letter tokens dropped, hyphenated words split. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = m[0].toLowerCase();
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (isStopword(w)) continue;
    out.push(stem(w));
  }
  return out;
}
