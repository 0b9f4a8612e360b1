/**
 * Story grouping of whole articles (ECB+ documents): average-link agglomerative clustering of
 * tf-idf vectors of the articles' content stems and names; clusters merge while their average
 * cosine is at or above the threshold.
 */
import { profileOfText } from '../align/features.js';
import { bcubed, type PRF } from './metrics.js';

export interface StoryDoc {
  readonly id: string;
  readonly text: string;
  readonly story?: string;
}

/** Default merge threshold of the average cosine between two clusters. */
export const STORY_THRESHOLD = 0.2;

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot / (na * nb);
}

/** Story label for each document ("s1", "s2", … in order of first appearance). */
export function groupStories(docs: readonly StoryDoc[], threshold = STORY_THRESHOLD): Map<string, string> {
  const profiles = docs.map((d) => profileOfText(d.text));
  const n = docs.length;
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i]![j] = sim[j]![i] = cosine(profiles[i]!.weights, profiles[j]!.weights, profiles[i]!.norm, profiles[j]!.norm);
  let clusters: number[][] = docs.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bx = -1;
    let by = -1;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        let s = 0;
        for (const i of clusters[x]!) for (const j of clusters[y]!) s += sim[i]![j]!;
        const avg = s / (clusters[x]!.length * clusters[y]!.length);
        if (avg > best) {
          best = avg;
          bx = x;
          by = y;
        }
      }
    }
    if (best < threshold || bx < 0) break;
    clusters[bx] = [...clusters[bx]!, ...clusters[by]!];
    clusters = clusters.filter((_, k) => k !== by);
  }
  const label = new Map<string, string>();
  clusters
    .map((c) => [...c].sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!)
    .forEach((c, k) => c.forEach((i) => label.set(docs[i]!.id, `s${k + 1}`)));
  return label;
}

export function scoreStories(docs: readonly StoryDoc[], labels: ReadonlyMap<string, string>): PRF & { documents: number; stories: number; predictedStories: number } {
  const gold = new Map(docs.map((d) => [d.id, d.story ?? d.id] as const));
  const m = bcubed(labels, gold);
  return { ...m, documents: docs.length, stories: new Set(gold.values()).size, predictedStories: new Set(labels.values()).size };
}
