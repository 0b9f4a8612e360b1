/**
 * Alignment for a story of many articles, with cost linear in its claims. `alignClaims` aligns every
 * pair of articles, so a story of N articles costs N² article pairs; here one inverted index over
 * all the story's claims gives each claim at most `candidates` candidates from other articles
 * (those sharing the most rare-stem and name weight), only those are scored, and each claim keeps
 * its best aligned partner per other article. Links then merge into groups strongest first,
 * refusing a merge that would put two claims of one article together — the same rule as
 * `alignClaims`, which this matches on small stories up to candidates cut off.
 */
import { addCoverage, alignedDecision, cachedProfile, defaultModel, pairFeatures, scoreFeatures, worthScoring, type AlignOptions, type Alignment } from '../align/index.js';
import { mergeLinks } from '../align/groups.js';
import type { ArticleClaims, Claim, PairEvidence } from '../types.js';

export interface StoryAlignOptions extends AlignOptions {
  /** Claims scored in full per claim (default 12): those sharing the most rare-stem and name weight. */
  readonly candidates?: number;
  /** Claims visited per index key, around the claim in input order (default 64). */
  readonly window?: number;
}

const MIN_CANDIDATE_IDF = 2.0;
const ENTITY_WEIGHT = 4;

export function alignStory(extractions: readonly ArticleClaims[], options: StoryAlignOptions = {}): Alignment {
  const model = options.model ?? defaultModel();
  const minIdf = options.minCandidateIdf ?? MIN_CANDIDATE_IDF;
  const limit = options.candidates ?? 12;
  const window = options.window ?? 64;
  const claims: Claim[] = extractions.flatMap((e) => e.claims);
  const articleOf = claims.map((c) => c.articleId);
  const profiles = claims.map(cachedProfile);
  const covered = new Map<string, Set<string>>();
  // Index keys of each claim with their weight (an entity counts as a rare stem).
  const keysOf = profiles.map((p) => {
    const keys: Array<[string, number]> = [];
    for (const [s, w] of p.weights) if (w >= minIdf) keys.push([s, w]);
    for (const e of p.entities) keys.push([`entity:${e}`, ENTITY_WEIGHT]);
    return keys;
  });
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const [k] of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  /**
   * The `limit` claims of other articles sharing the most key weight with claim i (ties: input
   * order). Each key's postings are visited only in a window of `window` claims around i (postings
   * are in input order), so the work per claim is bounded whatever the story's size.
   */
  // Shared weight per claim, accumulated in a dense array; `touched` lists the claims reached, in order.
  const sums = new Float64Array(claims.length);
  const reached = new Uint8Array(claims.length);
  const touched: number[] = [];
  const candidatesOf = (i: number): number[] => {
    touched.length = 0;
    for (const [k, w] of keysOf[i]!) {
      const list = postings.get(k)!;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < i) lo = mid + 1;
        else hi = mid;
      }
      const from = Math.max(0, lo - (window >> 1));
      const to = Math.min(list.length, from + window + 1);
      for (let p = from; p < to; p++) {
        const j = list[p]!;
        if (articleOf[j] === articleOf[i]) continue;
        if (!reached[j]) {
          reached[j] = 1;
          touched.push(j);
        }
        sums[j] += w;
      }
    }
    const top = topByWeight(touched, sums, limit);
    for (const j of touched) {
      sums[j] = 0;
      reached[j] = 0;
    }
    return top;
  };
  const evidenceOf = (i: number, j: number, score: number, features: ReturnType<typeof pairFeatures>): PairEvidence => ({ type: 'pair', a: claims[i]!.id, b: claims[j]!.id, score, features: { ...features } });
  const links = new Map<number, PairEvidence>();
  // Each unordered pair scored once, keyed x · n + y (x < y); the omission check reads its decisions.
  const n = claims.length;
  const scoredPair = new Map<number, { score: number; features: ReturnType<typeof pairFeatures>; aligned: boolean }>();
  for (let i = 0; i < claims.length; i++) {
    const found = candidatesOf(i);
    const bestPerArticle = new Map<string, { j: number; score: number; features: ReturnType<typeof pairFeatures> }>();
    for (const j of found) {
      const [x, y] = i < j ? [i, j] : [j, i];
      const key = x * n + y;
      let scored = scoredPair.get(key);
      if (scored === undefined) {
        // Not scored, and not recorded: the omission check rules the pair out just as cheaply.
        if (!worthScoring(profiles[x]!, profiles[y]!)) continue;
        const features = pairFeatures(profiles[x]!, profiles[y]!);
        const score = scoreFeatures(features, model);
        scored = { score, features, aligned: alignedDecision(features, score, model) };
        scoredPair.set(key, scored);
      }
      const { score, features } = scored;
      if (!scored.aligned) continue;
      addCoverage(covered, claims[i]!.id, articleOf[j]!);
      addCoverage(covered, claims[j]!.id, articleOf[i]!);
      const best = bestPerArticle.get(articleOf[j]!);
      if (!best || score > best.score || (score === best.score && j < best.j)) bestPerArticle.set(articleOf[j]!, { j, score, features });
    }
    for (const { j, score, features } of bestPerArticle.values()) {
      const [x, y] = i < j ? [i, j] : [j, i];
      const key = x * n + y;
      if (!links.has(key)) links.set(key, evidenceOf(x, y, score, features));
    }
  }
  const pairs = [...links.values()];
  const indexOf = new Map(claims.map((c, i) => [c.id, i] as const));
  const decided = (a: string, b: string): boolean | undefined => {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined) return undefined;
    return scoredPair.get(i < j ? i * n + j : j * n + i)?.aligned;
  };
  // Candidates are capped, so coverage is partial: the omission check scores the pairs not decided here.
  return { groups: mergeLinks(claims, pairs), pairs, coverage: { covered, complete: false, decided } };
}

/** The `k` of `keys` of highest weight (`weights[key]`), ties to the lower key; O(size · k), without sorting them all. */
function topByWeight(keys: readonly number[], weights: Float64Array, k: number): number[] {
  const top: Array<[number, number]> = [];
  for (const j of keys) {
    const w = weights[j]!;
    if (top.length === k && (w < top[k - 1]![1] || (w === top[k - 1]![1] && j > top[k - 1]![0]))) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]![1] < w || (top[at - 1]![1] === w && top[at - 1]![0] > j))) at--;
    top.splice(at, 0, [j, w]);
    if (top.length > k) top.pop();
  }
  return top.map(([j]) => j);
}
