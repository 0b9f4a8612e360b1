/**
 * Value comparison for the discrepancy rules: equal values written differently are never
 * discrepancies. Quantities compare as intervals (bounds and ranges widen them); times compare as
 * calendar-day intervals, or as instants when both sides are instants.
 */
import type { Quantity, TimeRef } from '../types.js';

/** Surface unit (lower-case, singular or plural) → canonical unit. Units not listed are singularised. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  sec: 'second', secs: 'second', second: 'second', seconds: 'second',
  min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day',
  wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month',
  yr: 'year', yrs: 'year', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
  person: 'people', persons: 'people', people: 'people',
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm',
  mi: 'mile', mile: 'mile', miles: 'mile',
  ft: 'foot', foot: 'foot', feet: 'foot',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  g: 'g', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g',
  t: 'tonne', tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne',
  lb: 'lb', lbs: 'lb',
  $: 'usd', usd: 'usd', 'us$': 'usd', dollar: 'usd', dollars: 'usd',
  '€': 'eur', eur: 'eur', euro: 'eur', euros: 'eur',
  '£': 'gbp', gbp: 'gbp', sterling: 'gbp', pound: 'gbp', pounds: 'gbp',
  '₹': 'inr', rs: 'inr', inr: 'inr', rupee: 'inr', rupees: 'inr',
  '₽': 'rub', rub: 'rub', rouble: 'rub', roubles: 'rub', ruble: 'rub', rubles: 'rub',
  sek: 'sek', krona: 'sek', kronor: 'sek',
  '¥': 'jpy', jpy: 'jpy', yen: 'jpy',
  cny: 'cny', yuan: 'cny', renminbi: 'cny',
  uah: 'uah', hryvnia: 'uah', hryvnias: 'uah',
};

/** Irregular plurals; regular ones are handled by `singularise`. */
const IRREGULAR: Readonly<Record<string, string>> = {
  men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', thieves: 'thief',
  series: 'series', species: 'species', news: 'news', police: 'police', data: 'data', media: 'media',
  crises: 'crisis', analyses: 'analysis', buses: 'bus', statuses: 'status',
};

/** Singular form of a lower-case English noun (rule-based: irregulars, -ies, -ches/-shes/-xes/-sses, -s). */
export function singularise(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Canonical unit for comparison: lower-cased, white space collapsed, aliases folded ("hrs" → "hour",
 * "persons" → "people", "kilometres" → "km", "dollars" → "usd"), other nouns singularised.
 */
export function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const lower = unit.toLowerCase().replace(/\s+/g, ' ').trim();
  if (lower === '') return null;
  const alias = UNIT_ALIASES[lower];
  if (alias !== undefined) return alias;
  const single = singularise(lower);
  return UNIT_ALIASES[single] ?? single;
}

/** Canonical unit → [dimension, size in the dimension's base unit (second, metre, kilogram)]. */
const DIMENSIONS: Readonly<Record<string, readonly [string, number]>> = {
  second: ['time', 1],
  minute: ['time', 60],
  hour: ['time', 3600],
  day: ['time', 86_400],
  week: ['time', 604_800],
  fortnight: ['time', 1_209_600],
  month: ['time', 2_629_800],
  year: ['time', 31_557_600],
  decade: ['time', 315_576_000],
  century: ['time', 3_155_760_000],
  mm: ['length', 0.001],
  cm: ['length', 0.01],
  m: ['length', 1],
  km: ['length', 1000],
  foot: ['length', 0.3048],
  mile: ['length', 1609.344],
  g: ['mass', 0.001],
  kg: ['mass', 1],
  lb: ['mass', 0.45359237],
  tonne: ['mass', 1000],
};

/** Relative slack when the two sides use different units of one dimension (rounded conversions). */
const CONVERSION_SLACK = 0.05;
/**
 * Relative gap below which two figures of one unit are the same figure reported twice: rounded to
 * fewer digits ("1.23" / "1.2", "296" / "300") or taken a little apart in time (a share price, a
 * running toll). A gap this small is not what misleads a reader; a different count is.
 */
const ROUNDING_SLACK = 0.025;
// Years and ordinals are exact ("2014" / "2015"), and so are small whole numbers ("48" / "47 percent").

/** A figure that may have been rounded: with decimals, or of 100 or more. */
export const roundable = (v: number) => Number.isFinite(v) && (!Number.isInteger(v) || Math.abs(v) >= 100);
/** Relative half-width of an "about" value. */
const ABOUT_SLACK = 0.1;

function unitsCompatible(kind: Quantity['kind'], a: string | null, b: string | null): boolean {
  switch (kind) {
    case 'year':
      return true;
    case 'count':
    case 'ordinal':
    case 'money':
      return a === null || b === null || a === b;
    case 'duration':
    case 'measure': {
      if (a === b) return true;
      const da = a === null ? undefined : DIMENSIONS[a];
      const db = b === null ? undefined : DIMENSIONS[b];
      return da !== undefined && db !== undefined && da[0] === db[0];
    }
    case 'percent':
      return a === b;
  }
}

/** Same kind and compatible units: a null unit matches any unit for counts, ordinals and money. */
export function quantitiesComparable(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && unitsCompatible(a.kind, normaliseUnit(a.unit), normaliseUnit(b.unit));
}

/** The closed interval a quantity allows, in its dimension's base unit when it has one. */
function interval(q: Quantity): readonly [number, number] {
  const unit = normaliseUnit(q.unit);
  const size = (q.kind === 'duration' || q.kind === 'measure') && unit !== null ? DIMENSIONS[unit]?.[1] ?? 1 : 1;
  let lo = Math.min(q.value, q.max) * size;
  let hi = Math.max(q.value, q.max) * size;
  switch (q.bound) {
    case 'at-least':
      hi = Infinity;
      break;
    case 'at-most':
      lo = -Infinity;
      break;
    case 'about':
      if (q.kind === 'year') {
        lo -= 1;
        hi += 1;
      } else {
        lo -= Math.abs(lo) * ABOUT_SLACK;
        hi += Math.abs(hi) * ABOUT_SLACK;
      }
      break;
    case 'exact':
      break;
  }
  return [lo, hi];
}

/** The first numeral written in a quantity ("$1.36 billion" → "1.36"), separators dropped, or null. */
function numeral(q: Quantity): string | null {
  return q.raw.match(/\d{1,3}(?:[,\s\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/)?.[0].replace(/[,\s\u00a0]/g, '') ?? null;
}

/** Decimal places of the numeral a quantity is written with ("1.36 percent" → 2, "9%" → 0). */
function decimals(q: Quantity): number | null {
  const n = numeral(q);
  return n === null ? null : (n.split('.')[1] ?? '').length;
}

/**
 * True when two single exact figures of one unit are one figure written to different precision: the
 * finer, rounded to the places of the coarser, is the coarser ("1.36 percent" / "1.4 percent", "8.76
 * per cent" / "9%", "2.7 percent" / "3%"). Years and ordinals are never rounded.
 */
export function roundedAlike(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'year' || a.kind === 'ordinal' || a.bound !== 'exact' || b.bound !== 'exact' || a.value !== a.max || b.value !== b.max) return false;
  if (normaliseUnit(a.unit) !== normaliseUnit(b.unit)) return false;
  const [da, db] = [decimals(a), decimals(b)];
  const [na, nb] = [Number(numeral(a)), Number(numeral(b))];
  if (da === null || db === null || da === db || !Number.isFinite(na) || !Number.isFinite(nb) || na === 0 || nb === 0) return false;
  // The same written scale ("million" on both sides, or neither): compare the numerals as written.
  if (Math.abs(a.value / na - b.value / nb) > 1e-9 * Math.max(a.value / na, b.value / nb)) return false;
  const [fine, coarse, places] = da > db ? [na, nb, db] : [nb, na, da];
  return Math.abs(Number(fine.toFixed(places)) - coarse) < 1e-9;
}

/** A scale word or suffix written with a figure ("million", "bn", "300K", "11M"). */
const SCALE_WORD = /\b(?:thousand|million|billion|trillion|mn|bn|crore|lakh)\b|\d\s*[kmb]\b/i;

/**
 * True when both quantities are written with the same numeral and their values differ by a power of
 * a thousand: one side's scale word was not read with its figure ("$10-million" read as "$10", "11M"
 * as 11), and the figure is the same.
 */
export function sameNumeral(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'year' || a.kind === 'ordinal' || a.value === b.value || a.value === 0 || b.value === 0) return false;
  const [na, nb] = [numeral(a), numeral(b)];
  if (na === null || na !== nb || a.value !== a.max || b.value !== b.max) return false;
  // The smaller must be written with no scale word of its own ("10 thousand" and "10 million" differ).
  const smaller = a.value < b.value ? a : b;
  if (SCALE_WORD.test(smaller.raw)) return false;
  const ratio = Math.log10(Math.max(a.value, b.value) / Math.min(a.value, b.value));
  return Math.abs(ratio - Math.round(ratio)) < 1e-6 && Math.round(ratio) % 3 === 0;
}

/**
 * True only when the two quantities are comparable and no value satisfies both: "at least 40" and
 * "40" agree, "at least 40" and "30" conflict, "about 300" (±10%) and "310" agree, overlapping ranges
 * agree, figures less than `ROUNDING_SLACK` apart agree. Symmetric.
 */
export function quantitiesConflict(a: Quantity, b: Quantity): boolean {
  if (!quantitiesComparable(a, b)) return false;
  if (roundedAlike(a, b) || sameNumeral(a, b)) return false;
  const [aLo, aHi] = interval(a);
  const [bLo, bHi] = interval(b);
  const sameUnit = normaliseUnit(a.unit) === normaliseUnit(b.unit);
  const scale = Math.max(...[aLo, aHi, bLo, bHi].filter(Number.isFinite).map(Math.abs), 0);
  const rounding = a.kind === 'year' || a.kind === 'ordinal' || ![a.value, a.max, b.value, b.max].some(roundable) ? 1e-9 : ROUNDING_SLACK;
  const slack = scale * (sameUnit ? rounding : CONVERSION_SLACK);
  return aHi + slack < bLo || bHi + slack < aLo;
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar fields a time names: weekday (0 = Sunday), month (0-11), day of month, year; null where it names none. */
export interface CalendarFields {
  readonly weekday: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly year: number | null;
}

/**
 * The fields of a time: from its resolved start when it is resolved at day grain or finer (in the
 * start's own offset), else read from its words ("Thursday", "June 10", "December 2003").
 */
export function calendarFields(t: TimeRef): CalendarFields {
  if (t.start !== null && (t.grain === 'day' || t.grain === 'instant') && /^\d{4}-\d{2}-\d{2}/.test(t.start)) {
    const [y, m, d] = t.start.slice(0, 10).split('-').map(Number) as [number, number, number];
    return { weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(), month: m - 1, day: d, year: y };
  }
  const words = t.raw.toLowerCase();
  const weekday = WEEKDAY_NAMES.findIndex((w) => new RegExp(`\\b${w}(?:day|\\.|\\b|nesday|rsday|urday|sday)`).test(words));
  const monthMatch = words.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})?(?!\d)/);
  const month = monthMatch ? MONTH_NAMES.indexOf(monthMatch[1]!) : -1;
  const dayBefore = words.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/);
  const day = monthMatch?.[2] ? Number(monthMatch[2]) : dayBefore ? Number(dayBefore[1]) : null;
  const year = words.match(/\b(1[89]\d\d|20\d\d)\b/);
  return { weekday: weekday >= 0 ? weekday : null, month: month >= 0 ? month : null, day: month >= 0 ? day : null, year: year ? Number(year[1]) : null };
}

/**
 * Conflict by the calendar fields both times name, for times that could not both be resolved:
 * "Thursday" vs "Tuesday", "in April" vs "in December", "June 10" vs "June 12", "2001" vs "2003"
 * conflict, and so do two clock times more than an hour apart, of one zone or none ("3 p.m. Monday"
 * vs "5 p.m. Monday"); "in June" vs "June 10", "Friday" vs "last week" do not. Symmetric.
 */
export function surfaceConflict(a: TimeRef, b: TimeRef): boolean {
  const x = calendarFields(a);
  const y = calendarFields(b);
  const differ = (p: number | null, q: number | null) => p !== null && q !== null && p !== q;
  if (differ(x.year, y.year)) return true;
  if (differ(x.month, y.month)) return !(x.year === null && y.year === null && (a.grain === 'week' || b.grain === 'week'));
  if (x.month !== null && x.month === y.month && differ(x.day, y.day)) return true;
  if (differ(x.weekday, y.weekday)) return true;
  // One day, or days not named: two clock times more than `INSTANT_SLACK_MS` apart, in one zone or
  // none named, or in two zones of known offsets ("10:30 a.m. EST" is "15:30 GMT").
  const [p, q] = [clockOf(a.raw), clockOf(b.raw)];
  if (p === null || q === null) return false;
  const known = p.zone !== null && q.zone !== null && ZONE_OFFSETS[p.zone] !== undefined && ZONE_OFFSETS[q.zone] !== undefined;
  if (p.zone !== q.zone && !known) return false;
  const utc = (c: { minutes: number; zone: string | null }) => c.minutes - (known ? ZONE_OFFSETS[c.zone!]! : 0);
  // Minutes around the clock: 11:30 p.m. and 0:30 a.m. are an hour apart.
  const gap = Math.abs(utc(p) - utc(q)) % (24 * 60);
  return Math.min(gap, 24 * 60 - gap) * 60_000 > INSTANT_SLACK_MS;
}

/** UTC offsets in minutes of the zone abbreviations news copy writes with a clock time (not "ET"/"PT", which change with the season). */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  GMT: 0, UTC: 0, WET: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330, JST: 540, AEST: 600,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/**
 * True when two times can be told apart at all: a clock time of no named day (`start` null, no
 * calendar field: "3 p.m.") only against another such, a time that names a day, month or year only
 * against another such. "3 p.m." neither agrees nor conflicts with "Sept. 9" or "5 p.m. Sept. 9": it
 * must not stand in for the day the other side gives.
 */
export function timesComparable(a: TimeRef, b: TimeRef): boolean {
  return clockOnly(a) === clockOnly(b);
}
const clockOnly = (t: TimeRef) => t.start === null && clockOf(t.raw) !== null && Object.values(calendarFields(t)).every((v) => v === null);

/** The first clock time written in a time's text ("5:30 a.m. EST", "15:00"): minutes after midnight and the zone word after it, if any. */
function clockOf(raw: string): { minutes: number; zone: string | null } | null {
  for (const m of raw.matchAll(CLOCK)) {
    const hour = Number(m[1]);
    const minute = Number(m[2] ?? 0);
    const half = m[3]?.toLowerCase();
    // A bare figure is a day or a year, not a clock time.
    if ((half === undefined && m[2] === undefined) || hour > (half ? 12 : 23) || minute > 59) continue;
    const hours = half === undefined ? hour : (hour % 12) + (half === 'p' ? 12 : 0);
    return { minutes: hours * 60 + minute, zone: m[4]?.toUpperCase() ?? null };
  }
  return null;
}
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?(?!\d)(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?(?:\s+([A-Z]{2,4})\b)?/g;

/** Two instants closer than this are the same moment as reported (rounded times). */
const INSTANT_SLACK_MS = 60 * 60 * 1000;

/** The calendar date an ISO date or date-time names, in its own offset ("2021-03-03T23:40:00+05:30" → "2021-03-03"). */
function datePart(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * True when both times are resolved and their intervals do not overlap: as instants (±1 hour) when
 * both are instants, else as inclusive calendar-day intervals (a day inside a month it names agrees).
 * Unresolved times never conflict. Symmetric.
 */
export function timesConflict(a: TimeRef, b: TimeRef): boolean {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return surfaceConflict(a, b);
  if (a.grain === 'instant' && b.grain === 'instant') {
    const ta = Date.parse(a.start);
    const tb = Date.parse(b.start);
    if (Number.isNaN(ta) || Number.isNaN(tb)) return false;
    return Math.abs(ta - tb) > INSTANT_SLACK_MS;
  }
  const aStart = datePart(a.start);
  const aEnd = datePart(a.end);
  const bStart = datePart(b.start);
  const bEnd = datePart(b.end);
  return aEnd < bStart || bEnd < aStart;
}
