/**
 * The align stage: claims of different articles that state the same thing.
 *
 * Candidate pairs come from an inverted index over rare stems and entity names, so a story's cost
 * grows with its claims, not with their square; only candidates are scored in full. Each article
 * pair gets a one-to-one alignment (greedy by score, above a threshold), and the pairwise links are
 * merged into groups that never hold two claims of one article.
 */
import type { ArticleClaims, Claim, ClaimGroup, PairEvidence } from '../types.js';
import { mergeLinks } from './groups.js';
import { containMax, pairFeatures, profileOfClaim, type ClaimProfile, type PairFeatures } from './features.js';
import { alignedDecision, defaultModel, scoreFeatures, type SimilarityModel } from './model.js';

export interface AlignOptions {
  /** The similarity model (weights and thresholds). */
  readonly model?: SimilarityModel;
  /** Minimum inverse document frequency of a stem to generate candidates. */
  readonly minCandidateIdf?: number;
}

export interface Alignment {
  readonly groups: readonly ClaimGroup[];
  /** Every aligned pair with its evidence. */
  readonly pairs: readonly PairEvidence[];
  /**
   * Claim id → ids of the other articles that have a claim passing the aligned decision with it,
   * whether or not the one-to-one assignment kept that pair. Complete (every candidate pair was
   * decided: scored, or ruled out by `worthScoring`) for `alignClaims`; the omission check reads it instead of scoring the pairs again.
   */
  readonly coverage?: Coverage;
}

/** Which other articles state each claim, as found while aligning. */
export interface Coverage {
  readonly covered: ReadonlyMap<string, ReadonlySet<string>>;
  /** True when every candidate pair was decided, so a claim absent from `covered` is covered nowhere. */
  readonly complete: boolean;
  /**
   * The aligned decision the aligner took on a pair of claims (by id, either order), undefined for
   * a pair it did not score: the omission check reads a decision here rather than scoring the pair
   * again (only needed when coverage is not complete).
   */
  readonly decided?: PairDecisions;
}

/** Aligned decisions on pairs of claims, by claim ids in either order; undefined when undecided. */
export type PairDecisions = (a: string, b: string) => boolean | undefined;

/** Records that claim `claimId` is stated in article `articleId`. */
export function addCoverage(covered: Map<string, Set<string>>, claimId: string, articleId: string): void {
  const set = covered.get(claimId);
  if (set) set.add(articleId);
  else covered.set(claimId, new Set([articleId]));
}

/** Records the decision on the pair (a, b) in both directions (the features and the decision are symmetric). */
export function addDecision(decisions: Map<string, Map<string, boolean>>, a: string, b: string, aligned: boolean): void {
  (decisions.get(a) ?? decisions.set(a, new Map()).get(a)!).set(b, aligned);
  (decisions.get(b) ?? decisions.set(b, new Map()).get(b)!).set(a, aligned);
}

/** Profiles kept by `cachedProfile`: two generations of at most this many each. */
const PROFILE_CACHE_SIZE = 5_000;
let recent = new Map<Claim, ClaimProfile>();
let older = new Map<Claim, ClaimProfile>();
/**
 * A claim's profile, computed once per claim object while it is in use (claims are immutable; a
 * profile depends only on the claim and the committed lexicons), so the aligner and the omission
 * check share it. The cache is bounded: a corpus run keeps every article's claims alive, and
 * profiles of stories already compared must not pile up with them. When the recent generation
 * fills, it becomes the older one and the oldest is dropped; a hit in the older one moves back.
 */
export function cachedProfile(claim: Claim): ClaimProfile {
  let p = recent.get(claim);
  if (p) return p;
  p = older.get(claim) ?? profileOfClaim(claim);
  if (recent.size >= PROFILE_CACHE_SIZE) {
    older = recent;
    recent = new Map();
  }
  recent.set(claim, p);
  return p;
}

/**
 * Drops every profile `cachedProfile` keeps (about 15 KB each). A corpus run calls it after each
 * story: no other story meets that story's claims, so their profiles would only fill memory until
 * the bound pushed them out.
 */
export function clearProfileCache(): void {
  recent = new Map();
  older = new Map();
}

export { containMax, pairFeatures, profileOfClaim, profileOfText } from './features.js';
export { alignedDecision, defaultModel, equivalenceScore, scoreFeatures, type SimilarityModel } from './model.js';

const MIN_CANDIDATE_IDF = 2.0;

/**
 * The least `containMax` of a pair worth scoring (the larger idf-weighted share of either claim's
 * stems found exactly in the other; `containMax` computes it alone, at a fraction of a scoring's
 * cost): below it a pair is taken as not aligned without being scored. The aligners' candidates and
 * the omission check's already share a rare stem or a name; this drops those that share little
 * else. Chosen on ECB+ train stories as the largest value under which none of the 93,636 pairs the
 * omission check scored was aligned (the least containment of an aligned one was 0.135; none of
 * 27,769 on dev either). Over every cross-article pair of those stories, 20 of about a million
 * below it do pass the aligned decision (19 on train, 1 on dev), all through the equivalence model
 * on short sentences that share a word or two ("He is a killer." / "When one is killed, all of us
 * lose."): false alignments. It spares 42% of the exact aligner's scorings on ECB+ train stories,
 * 17% of the story aligner's, 41% of the omission check's.
 */
export const MIN_CANDIDATE_CONTAINMENT = 0.13;

/** True when the pair shares enough to be scored at all (`MIN_CANDIDATE_CONTAINMENT`). */
export function worthScoring(a: ClaimProfile, b: ClaimProfile): boolean {
  return containMax(a, b) >= MIN_CANDIDATE_CONTAINMENT;
}

/** Scores one pair of claims: the features and the combined similarity in [0, 1]. */
export function scoreClaims(a: Claim, b: Claim, model: SimilarityModel = defaultModel()): PairEvidence {
  return evidenceOf(a, b, pairFeatures(cachedProfile(a), cachedProfile(b)), model);
}

function evidenceOf(a: Claim, b: Claim, features: PairFeatures, model: SimilarityModel): PairEvidence {
  return { type: 'pair', a: a.id, b: b.id, score: scoreFeatures(features, model), features: { ...features } };
}

/** An inverted index over rare stems and entity words of a list of profiles. */
export interface CandidateIndex {
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly minIdf: number;
  /** How many profiles are indexed. */
  readonly size: number;
}

/** Index keys of a profile: its stems of weight >= minIdf, and its entity words; kept per profile for the usual minIdf. */
const keyCache = new WeakMap<ClaimProfile, readonly string[]>();
function keysOf(p: ClaimProfile, minIdf: number): readonly string[] {
  const usual = minIdf === MIN_CANDIDATE_IDF;
  let keys = usual ? keyCache.get(p) : undefined;
  if (!keys) {
    const out: string[] = [];
    for (const [s, w] of p.weights) if (w >= minIdf) out.push(s);
    for (const e of p.entities) out.push(`entity:${e}`);
    keys = out;
    if (usual) keyCache.set(p, keys);
  }
  return keys;
}

export function candidateIndex(profiles: readonly ClaimProfile[], minIdf = MIN_CANDIDATE_IDF): CandidateIndex {
  const postings = new Map<string, number[]>();
  profiles.forEach((p, j) => {
    for (const k of keysOf(p, minIdf)) {
      const list = postings.get(k);
      if (list) {
        if (list[list.length - 1] !== j) list.push(j);
      } else postings.set(k, [j]);
    }
  });
  return { postings, minIdf, size: profiles.length };
}

/** Indices of the indexed profiles that share a rare stem or an entity word with `p`. */
export function candidatesOf(p: ClaimProfile, index: CandidateIndex): Set<number> {
  const found = new Set<number>();
  for (const k of keysOf(p, index.minIdf)) for (const j of index.postings.get(k) ?? []) found.add(j);
  return found;
}

/** Weight of an index key in `p` (as the story aligner weighs them): its stem's IDF, or a fixed weight for an entity word. */
const ENTITY_KEY_WEIGHT = 4;
function keyWeight(p: ClaimProfile, key: string): number {
  return key.startsWith('entity:') ? ENTITY_KEY_WEIGHT : p.weights.get(key) ?? 0;
}

/**
 * The `limit` indexed profiles sharing the most key weight with `p` (rare stems by IDF, entity
 * words), best first, ties to the lower index: the claims of one article most likely to state
 * what `p` states, so that a check can score those and skip the ones sharing one rare word.
 */
export function rankedCandidatesOf(p: ClaimProfile, index: CandidateIndex, limit: number): number[] {
  const sums = new Float64Array(index.size);
  const reached = new Uint8Array(index.size);
  const touched: number[] = [];
  for (const k of keysOf(p, index.minIdf)) {
    const list = index.postings.get(k);
    if (!list) continue;
    const w = keyWeight(p, k);
    for (const j of list) {
      if (!reached[j]) {
        reached[j] = 1;
        touched.push(j);
      }
      sums[j] += w;
    }
  }
  touched.sort((x, y) => sums[y]! - sums[x]! || x - y);
  return touched.length > limit ? touched.slice(0, limit) : touched;
}

/** Candidate pairs (indices into `right`) for each claim of `left`: they share a rare stem or an entity. */
function candidates(left: readonly ClaimProfile[], right: readonly ClaimProfile[], minIdf: number): Array<Set<number>> {
  const index = candidateIndex(right, minIdf);
  return left.map((p) => candidatesOf(p, index));
}

/** One-to-one alignment of two articles' claims: greedy by score above the model's `aligned` threshold. */
export function alignPair(a: ArticleClaims, b: ArticleClaims, options: AlignOptions = {}, covered?: Map<string, Set<string>>): PairEvidence[] {
  const model = options.model ?? defaultModel();
  const pa = a.claims.map(cachedProfile);
  const pb = b.claims.map(cachedProfile);
  const cands = candidates(pa, pb, options.minCandidateIdf ?? MIN_CANDIDATE_IDF);
  const scored: Array<{ i: number; j: number; evidence: PairEvidence }> = [];
  cands.forEach((set, i) => {
    for (const j of set) {
      if (!worthScoring(pa[i]!, pb[j]!)) continue;
      const evidence = evidenceOf(a.claims[i]!, b.claims[j]!, pairFeatures(pa[i]!, pb[j]!), model);
      if (alignedDecision(evidence.features as PairFeatures, evidence.score, model)) {
        scored.push({ i, j, evidence });
        if (covered) {
          addCoverage(covered, a.claims[i]!.id, b.article.id);
          addCoverage(covered, b.claims[j]!.id, a.article.id);
        }
      }
    }
  });
  scored.sort((x, y) => y.evidence.score - x.evidence.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: PairEvidence[] = [];
  for (const s of scored) {
    if (usedA.has(s.i) || usedB.has(s.j)) continue;
    usedA.add(s.i);
    usedB.add(s.j);
    out.push(s.evidence);
  }
  return out;
}

/** Aligns the claims of N articles: pairwise one-to-one alignments merged into groups. */
export function alignClaims(extractions: readonly ArticleClaims[], options: AlignOptions = {}): Alignment {
  const pairs: PairEvidence[] = [];
  const covered = new Map<string, Set<string>>();
  for (let x = 0; x < extractions.length; x++) {
    for (let y = x + 1; y < extractions.length; y++) pairs.push(...alignPair(extractions[x]!, extractions[y]!, options, covered));
  }
  const claims = extractions.flatMap((e) => e.claims);
  return { groups: mergeLinks(claims, pairs), pairs, coverage: { covered, complete: (options.minCandidateIdf ?? MIN_CANDIDATE_IDF) === MIN_CANDIDATE_IDF } };
}
