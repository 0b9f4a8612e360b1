/**
 * number: aligned claims give incompatible quantities of the same kind and unit ("12 killed" vs
 * "9 killed"). Values compare as intervals (`quantitiesConflict`: "at least 12" and "12" agree,
 * "about 300" and "310" agree, "300,000" and "300K" are one value); two bounds compare by the
 * stated bounds ("up to 15 years" vs "up to 26 years", "as many as 44" vs "at least 29" differ). When
 * either claim has more than one comparable quantity, a pair is compared only when the two quantities
 * play the same role: they share a content word within three words on either side ("rose $2", "to
 * $21"); a bound is then compared with the figures of its own unit first ("44 people" with "29
 * people", not with "seven"). A tally "237-186" is the range of its figures (`quantitiesOf`: the
 * extraction reads no scores), and a figure both sides write is no match for a changed one; bounds
 * after a figure ("50 or above"), sums by their noun ("a 56 million profit"), shares by "-percent"
 * and ages by apposition ("Smith, 31,") come read so from the extraction. The
 * figures of the attribution frame are compared as well when they are sums, shares, measures or
 * counts of one named thing (`joinable`): the extraction may cut a claim short of a clause.
 *
 * Failing that, the quantities no comparable quantity of the other side agrees with are paired by
 * kind and unit (a shared figure beside a changed one; a bound both sides write matches its twin
 * only), and two ranges conflict when their ends differ ("60 million to 70 million" / "60 million
 * to 152 million").
 *
 * When the extracted quantities give no conflict (the extraction may miss a figure: a score "5-4",
 * "about 3,001 acres"), the figures written in digits are compared where the two sentences differ:
 * in a stretch between two words they share, one writes a figure the other writes nowhere and the
 * other a figure the first writes nowhere, and the two differ by more than rounding; a range and an
 * exact figure outside it included ("to $4,336 from $2,500" / "by $300 to $2,800").
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

/**
 * The claim's quantities as compared here, once per claim: the extraction's, and the tallies of its
 * text (`talliesOf`), which the extraction does not read. (Bounds written after a figure, "50 or
 * above", sums by their noun, shares by "-percent" and ages by apposition come read so from the
 * extraction.)
 */
const quantitiesOf = perClaim((c: Claim): readonly Quantity[] => [
  ...c.quantities,
  ...talliesOf(c).filter((t) => t.range[0] >= c.textRange[0] && t.range[1] <= c.textRange[1]),
]);

/**
 * Two figures of at most three digits joined by a hyphen, outside any quantity the extraction read:
 * a tally or score ("a 237-186 vote", "won 3-1"), or a range it missed. Compared as the range of its
 * two figures, which another side's tally or range in either order ("186 to 237") matches, and one
 * with an end changed ("186 to 425") does not. Not after a name ("Boeing 737-800") or a month
 * ("June 10-12", the date rule's), once per claim, over the whole sentence.
 */
const talliesOf = perClaim((c: Claim): readonly Quantity[] => {
  const out: Quantity[] = [];
  for (const m of c.raw.matchAll(TALLY)) {
    const start = c.range[0] + m.index!;
    const range: [number, number] = [start, start + m[0].length];
    if (sentenceQuantitiesOf(c).some((q) => q.range[0] < range[1] && range[0] < q.range[1])) continue;
    const before = c.raw.slice(Math.max(0, m.index! - 30), m.index!);
    if (NAME_BEFORE.test(before) || MONTH_BEFORE.test(before)) continue;
    const [x, y] = [Number(m[1]), Number(m[2])];
    out.push({ type: 'quantity', raw: m[0], range, value: Math.min(x, y), max: Math.max(x, y), unit: null, kind: 'count', bound: 'exact' });
  }
  return Object.freeze(out);
});
const TALLY = /(?<![\p{L}\d.,:/$€£-])(\d{1,3})-(\d{1,3})(?![\d\p{L}%]|[.,]\d|-)/gu;

/**
 * The quantities of the claim's whole sentence (`sentenceQuantitiesOf`: attribution frame included,
 * tallies too), read as `quantitiesOf` reads them, once per claim. A figure of the frame the other
 * side agrees with is the figure that side gives ("Smith, 31, said …" / "Smith, 31, is …"): no
 * changed figure for another quantity of the claim; it finds a discrepancy of its own only where
 * `joinable` allows.
 */
const sentenceQuantities = perClaim((c: Claim): readonly Quantity[] => {
  const own = quantitiesOf(c);
  // The claim's own first, then the frame's: a claim merged from several sentences may carry the first one's sentence quantities only.
  const frame = [...sentenceQuantitiesOf(c), ...talliesOf(c)].filter((q) => !own.some((o) => o.range[0] === q.range[0] && o.range[1] === q.range[1]));
  return [...own, ...frame];
});

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

/**
 * True when both quantities are ranges of one unit ("60 million to 70 million") whose ends differ by
 * more than rounding. Ranges in two units ("20 to 60 pounds" / "9 to 27 kilograms") compare as
 * converted intervals only (`quantitiesConflict`).
 */
function differentRanges(a: Quantity, b: Quantity): boolean {
  if (a.value === a.max || b.value === b.max || normaliseUnit(a.unit) !== normaliseUnit(b.unit)) return false;
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
  // A bound or range the other side writes alike is matched to that twin, and agrees with no other
  // figure there: "50 or above" / "50 or greater" on both sides leaves "one in 3,190" / "one in 2,000" unmatched.
  const alike = (x: Quantity, y: Quantity) => x.value === y.value && x.max === y.max && x.bound === y.bound && quantitiesComparable(x, y);
  const twinned = (o: Quantity, q: Quantity, own: readonly Quantity[]) => (o.bound !== 'exact' || o.value !== o.max) && !alike(o, q) && own.some((t) => t !== q && alike(t, o));
  const agreed = (q: Quantity, own: readonly Quantity[], others: readonly Quantity[]) => others.some((o) => quantitiesComparable(q, o) && !conflict(q, o) && !twinned(o, q, own));
  const [qa, qb] = [sentenceQuantities(a), sentenceQuantities(b)];
  const la = qa.filter((q) => q.kind !== 'year' && !nameNumber(q, a) && !agreed(q, qa, qb));
  const lb = qb.filter((q) => q.kind !== 'year' && !nameNumber(q, b) && !agreed(q, qb, qa));
  for (const qa of la) {
    const qb = lb.find((q) => quantitiesComparable(qa, q) && joinable(qa, a, q, b));
    if (qb) return [qa, qb];
  }
  return null;
}

/**
 * True when quantity `qa` of claim `a` and `qb` of claim `b` may be compared for a finding: both
 * stand in the claims' own words, or, where either stands in the attribution frame only (the
 * extraction may cut a claim short of a clause: "… have been arrested and $31 million worth of property
 * seized in a sweep announced Friday by three agencies"), they are sums, shares, measures or durations,
 * or counts of one named thing ("217 witnesses" / "125 witnesses"). A bare count of the frame ("One
 * Republican flier", "two women aged 27 and 35") is compared with nothing but its own.
 */
function joinable(qa: Quantity, a: Claim, qb: Quantity, b: Claim): boolean {
  if (quantitiesOf(a).includes(qa) && quantitiesOf(b).includes(qb)) return true;
  return qa.kind !== 'count' || (qa.unit !== null && normaliseUnit(qa.unit) === normaliseUnit(qb.unit));
}

/**
 * A bare figure that belongs to a name: right after a capitalised word ("Pentium 4", "Poor's 500",
 * "Flight 93"), or set off by commas after one ("Smith, 2003, was"). Compared as written by the
 * word-by-word comparison, not as a count of anything: "Two of the Britons" and "Mitchell, 44," count
 * different things. (A person's age set off so, "Smith, 31, was", the extraction reads as an age,
 * compared with ages: `bareAge`.)
 */
function nameNumber(q: Quantity, c: Claim): boolean {
  if (q.kind !== 'count' || q.unit !== null || !/^\d+$/.test(q.raw)) return false;
  const at = q.range[0] - c.range[0];
  const before = c.raw.slice(Math.max(0, at - 30), at);
  return at > 0 && (NAME_BEFORE.test(before) || (AGE_BEFORE.test(before) && /^,/.test(c.raw.slice(at + q.raw.length))));
}
const NAME_BEFORE = /\p{Lu}[\p{L}'’.&-]*\s$/u;
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s$/u;

/** An age written as a bare figure ("Max Smith, 17, was"; not "17-year-old"): a name's number for the word-by-word comparison. */
const bareAge = (q: Quantity) => q.kind === 'measure' && q.unit === 'year-old' && /^\d+$/.test(q.raw);

function check(a: Claim, b: Claim, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ta = textOf(context, a);
  const tb = textOf(context, b);
  const [own, others] = [sentenceQuantities(a), sentenceQuantities(b)];
  for (const qa of own) {
    if (nameNumber(qa, a)) continue;
    let comparable = others.filter((qb) => quantitiesComparable(qa, qb) && !nameNumber(qb, b) && joinable(qa, a, qb, b));
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
    // Only against a value of the other side that no other value of this side matches either; a value
    // the other side writes as well is matched there ("90 degrees" on both sides is no match for "about 92 degrees").
    const matchedElsewhere = (qb: Quantity) => {
      const twinned = (q: Quantity) => others.some((o) => o !== qb && o.value === q.value && o.max === q.max && quantitiesComparable(q, o));
      return sentenceQuantities(a).some((other) => other.range[0] !== qa.range[0] && quantitiesComparable(other, qb) && !conflict(other, qb) && !twinned(other));
    };
    const qb = comparable.find((q) => !matchedElsewhere(q));
    if (!qb) continue;
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
    out.push({ value: Number(m[0].replace(/,/g, '')), raw: m[0], range: [start, start + m[0].length], quantity, unit, name: quantity !== null && (nameNumber(quantity, c) || bareAge(quantity)) });
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
  // A range against an exact figure outside it: the quantity check may have passed over the pair
  // because another figure of the exact side falls inside the range ("jump to $4,336 from $2,500" /
  // "rise by $300 to $2,800"); the figures are compared where they stand.
  if (outsideRange(x.quantity, y.quantity)) return false;
  // Sums in two currencies or measures in two units may be one value converted ("£169.99" / "$273").
  return x.quantity.kind !== y.quantity.kind || x.quantity.kind !== 'count' || quantitiesComparable(x.quantity, y.quantity);
}

/** True when one quantity is a range and the other an exact figure that conflicts with it. */
function outsideRange(p: Quantity, q: Quantity): boolean {
  const out = (r: Quantity, e: Quantity) => r.value !== r.max && e.value === e.max && e.bound === 'exact' && quantitiesConflict(r, e);
  return out(p, q) || out(q, p);
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

/**
 * The words of a claim's sentence (`sentenceWords`) with the pieces of each figure joined into one
 * word, once per claim: the word list splits "2,500" at its separator, and a "2" shared by "2,500" and
 * "2,800" would match the two figures' first pieces across the sentences and part a changed figure
 * from the stretch of the figure it replaces ("to $4,336 from $2,500" / "by $300 to $2,800").
 */
const figureWords = perClaim((c: Claim): readonly SentenceWord[] => {
  const words = sentenceWords(c);
  const out: SentenceWord[] = [];
  let f = 0;
  const fs = figures(c);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    while (f < fs.length && fs[f]!.range[1] <= w.range[0]) f++;
    const figure = fs[f];
    if (!figure || w.range[0] < figure.range[0] || w.range[1] > figure.range[1] || !words[i + 1] || words[i + 1]!.range[1] > figure.range[1]) {
      out.push(w);
      continue;
    }
    // The first piece of a figure written in several words: one word, keyed by the figure's value.
    let j = i;
    while (words[j + 1] && words[j + 1]!.range[1] <= figure.range[1]) j++;
    out.push({ ...w, text: figure.raw, key: String(figure.value), range: [w.range[0], words[j]!.range[1]] });
    i = j;
  }
  return Object.freeze(out);
});

/** A figure of `a` and a different one of `b` in one stretch where the sentences differ, neither written in the other sentence. */
function differingFigures(a: Claim, b: Claim): [Figure, Figure] | null {
  const fa = figures(a);
  const fb = figures(b);
  if (fa.length === 0 || fb.length === 0) return null;
  const wa = figureWords(a);
  const wb = figureWords(b);
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
