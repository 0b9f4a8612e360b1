/**
 * Pairwise similarity features between two claims (or two bare sentences). Every feature is in
 * [0, 1] except `speaker`, in [-1, 1] (-1: both attributed, to different speakers). Texts are
 * reduced once to a `ClaimProfile`; scoring a pair reads only profiles.
 */
import { readFileSync } from 'node:fs';
import stringSimilarity from 'string-similarity';
import type { Claim } from '../types.js';
import { contentStems } from '../util/words.js';

interface IdfFile {
  readonly docs: number;
  readonly df: Readonly<Record<string, number>>;
}

let idfTable: { docs: number; df: ReadonlyMap<string, number> } | undefined;
function idfData(): { docs: number; df: ReadonlyMap<string, number> } {
  if (!idfTable) {
    const file = JSON.parse(readFileSync(new URL('../../data/idf.json', import.meta.url), 'utf8')) as IdfFile;
    idfTable = { docs: file.docs, df: new Map(Object.entries(file.df)) };
  }
  return idfTable;
}

/** Inverse document frequency of a stem; unseen stems get the weight of a stem seen once. */
export function idf(stemmed: string): number {
  const { docs, df } = idfData();
  return Math.log((docs + 1) / ((df.get(stemmed) ?? 1) + 0.5));
}

export interface ClaimProfile {
  /** Stems of the claim text with their tf-idf weights. */
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
  readonly total: number;
  readonly stems: readonly string[];
  /** Lower-cased claim text for character similarity. */
  readonly lower: string;
  readonly entities: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  readonly speaker: string | null;
  readonly length: number;
}

export function profileOfText(text: string, extra: { entities?: Iterable<string>; numbers?: Iterable<number>; speaker?: string | null } = {}): ClaimProfile {
  const stems = contentStems(text);
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  const weights = new Map<string, number>();
  let norm = 0;
  let total = 0;
  for (const [s, n] of tf) {
    const w = (1 + Math.log(n)) * idf(s);
    weights.set(s, w);
    norm += w * w;
    total += w;
  }
  return {
    weights,
    norm: Math.sqrt(norm),
    total,
    stems,
    lower: text.toLowerCase(),
    entities: new Set(extra.entities ?? []),
    numbers: new Set(extra.numbers ?? []),
    speaker: extra.speaker ?? null,
    length: stems.length,
  };
}

/** Profile of a claim: its assertion text, the canonical names it mentions, its numbers and speaker. */
export function profileOfClaim(claim: Claim): ClaimProfile {
  return profileOfText(claim.text, {
    entities: claim.mentions.map((m) => m.canonical),
    numbers: claim.quantities.map((q) => q.value),
    speaker: claim.attribution?.speaker?.canonical ?? null,
  });
}

function cosine(a: ClaimProfile, b: ClaimProfile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [s, w] of small.weights) {
    const v = large.weights.get(s);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** Weighted share of the smaller side's terms found in the other side. */
function containment(a: ClaimProfile, b: ClaimProfile): number {
  const [small, large] = a.total <= b.total ? [a, b] : [b, a];
  if (small.total === 0) return 0;
  let shared = 0;
  for (const [s, w] of small.weights) if (large.weights.has(s)) shared += w;
  return shared / small.total;
}

function bigramOverlap(a: ClaimProfile, b: ClaimProfile): number {
  const grams = (p: ClaimProfile) => {
    const set = new Set<string>();
    for (let i = 0; i + 1 < p.stems.length; i++) set.add(`${p.stems[i]} ${p.stems[i + 1]}`);
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

function setAgreement<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

export interface PairFeatures {
  readonly cosine: number;
  readonly containment: number;
  readonly bigram: number;
  readonly dice: number;
  readonly entities: number;
  readonly numbers: number;
  readonly speaker: number;
  readonly lengthRatio: number;
}

export function pairFeatures(a: ClaimProfile, b: ClaimProfile): PairFeatures {
  return {
    cosine: cosine(a, b),
    containment: containment(a, b),
    bigram: bigramOverlap(a, b),
    dice: a.lower && b.lower ? stringSimilarity.compareTwoStrings(a.lower, b.lower) : 0,
    entities: setAgreement(a.entities, b.entities),
    numbers: setAgreement(a.numbers, b.numbers),
    speaker: a.speaker && b.speaker ? (a.speaker === b.speaker ? 1 : -1) : 0,
    lengthRatio: Math.min(a.length, b.length) / Math.max(1, a.length, b.length),
  };
}

/** Stems two profiles share (for the explanation of an alignment). */
export function sharedStems(a: ClaimProfile, b: ClaimProfile): string[] {
  return [...a.weights.keys()].filter((s) => b.weights.has(s));
}
