/**
 * Line classification for text without markup (text copied from a browser, `w3m -dump`), in the
 * spirit of jusText: each non-blank line is scored by length, stopword density, terminal
 * punctuation, repetition on the page and boilerplate wording; the body is the contiguous run of
 * lines with the highest total score (maximum-sum segment).
 */
import { boilerplateLexicon } from '../lexicon.js';
import { isStopword } from '../util/words.js';

export type LineClass = 'good' | 'short' | 'heading' | 'bad' | 'end';

export interface Line {
  /** Index among the non-blank lines. */
  readonly index: number;
  /** Offsets of the line without its leading/trailing white space. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased, bullets and surrounding punctuation removed, white space collapsed. */
  readonly norm: string;
  readonly words: number;
  /** How many lines of the page have the same `norm`. */
  readonly repeats: number;
  readonly class: LineClass;
  readonly score: number;
  /** Blank lines between this line and the previous non-blank one. */
  readonly gapBefore: number;
}

const TERMINAL = /[.!?…]["'”’»)\]]*$|[.!?,]["”’»]$|:["“]?$/u;
const BULLET = /^\s*[•·▪●◦‣*\-–]\s+/u;

function normalise(line: string): string {
  return line
    .replace(BULLET, '')
    .replace(/^[\s»›>|#]+/u, '')
    .replace(/[\s:|»›]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

interface BoilerplateMatchers {
  readonly lines: ReadonlySet<string>;
  readonly endMarkers: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
}
let matchers: BoilerplateMatchers | undefined;
function boilerplate(): BoilerplateMatchers {
  if (!matchers) {
    const lex = boilerplateLexicon();
    matchers = {
      lines: new Set(lex.lines),
      endMarkers: new Set(lex.endMarkers),
      patterns: lex.patterns.map((p) => new RegExp(p, 'iu')),
    };
  }
  return matchers;
}

export function isBoilerplateLine(text: string): boolean {
  const m = boilerplate();
  const norm = normalise(text);
  if (m.lines.has(norm)) return true;
  const stripped = text.replace(/^[\s»›>|#]+/u, '');
  return m.patterns.some((re) => re.test(stripped) || re.test(text));
}

/** An end marker: a short line that opens the page furniture after an article ("Tags", "Most read", "Related"). */
export function isEndMarker(text: string): boolean {
  const norm = normalise(text);
  const m = boilerplate();
  if (m.endMarkers.has(norm)) return true;
  const words = norm.split(' ');
  if (words.length > 4) return false;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    if (m.endMarkers.has(words.slice(0, n).join(' '))) return words.length <= n + 2;
  }
  return false;
}

/** Splits `text` into non-blank lines with offsets, and classifies them. */
export function classifyLines(text: string): Line[] {
  const raw: Array<{ start: number; end: number; gapBefore: number }> = [];
  let pos = 0;
  let blanks = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) {
      raw.push({ start: s, end: e, gapBefore: blanks });
      blanks = 0;
    } else blanks++;
    pos = nl + 1;
  }
  const norms = raw.map((r) => normalise(text.slice(r.start, r.end)));
  const counts = new Map<string, number>();
  for (const n of norms) counts.set(n, (counts.get(n) ?? 0) + 1);

  return raw.map((r, index) => {
    const line = text.slice(r.start, r.end);
    const norm = norms[index]!;
    const tokens = norm.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const words = tokens.length;
    const repeats = counts.get(norm) ?? 1;
    const stop = tokens.filter((t) => isStopword(t)).length;
    const density = words > 0 ? stop / words : 0;
    const terminal = TERMINAL.test(line);
    const selfRepeat = hasInternalRepeat(tokens);
    let cls: LineClass;
    if (isEndMarker(line)) cls = 'end';
    else if (BULLET.test(line) || isBoilerplateLine(line) || selfRepeat) cls = 'bad';
    else if (repeats > 1) cls = words >= 6 && terminal ? 'short' : 'bad';
    else if (terminal && words >= 6 && density >= 0.15) cls = 'good';
    else if (terminal && words >= 3) cls = 'short';
    else if (!terminal && words <= 8 && words >= 1) cls = 'heading';
    else cls = 'bad';
    return {
      index,
      start: r.start,
      end: r.end,
      text: line,
      norm,
      words,
      repeats,
      class: cls,
      score: scoreOf(cls, line.length),
      gapBefore: r.gapBefore,
    };
  });
}

const BAD_PENALTY = 40;
const END_PENALTY = 250;

function scoreOf(cls: LineClass, length: number): number {
  switch (cls) {
    case 'good':
      return length;
    case 'short':
      return length / 4;
    case 'heading':
      return -10;
    case 'bad':
      return -BAD_PENALTY;
    case 'end':
      return -END_PENALTY;
  }
}

/** A line that repeats a run of five or more words (a link list printing each title twice). */
function hasInternalRepeat(tokens: readonly string[]): boolean {
  const n = 5;
  if (tokens.length < 2 * n) return false;
  const seen = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** The contiguous run of lines `[first, last]` (inclusive indices) with the largest total score, or null. */
export function bestRun(lines: readonly Line[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += lines[i]!.score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}
