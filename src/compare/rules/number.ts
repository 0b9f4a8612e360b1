/**
 * number: aligned claims give incompatible quantities of the same kind and unit ("12 killed" vs
 * "9 killed"). Values compare as intervals (`quantitiesConflict`: "at least 12" and "12" agree,
 * "about 300" and "310" agree, "300,000" and "300K" are one value); two bounds compare by the
 * stated bounds ("up to 15 years" vs "up to 26 years", "as many as 44" vs "at least 29" differ). When
 * either claim has more than one comparable quantity, a pair is compared only when the two quantities
 * play the same role: they share a content word within three words on either side ("rose $2", "to
 * $21"); a bound is then compared with the figures of its own unit first ("44 people" with "29
 * people", not with "seven"). A figure followed by "or more" ("or greater", "or less") is a bound
 * (`quantitiesOf`), and a figure both sides write is no match for a changed one.
 *
 * Failing that, the quantities no comparable quantity of the other side agrees with are paired by
 * kind and unit (a shared figure beside a changed one), and two ranges conflict when their ends
 * differ ("60 million to 70 million" / "60 million to 152 million").
 *
 * When the extracted quantities give no conflict (the extraction may miss a figure: a score "5-4",
 * "about 3,001 acres"), the figures written in digits are compared where the two sentences differ:
 * in a stretch between two words they share, one writes a figure the other writes nowhere and the
 * other a figure the first writes nowhere, and the two differ by more than rounding.
 */
import type { Claim, Quantity } from '../../types.js';
import { contentStems } from '../../util/words.js';
import { normaliseUnit, quantitiesComparable, quantitiesConflict, roundable, roundedAlike } from '../values.js';
import { perClaim, relatedPairs, sentenceQuantitiesOf, sentenceWords, snippet, textOf, unmatchedStretches, valueOf, type Finding, type Rule, type RuleContext, type SentenceWord } from '../rule.js';

const HIGH_UNITS = /^(people|person|dead|death|casualt|victim|killed|injured|wounded|soldier|civilian|child|usd|eur|gbp|inr|rub)/;

function describe(q: Quantity): string {
  return q.unit ? `${q.value}${q.max !== q.value ? `–${q.max}` : ''} ${q.unit}` : `${q.value}${q.max !== q.value ? `–${q.max}` : ''}`;
}

/** Stems of the content words within three words before and after the quantity. */
function roleWords(q: Quantity, text: string): Set<string> {
  const before = text.slice(Math.max(0, q.range[0] - 60), q.range[0]).split(/\s+/).slice(-4).join(' ');
  const after = text.slice(q.range[1], q.range[1] + 60).split(/\s+/).slice(0, 4).join(' ');
  return new Set([...contentStems(before), ...contentStems(after)].filter((s) => !/^\d/.test(s)));
}

/** Words after a figure that make it a lower or an upper bound ("50 or above", "10 or fewer"). */
const OR_MORE = /^\s+or\s+(?:more|greater|above|higher|over)\b/i;
const OR_LESS = /^\s+or\s+(?:less|fewer|below|lower|under)\b/i;

/**
 * The claim's quantities as compared here, once per claim: an exact figure followed by "or more" ("or
 * greater", "or above") is a lower bound and by "or less" an upper bound, as the extraction may not
 * read it, and a bare figure set off by commas after a name ("Max Smith, 17, was found") is the
 * person's age, as "17-year-old" writes it: compared with ages only.
 */
const quantitiesOf = perClaim((c: Claim): readonly Quantity[] => c.quantities.map((q) => asCompared(q, c)));

/**
 * The quantities of the claim's whole sentence (`sentenceQuantitiesOf`: attribution frame included),
 * read as `quantitiesOf` reads them, once per claim. A figure of the frame finds no discrepancy of its
 * own, but one the other side agrees with is the figure that side gives ("Smith, 31, said …" / "Smith,
 * 31, is …"): no changed figure for another quantity of the claim.
 */
const sentenceQuantities = perClaim((c: Claim): readonly Quantity[] => {
  const own = quantitiesOf(c);
  // The claim's own first, then the frame's: a claim merged from several sentences may carry the first one's sentence quantities only.
  const frame = sentenceQuantitiesOf(c).filter((q) => !own.some((o) => o.range[0] === q.range[0] && o.range[1] === q.range[1]));
  return [...own, ...frame.map((q) => asCompared(q, c))];
});

/** A quantity of claim `c` as the rule compares it: an age by apposition, or a bound by "or more" / "or less" after it. */
function asCompared(q: Quantity, c: Claim): Quantity {
  if (q.bound !== 'exact' || q.value !== q.max) return q;
  if (age(q, c)) return { ...q, kind: 'measure', unit: 'year-old' };
  const after = c.raw.slice(q.range[1] - c.range[0], q.range[1] - c.range[0] + 16);
  return OR_MORE.test(after) ? { ...q, bound: 'at-least' } : OR_LESS.test(after) ? { ...q, bound: 'at-most' } : q;
}

/**
 * True when the two quantities are stated as bounds with different bounds: of the same sort ("up to
 * 15 years" / "up to 26 years"), or of opposite sorts ("as many as 44 people" / "at least 29
 * people": two tolls, though a value between them would satisfy both).
 */
function differentBounds(a: Quantity, b: Quantity): boolean {
  const bounds = ['at-least', 'at-most'];
  if (!bounds.includes(a.bound) || !bounds.includes(b.bound)) return false;
  const lo = Math.min(a.value, b.value);
  const hi = Math.max(a.value, b.value);
  return hi > lo * 1.1 + 1e-9;
}

/** True when both quantities are ranges ("60 million to 70 million") whose ends differ by more than rounding. */
function differentRanges(a: Quantity, b: Quantity): boolean {
  if (a.value === a.max || b.value === b.max) return false;
  const apart = (x: number, y: number) => x !== y && (!(roundable(x) || roundable(y)) || Math.abs(x - y) > RANGE_SLACK * Math.max(Math.abs(x), Math.abs(y)));
  return apart(a.value, b.value) || apart(a.max, b.max);
}
/** Relative gap within which two ends of ranges are one end rounded. */
const RANGE_SLACK = 0.025;

const conflict = (a: Quantity, b: Quantity) => quantitiesConflict(a, b) || (quantitiesComparable(a, b) && (differentBounds(a, b) || differentRanges(a, b)));

/**
 * The quantities of `a` and `b` that no comparable quantity of the other side agrees with, paired
 * in order by kind and unit: when each side has figures the other does not match, the first such
 * pair ("31 percent" / "47 percent" beside a shared "48 percent").
 */
function unmatchedPair(a: Claim, b: Claim): [Quantity, Quantity] | null {
  const agreed = (q: Quantity, others: readonly Quantity[]) => others.some((o) => quantitiesComparable(q, o) && !conflict(q, o));
  const [qa, qb] = [quantitiesOf(a), quantitiesOf(b)];
  const la = qa.filter((q) => q.kind !== 'year' && !nameNumber(q, a) && !agreed(q, sentenceQuantities(b)));
  const lb = qb.filter((q) => q.kind !== 'year' && !nameNumber(q, b) && !agreed(q, sentenceQuantities(a)));
  for (const qa of la) {
    const qb = lb.find((q) => quantitiesComparable(qa, q));
    if (qb) return [qa, qb];
  }
  return null;
}

/**
 * A bare figure that belongs to a name: right after a capitalised word ("Pentium 4", "Poor's 500",
 * "Flight 93"), or set off by commas after one, a person's age ("Smith, 31, was"). Compared as
 * written by the word-by-word comparison, not as a count of anything: "Two of the Britons" and
 * "Mitchell, 44," count different things (`quantitiesOf` compares the age with ages: `age`).
 */
function nameNumber(q: Quantity, c: Claim): boolean {
  if (q.kind !== 'count' || q.unit !== null || !/^\d+$/.test(q.raw)) return false;
  const at = q.range[0] - c.range[0];
  const before = c.raw.slice(Math.max(0, at - 30), at);
  return at > 0 && (NAME_BEFORE.test(before) || (AGE_BEFORE.test(before) && /^,/.test(c.raw.slice(at + q.raw.length))));
}
const NAME_BEFORE = /\p{Lu}[\p{L}'’.&-]*\s$/u;

/** Most years a bare figure after a name is read as an age (`age`). */
const MAX_AGE = 120;

/** True when a bare whole figure stands set off by commas right after a capitalised name ("Max Smith, 17, was"): an age. */
function age(q: Quantity, c: Claim): boolean {
  if (q.kind !== 'count' || q.unit !== null || !/^\d{1,3}$/.test(q.raw) || q.value > MAX_AGE) return false;
  const at = q.range[0] - c.range[0];
  return at > 0 && AGE_BEFORE.test(c.raw.slice(Math.max(0, at - 30), at)) && /^,/.test(c.raw.slice(at + q.raw.length));
}
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s$/u;

function check(a: Claim, b: Claim, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ta = textOf(context, a);
  const tb = textOf(context, b);
  const [own, others] = [quantitiesOf(a), quantitiesOf(b)];
  for (const qa of own) {
    if (nameNumber(qa, a)) continue;
    let comparable = others.filter((qb) => quantitiesComparable(qa, qb) && !nameNumber(qb, b));
    if (comparable.length === 0) continue;
    // The same figure written on the other side, read there in a quantity or missed by the extraction
    // ("More than 130 people" read only as "three agencies"), is the same figure, whatever its role words.
    if (comparable.some((qb) => qb.value === qa.value && qb.max === qa.max) || writtenUnread(qa, b)) continue;
    // The same figure written to another precision on the other side ("rose to $28" / "to $28.20"),
    // whatever its role words: it is that figure, not a changed one beside it ("$1.30").
    if (comparable.some((qb) => roundedAlike(qa, qb))) continue;
    const ambiguous = comparable.length > 1 || own.filter((o) => comparable.some((qb) => quantitiesComparable(o, qb))).length > 1;
    if (ambiguous) {
      const role = roleWords(qa, ta);
      comparable = comparable.filter((qb) => [...roleWords(qb, tb)].some((w) => role.has(w)));
      if (comparable.length === 0) continue;
    }
    // A figure of the same unit plays the quantity's role before a bare figure does ("as many as 44
    // people" / "at least 29 people, including seven"): the bare one agrees with a bound by chance.
    const unit = normaliseUnit(qa.unit);
    const sameUnit = comparable.filter((qb) => unit !== null && normaliseUnit(qb.unit) === unit);
    if (sameUnit.length > 0 && qa.bound !== 'exact') comparable = sameUnit;
    if (comparable.some((qb) => !conflict(qa, qb))) continue;
    const qb = comparable[0]!;
    // Only when the other side's value is not matched by some other value of this side either; a value
    // the other side writes as well is matched there ("90 degrees" on both sides is no match for "about 92 degrees").
    const twinned = (q: Quantity) => others.some((o) => o !== qb && o.value === q.value && o.max === q.max && quantitiesComparable(q, o));
    if (sentenceQuantities(a).some((other) => other.range[0] !== qa.range[0] && quantitiesComparable(other, qb) && !conflict(other, qb) && !twinned(other))) continue;
    const high = (qa.unit && HIGH_UNITS.test(qa.unit)) || qa.kind === 'money';
    out.push({
      severity: high ? 'high' : 'medium',
      message: `${context.outletOf(a.articleId)} says "${qa.raw}" where ${context.outletOf(b.articleId)} says "${qb.raw}" (${snippet(a.text, 70)})`,
      why: high ? 'a different count of people or sum of money changes what a reader takes from the story' : 'a different figure for the same thing',
      values: [valueOf(a, describe(qa), qa.range, ta), valueOf(b, describe(qb), qb.range, tb)],
    });
  }
  return out;
}

/** A figure written in digits: its value, text and range in the article text. */
interface Figure {
  readonly value: number;
  readonly raw: string;
  readonly range: [number, number];
  /** The quantity the extraction read the figure in, or null. */
  readonly quantity: Quantity | null;
  /** The unit of the measure or sum the figure was read in, in the claim or in its sentence, or null. */
  readonly unit: string | null;
  /** The figure is part of a name (`nameNumber`). */
  readonly name: boolean;
}

/** Digits with thousands separators or a decimal part; not part of a word, a time ("10:30") or a code. */
const FIGURE = /(?<![\p{L}\d.,:/-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d:/]|[.,]\d)|(?<![\p{L}\d.,:/-])\d+(?:\.\d+)?(?![\d:/\p{L}]|[.,]\d)/gu;

/** A month name or abbreviation right before a figure: the figure is a day of the month, the date rule's. */
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;
/** A clock time after a figure ("5 p.m."): a time of day, not a count. */
const CLOCK_AFTER = /^\s*(?:a\.?m\b|p\.?m\b)/i;

/**
 * True when the other claim's sentence writes the quantity's value in digits: where its extraction
 * read no quantity (a figure the extraction missed, which cannot be told to differ), or in a
 * quantity of another unit or role ("12 new cases" / "another 12 suspected cases"), a name's
 * number aside: the same figure, whatever the extraction made of the words around it.
 */
function writtenUnread(q: Quantity, other: Claim): boolean {
  return q.value === q.max && figures(other).some((f) => f.value === q.value && !f.name);
}

/** `figuresOf` a claim, once per claim. */
const figures = perClaim((c: Claim): readonly Figure[] => Object.freeze(figuresOf(c)));

/**
 * The figures of a claim's sentence, years (1800–2099), days of a month and clock times (the date
 * rule's) left out, each with the quantity the extraction read it in, if any.
 */
function figuresOf(c: Claim): Figure[] {
  const out: Figure[] = [];
  for (const m of c.raw.matchAll(FIGURE)) {
    if (/^(?:1[89]|20)\d\d$/.test(m[0])) continue;
    if (MONTH_BEFORE.test(c.raw.slice(Math.max(0, m.index! - 12), m.index!)) || CLOCK_AFTER.test(c.raw.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
    const start = c.range[0] + m.index!;
    const inFigure = (q: Quantity) => q.range[0] < start + m[0].length && start < q.range[1];
    const quantity = c.quantities.find(inFigure) ?? null;
    // A claim cut short of a clause still writes that clause's figures in its sentence: the unit of
    // a measure or a sum, which another unit may convert.
    const read = quantity ?? sentenceQuantitiesOf(c).find(inFigure);
    const unit = read && (read.kind === 'measure' || read.kind === 'money') ? normaliseUnit(read.unit) : null;
    out.push({ value: Number(m[0].replace(/,/g, '')), raw: m[0], range: [start, start + m[0].length], quantity, unit, name: quantity !== null && nameNumber(quantity, c) });
  }
  return out;
}

/**
 * True when two figures are not for the word-by-word comparison: both were read in quantities, and
 * these compare (same kind, compatible units: the quantity check above has judged them), are of
 * different kinds (a percentage and a sum of money measure different things), or are sums or
 * measures in different units. Figures the extraction missed ("30 seconds" / "68"), read in counts
 * of differently named things ("25 countries" / "47 nations") or in names ("Pentium 4") are compared.
 */
function judged(x: Figure, y: Figure): boolean {
  // Measures or sums written in two different units are not one figure changed: "30 pounds" / "14 kilograms" may be one weight converted.
  if (x.unit !== null && y.unit !== null && x.unit !== y.unit) return true;
  if (x.quantity === null || y.quantity === null || x.name || y.name) return false;
  // Sums in two currencies or measures in two units may be one value converted ("£169.99" / "$273").
  return x.quantity.kind !== y.quantity.kind || x.quantity.kind !== 'count' || quantitiesComparable(x.quantity, y.quantity);
}

/** Relative gap within which two figures are one figure rounded (as `quantitiesConflict` allows). */
const FIGURE_SLACK = 0.025;
const sameFigure = (x: Figure, y: Figure) =>
  x.value === y.value || ((roundable(x.value) || roundable(y.value)) && Math.abs(x.value - y.value) <= FIGURE_SLACK * Math.max(Math.abs(x.value), Math.abs(y.value))) || fewerPlaces(x, y) || fewerPlaces(y, x);

/** True when `coarse` is `fine` rounded to fewer decimal places ("4.4" / "4", "1.36" / "1.4"). */
function fewerPlaces(fine: Figure, coarse: Figure): boolean {
  const places = (f: Figure) => f.raw.split('.')[1]?.length ?? 0;
  return places(fine) > places(coarse) && Math.abs(Number(fine.value.toFixed(places(coarse))) - coarse.value) < 1e-9;
}

/** A figure of `a` and a different one of `b` in one stretch where the sentences differ, neither written in the other sentence. */
function differingFigures(a: Claim, b: Claim): [Figure, Figure] | null {
  const fa = figures(a);
  const fb = figures(b);
  if (fa.length === 0 || fb.length === 0) return null;
  const wa = sentenceWords(a);
  const wb = sentenceWords(b);
  const inside = (f: Figure, words: readonly SentenceWord[], from: number, to: number) => from < to && f.range[0] >= words[from]!.range[0] && f.range[1] <= words[to - 1]!.range[1];
  for (const s of unmatchedStretches(wa, wb)) {
    for (const x of fa.filter((f) => inside(f, wa, s.a0, s.a1) && !fb.some((g) => sameFigure(f, g)))) {
      const y = fb.find((g) => inside(g, wb, s.b0, s.b1) && !fa.some((f) => sameFigure(f, g)) && !judged(x, g));
      if (y) return [x, y];
    }
  }
  return null;
}

export const numberRule: Rule = {
  id: 'number/incompatible-values',
  type: 'number',
  description: 'Aligned claims state incompatible quantities of the same kind and unit.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      out.push(...check(a, b, context));
      // The symmetric direction catches a value of b that no value of a matches, reported once.
      const seen = new Set(out.map((f) => f.values[1]!.range.join(':')));
      for (const f of check(b, a, context)) if (!seen.has(f.values[0]!.range.join(':'))) out.push({ ...f, values: [f.values[1]!, f.values[0]!], message: f.message });
      if (out.length > 0) continue;
      const unmatched = unmatchedPair(a, b);
      if (unmatched) {
        const [qa, qb] = unmatched;
        const high = (qa.unit && HIGH_UNITS.test(qa.unit)) || qa.kind === 'money';
        out.push({
          severity: high ? 'high' : 'medium',
          message: `${context.outletOf(a.articleId)} says "${qa.raw}" where ${context.outletOf(b.articleId)} says "${qb.raw}" (${snippet(a.text, 70)})`,
          why: high ? 'a different count of people or sum of money changes what a reader takes from the story' : 'a different figure for the same thing',
          values: [valueOf(a, describe(qa), qa.range, textOf(context, a)), valueOf(b, describe(qb), qb.range, textOf(context, b))],
        });
        continue;
      }
      const pair = differingFigures(a, b);
      if (!pair) continue;
      const [x, y] = pair;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(a.articleId)} says "${x.raw}" where ${context.outletOf(b.articleId)} says "${y.raw}" (${snippet(a.text, 70)})`,
        why: 'a different figure for the same thing',
        values: [valueOf(a, x.raw, x.range, textOf(context, a)), valueOf(b, y.raw, y.range, textOf(context, b))],
      });
    }
    return out;
  },
};
