/**
 * One compromise parse per text segment (headline, paragraph). Terms carry absolute offsets into
 * the article text (UTF-16, end-exclusive) and compromise's tags; later steps read these and never
 * parse again.
 */
import nlp from '../util/nlp.js';
import { isTitleCase } from '../util/text.js';

export interface Term {
  /** The word as written (without surrounding punctuation). */
  readonly text: string;
  /** Lower-cased, normalised form. */
  readonly normal: string;
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
  /** Punctuation and space before / after the word, as compromise splits them. */
  readonly pre: string;
  readonly post: string;
}

/** A term as compromise keeps it (read in place: copying every term out through `json()` costs a tenth of the parse). */
interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags?: Set<string>;
  offset: { start: number; length: number };
}

/**
 * compromise's default compute steps minus the last one, `chunks` (noun/verb phrase chunking), which
 * nothing here reads: it is a quarter of the parse time and changes no tag this engine uses on more
 * than 0.05% of terms (measured on the ECB+ dev articles). `nlp.tokenize` has already split the words
 * and contractions. The list is filtered from the library's own, so a step it adds still runs.
 */
const COMPUTE = (nlp.world() as { hooks: string[] }).hooks.filter((h) => h !== 'chunks' && h !== 'contractions');

/**
 * Prose goes without `postTagger` too: compromise's second pass of several hundred match rules that
 * retag words in context. It is about 60% of the parse, and leaving it out changes none of this
 * engine's figures beyond their noise (ECB+ and PolNeAR dev, MSRP, STS-B, the stance benchmark; the
 * sample pair's gold holds): the lexicon and the first pass already tag what the engine reads
 * (names, places, verbs of saying, numbers). A title-cased segment (a headline) keeps it: there the
 * first pass reads every capitalised word as a name, and the second sorts them out.
 */
export const PROSE = COMPUTE.filter((h) => h !== 'postTagger');

/** A word, a comma or colon, and an opening quotation mark glued to the next word. */
const GLUED_QUOTE = /[\p{L}\d][,:](?=["“‘][\p{L}\d])/u;
const GLUED_QUOTE_ALL = /([\p{L}\d])[,:](?=["“‘][\p{L}\d])/gu;

/** Parses `text.slice(start, end)` and returns its terms with absolute offsets. */
export function parseSegment(text: string, start: number, end: number): Term[] {
  const segment = text.slice(start, end);
  if (!segment.trim()) return [];
  // A comma or colon with an opening quotation mark and no space after it (`said,“Look`) would be
  // one term to compromise: the punctuation is read as a space (same length, so offsets hold), and
  // each term's punctuation is taken back from the text below.
  const glued = GLUED_QUOTE.test(segment);
  const doc = nlp.tokenize(glued ? segment.replace(GLUED_QUOTE_ALL, '$1 ') : segment);
  doc.compute([...(isTitleCase(segment) ? COMPUTE : PROSE), 'offset']);
  const out: Term[] = [];
  for (const sentence of (doc as unknown as { docs: CompromiseTerm[][] }).docs) {
    for (const t of sentence) {
      if (!t.text) continue;
      const s = start + t.offset.start;
      const raw = text.slice(s, s + t.offset.length);
      // compromise's offset covers the word itself; guard against any drift.
      const at = raw === t.text ? s : text.indexOf(t.text, Math.max(start, s - 2));
      if (at < 0 || at >= end) continue;
      out.push({
        text: t.text,
        normal: (t.normal ?? t.text).toLowerCase(),
        start: at,
        end: at + t.text.length,
        // The document is dropped after this, so its tag sets are not shared with anything else.
        tags: t.tags ?? new Set(),
        pre: glued ? text.slice(Math.max(start, at - t.pre.length), at) : t.pre,
        post: glued ? text.slice(at + t.text.length, Math.min(end, at + t.text.length + t.post.length)) : t.post,
      });
    }
  }
  return out;
}

/** Index of the first term starting at or after `pos` (terms sorted by start): a binary search. */
export function firstTermAt(terms: readonly Term[], pos: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasTag(term: Term, ...tags: string[]): boolean {
  for (let i = 0; i < tags.length; i++) if (term.tags.has(tags[i]!)) return true;
  return false;
}
