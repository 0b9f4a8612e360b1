/**
 * Dates and times in text as `TimeRef` records, resolved against the article's publication time in
 * the publication's own local calendar (the UTC offset written in `published`).
 *
 * Resolution:
 * - Absolute dates ("March 3, 2021", "Wed 3 Mar 2021 09:15 CET", "03/03/2021") resolve alone;
 *   `relative` is false.
 * - A weekday without a date ("on Tuesday") is the most recent such day on or before the publication
 *   day (the day itself when it is that weekday); in a future clause ("will meet on Tuesday") or
 *   after "next"/"coming", the first such day after it; after "last"/"past", the one before it.
 * - A month without a year ("in March", "March 3") is the most recent one on or before the
 *   publication date, or the first on or after it in a future clause.
 * - "yesterday", "today", "tonight", "tomorrow", "last night", "this morning"; "this/last/next
 *   week|weekend|month|year"; "the past week|month|year" (the 7, 30 or 365 days up to publication);
 *   "earlier/later this week|month|year"; "(over|at|during) the weekend"; "N days|weeks|months|years ago".
 * - Bare years ("in 2011", "2011-2013") are the years `extractQuantities` reports (year grain).
 *
 * Clock times of no named day ("at 3 p.m.", "10:30 a.m. EST", "15:00 GMT") are reported unresolved
 * (`start`/`end` null, instant grain): their clock can be compared, their day is not known.
 *
 * Not reported: a bare "09:15" with no "a.m."/"p.m." or zone, "now", and expressions anchored to another
 * event rather than to publication ("two days later", "a week after", "the next day", "that week"):
 * these are skipped, not returned unresolved. Without a publication time, relative expressions are
 * returned with `start`/`end` null.
 *
 * Output: day, week, month and year grains give ISO dates ("2021-03-03"), `end` the last day
 * inclusive; the instant grain gives a date-time with the offset written in the text, else the
 * publication's offset, else none ("2021-03-03T09:15:00+01:00"). Weeks run Monday to Sunday.
 * Positions are UTF-16 code unit offsets into the whole `text`, end-exclusive.
 */
// English only: the package's root imports every locale (about 260 modules, 150-200 ms more for each worker to load).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { TimeRef } from '../types.js';
import { extractQuantities } from './quantities.js';

type Grain = TimeRef['grain'];

/** A calendar day as days since 1970-01-01 (no time zone: a local calendar date). */
type Day = number;

interface Anchor {
  /** The publication's local calendar day. */
  readonly day: Day;
  /** The publication's UTC offset in minutes, or null when `published` has none. */
  readonly offset: number | null;
  readonly instant: Date;
}

interface Resolved {
  readonly grain: Grain;
  readonly start: string | null;
  readonly end: string | null;
  readonly relative: boolean;
}

const MS_PER_DAY = 86_400_000;

function dayOf(y: number, m: number, d: number): Day | null {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return Math.round(t / MS_PER_DAY);
}

function ymd(day: Day): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function iso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday of the week holding `day`. */
function weekStart(day: Day): Day {
  return day - ((weekdayOf(day) + 6) % 7);
}

function monthStart(y: number, m: number): Day {
  return Math.round(Date.UTC(y, m - 1, 1) / MS_PER_DAY);
}

function monthEnd(y: number, m: number): Day {
  return Math.round(Date.UTC(y, m, 1) / MS_PER_DAY) - 1;
}

/** Month `m` of year `y` moved by `delta` months. */
function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + delta;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

function days(grain: Grain, start: Day, end: Day, relative: boolean): Resolved {
  return { grain, start: iso(start), end: iso(end), relative };
}

/** The grain a relative expression names ("last month" → month), for when it cannot be resolved. */
function grainOf(expression: string): Grain {
  const m = /\b(year|month|week)/i.exec(expression);
  return m === null ? 'day' : (m[1]!.toLowerCase() as Grain);
}

function unresolved(grain: Grain): Resolved {
  return { grain, start: null, end: null, relative: true };
}

function formatOffset(minutes: number | null): string {
  if (minutes === null) return '';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The publication's local day and offset, from ISO 8601 ("2021-03-03T09:15:00+01:00"); null when unreadable. */
function anchorOf(published: string | null): Anchor | null {
  if (published === null) return null;
  const m = PUBLISHED.exec(published.trim());
  if (m === null) {
    const t = Date.parse(published);
    if (Number.isNaN(t)) return null;
    return { day: Math.floor(t / MS_PER_DAY), offset: 0, instant: new Date(t) };
  }
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  let offset: number | null = null;
  if (m[7] !== undefined) {
    if (m[7].toUpperCase() === 'Z') offset = 0;
    else {
      const digits = m[7].replace(':', '');
      const sign = digits[0] === '-' ? -1 : 1;
      offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
    }
  }
  const hh = Number(m[4] ?? '0');
  const mm = Number(m[5] ?? '0');
  const ss = Number(m[6] ?? '0');
  const instant = new Date(day * MS_PER_DAY + ((hh * 60 + mm - (offset ?? 0)) * 60 + ss) * 1000);
  return { day, offset, instant };
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};

/** Expressions anchored to another event, skipped (and hidden from chrono). */
const ANCHORED: readonly RegExp[] = [
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|\d+)\s+(?:days?|weeks?|months?|years?|hours?|nights?)\s+(?:after|before|later|earlier|on|prior|afterwards?)\b/gi,
  /\bthe\s+(?:next|following|previous|preceding|same|prior)\s+(?:day|week|weekend|month|year|morning|afternoon|evening|night)\b/gi,
  /\bthe\s+(?:day|week|month|year|night)\s+(?:before|after)\b/gi,
  /\bthat\s+(?:same\s+)?(?:day|week|weekend|month|year|morning|afternoon|evening|night)\b/gi,
];

type RelativeResolver = (m: RegExpMatchArray, anchor: Anchor, future: boolean) => Resolved;

/** Expressions resolved against the publication day without chrono. */
const RELATIVE: ReadonlyArray<readonly [RegExp, RelativeResolver]> = [
  [
    /\b(yesterday|today|tonight|tomorrow)\b/gi,
    (m, a) => {
      const w = m[1]!.toLowerCase();
      const d = a.day + (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
      return days('day', d, d, true);
    },
  ],
  [/\blast\s+night\b/gi, (_m, a) => days('day', a.day - 1, a.day, true)],
  [/\bthis\s+(?:morning|afternoon|evening)\b/gi, (_m, a) => days('day', a.day, a.day, true)],
  [
    /\b(earlier|later)\s+this\s+(week|month|year)\b/gi,
    (m, a) => {
      const [s, e] = periodOf(m[2]!.toLowerCase(), a.day, 0);
      const grain = m[2]!.toLowerCase() as Grain;
      return m[1]!.toLowerCase() === 'earlier' ? days(grain, s, a.day, true) : days(grain, a.day, e, true);
    },
  ],
  [
    /\b(this|last|next|past|coming|previous)\s+(week|weekend|month|year)\b/gi,
    (m, a) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const grain: Grain = unit === 'weekend' ? 'week' : (unit as Grain);
      if (which === 'past' && unit !== 'weekend') {
        const span = unit === 'year' ? 365 : unit === 'month' ? 30 : 7;
        return days(grain, a.day - span + 1, a.day, true);
      }
      if (which === 'coming' && unit !== 'weekend') {
        const span = unit === 'year' ? 365 : unit === 'month' ? 30 : 7;
        return days(grain, a.day + 1, a.day + span, true);
      }
      const step = which === 'last' || which === 'previous' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
      const [s, e] = periodOf(unit, a.day, step);
      return days(grain, s, e, true);
    },
  ],
  [
    /\b(?:over|at|during|on)\s+the\s+weekend\b/gi,
    (_m, a, future) => {
      const w = weekdayOf(a.day);
      const sat = w === 6 || w === 0 ? a.day - ((w + 1) % 7) : future ? weekStart(a.day) + 5 : weekStart(a.day) - 2;
      return days('week', sat, sat + 1, true);
    },
  ],
  [
    /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi,
    (m, a) => {
      const word = m[1]!.toLowerCase();
      const n = NUMBER_WORDS[word] ?? Number(word);
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return days('day', a.day - n, a.day - n, true);
      if (unit === 'week') {
        const s = weekStart(a.day - 7 * n);
        return days('week', s, s + 6, true);
      }
      const { y, m: mo } = ymd(a.day);
      if (unit === 'month') {
        const t = addMonths(y, mo, -n);
        return days('month', monthStart(t.y, t.m), monthEnd(t.y, t.m), true);
      }
      return days('year', monthStart(y - n, 1), monthEnd(y - n, 12), true);
    },
  ],
];

/** The week (Mon–Sun), weekend (Sat–Sun), month or year holding `day`, moved by `step` periods. */
function periodOf(unit: string, day: Day, step: number): readonly [Day, Day] {
  const { y, m } = ymd(day);
  switch (unit) {
    case 'week': {
      const s = weekStart(day) + 7 * step;
      return [s, s + 6];
    }
    case 'weekend': {
      const s = weekStart(day) + 5 + 7 * step;
      return [s, s + 1];
    }
    case 'month': {
      const t = addMonths(y, m, step);
      return [monthStart(t.y, t.m), monthEnd(t.y, t.m)];
    }
    default:
      return [monthStart(y + step, 1), monthEnd(y + step, 12)];
  }
}

/**
 * Cheap gates: chrono runs only when a month or weekday name (whole word, in the forms MONTH_WORD,
 * WEEKDAY_WORD and FULL_NAME accept) or a numeric date is present. A duration alone ("in about 30
 * days") is not a date: chrono used to read one only when an unrelated word of the clause began
 * like a month ("decision"), which made the result depend on that word. (Word prefixes such as
 * "dec-", "mar-" or "mon-" would let most news sentences through: "decided", "market", "money".)
 */
const CHRONO_GATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/i;
const RELATIVE_GATE = /\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|week|weekend|month|year|ago|days?|after|before|later|earlier)\b/i;
const YEAR_GATE = /(?:1[89]|20|21)\d\d/;
/** A clock time: "3 p.m.", "10:30 a.m.", "9am", with a zone after it or not; or "15:00 GMT" (24-hour digits need their zone). */
const CLOCK_TIME = /(?<![\d:.,])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap]\.?m\.?(?:\s+[A-Z]{2,4}\b)?|(?:[01]?\d|2[0-3]):[0-5]\d\s+(?:GMT|UTC|[A-Z]{1,2}[SD]T|CES?T|BST|IST|MSK|JST)\b)(?![\w:])/g;
const CLOCK_GATE = /\d\s?[ap]\.?m\b|\d:[0-5]\d\s+[A-Z]/i;

const MONTH_WORD = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;
const FULL_NAME = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const WEEKDAY_WORD = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:tuesday|wednesday|thursday|saturday)\b/i;
/** Words before a month named alone that make it a date ("in June", "by mid-July"). */
const MONTH_CUE = /(?:\b(?:in|since|until|till|by|from|to|of|during|before|after|early|late|mid|last|next|this|through|throughout|between|and|or|every|each|around)\s+|\bmid-)$/i;

/** Future cues in the clause before an expression. */
const FUTURE_BEFORE = /\b(?:will|shall|going\s+to|due\s+to|is\s+due|are\s+due|scheduled|slated|set\s+to|plans?\s+to|planned|planning|expected\s+to|upcoming|to\s+be\s+held|to\s+take\s+place|starting|beginning|agreed\s+to\s+\w+|is\s+to\s+\w+|are\s+to\s+\w+)\b|['’]ll\b/i;
const FUTURE_AFTER = /^[\s,]*(?:\S+\s+){0,2}?(?:will|shall)\b|^[\s,]*\S+['’]ll\b/i;

/**
 * Whether the clause around `[a, b)` of `s` speaks of the future: a future cue between the clause
 * start and the expression, or, when the expression opens its clause, "will" within the next words.
 */
function isFuture(s: string, a: number, b: number): boolean {
  let c = a;
  while (c > 0 && a - c < 120 && !/[.!?;\n]/.test(s[c - 1]!)) c--;
  const before = s.slice(c, a);
  if (FUTURE_BEFORE.test(before)) return true;
  if (/^[\s“"‘'(]*(?:(?:on|in|at|by|from|since|until)\s+)?$/i.test(before)) return FUTURE_AFTER.test(s.slice(b, b + 60));
  return false;
}

/** The most recent day ≤ `day` with weekday `w` (or strictly before / strictly after). */
function weekdayNear(day: Day, w: number, mode: 'on-or-before' | 'before' | 'after'): Day {
  const back = (weekdayOf(day) - w + 7) % 7;
  if (mode === 'on-or-before') return day - back;
  if (mode === 'before') return day - (back || 7);
  return day + ((w - weekdayOf(day) + 7) % 7 || 7);
}

/** Year for a month (and day) given without one: latest on or before the anchor, or first on or after it. */
function yearFor(anchor: Day, month: number, day: number | null, future: boolean): number | null {
  const { y } = ymd(anchor);
  const years = future ? [y - 1, y, y + 1] : [y + 1, y, y - 1];
  for (const cand of years) {
    const first = day === null ? monthStart(cand, month) : dayOf(cand, month, day);
    const last = day === null ? monthEnd(cand, month) : first;
    if (first === null || last === null) continue;
    if (future ? last >= anchor : first <= anchor) return cand;
  }
  return null;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly resolved: Resolved;
}

function overlapsAny(found: readonly Found[], a: number, b: number): boolean {
  return found.some((f) => a < f.end && f.start < b);
}

/** Resolves one chrono result (start or end components) to a day interval, or null to drop it. */
function resolveComponents(
  c: ParsedComponents,
  anchor: Anchor | null,
  future: boolean,
  modifier: 'next' | 'last' | null,
  /** The range's start, for an end without a year ("March 3-5"): the end is the first such date on or after it. */
  after: Day | null = null,
): { grain: Grain; first: Day; last: Day; relative: boolean; time: string | null } | 'unresolved' | null {
  const certain = (k: chrono.Component): boolean => c.isCertain(k);
  const get = (k: chrono.Component): number => c.get(k) ?? 0;
  let time: string | null = null;
  if (certain('hour')) {
    const pad = (x: number) => String(x).padStart(2, '0');
    const tz = certain('timezoneOffset') ? c.get('timezoneOffset') : anchor?.offset ?? null;
    time = `T${pad(get('hour'))}:${pad(get('minute'))}:${pad(get('second'))}${formatOffset(tz)}`;
  }
  if (certain('month') && certain('day')) {
    const explicit = certain('year');
    const year = explicit
      ? get('year')
      : after !== null
        ? yearFor(after, get('month'), get('day'), true)
        : anchor === null
          ? null
          : yearFor(anchor.day, get('month'), get('day'), future);
    if (year === null) return 'unresolved';
    const d = dayOf(year, get('month'), get('day'));
    if (d === null) return null;
    return { grain: time === null ? 'day' : 'instant', first: d, last: d, relative: !explicit, time };
  }
  if (certain('month')) {
    const explicit = certain('year');
    const year = explicit ? get('year') : anchor === null ? null : yearFor(anchor.day, get('month'), null, future);
    if (year === null) return 'unresolved';
    return { grain: 'month', first: monthStart(year, get('month')), last: monthEnd(year, get('month')), relative: !explicit, time: null };
  }
  if (certain('weekday')) {
    if (anchor === null) return 'unresolved';
    const mode = modifier === 'next' || (modifier === null && future) ? 'after' : modifier === 'last' ? 'before' : 'on-or-before';
    const d = weekdayNear(anchor.day, get('weekday'), mode);
    return { grain: time === null ? 'day' : 'instant', first: d, last: d, relative: true, time };
  }
  return null;
}

/**
 * Sentence break: end punctuation and space (not after a month or weekday abbreviation, an initial,
 * or the "a.m." / "p.m." of a clock time, which a time zone or a day may follow: "5:30 a.m. EST",
 * "3 p.m. Monday"), or a line break.
 */
const BREAK = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[A-Z]|[AaPp]\.[Mm]))[.!?;]+\s+|\n+/g;

/**
 * Chrono keeps a lone "May" as the month only right after "in" (else it may be the verb); a month cue
 * other than "in" before a capitalised "May" ("by May", "in mid-May", "late May") is rewritten to
 * "in" in the text chrono reads, at the same length, so that the month is read; the cue itself is
 * not part of a date (`MONTH_CUE` still finds it in the text). Not before a possessive or a verb,
 * where "May" is a name ("after May resigned", "before May's speech").
 */
function mayAsMonth(s: string): string {
  return s.replace(MAY_AFTER_CUE, (m, cue: string) => `${' '.repeat(cue.length - 3)}in ${m.slice(cue.length)}`);
}
const MAY_AFTER_CUE = /\b((?:[Ii]n\s+|[Bb]y\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|(?:[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Tt]hroughout)\s+)May\b(?!['’]s\b|\s+(?:said|says|told|has|had|is|was|will|would|could|should|\p{Ll}+ed)\b)/gu;

/**
 * "between March and May", "between Monday and Wednesday": chrono reads the two ends apart (or the
 * first alone); written "March to May" in the text chrono reads (" and " becomes " to  ", one length),
 * they are one range, which a day inside it agrees with.
 */
function betweenAsRange(s: string): string {
  return s.replace(BETWEEN_AND, (m) => `${m.slice(0, -5)} to  `);
}
const CALENDAR_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const BETWEEN_AND = new RegExp(`\\b[Bb]etween\\s+${CALENDAR_NAME}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})? and (?=${CALENDAR_NAME}|\\d{1,2}\\b)`, 'g');

/** `[from, to)` pieces of `s` between sentence breaks, so chrono cannot join a date to the next sentence's time. */
function clauses(s: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let from = 0;
  for (const m of s.matchAll(BREAK)) {
    const to = m.index ?? 0;
    if (to > from) out.push([from, to]);
    from = to + m[0].length;
  }
  if (from < s.length) out.push([from, s.length]);
  return out;
}

/** Chrono results in `masked` (positions relative to the slice), filtered and resolved. */
function chronoTimes(slice: string, masked: string, anchor: Anchor | null, taken: readonly Found[]): Found[] {
  const ref = { instant: anchor?.instant ?? new Date(Date.UTC(2000, 0, 1)), timezone: anchor?.offset ?? 0 };
  const out: Found[] = [];
  const results: Array<{ index: number; text: string; start: ParsedComponents; end: ParsedComponents | null }> = [];
  for (const [from, to] of clauses(masked)) {
    const chunk = masked.slice(from, to);
    if (!CHRONO_GATE.test(chunk)) continue;
    for (const r of chrono.parse(chunk, ref, { forwardDate: false })) {
      results.push({ index: from + r.index, text: r.text, start: r.start, end: r.end ?? null });
    }
  }
  for (const r of results) {
    let a = r.index;
    let b = r.index + r.text.length;
    while (b > a && /[\s,.;:]/.test(slice[b - 1]!)) b--;
    while (a < b && /[\s,.;:]/.test(slice[a]!)) a++;
    const lead = /^(?:(?:on|in|at|of|during|since|from|by|until|till)\s+)+/i.exec(slice.slice(a, b));
    if (lead !== null) a += lead[0].length;
    if (b <= a || overlapsAny(taken, a, b) || overlapsAny(out, a, b)) continue;
    const text = slice.slice(a, b);
    const hasMonth = MONTH_WORD.test(text);
    const hasDigits = /\d/.test(text);
    const s = r.start;
    if (!hasMonth && !WEEKDAY_WORD.test(text)) {
      // Numeric dates only, with a year ("03/03/2021", not "24/7").
      if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    }
    // A lone abbreviation ("Sun", "Sat", "Wed") or lower-case month ("march") is not a date.
    if (!hasDigits && !FULL_NAME.test(text)) continue;
    const name = FULL_NAME.exec(text) ?? MONTH_WORD.exec(text);
    if (name !== null && !hasDigits && name[0][0] === name[0][0]!.toLowerCase()) continue;
    // A month alone needs a cue before it ("in June", "by mid-July") unless a year follows.
    if (s.isCertain('month') && !s.isCertain('day') && !s.isCertain('year') && !MONTH_CUE.test(slice.slice(Math.max(0, a - 20), a))) continue;
    const future = isFuture(slice, a, b);
    const lower = text.toLowerCase();
    const before = slice.slice(Math.max(0, a - 12), a).toLowerCase();
    const modifier = /^(?:next|coming)\b/.test(lower) || /\b(?:next|coming)\s+$/.test(before) ? 'next' : /^(?:last|past|previous)\b/.test(lower) || /\b(?:last|past|previous)\s+$/.test(before) ? 'last' : null;
    // A range that writes its year at its end only ("from June to August 2023"): the start is of that year, or of the year before when its month comes later ("November to March 2021").
    if (r.end !== null && r.end.isCertain('year') && !s.isCertain('year') && s.isCertain('month') && r.end.isCertain('month')) {
      const year = r.end.get('year')! - (s.get('month')! > r.end.get('month')! ? 1 : 0);
      (s as unknown as { assign(field: 'year', value: number): void }).assign('year', year);
    }
    const first = resolveComponents(s, anchor, future, modifier);
    if (first === null) continue;
    if (first === 'unresolved') {
      out.push({ start: a, end: b, resolved: unresolved(s.isCertain('month') && !s.isCertain('day') ? 'month' : 'day') });
      continue;
    }
    let lastDay = first.last;
    let relative = first.relative;
    const endComponents = r.end;
    if (endComponents !== null) {
      const second = resolveComponents(endComponents, anchor, future, modifier, first.first);
      if (second !== null && second !== 'unresolved') {
        lastDay = second.last;
        while (lastDay < first.first && second.grain === 'day' && !endComponents.isCertain('month')) lastDay += 7;
        if (lastDay < first.first) lastDay = first.last;
        relative = relative || second.relative;
      }
    }
    const resolved: Resolved =
      first.grain === 'instant' && first.time !== null && lastDay === first.last
        ? { grain: 'instant', start: iso(first.first) + first.time, end: iso(first.first) + first.time, relative }
        : days(first.grain === 'instant' ? 'day' : first.grain, first.first, lastDay, relative);
    out.push({ start: a, end: b, resolved });
  }
  return out;
}

/**
 * Dates and times in `text.slice(start, end)`, in text order. Each record's `range` indexes the
 * whole `text` (UTF-16, end-exclusive) within `[start, end]`, and `raw === text.slice(...range)`.
 * `published` is ISO 8601 with the page's offset, or null.
 */
export function extractTimes(text: string, start: number, end: number, published: string | null): TimeRef[] {
  const s0 = Math.max(0, Math.min(start, text.length));
  const e0 = Math.max(s0, Math.min(end, text.length));
  const slice = text.slice(s0, e0);
  const runChrono = CHRONO_GATE.test(slice);
  const runRelative = RELATIVE_GATE.test(slice);
  const runYears = YEAR_GATE.test(slice);
  const runClock = CLOCK_GATE.test(slice);
  if (!runChrono && !runRelative && !runYears && !runClock) return [];
  const anchor = anchorOf(published);
  const found: Found[] = [];
  const hidden: Array<readonly [number, number]> = [];

  if (runRelative) {
    for (const re of ANCHORED) {
      for (const m of slice.matchAll(re)) hidden.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
    for (const [re, resolve] of RELATIVE) {
      for (const m of slice.matchAll(re)) {
        const a = m.index ?? 0;
        const b = a + m[0].length;
        if (hidden.some(([x, y]) => a < y && x < b) || overlapsAny(found, a, b)) continue;
        const resolved = anchor === null ? unresolved(grainOf(m[0])) : resolve(m, anchor, isFuture(slice, a, b));
        found.push({ start: a, end: b, resolved });
      }
    }
  }

  if (runChrono) {
    let masked = slice;
    for (const [a, b] of [...hidden, ...found.map((f) => [f.start, f.end] as const)]) {
      masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
    }
    const taken = [...found, ...hidden.map(([a, b]) => ({ start: a, end: b, resolved: unresolved('day') }))];
    found.push(...chronoTimes(slice, betweenAsRange(mayAsMonth(masked)), anchor, taken));
  }

  if (runYears) {
    for (const q of extractQuantities(slice, 0, slice.length)) {
      if (q.kind !== 'year' || !Number.isInteger(q.value) || !Number.isInteger(q.max) || q.value < 1000 || q.max > 9999 || q.max < q.value) continue;
      const [a, b] = q.range;
      if (overlapsAny(found, a, b) || hidden.some(([x, y]) => a < y && x < b)) continue;
      found.push({ start: a, end: b, resolved: days('year', monthStart(q.value, 1), monthEnd(q.max, 12), false) });
    }
  }

  // Clock times of no named day ("at 3 p.m.", "10:30 a.m. EST"): unresolved, so that the clock two
  // outlets give can be compared, never placed on a day (the event need not be of the publication day).
  if (runClock) {
    for (const m of slice.matchAll(CLOCK_TIME)) {
      const a = m.index ?? 0;
      let b = a + m[0].length;
      while (b > a && slice[b - 1] === '.' && !/[ap]\.m\.$/i.test(slice.slice(a, b))) b--;
      if (overlapsAny(found, a, b) || hidden.some(([x, y]) => a < y && x < b)) continue;
      found.push({ start: a, end: b, resolved: unresolved('instant') });
    }
  }

  return found
    .sort((x, y) => x.start - y.start)
    .map(({ start: a, end: b, resolved }) => ({
      type: 'time',
      range: [s0 + a, s0 + b],
      raw: text.slice(s0 + a, s0 + b),
      ...resolved,
    }));
}
