/**
 * Numbers in text as `Quantity` records: digits ("300,000", "1.5", "300K", "$5bn"), number words
 * ("twenty-five", "two hundred", "a dozen"), ordinals ("fifth", "5th"), percents, money, durations
 * ("two-hour", "90 minutes"), ranges ("10-12", "between 10 and 12", "20–30%"), bounds ("at least",
 * "up to", "about") and bare years ("in 2011"). Counts are read again with the words around them
 * (`inContext`): a large figure before a noun naming a sum is a sum ("a 56 million pre-tax profit"), a
 * figure before "-percent" a share, and a bare figure set off by commas after a name an age ("Max
 * Smith, 17, was").
 *
 * Not reported: days and years inside dates ("March 3, 2021", "3 March", "June 2019"), clock
 * times ("09:15", "3 pm"), numeric dates ("03/03/2021"), identifiers ("G7", "F-16", "COVID-19",
 * "No. 1", "#1"), versions ("1.2.3"), scores ("3-1"), decades ("1990s"), fractions ("two-thirds"),
 * vague amounts ("dozens", "hundreds of"), and "one" / "first" / "second" with no noun after them
 * ("one of the", "the one who").
 *
 * Positions are UTF-16 code unit offsets into the whole `text`, end-exclusive.
 */
import type { Quantity, QuantityKind } from '../types.js';
import { normaliseUnit } from '../compare/values.js';

type Bound = Quantity['bound'];

interface Tok {
  readonly text: string;
  readonly lower: string;
  /** Offsets into the scanned slice. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'num' | 'word' | 'sym';
  /** No white space between this token and the previous one. */
  readonly attached: boolean;
  /** The white space before this token holds a line break. */
  readonly nl: boolean;
}

/** Digit groups ("250,000", "1.5", "2021"), letter runs, and any other single code point. */
const TOKEN = /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|([\p{L}\p{M}]+)|(\S)/gu;

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  for (const m of s.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const text = m[0];
    out.push({
      text,
      lower: text.toLowerCase(),
      start,
      end: start + text.length,
      kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym',
      attached: start === prevEnd,
      nl: prevEnd >= 0 && s.slice(prevEnd, start).includes('\n'),
    });
    prevEnd = start + text.length;
  }
  return out;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000, millionth: 1_000_000,
};
/** Scale words that multiply what precedes them. */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};
/** Scale abbreviations written after digits ("300K", "$5bn", "$5 bn"); `spaced` ones may stand apart. */
const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};
const SPACED_SCALE_SUFFIXES: ReadonlySet<string> = new Set(['mn', 'mln', 'bn', 'bln', 'tn', 'trn']);
/** Unit abbreviations written straight after digits ("10km", "24h"). */
const UNIT_SUFFIXES: ReadonlySet<string> = new Set([
  'km', 'kms', 'kg', 'kgs', 'cm', 'mm', 'ft', 'lb', 'lbs', 'mph', 'kmh', 'h', 'hr', 'hrs', 'min', 'mins',
]);
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
const FRACTIONS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths',
  'seventh', 'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths',
]);

/** Any word that can start or continue a written number (the cheap pre-check uses it). */
const NUMBER_WORD_LIST = [
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(ORDINALS),
  ...Object.keys(SCALES), 'hundred', 'dozen',
];
const NUMBER_WORDS: ReadonlySet<string> = new Set(NUMBER_WORD_LIST);
const HAS_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORD_LIST.join('|')})\\b`, 'i');

/** Currency symbols, and the three-letter prefixes that can sit before "$". */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', '₽': 'rub', '₴': 'uah',
};
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: 'usd', a: 'aud', au: 'aud', c: 'cad', ca: 'cad', hk: 'hkd', nz: 'nzd', s: 'sgd', r: 'brl',
};
/** Currency words and codes written before the number ("Rs 500", "USD 5"). Codes must be upper-case. */
const CURRENCY_PREFIX_WORDS: Readonly<Record<string, string>> = {
  rs: 'inr', inr: 'inr', usd: 'usd', eur: 'eur', gbp: 'gbp', sek: 'sek', nok: 'nok', dkk: 'dkk',
  chf: 'chf', cad: 'cad', aud: 'aud', jpy: 'jpy', cny: 'cny', rub: 'rub', uah: 'uah',
};
/** Currency words and codes written after the number ("5 million dollars", "500 kronor"). */
const CURRENCY_SUFFIX_WORDS: Readonly<Record<string, string>> = {
  ...CURRENCY_PREFIX_WORDS,
  dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp',
  rupee: 'inr', rupees: 'inr', rouble: 'rub', roubles: 'rub', ruble: 'rub', rubles: 'rub',
  krona: 'sek', kronor: 'sek', yen: 'jpy', yuan: 'cny', hryvnia: 'uah', hryvnias: 'uah',
  franc: 'chf', francs: 'chf',
};

const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century',
]);
const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km', 'm', 'cm', 'mm', 'mile', 'foot', 'kg', 'g', 'tonne', 'lb', 'mph', 'kmh', 'degree', 'hectare',
  'acre', 'litre', 'liter', 'barrel', 'megawatt', 'gigawatt', 'kilowatt', 'mw', 'gw', 'kw', 'kwh',
]);
/** Surface words that are units whatever their case ("Two Weeks", "5 MIN"). */
const LEXICON_UNIT_WORDS: ReadonlySet<string> = new Set([
  'sec', 'secs', 'seconds', 'min', 'mins', 'minutes', 'hr', 'hrs', 'hours', 'days', 'weeks', 'months',
  'years', 'yr', 'yrs', 'decades', 'centuries', 'km', 'kms', 'kilometres', 'kilometers', 'metres',
  'meters', 'miles', 'kg', 'kilograms', 'tonnes', 'tons', 'degrees', 'hectares', 'acres', 'litres',
  'liters', 'barrels', 'people', 'persons', 'person',
  ...TIME_UNITS,
]);

/** Words before a number that bound it, longest first. */
const BOUND_PHRASES: ReadonlyArray<readonly [readonly string[], Bound]> = (
  [
    [['at', 'least'], 'at-least'], [['more', 'than'], 'at-least'], [['over'], 'at-least'],
    [['above'], 'at-least'], [['upwards', 'of'], 'at-least'], [['in', 'excess', 'of'], 'at-least'],
    [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
    [['not', 'less', 'than'], 'at-least'], [['a', 'minimum', 'of'], 'at-least'],
    [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'], [['fewer', 'than'], 'at-most'],
    [['less', 'than'], 'at-most'], [['under'], 'at-most'], [['below'], 'at-most'],
    [['as', 'many', 'as'], 'at-most'], [['as', 'much', 'as'], 'at-most'],
    [['no', 'more', 'than'], 'at-most'], [['not', 'more', 'than'], 'at-most'],
    [['a', 'maximum', 'of'], 'at-most'],
    [['about'], 'about'], [['around'], 'about'], [['nearly'], 'about'], [['almost'], 'about'],
    [['roughly'], 'about'], [['some'], 'about'], [['approximately'], 'about'], [['approx'], 'about'],
    [['circa'], 'about'], [['close', 'to'], 'about'], [['an', 'estimated'], 'about'],
    [['estimated'], 'about'], [['just', 'over'], 'about'], [['just', 'under'], 'about'],
    [['just', 'above'], 'about'], [['just', 'below'], 'about'], [['slightly', 'more', 'than'], 'about'],
    [['slightly', 'less', 'than'], 'about'], [['more', 'or', 'less'], 'about'],
  ] as Array<[string[], Bound]>
).sort((x, y) => y[0].length - x[0].length);

/** Words after a number that bound it ("12 or more"). */
const POST_BOUNDS: Readonly<Record<string, Bound>> = {
  more: 'at-least', above: 'at-least', greater: 'at-least', higher: 'at-least', over: 'at-least', so: 'about', fewer: 'at-most', less: 'at-most', lower: 'at-most', below: 'at-most', under: 'at-most',
};

/** Words before a bare 4-digit number that make it a year even when a noun follows. */
const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'before', 'after', 'between', 'to',
  'through', 'early', 'late', 'mid', 'and', 'year',
]);
/** Lower-case prefixes a hyphen may join to a number ("mid-2011"); other word-hyphen-digit runs are identifiers. */
const NUMBER_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late', 'top', 'under', 'over']);

/** Words after a number that are never its unit. */
const NOT_UNITS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'there', 'here',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'will',
  'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'not', 'no',
  'so', 'if', 'then', 'per', 'each', 'said', 'says', 'say', 'told', 'tell', 'according', 'after',
  'before', 'since', 'until', 'during', 'while', 'when', 'where', 'into', 'onto', 'over', 'under',
  'about', 'around', 'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'we',
  'us', 'our', 'you', 'your', 'i', 'me', 'my', 'also', 'another', 'other', 'others', 'more', 'less',
  'most', 'least', 'only', 'just', 'even', 'again', 'too', 'very', 'all', 'both', 'either',
  'neither', 'any', 'some', 'such', 'what', 'why', 'how', 'against', 'between', 'among', 'through',
  'out', 'up', 'down', 'off', 'away', 'back', 'ago', 'later', 'earlier', 'apart', 'percent', 'cent',
  'agree', 'agreed', 'go', 'went', 'come', 'came', 'get', 'got', 'make', 'made', 'take', 'took',
  'meet', 'met', 'see', 'saw', 'think', 'want', 'wants', 'need', 'needs', 'remain', 'remains', 'left',
  'died', 'die', 'st', 'nd', 'rd', 'th', 'long', 'old', 'vs', 'versus',
  ...FRACTIONS,
]);
/** Words between a number and its head noun that are modifiers ("12 more people", "three other men"). */
const MODIFIERS: ReadonlySet<string> = new Set([
  'more', 'other', 'additional', 'extra', 'further', 'new', 'separate', 'different', 'young', 'small',
  'large', 'big', 'major', 'minor', 'senior', 'junior', 'top', 'key', 'main', 'total', 'full',
  'straight', 'consecutive', 'successive', 'previous', 'past', 'last', 'next', 'remaining',
  'confirmed', 'reported', 'suspected', 'alleged', 'armed', 'unarmed', 'innocent', 'foreign',
  'local', 'wounded', 'injured', 'dead', 'missing', 'leading', 'ruling', 'former', 'current',
  'elderly', 'unidentified', 'unnamed', 'masked', 'detained', 'jailed', 'captured', 'freed',
  'released', 'killed', 'high', 'low', 'long', 'short',
]);
const ADJECTIVE_ENDINGS = /(?:al|ic|ive|ous|ful|ary|ian|ean|ese|ish|less|ern|est|ior)$/;
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;

/** Words that make a passage speak of weight, so that its "pounds" are a mass. */
const WEIGHT_WORDS = /^(?:weigh(?:s|ed|ing)?|weights?|overweight|underweight|obese|obesity|heavier|lighter|kg|kilos?|kilograms?|kilogrammes?|ounces?|oz)$/;

/** Words a hyphen joins to a number to make an adjective, not a unit ("a 1,000-strong force"). */
const HYPHEN_ADJECTIVES: ReadonlySet<string> = new Set(['strong', 'long', 'wide', 'high', 'tall', 'deep', 'fold', 'point']);

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‐', '‑']);
const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

/** The number proper: digits or words, with scale and attached suffix, before any range or unit. */
interface NumberCore {
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Value before `scale`; the number is `base * scale`. */
  readonly base: number;
  readonly scale: number;
  readonly ordinal: boolean;
  /** The single ambiguous word this number is ("one", or an ordinal word such as "third"), else null. */
  readonly lone: string | null;
  /** A bare 4-digit integer, a year candidate. */
  readonly yearLike: boolean;
  /** A unit written straight after the digits ("10km"). */
  readonly unit: string | null;
}

/** Skip the tokens up to this index (exclusive): a time, date, identifier or version. */
interface Skip {
  readonly skipTo: number;
}

type Reading = NumberCore | Skip | null;

function isSkip(r: Reading): r is Skip {
  return r !== null && 'skipTo' in r;
}

/** Rounds float noise from scaling ("1.1 million" → 1100000). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** A quantity found by `scan`: token indices (inclusive) and the value fields. */
interface Found {
  readonly first: number;
  readonly last: number;
  readonly quantity: Pick<Quantity, 'value' | 'max' | 'unit' | 'kind' | 'bound'>;
}

/** Scanner over one slice's tokens. `floor` is the first token not yet part of a reported quantity. */
function scan(toks: readonly Tok[]): Found[] {
  const n = toks.length;
  const at = (k: number): Tok | undefined => (k >= 0 && k < n ? toks[k] : undefined);
  const isAttached = (k: number): boolean => at(k)?.attached === true;
  const isSpaced = (k: number): boolean => {
    const t = at(k);
    return t !== undefined && !t.attached && !t.nl;
  };
  const dateTok = markDates(toks);
  // "Pounds" weigh rather than pay where the passage speaks of weight ("weighed 136 pounds", "lose
  // 30 pounds", beside "kilograms"): a mass in pounds, which converts, not a sum in sterling.
  const weighs = toks.some((t) => t.kind === 'word' && WEIGHT_WORDS.test(t.lower));
  const poundsOfWeight = (w: Tok) => weighs && (w.lower === 'pound' || w.lower === 'pounds');

  /** `inRange`: the number is the second end of a range, so a dash before it is expected. */
  function readDigits(i: number, inRange: boolean): Reading {
    const t = toks[i]!;
    const digits = t.text.replace(/,/g, '');
    if (digits.replace('.', '').length > 15) return { skipTo: i + 1 };
    // Pieces of identifiers, times, dates, versions, scores.
    if (t.attached) {
      const prev = at(i - 1)!;
      if (prev.kind === 'word' && !(prev.lower === 'rs' || (prev.text === prev.text.toUpperCase() && CURRENCY_PREFIX_WORDS[prev.lower]))) {
        return { skipTo: i + 1 };
      }
      if (prev.text === ':' || prev.text === '/' || prev.text === '.' || prev.text === ',') return { skipTo: i + 1 };
      if (DASHES.has(prev.text) && isAttached(i - 1) && !inRange) {
        const before = at(i - 2)!;
        if (before.kind === 'num') return { skipTo: i + 1 };
        if (before.kind === 'word' && (/\p{Lu}/u.test(before.text) || !NUMBER_PREFIXES.has(before.lower)) && !(before.lower in UNITS)) {
          return { skipTo: i + 1 };
        }
      }
    }
    const p1 = at(i - 1);
    if (p1?.text === '#' && t.attached) return { skipTo: i + 1 };
    if (p1?.text === '.' && at(i - 2)?.lower === 'no') return { skipTo: i + 1 };
    const next = isAttached(i + 1) ? at(i + 1) : undefined;
    if (next !== undefined) {
      const after = isAttached(i + 2) ? at(i + 2) : undefined;
      if ((next.text === ':' || next.text === '/' || next.text === '.') && after?.kind === 'num') {
        let k = i + 2;
        while (isAttached(k + 1) && (at(k + 1)!.text === ':' || at(k + 1)!.text === '/' || at(k + 1)!.text === '.') && isAttached(k + 2) && at(k + 2)!.kind === 'num') k += 2;
        return { skipTo: k + 1 };
      }
      if (DASHES.has(next.text) && after?.kind === 'num' && isAttached(i + 3) && DASHES.has(at(i + 3)!.text) && isAttached(i + 4) && at(i + 4)!.kind === 'num') {
        return { skipTo: i + 5 };
      }
    }
    let base = Number(digits);
    let scale = 1;
    let last = i;
    let ordinal = false;
    let unit: string | null = null;
    let suffixed = false;
    if (next?.kind === 'word') {
      const s = next.lower;
      if (ORDINAL_SUFFIXES.has(s) && /^\d+$/.test(digits)) ordinal = true;
      else if (SCALE_SUFFIXES[s] !== undefined) scale = SCALE_SUFFIXES[s]!;
      else if (s === 'am' || s === 'pm') return { skipTo: i + 2 };
      else if (UNIT_SUFFIXES.has(s)) unit = normaliseUnit(s);
      else return { skipTo: i + 2 };
      last = i + 1;
      suffixed = true;
      const more = isAttached(i + 2) ? at(i + 2) : undefined;
      if (more !== undefined && more.kind !== 'sym') return { skipTo: i + 3 };
    }
    // Clock times written with a space: "3 pm", "3 p.m.", "3 o'clock".
    const sp = isSpaced(last + 1) ? at(last + 1) : undefined;
    if (sp !== undefined && !suffixed) {
      if (sp.lower === 'am' || sp.lower === 'pm') return { skipTo: last + 2 };
      if ((sp.lower === 'a' || sp.lower === 'p') && at(last + 2)?.text === '.' && at(last + 3)?.lower === 'm') return { skipTo: last + 4 };
      if (sp.lower === 'o' && at(last + 3)?.lower === 'clock') return { skipTo: last + 4 };
      const sc = SCALES[sp.lower] ?? (sp.lower === 'hundred' ? 100 : sp.lower === 'dozen' ? 12 : SPACED_SCALE_SUFFIXES.has(sp.lower) ? SCALE_SUFFIXES[sp.lower] : undefined);
      if (sc !== undefined) {
        scale = sc;
        last += 1;
      }
    }
    // A scale word joined by a hyphen: "38-million euros", "a $2-billion deal".
    if (!suffixed && scale === 1 && isAttached(last + 1) && DASHES.has(at(last + 1)!.text) && isAttached(last + 2) && SCALES[at(last + 2)!.lower] !== undefined) {
      scale = SCALES[at(last + 2)!.lower]!;
      last += 2;
    }
    if (!Number.isFinite(base)) return { skipTo: last + 1 };
    base = clean(base);
    return {
      first: i,
      last,
      base,
      scale,
      ordinal,
      lone: null,
      yearLike: /^\d{4}$/.test(t.text) && scale === 1 && !suffixed,
      unit,
    };
  }

  /** Written numbers: "twenty-five", "two hundred and fifty thousand", "twenty-first", "a dozen". */
  function readWords(i: number): Reading {
    const t = toks[i]!;
    if ((t.lower === 'a' || t.lower === 'an') && isSpaced(i + 1)) {
      const w = at(i + 1)!.lower;
      const sc = SCALES[w] ?? (w === 'hundred' ? 100 : w === 'dozen' ? 12 : undefined);
      if (sc === undefined) return null;
      return { first: i, last: i + 1, base: 1, scale: sc, ordinal: false, lone: null, yearLike: false, unit: null };
    }
    if (t.attached && DASHES.has(at(i - 1)!.text) && at(i - 2)?.kind === 'word' && isAttached(i - 1)) return null;
    let total = 0;
    let current = 0;
    let prev: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
    let lastScale = Infinity;
    let trailing = 1;
    let ordinal = false;
    let j = i;
    let last = i - 1;
    while (j < n && !ordinal) {
      const tok = toks[j]!;
      if (j > i) {
        // Links: white space on one line, a hyphen after a tens word, or "and" after hundred/scale.
        if (DASHES.has(tok.text) && tok.attached && prev === 'tens' && isAttached(j + 1)) {
          const w = at(j + 1)!.lower;
          const v = UNITS[w] ?? ORDINALS[w];
          if (v === undefined || v < 1 || v > 9) break;
          j += 1;
          continue;
        } else if (tok.lower === 'and' && (prev === 'hundred' || prev === 'scale') && isSpaced(j) && isSpaced(j + 1)) {
          const w = at(j + 1)!.lower;
          const v = UNITS[w] ?? TEENS[w] ?? TENS[w] ?? ORDINALS[w];
          const w2 = isSpaced(j + 2) ? at(j + 2)!.lower : '';
          if (v === undefined || v >= 100 || w2 === 'hundred' || (SCALES[w2] ?? 0) >= lastScale) break;
          j += 1;
          continue;
        } else if (!tok.attached || DASHES.has(toks[j - 1]!.text)) {
          if (tok.nl) break;
        } else break;
      }
      if (tok.kind !== 'word') break;
      const w = tok.lower;
      const afterHyphen = j > i && DASHES.has(toks[j - 1]!.text);
      if (UNITS[w] !== undefined) {
        if (prev === 'unit' || prev === 'teen') break;
        current += UNITS[w]!;
        prev = 'unit';
        trailing = 1;
      } else if (TEENS[w] !== undefined) {
        if (prev === 'unit' || prev === 'teen' || prev === 'tens' || afterHyphen) break;
        current += TEENS[w]!;
        prev = 'teen';
        trailing = 1;
      } else if (TENS[w] !== undefined) {
        if (prev === 'unit' || prev === 'teen' || prev === 'tens' || afterHyphen) break;
        current += TENS[w]!;
        prev = 'tens';
        trailing = 1;
      } else if (ORDINALS[w] !== undefined) {
        const v = ORDINALS[w]!;
        if (prev === 'unit' || prev === 'teen') break;
        if (prev === 'tens' && v > 9) break;
        if (v >= 100) current = (current || 1) * v;
        else current += v;
        ordinal = true;
        trailing = 1;
      } else if (w === 'hundred') {
        if (prev !== 'unit' && prev !== 'teen') break;
        current *= 100;
        prev = 'hundred';
        trailing = 1;
      } else if (w === 'dozen') {
        if (prev !== 'unit') break;
        current *= 12;
        prev = 'hundred';
        trailing = 1;
      } else if (SCALES[w] !== undefined) {
        const s = SCALES[w]!;
        if (prev === 'none' || prev === 'scale' || s >= lastScale) break;
        total += current * s;
        current = 0;
        lastScale = s;
        prev = 'scale';
        trailing = s;
      } else break;
      last = j;
      j += 1;
    }
    if (last < i) return null;
    const value = total + current;
    const lone = last === i && (t.lower === 'one' || ordinal) ? t.lower : null;
    return { first: i, last, base: clean(value / trailing), scale: trailing, ordinal, lone, yearLike: false, unit: null };
  }

  function readCore(i: number, inRange = false): Reading {
    const t = at(i);
    if (t === undefined || dateTok[i] === 1) return null;
    if (t.kind === 'num') return readDigits(i, inRange);
    if (t.kind === 'word' && (t.lower === 'a' || t.lower === 'an' || NUMBER_WORDS.has(t.lower))) return readWords(i);
    return null;
  }

  /** The currency written before token `i` ("$", "US$", "€", "Rs.", "USD"), or null. */
  function currencyBefore(i: number, floor: number): { code: string; first: number } | null {
    const p = at(i - 1);
    if (p === undefined || i - 1 < floor || p.nl) return null;
    const sym = CURRENCY_SYMBOLS[p.text];
    if (sym !== undefined) {
      const pp = at(i - 2);
      if (p.text === '$' && p.attached && pp !== undefined && i - 2 >= floor && pp.kind === 'word' && DOLLAR_PREFIXES[pp.lower] !== undefined && pp.text === pp.text.toUpperCase()) {
        return { code: DOLLAR_PREFIXES[pp.lower]!, first: i - 2 };
      }
      return { code: sym, first: i - 1 };
    }
    let w = p;
    let first = i - 1;
    if (p.text === '.' && p.attached && at(i - 2)?.lower === 'rs') {
      w = at(i - 2)!;
      first = i - 2;
    }
    if (w.kind === 'word' && first >= floor && CURRENCY_PREFIX_WORDS[w.lower] !== undefined && (w.lower === 'rs' || w.text === w.text.toUpperCase())) {
      return { code: CURRENCY_PREFIX_WORDS[w.lower]!, first };
    }
    return null;
  }

  /** A bound phrase ending just before token `i`, or "between"/"from". */
  function boundBefore(i: number, floor: number): { bound: Bound; first: number; between: boolean; from: boolean } {
    const p = at(i - 1);
    if (p !== undefined && i - 1 >= floor && !toks[i]!.nl && !p.attached) {
      if (p.lower === 'between') return { bound: 'exact', first: i - 1, between: true, from: false };
      if (p.lower === 'from') return { bound: 'exact', first: i, between: false, from: true };
    }
    for (const [phrase, bound] of BOUND_PHRASES) {
      const s = i - phrase.length;
      if (s < floor || s < 0) continue;
      let ok = true;
      for (let m = 0; m < phrase.length && ok; m++) {
        const tok = toks[s + m]!;
        ok = tok.kind === 'word' && tok.lower === phrase[m] && (m === 0 || isSpaced(s + m));
      }
      if (ok && isSpaced(i)) return { bound, first: s, between: false, from: false };
    }
    return { bound: 'exact', first: i, between: false, from: false };
  }

  /** A range continuing after `core`: "-12", "–100%", " to 12", " or 12", " and 12" (after "between"). */
  function readRange(core: NumberCore, between: boolean, from: boolean): { value: number; max: number; last: number; percentInside: boolean } | null {
    let j = core.last + 1;
    let percentInside = false;
    if (at(j)?.text === '%' && isAttached(j)) {
      j += 1;
      percentInside = true;
    }
    const link = at(j);
    if (link === undefined || link.nl) return null;
    const dash = DASHES.has(link.text);
    if (!dash && !(link.lower === 'to' && !from) && link.lower !== 'or' && !(link.lower === 'and' && between)) return null;
    if (!dash && (!isSpaced(j) || !isSpaced(j + 1))) return null;
    let k = j + 1;
    if (at(k) !== undefined && CURRENCY_SYMBOLS[at(k)!.text] !== undefined && isAttached(k + 1)) k += 1;
    if (at(k)?.nl) return null;
    const second = readCore(k, true);
    if (second === null || isSkip(second) || second.lone !== null || second.ordinal !== core.ordinal) return null;
    let value = clean(core.base * core.scale);
    let max = clean(second.base * second.scale);
    if (core.scale === 1 && second.scale > 1 && core.base < second.base) value = clean(core.base * second.scale);
    if (core.yearLike && dash && at(k)!.attached && /^\d{2}$/.test(at(k)!.text) && second.last === k) {
      max = Math.floor(value / 100) * 100 + second.base;
    }
    if (!(max > value)) return null;
    return { value, max, last: second.last, percentInside };
  }

  /** The head noun after token `k - 1`: skips up to one modifier ("12 Ukrainian soldiers"). */
  function nounAt(k: number): { word: string; last: number } | null {
    const t = at(k);
    if (t === undefined || !isSpaced(k) || t.kind !== 'word') return null;
    if (LEXICON_UNIT_WORDS.has(t.lower)) return { word: t.lower, last: k };
    if (modifierAt(k) && isSpaced(k + 1)) {
      // Up to two modifiers before the noun ("307 reported sexual assaults").
      if (modifierAt(k + 1) && isSpaced(k + 2) && nounLike(k + 2) && !LEXICON_UNIT_WORDS.has(at(k + 1)!.lower)) return { word: at(k + 2)!.lower, last: k + 2 };
      if (nounLike(k + 1)) return { word: at(k + 1)!.lower, last: k + 1 };
    }
    // A hyphenated compound ("pre-tax", "co-workers"): it modifies a noun after it ("56 million
    // pre-tax profit"), or else is the noun itself; its first part alone is never the noun.
    if (isAttached(k + 1) && DASHES.has(at(k + 1)!.text) && isAttached(k + 2) && at(k + 2)!.kind === 'word') {
      if (isSpaced(k + 3) && nounLike(k + 3)) return { word: at(k + 3)!.lower, last: k + 3 };
      return nounLike(k + 2) && !MODIFIERS.has(t.lower) ? { word: `${t.lower}-${at(k + 2)!.lower}`, last: k + 2 } : null;
    }
    if (nounLike(k) && !MODIFIERS.has(t.lower)) return { word: t.lower, last: k };
    return null;
  }

  /** Token k is a word that modifies the noun after it: a listed modifier, a demonym, or a lower-case word with an adjective's ending. */
  function modifierAt(k: number): boolean {
    const t = at(k);
    return t !== undefined && t.kind === 'word' && (MODIFIERS.has(t.lower) || DEMONYM.test(t.text) || (t.text[0] === t.lower[0] && t.lower.length > 4 && ADJECTIVE_ENDINGS.test(t.lower)));
  }

  /** Token k is a lower-case word that can head a noun phrase (not a function word, participle or adverb). */
  function nounLike(k: number): boolean {
    const tok = at(k);
    return (
      tok !== undefined &&
      tok.kind === 'word' &&
      tok.text.length >= 2 &&
      tok.text[0] === tok.lower[0] &&
      !NOT_UNITS.has(tok.lower) &&
      !NUMBER_WORDS.has(tok.lower) &&
      !(tok.lower.length > 4 && /[^e]ed$/.test(tok.lower)) &&
      !tok.lower.endsWith('ly')
    );
  }

  const found: Found[] = [];
  let floor = 0;
  for (let i = 0; i < n; i++) {
    if (i < floor) continue;
    const core = readCore(i);
    if (core === null) continue;
    if (isSkip(core)) {
      floor = core.skipTo;
      i = floor - 1;
      continue;
    }
    const currency = currencyBefore(core.first, floor);
    const pre = boundBefore(currency?.first ?? core.first, floor);
    let bound = pre.bound;
    let first = currency?.first ?? core.first;
    if (pre.bound !== 'exact') first = pre.first;
    let value = clean(core.base * core.scale);
    let max = value;
    let last = core.last;
    const range = readRange(core, pre.between, pre.from);
    if (range !== null) {
      value = range.value;
      max = range.max;
      last = range.last;
      if (pre.between) first = pre.first;
    } else if (isAttached(last + 1) && DASHES.has(at(last + 1)!.text) && isAttached(last + 2) && at(last + 2)!.kind === 'num') {
      floor = last + 3;
      i = floor - 1;
      continue;
    }
    if (!core.ordinal && isSpaced(last + 1) && FRACTIONS.has(at(last + 1)!.lower)) {
      floor = last + 2;
      i = floor - 1;
      continue;
    }
    let percent = range?.percentInside === true;
    let pointUnit = false;
    let code = currency?.code ?? null;
    let unit: string | null = core.unit;
    let unitWord: string | null = null;
    let age = false;
    let unitLast = -1;

    // Percent: "%", "percent", "per cent", "pct", "percentage point(s)".
    const a1 = at(last + 1);
    if (a1 !== undefined && !a1.nl) {
      if (a1.text === '%') {
        percent = true;
        last += 1;
      } else if (isSpaced(last + 1) && (a1.lower === 'percent' || a1.lower === 'pct')) {
        percent = true;
        last += 1;
      } else if (isSpaced(last + 1) && a1.lower === 'per' && isSpaced(last + 2) && at(last + 2)!.lower === 'cent') {
        percent = true;
        last += 2;
      } else if (isSpaced(last + 1) && a1.lower === 'percentage' && isSpaced(last + 2) && /^points?$/.test(at(last + 2)!.lower)) {
        percent = true;
        pointUnit = true;
        last += 2;
      }
    }
    // Currency after the number: "5 million dollars", "500 kronor", "5 USD".
    if (!percent && code === null && isSpaced(last + 1)) {
      const w = at(last + 1)!;
      const c = CURRENCY_SUFFIX_WORDS[w.lower];
      if (c !== undefined && w.kind === 'word' && poundsOfWeight(w)) {
        unit = 'lb';
        unitWord = w.lower;
        last += 1;
      } else if (c !== undefined && w.kind === 'word' && (w.text.length !== 3 || w.text === w.text.toUpperCase() || w.lower === 'yen')) {
        code = c;
        last += 1;
      }
    }
    // Hyphenated: "two-hour", "25-year-old", "12-member", "40-odd", "12-plus", "two-thirds".
    if (!percent && code === null && unit === null && isAttached(last + 1) && DASHES.has(at(last + 1)!.text) && isAttached(last + 2) && at(last + 2)!.kind === 'word') {
      const w = at(last + 2)!.lower;
      if (FRACTIONS.has(w)) {
        floor = last + 3;
        i = floor - 1;
        continue;
      }
      if (w === 'plus' || w === 'odd') {
        if (bound === 'exact') bound = w === 'plus' ? 'at-least' : 'about';
        last += 2;
      } else if (HYPHEN_ADJECTIVES.has(w)) {
        last += 2;
      } else if (CURRENCY_SUFFIX_WORDS[w] !== undefined && w.length > 3) {
        // "a 10-million-dollar bonus": a sum.
        code = CURRENCY_SUFFIX_WORDS[w]!;
        last += 2;
      } else if (!NOT_UNITS.has(w) && !NUMBER_WORDS.has(w) && !w.endsWith('est')) {
        unit = normaliseUnit(w);
        last += 2;
        if (unit !== null && TIME_UNITS.has(unit) && isAttached(last + 1) && DASHES.has(at(last + 1)!.text) && at(last + 2)?.lower === 'old' && isAttached(last + 2)) {
          age = true;
          last += 2;
        }
      }
    }
    // Bounds after the number: "12 or more", "12+", "300 or so".
    if (bound === 'exact') {
      if (at(last + 1)?.text === '+' && isAttached(last + 1)) {
        bound = 'at-least';
        last += 1;
      } else if (isSpaced(last + 1) && at(last + 1)!.lower === 'or' && isSpaced(last + 2) && POST_BOUNDS[at(last + 2)!.lower] !== undefined) {
        bound = POST_BOUNDS[at(last + 2)!.lower]!;
        last += 2;
      }
    }
    // The head noun.
    if (!percent && code === null && unit === null) {
      const noun = nounAt(last + 1);
      if (noun !== null) {
        const c = CURRENCY_SUFFIX_WORDS[noun.word];
        if (c !== undefined && noun.last === last + 1) {
          code = c;
          last = noun.last;
        } else {
          unitWord = noun.word;
          unit = normaliseUnit(noun.word);
          unitLast = noun.last;
        }
      }
    }
    if (core.lone !== null && range === null && unitWord === null && unit === null) continue;
    // A bound after the head noun: "300 workers or fewer".
    if (bound === 'exact' && unitLast >= 0 && isSpaced(unitLast + 1) && at(unitLast + 1)!.lower === 'or' && isSpaced(unitLast + 2) && POST_BOUNDS[at(unitLast + 2)?.lower ?? ''] !== undefined) {
      bound = POST_BOUNDS[at(unitLast + 2)!.lower]!;
      unitLast += 2;
    }
    if (unit !== null && TIME_UNITS.has(unit) && unitLast >= 0 && isSpaced(unitLast + 1) && at(unitLast + 1)!.lower === 'old') {
      age = true;
      unitLast += 1;
    }

    let kind: QuantityKind;
    if (percent) {
      kind = 'percent';
      unit = pointUnit ? 'percentage point' : null;
    } else if (code !== null) {
      kind = 'money';
      unit = code;
    } else if (core.ordinal) {
      kind = 'ordinal';
    } else if (age && unit !== null) {
      kind = 'measure';
      unit = `${unit}-old`;
    } else if (unit !== null && TIME_UNITS.has(unit)) {
      kind = 'duration';
    } else if (unit !== null && MEASURE_UNITS.has(unit)) {
      kind = 'measure';
    } else if (core.yearLike && value >= 1800 && value <= 2100 && max >= value && max <= 2100 && isYear(core, value, unitWord, pre.first)) {
      kind = 'year';
      unit = null;
      unitLast = -1;
    } else {
      kind = 'count';
    }
    if (unitLast > last) last = unitLast;
    // "cut by 145 million to 70 million board feet": a number linked by "to", "or" or a dash to the
    // one before it that made no range with it (the first is the larger, or "from … to" marks a
    // change) lends it its unit when that one has none, as the two ends of a range share one.
    const prevFound = found[found.length - 1];
    if (prevFound !== undefined && unit !== null && prevFound.quantity.unit === null && prevFound.quantity.kind === 'count' && prevFound.last + 2 === first) {
      const link = at(prevFound.last + 1)!;
      if ((DASHES.has(link.text) || link.lower === 'to' || link.lower === 'or') && !link.nl && kind !== 'year' && kind !== 'ordinal') {
        found[found.length - 1] = { ...prevFound, quantity: { ...prevFound.quantity, unit, kind } };
      }
    }
    found.push({ first, last, quantity: { value, max, unit, kind, bound } });
    floor = last + 1;
    i = last;
  }
  return found;

  /** A bare 4-digit number is a year unless a plural noun follows a round number ("2000 troops") with no temporal word before. */
  function isYear(core: NumberCore, value: number, unitWord: string | null, before: number): boolean {
    if (unitWord === null) return true;
    const plural = unitWord.endsWith('s') || unitWord === 'people' || unitWord === 'police';
    const prev = at(before - 1);
    const temporal = prev !== undefined && TEMPORAL_PREPOSITIONS.has(prev.lower);
    return !(plural && value % 50 === 0 && !temporal) && core.yearLike;
  }
}

/**
 * Flags (1) the tokens that are days or years of a date written with a month name: "March 3",
 * "March 3, 2021", "3 March 2021", "3rd of March", "Mar. 3-5", "June 2019". Month names
 * count only when capitalised.
 */
function markDates(toks: readonly Tok[]): Uint8Array {
  const flags = new Uint8Array(toks.length);
  const isDay = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  const isYearTok = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'num' && /^\d{4}$/.test(t.text);
  for (let k = 0; k < toks.length; k++) {
    const m = toks[k]!;
    if (m.kind !== 'word' || !MONTHS.has(m.lower) || m.text[0] === m.lower[0]) continue;
    let j = k + 1;
    if (toks[j]?.text === '.' && toks[j]!.attached) j += 1;
    if (isDay(toks[j]) && !toks[j]!.nl) {
      flags[j] = 1;
      j += 1;
      if (toks[j]?.attached && ORDINAL_SUFFIXES.has(toks[j]!.lower)) flags[j++] = 1;
      if (toks[j]?.attached && DASHES.has(toks[j]!.text) && toks[j + 1]?.attached && isDay(toks[j + 1])) {
        flags[j] = 1;
        flags[j + 1] = 1;
        j += 2;
      }
      if (toks[j]?.text === ',') j += 1;
    }
    if (isYearTok(toks[j]) && !toks[j]!.nl) flags[j] = 1;
    let l = k - 1;
    if (toks[l]?.lower === 'of') l -= 1;
    if (l >= 1 && ORDINAL_SUFFIXES.has(toks[l]!.lower) && toks[l]!.attached && isDay(toks[l - 1])) {
      flags[l] = 1;
      l -= 1;
    }
    if (isDay(toks[l]) && !toks[l + 1]?.nl) flags[l] = 1;
  }
  return flags;
}

/**
 * Quantities in `text.slice(start, end)`. Each record's `range` indexes the whole `text` (UTF-16,
 * end-exclusive) and lies within `[start, end]`; `raw === text.slice(range[0], range[1])`. The range
 * covers the bound words, currency, number, scale, percent sign and unit ("at least 40 people",
 * "$5 million", "two-hour"); a year's range leaves out the noun after it. Units are normalised
 * with `normaliseUnit` ("hours" → "hour", "persons" → "people"); money units are ISO currency codes
 * in lower case ("usd"). An attached "m" after digits is read as million ("£10m").
 */
export function extractQuantities(text: string, start: number, end: number): Quantity[] {
  const s0 = Math.max(0, Math.min(start, text.length));
  const e0 = Math.max(s0, Math.min(end, text.length));
  const slice = text.slice(s0, e0);
  if (!HAS_NUMBER.test(slice)) return [];
  const toks = tokenize(slice);
  return scan(toks).map(({ first, last, quantity }) => {
    const a = s0 + toks[first]!.start;
    const b = s0 + toks[last]!.end;
    return inContext({ type: 'quantity', range: [a, b], raw: text.slice(a, b), ...quantity }, text, s0, e0);
  });
}

/**
 * Nouns that name a sum of money: a large figure before one of them in the singular ("a 56 million
 * pre-tax profit", "a 250,000 fine") is a sum written without its currency, not a count of profits.
 */
const SUM_NOUN = /^(?:profit|loss|revenue|turnover|income|fine|budget|deficit|surplus|debt|cost|price|salary|bonus|payment|fee|donation|grant|bail|settlement|buyout|loan|bid|investment|write-?down|charge)$/;
/** Least figure read as a sum before a `SUM_NOUN` (small figures there are rare and ambiguous). */
const MIN_SUM = 1000;
/** A share written with a hyphen after its figure ("a 3.8-percent rise", "a 5-per-cent cut"). */
const HYPHEN_PERCENT = /^-per[- ]?cent\b/i;
/** A capitalised name and a comma right before a figure: "Max Smith, 17, was found". */
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s$/u;
/** Most years a bare figure after a name is read as an age. */
const MAX_AGE = 120;

/**
 * A count read again with the words around it (within `text.slice(start, end)`): a sum by the noun
 * after it (`SUM_NOUN`: a sum of no currency, `unit` null), a share by "-percent" after it, and a
 * person's age by apposition, a bare figure of at most three digits set off by commas after a name
 * ("Max Smith, 17, was found"), as "17-year-old" writes it (a measure in "year-old").
 */
function inContext(q: Quantity, text: string, start: number, end: number): Quantity {
  if (q.kind !== 'count') return q;
  const [a, b] = q.range;
  if (q.value >= MIN_SUM && sumNoun(q, text.slice(b, Math.min(end, b + 30)))) return { ...q, kind: 'money', unit: null };
  if (q.unit === null && HYPHEN_PERCENT.test(text.slice(b, Math.min(end, b + 10)))) return { ...q, kind: 'percent' };
  const age = q.unit === null && q.bound === 'exact' && q.value === q.max && /^\d{1,3}$/.test(q.raw) && q.value <= MAX_AGE;
  if (age && AGE_BEFORE.test(text.slice(Math.max(start, a - 30), a)) && text.charAt(b) === ',' && b < end) return { ...q, kind: 'measure', unit: 'year-old' };
  return q;
}

/**
 * True when the quantity's last word, or one of the two words right after it (`after`: the text
 * after the quantity), is a `SUM_NOUN` ("48 million net profit"), with no plural noun before it: in
 * "2,000 jobs cost the city" the figure counts jobs.
 */
function sumNoun(q: Quantity, after: string): boolean {
  const next = after.match(/^(?:\s+[\p{L}-]+){0,2}/u)![0];
  for (const w of [q.raw.split(/\s+/).pop()!, ...next.trim().split(/\s+/)].map((x) => x.toLowerCase())) {
    if (SUM_NOUN.test(w)) return true;
    if (/s$/.test(w)) return false;
  }
  return false;
}
