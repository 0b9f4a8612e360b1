/**
 * Metadata found in page text: publication time with its UTC offset, outlet, byline, credits.
 * Every function takes the article text and returns values with ranges into it.
 */
// English only: the package's root imports every locale (about 260 modules, 150-200 ms more for each worker to load).
import * as chrono from 'chrono-node/en';
import { agencyForms, agencyLexicon, lazy } from '../lexicon.js';
import type { Credit, CreditKind, Range } from '../types.js';
import { escapeRegExp } from '../util/text.js';
import type { Line } from './lines.js';

export interface FoundTime {
  readonly iso: string;
  readonly range: Range;
  readonly hasZone: boolean;
  readonly label: 'published' | 'updated' | 'none';
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 from calendar components and an offset in minutes (null: no offset written). */
export function isoFromParts(
  year: number,
  month: number,
  day: number,
  hour: number | null,
  minute: number,
  second: number,
  offsetMinutes: number | null,
): string {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (hour === null) return date;
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (offsetMinutes === null) return `${date}T${time}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
}

const LABEL_PUBLISHED = /\b(published|posted|first published|date|dated)\b/i;
const LABEL_UPDATED = /\b(updated|last updated|modified|edited)\b/i;

/** Date-times written on a line (absolute dates only), with the line's label. */
export function timesOnLine(line: Line): FoundTime[] {
  const out: FoundTime[] = [];
  if (line.text.length > 200) return out;
  for (const r of chrono.strict.parse(line.text)) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const hasTime = s.isCertain('hour');
    const hasZone = s.isCertain('timezoneOffset');
    const iso = isoFromParts(
      s.get('year')!,
      s.get('month')!,
      s.get('day')!,
      hasTime ? s.get('hour')! : null,
      s.get('minute') ?? 0,
      s.get('second') ?? 0,
      hasZone ? s.get('timezoneOffset')! : null,
    );
    const before = line.text.slice(0, r.index);
    const label = LABEL_UPDATED.test(before) ? 'updated' : LABEL_PUBLISHED.test(before) ? 'published' : 'none';
    const start = line.start + r.index;
    out.push({ iso, range: [start, start + r.text.length], hasZone, label });
  }
  return out;
}

/**
 * The publication time: among date lines outside the body paragraphs, prefer an explicit
 * "published" label, then a time with a zone, then a time, then a date; ties go to the earliest.
 */
export function findPublished(lines: readonly Line[], bodyLines: ReadonlySet<number>): FoundTime | null {
  let best: FoundTime | null = null;
  let bestScore = -Infinity;
  for (const line of lines) {
    if (bodyLines.has(line.index)) continue;
    if (line.words > 30) continue;
    for (const t of timesOnLine(line)) {
      const hasTime = t.iso.includes('T');
      let score = 0;
      if (t.label === 'published') score += 4;
      if (t.label === 'updated') score += 1;
      if (hasTime) score += 2;
      if (t.hasZone) score += 2;
      score -= line.index / 1000;
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
  }
  return best;
}

/** One whole-word pattern per agency form, compiled once (`matchAll` copies it, so sharing is safe). */
const agencyPatterns = lazy(() =>
  agencyForms().map(([form, name]) => ({ form, name, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?=$|[^\\p{L}\\p{N}]|\\p{Lu}\\p{Ll})`, 'gu') })),
);

/**
 * Agencies named in `s` (by canonical name), matched as whole words; a form glued to a following
 * capitalised word ("TTEnglish") still counts, as scraped text often loses the space.
 */
export function agenciesIn(s: string): Array<{ name: string; index: number; length: number }> {
  const found: Array<{ name: string; index: number; length: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const { form, name, re } of agencyPatterns()) {
    if (!s.includes(form)) continue;
    for (const m of s.matchAll(re)) {
      const i = m.index ?? 0;
      if (taken.some(([a, b]) => i < b && a < i + form.length)) continue;
      taken.push([i, i + form.length]);
      found.push({ name, index: i, length: form.length });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

const PHOTO_LINE = /^(?:[»›>\s]*)(photo|image|picture|foto|photograph|illustration|graphic)s?\b\s*(credit)?\s*[:/-]/iu;
const INPUTS_LINE = /^(with\s+)?(inputs?|additional reporting|reporting)\s+(from|by)\b/iu;
const BY_LINE = /^(?:[»›>\s]*)by\s+(\S.*)$/iu;
const EDITION = /\bedition\s+by\s+/iu;

/** Credit lines outside the body paragraphs: photo credits, "inputs from" credits, wire bylines, trailing agency names on captions. */
export function findCredits(text: string, lines: readonly Line[], bodyLines: ReadonlySet<number>): Credit[] {
  const out: Credit[] = [];
  const push = (start: number, end: number, kind: CreditKind) => {
    const raw = text.slice(start, end);
    out.push({ type: 'credit', kind, range: [start, end], raw, agencies: [...new Set(agenciesIn(raw).map((a) => a.name))] });
  };
  for (const line of lines) {
    if (bodyLines.has(line.index)) continue;
    const t = line.text;
    if (PHOTO_LINE.test(t)) {
      push(line.start, line.end, 'photo');
    } else if (INPUTS_LINE.test(t) && line.words <= 12) {
      push(line.start, line.end, 'inputs');
    } else if (BY_LINE.test(t) && line.words <= 20) {
      const lead = t.length - t.replace(/^[»›>\s]*by\s+/iu, '').length;
      push(line.start + lead, line.end, EDITION.test(t) ? 'edition' : 'byline');
    } else if (line.class !== 'good' && line.words >= 4) {
      // A caption that ends with an agency name: "... on April 25, 2025. Kyodo" or "... (AP Photo/Jane Doe)".
      const tail = /(?:[.!?)]\s+|\(|\s[|/]\s*)((?:[\p{L}.&-]+[ /]?){1,4})\)?$/u.exec(t);
      if (tail) {
        const words = tail[1]!.trim();
        const agencies = agenciesIn(words);
        if (agencies.length > 0 && agencies[0]!.index === 0) {
          const start = line.start + t.lastIndexOf(words);
          push(start, start + words.length, 'photo');
        }
      }
    }
  }
  return out;
}

/** Wire agencies credited for the article as a whole: from bylines, edition lines and input credits, not photo credits. */
export function wireAgencies(credits: readonly Credit[]): string[] {
  const photoOnly = new Set(agencyLexicon().photoOnly);
  const names = credits
    .filter((c) => c.kind !== 'photo')
    .flatMap((c) => c.agencies)
    .filter((a) => !photoOnly.has(a));
  return [...new Set(names)];
}

const COPYRIGHT = /(?:copyright|©)\s*(?:[@©]|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[.,]?\s*([\p{Lu}][\p{L}\p{N}&'’. ]{1,40}?)\s*(?:[-–|,.]\s*)?(?:all rights reserved|$)/iu;
const EDITION_BY = /\bedition\s+by\s+([\p{Lu}][\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]*){0,4})/u;
const LOGO = /^([\p{Lu}][\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&'’.-]*){0,3})\s+logo$/iu;

/** The outlet's name: an "edition by X" credit, a copyright line, an "X Logo" line, in that order. */
export function findOutlet(lines: readonly Line[], bodyLines: ReadonlySet<number>): string | null {
  const outside = lines.filter((l) => !bodyLines.has(l.index));
  for (const l of outside) {
    const m = EDITION_BY.exec(l.text);
    if (m) return m[1]!.trim();
  }
  for (const l of outside) {
    const m = COPYRIGHT.exec(l.text);
    if (m && !/^(all|the)$/i.test(m[1]!.trim())) return m[1]!.trim().replace(/[.\s]+$/u, '');
  }
  for (const l of outside) {
    const m = LOGO.exec(l.text);
    if (m) return m[1]!.trim();
  }
  return null;
}

/**
 * The byline: the words before a separator on the date line ("Jane Doe • April 25, 2025"), or a
 * "By X" line (X up to a comma or "edition", capitalised) outside the body: the first on the page,
 * or with `near` (a line index, the article's start) the nearest to that line.
 */
export function findByline(
  text: string,
  published: FoundTime | null,
  lines: readonly Line[],
  bodyLines: ReadonlySet<number>,
  near?: number,
): string | null {
  if (published) {
    const line = lines.find((l) => l.start <= published.range[0] && published.range[1] <= l.end);
    if (line) {
      const before = text.slice(line.start, published.range[0]);
      const m = /^(.*?)\s*[•|·–—-]\s*(?:(?:published|updated|posted)\s*:?\s*)?$/iu.exec(before);
      if (m && m[1]) {
        const name = m[1].replace(/^by\s+/i, '').trim();
        if (name && name.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(name)) return name;
      }
    }
  }
  // "By" lines outside the body, in page order, or nearest to the line `near` first (the article's start).
  const candidates = lines.filter((l) => !bodyLines.has(l.index));
  if (near !== undefined) candidates.sort((a, b) => Math.abs(a.index - near) - Math.abs(b.index - near));
  for (const l of candidates) {
    const m = BY_LINE.exec(l.text);
    if (!m || l.words > 20) continue;
    const rest = m[1]!;
    const agencies = agenciesIn(rest);
    if (agencies.length > 0 && agencies[0]!.index === 0) return agencies[0]!.name;
    const name = rest.split(/,|\s+edition\b|\s+\|/u)[0]!.trim();
    // A name is capitalised: "By signing up, you agree …" is no byline.
    if (name && name.split(/\s+/).length <= 6 && /^[\p{Lu}\p{N}]/u.test(name)) return name;
  }
  return null;
}
