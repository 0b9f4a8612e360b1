/**
 * A stance benchmark built by construction (`crossclaim eval stance-synthetic FILE`): from the
 * equivalent pairs (label 1) of a paraphrase file such as MSRP, one detail of one side is changed
 * (a number, a date, a place, a person, a negation, a hedge, the speaker, a quoted word) and the
 * engine is asked to flag it. Recall is counted per changed detail: a case counts when a discrepancy
 * of the expected type is reported. The unchanged pairs measure false flags (any discrepancy but
 * omission). A detail is changed only where both sides carry it (the same number, weekday, name or
 * quoted words), so that the change is a contradiction and not an omission.
 *
 * Deterministic: a seeded PRNG (mulberry32) picks the side and the replacement; equal seed and file
 * give equal cases and figures.
 */
import nlp from '../util/nlp.js';
import { InputError } from '../ingest/files.js';
import { compareStatements } from '../matcher.js';
import type { DiscrepancyType } from '../types.js';
import { readJsonl, throttle, writeJsonlAtomic } from './io.js';
import { mean } from './metrics.js';
import type { PairRecord } from './pairs.js';

export const CHANGES = Object.freeze(['number', 'date', 'place', 'person', 'negation', 'hedge', 'speaker', 'quote'] as const);
export type Change = (typeof CHANGES)[number];

/** The discrepancy type that a change must raise. */
export const EXPECTED: Readonly<Record<Change, DiscrepancyType>> = {
  number: 'number',
  date: 'date',
  place: 'entity',
  person: 'entity',
  negation: 'polarity',
  hedge: 'modality',
  speaker: 'speaker',
  quote: 'quote',
};

export interface SyntheticCase {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  /** null for the unchanged pair. */
  readonly change: Change | null;
  readonly side: 'a' | 'b' | null;
  /** What was replaced and by what. */
  readonly detail: string | null;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, 'gu');
const has = (text: string, s: string) => wordRe(s).test(text);
const replaceAll = (text: string, s: string, by: string) => text.replace(wordRe(s), () => by);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Winnipeg', 'Valparaiso', 'Tbilisi', 'Adelaide', 'Marseille', 'Krakow', 'Montevideo'];
const PEOPLE = ['Maria Lindqvist', 'Tomas Okafor', 'Helen Marsh', 'Rajiv Menon', 'Carla Dominguez', 'Peter Vance', 'Ingrid Solberg', 'Samuel Adeyemi'];
const REPORTING = /^(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|wrote|writes|explained|explains|announced|announces|reported|reports|according)$/i;
const SPEAKER_BEFORE = /\b([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}) (?:said|says|told|added|stated|noted|wrote|explained|announced)\b/g;
// The name after the verb must close the clause ("said Jane Smith, a lawyer"): in "said Washington would send" it opens the reported clause and is not the speaker.
const SPEAKER_AFTER = /\b(?:said|says|added|stated|noted|wrote|explained|according to) ([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})(?=[,.;:!?"”]|$)/g;
const HEDGES = ['reportedly', 'allegedly', 'possibly', 'apparently'];
const QUOTE_WORDS = ['entirely', 'serious', 'different', 'several', 'rather', 'strongly', 'quickly', 'recent'];

/** Capitalised pronouns and openers that are no speaker's name. */
const OPENER_WORD = /^(?:The|A|An|He|She|They|It|We|I|But|And|In|On|At|However)$/;

function speakersIn(text: string): string[] {
  const out: string[] = [];
  for (const re of [SPEAKER_BEFORE, SPEAKER_AFTER]) {
    for (const m of text.matchAll(re)) {
      // "Kelly said Rumsfeld, in an interview, made…": the name before the verb is the speaker; the name after it opens the reported clause.
      const before = text.slice(0, m.index).match(/\b([A-Z][\w.'-]+) $/)?.[1];
      if (re === SPEAKER_AFTER && before !== undefined && !OPENER_WORD.test(before)) continue;
      out.push(m[1]!.replace(/[.,]$/, ''));
    }
  }
  // Not a pronoun or opener, nor a date ("he said Sunday": replacing "Sunday" changes the date, not the speaker).
  return out.filter((s) => !OPENER_WORD.test(s.split(' ')[0]!) && !WEEKDAYS.includes(s.split(' ')[0]!) && !MONTHS.includes(s.split(' ')[0]!));
}

/**
 * True when every occurrence of `name` in `text` is a speaker's whole name, not a title or
 * abbreviation that opens one ("said Dr. Colin D'Cunha" read as "Dr", "U.S. military spokesman" as
 * "U.S"), a market code (".DJI added 38 points"), or the tail of a longer name joined by a
 * connector ("Court of Appeal said", "Chemins de Fer"):
 * replacing it changes no speaker.
 */
function speakerName(text: string, name: string): boolean {
  for (const m of text.matchAll(wordRe(name))) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index! + m[0].length);
    if (/^\.\s+\S/.test(after) && name.replace(/\./g, '').length <= 4 && !name.includes(' ')) return false;
    if (/\.$/.test(before)) return false;
    if (/[A-Z][\w'’.-]*\s+(?:of|de|du|des)\s+$/.test(before)) return false;
  }
  return true;
}

/** Capitalised words that open a sentence or phrase before a name without being part of it. */
const OPENERS = /^(?:In|At|On|The|A|An|From|For|By|To|With|But|And|Of|As|After|Before|Since|Under|While|When|If|Last|This|That|Meanwhile|Also|Then|So|Now|Earlier|Later)$/;

/**
 * True when every occurrence of `name` in `text` is a whole name: not a piece of a longer capitalised
 * name ("Hong" of "Hong Kong", "America" of "Latin America", "State Colin" of "Secretary of State
 * Colin Powell"), nor a list of names run together ("Arkansas, Michigan"). Replacing a piece leaves
 * the rest of the name, shared with the other side, naming the same entity: no real change.
 */
function wholeName(text: string, name: string): boolean {
  if (/[,;]/.test(name)) return false;
  for (const m of text.matchAll(wordRe(name))) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index! + m[0].length);
    const prev = before.match(/([A-Z][\w'’.-]*)\s+(?:of\s+)?$/)?.[1];
    const next = after.match(/^\s+(?:of\s+)?([A-Z][\w'’.-]*)/)?.[1];
    if (prev && !OPENERS.test(prev)) return false;
    if (next && !WEEKDAYS.includes(next) && !MONTHS.includes(next)) return false;
  }
  return true;
}

function formatLike(raw: string, value: number): string {
  const decimals = raw.includes('.') ? raw.split('.')[1]!.length : 0;
  const fixed = value.toFixed(decimals);
  if (!raw.includes(',')) return fixed;
  const [int, frac] = fixed.split('.');
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** Changes one detail of `text` (which `other` shares); returns the new text and what changed, or null. */
function change(kind: Change, text: string, other: string, rng: () => number): { text: string; detail: string } | null {
  switch (kind) {
    case 'number': {
      // A day of a month ("June 10", "Sept. 29") is a date, not a number: changing it is not a changed number.
      const dayOfMonth = (m: RegExpMatchArray) => /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/.test(text.slice(Math.max(0, m.index! - 12), m.index!));
      const shared = [...text.matchAll(/(?<![\d.:,/-])\d[\d,]*(?:\.\d+)?(?![\d:/])/g)].filter((m) => !dayOfMonth(m)).map((m) => m[0].replace(/[.,]$/, '')).filter((raw) => {
        const v = Number(raw.replace(/,/g, ''));
        return Number.isFinite(v) && !(/^(?:19|20)\d\d$/.test(raw)) && has(other, raw);
      });
      if (shared.length === 0) return null;
      const raw = pick(rng, shared);
      const v = Number(raw.replace(/,/g, ''));
      const next = v < 10 ? v + 3 + Math.floor(rng() * 4) : v * (1.5 + rng());
      const by = formatLike(raw, raw.includes('.') ? next : Math.round(next));
      // Picked first (the seeded choices of every other case stay as they were), then dropped when
      // the figure is a day of a month wherever it is replaced: after the month, as above, or before
      // it ("30 September"); "10" shared through "10th-floor" also replaces "Oct. 10". A date changed.
      const monthAfter = /^\s*(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
      if ([...text.matchAll(wordRe(raw))].some((m) => dayOfMonth(m) || monthAfter.test(text.slice(m.index! + m[0].length)))) return { text, detail: 'day of month' };
      return { text: replaceAll(text, raw, by), detail: `${raw} → ${by}` };
    }
    case 'date': {
      const options: Array<[string, string]> = [];
      for (const d of WEEKDAYS) if (has(text, d) && has(other, d)) options.push([d, WEEKDAYS[(WEEKDAYS.indexOf(d) + 2 + Math.floor(rng() * 4)) % 7]!]);
      for (const m of MONTHS) if (m !== 'May' && has(text, m) && has(other, m)) options.push([m, MONTHS[(MONTHS.indexOf(m) + 3 + Math.floor(rng() * 6)) % 12]!]);
      for (const y of new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])) if (has(other, y)) options.push([y, String(Number(y) + (rng() < 0.5 ? -2 : 2))]);
      if (options.length === 0) return null;
      const [from, to] = pick(rng, options);
      return { text: replaceAll(text, from, to), detail: `${from} → ${to}` };
    }
    case 'place': {
      // Names only: compromise also reads common nouns as places ("across a river", "the euro zone"),
      // and a city name in their stead is no change of place.
      const places = (nlp(text).places().out('array') as string[]).map((p) => p.replace(/[.,;:'’s]+$/, '').trim()).filter((p) => p.length > 2 && /^\p{Lu}/u.test(p) && has(text, p) && has(other, p) && wholeName(text, p) && wholeName(other, p));
      if (places.length === 0) return null;
      const from = pick(rng, places);
      const to = pick(rng, PLACES.filter((p) => !text.includes(p) && !other.includes(p)));
      // Picked first (the seeded choices of every other case stay as they were), then dropped when
      // compromise took a day or month for a place ("took two employees hostage Wednesday"): a date, no place.
      if (WEEKDAYS.includes(from) || MONTHS.includes(from)) return { text, detail: 'no place name' };
      return { text: replaceAll(text, from, to), detail: `${from} → ${to}` };
    }
    case 'person': {
      const speakers = new Set([...speakersIn(text), ...speakersIn(other)]);
      const people = (nlp(text).people().out('array') as string[])
        .map((p) => p.replace(/[.,;:]+$|['’]s$/g, '').trim())
        .filter((p) => p.length > 2 && /^[A-Z]/.test(p) && has(text, p) && has(other, p) && wholeName(text, p) && wholeName(other, p) && ![...speakers].some((s) => s.includes(p) || p.includes(s)));
      if (people.length === 0) return null;
      const from = pick(rng, people);
      const to = pick(rng, PEOPLE.filter((p) => !text.includes(p) && !other.includes(p)));
      // Picked first (the seeded choices of every other case stay as they were), then dropped when
      // compromise took a month or day for a person ("expected in late August"): a date, no person.
      if (WEEKDAYS.includes(from) || MONTHS.includes(from)) return { text, detail: 'no person name' };
      const surname = from.split(' ').pop()!;
      let out = replaceAll(text, from, to);
      if (surname !== from) out = replaceAll(out, surname, to.split(' ').pop()!);
      return { text: out, detail: `${from} → ${to}` };
    }
    case 'speaker': {
      const shared = speakersIn(text).filter((s) => has(other, s));
      if (shared.length === 0) return null;
      const from = pick(rng, shared);
      const to = pick(rng, PEOPLE.filter((p) => !text.includes(p) && !other.includes(p)));
      // Picked first (the seeded choices of every other case stay as they were), then dropped when
      // what was picked is no speaker's name: see `speakerName`.
      if (!speakerName(text, from) || !speakerName(other, from)) return { text, detail: 'no speaker name' };
      return { text: replaceAll(text, from, to), detail: `${from} → ${to}` };
    }
    case 'negation':
    case 'hedge': {
      // A sentence that negates already ("neither … nor" too) would get a double negative, not a change of polarity.
      if (/\b(?:not|never|no|n't|cannot|neither|nor)\b/i.test(text) && kind === 'negation') return null;
      const doc = nlp(text);
      const verbs = doc.verbs();
      for (let i = 0; i < verbs.length; i++) {
        const v = verbs.eq(i);
        const words = v.text().replace(/[.,;:!?"”’]+$/, '').trim();
        if (words === '' || REPORTING.test(words.split(' ').pop()!) || /^(?:to|being|having)\b/i.test(words) || /ing$/.test(words)) continue;
        if (kind === 'negation') {
          // An infinitive ("the failure to act") negated in place gives "to does not act": no sentence.
          if (new RegExp(`\\bto\\s+${escapeRe(words)}\\b`, 'i').test(text)) continue;
          (v as unknown as { toNegative(): void }).toNegative();
          const out = doc.text();
          if (out === text || !/\b(?:not|n't|never)\b/.test(out)) continue;
          return { text: out, detail: `negated "${words}"` };
        }
        const hedge = pick(rng, HEDGES);
        // At the verb phrase as a whole word: a bare indexOf can land inside another word ("is" in "This").
        const at = text.search(wordRe(words));
        if (at < 0) continue;
        return { text: `${text.slice(0, at)}${hedge} ${text.slice(at)}`, detail: `${hedge} ${words}` };
      }
      return null;
    }
    case 'quote': {
      const quotes = [...text.matchAll(/["“]([^"“”]{12,})["”]/g)].map((m) => m[1]!).filter((q) => other.includes(q) && q.split(/\s+/).length >= 4);
      if (quotes.length === 0) return null;
      const q = pick(rng, quotes);
      const words = q.split(/\s+/);
      const spots = words.map((w, i) => [w, i] as const).filter(([w, i]) => i > 0 && /^[a-z]{4,}$/.test(w));
      if (spots.length === 0) return null;
      const [w, i] = pick(rng, spots);
      const by = pick(rng, QUOTE_WORDS.filter((x) => x !== w));
      const changed = [...words.slice(0, i), by, ...words.slice(i + 1)].join(' ');
      return { text: text.replace(q, changed), detail: `"${w}" → "${by}" in the quote` };
    }
  }
}

/** The unchanged pairs and one changed case per applicable change for each equivalent pair. */
export function buildSyntheticCases(records: readonly PairRecord[], seed = 20250425): SyntheticCase[] {
  const rng = prng(seed);
  const out: SyntheticCase[] = [];
  for (const r of records) {
    if (Number(r.label) !== 1) continue;
    out.push({ id: r.id, a: r.a, b: r.b, change: null, side: null, detail: null });
    for (const kind of CHANGES) {
      const first: 'a' | 'b' = rng() < 0.5 ? 'a' : 'b';
      let side = first;
      let changed = change(kind, first === 'a' ? r.a : r.b, first === 'a' ? r.b : r.a, rng);
      if (!changed) {
        side = first === 'a' ? 'b' : 'a';
        changed = change(kind, side === 'a' ? r.a : r.b, side === 'a' ? r.b : r.a, rng);
      }
      if (!changed || changed.text === r.a || changed.text === r.b) continue;
      const [a, b] = side === 'a' ? [changed.text, r.b] : [r.a, changed.text];
      out.push({ id: `${r.id}:${kind}`, a, b, change: kind, side, detail: changed.detail });
    }
  }
  return out;
}

export interface SyntheticPrediction {
  readonly id: string;
  readonly change: Change | null;
  readonly detail: string | null;
  readonly a: string;
  readonly b: string;
  readonly discrepancies: ReadonlyArray<{ type: DiscrepancyType }>;
}

export function runSynthetic(file: string, options: { seed?: number; predictions?: string; onProgress?: (done: number, total: number) => void } = {}): Record<string, number> {
  const cases = buildSyntheticCases(readJsonl<PairRecord>(file, { id: 'string|number', a: 'string', b: 'string', label: 'string|number' }, 'paraphrase'), options.seed);
  if (cases.length === 0) throw new InputError(file, 'no equivalent pair (label 1) to build the benchmark from: give a paraphrase file such as msrp-train.jsonl');
  const tick = throttle(options.onProgress);
  const predictions: SyntheticPrediction[] = cases.map((c, i) => {
    const found = compareStatements(c.a, c.b).discrepancies.map((d) => ({ type: d.type }));
    tick(i + 1, cases.length);
    return { id: c.id, change: c.change, detail: c.detail, a: c.a, b: c.b, discrepancies: found };
  });
  if (options.predictions) writeJsonlAtomic(options.predictions, predictions);
  const figures: Record<string, number> = {};
  const unchanged = predictions.filter((p) => p.change === null);
  figures.unchanged = unchanged.length;
  figures.falseFlagRate = mean(unchanged.map((p) => (p.discrepancies.length > 0 ? 1 : 0)));
  const changed = predictions.filter((p) => p.change !== null);
  figures.changed = changed.length;
  figures.recall = mean(changed.map((p) => (p.discrepancies.some((d) => d.type === EXPECTED[p.change!]) ? 1 : 0)));
  for (const kind of CHANGES) {
    const of = changed.filter((p) => p.change === kind);
    figures[`cases.${kind}`] = of.length;
    figures[`recall.${kind}`] = of.length === 0 ? 0 : mean(of.map((p) => (p.discrepancies.some((d) => d.type === EXPECTED[kind]) ? 1 : 0)));
  }
  for (const type of ['number', 'date', 'entity', 'speaker', 'source', 'quote', 'modality', 'polarity'] as const) {
    figures[`falseFlag.${type}`] = mean(unchanged.map((p) => (p.discrepancies.some((d) => d.type === type) ? 1 : 0)));
  }
  return figures;
}
