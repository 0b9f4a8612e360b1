/**
 * Story grouping: which articles of a feed report one real-world event. Two events of the same
 * kind (two earthquakes) are two stories; what tells them apart is the specific detail — names,
 * places, numbers, years — so those carry extra weight in each article's vector.
 *
 * Each article becomes a sparse tf-idf vector of content stems plus name and number features.
 * Candidate neighbours come from an inverted index over distinctive features (features found in
 * more than `maxPosting` articles are skipped there), the best `4 × neighbours` by their shared
 * distinctive features are scored in full, each article keeps its `neighbours` most similar, and
 * average-link agglomerative clustering runs over that sparse graph (a pair with no edge counts as
 * similarity 0): clusters merge while their average cosine is at or above `threshold`. Cost grows
 * with articles × neighbours, not with the square of the articles. Deterministic: ties break on
 * input order.
 */
import { idf } from './align/features.js';
import { contentStems, isStopword, stem } from './util/words.js';

export interface StoryDoc {
  readonly id: string;
  readonly text: string;
  /** A headline, when known; it counts as part of the text. */
  readonly title?: string | null;
}

export interface StoryOptions {
  /** Average cosine at or above which two clusters merge. */
  readonly threshold?: number;
  /** Weight of a capitalised name (person, place, organisation) relative to a plain stem. */
  readonly nameWeight?: number;
  /** Weight of a number or year relative to a plain stem. */
  readonly numberWeight?: number;
  /** Candidate neighbours kept per article. */
  readonly neighbours?: number;
  /** Features found in more articles than this do not generate candidates (they still count in the cosine). */
  readonly maxPosting?: number;
  /** Edges below this cosine are dropped. */
  readonly minEdge?: number;
  /**
   * Extra weight of what the lede says (the headline and the first `leadChars` characters): who,
   * what, where and when of the event stand there, while the rest of an article drifts into
   * background shared with other events of the same kind. 1 = no extra weight.
   */
  readonly leadWeight?: number;
  /** Length of the lede, in characters of the text (after the headline). */
  readonly leadChars?: number;
}

/**
 * Defaults chosen on ECB+ train by scripts/tune-stories.ts (B-cubed F1 0.960 on train, 0.934 on
 * dev; 0.942 and 0.908 before the lede counted double). `neighbours` was chosen on stories of 3 to 22 articles: a story much larger than that links
 * each article to only a fraction of the others, which lowers its average and may split it.
 */
export const defaultStoryOptions: Readonly<Required<StoryOptions>> = Object.freeze({
  threshold: 0.11,
  nameWeight: 1,
  numberWeight: 2,
  neighbours: 10,
  maxPosting: 50,
  minEdge: 0,
  leadWeight: 2,
  leadChars: 300,
});

/** A sparse, L2-normalised feature vector of one article. */
export interface StoryVector {
  readonly features: ReadonlyMap<string, number>;
}

const NAME = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*/gu;
const NUMBER = /\d[\d,.]*\d|\d/gu;

/** Capitalised word runs that do not start a sentence or line (names, places, organisations). */
function names(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME)) {
    const at = m.index ?? 0;
    let k = at - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    const before = k >= 0 ? text[k]! : '\n';
    if (/[.!?\n"“‘'(:]/u.test(before)) {
      // Sentence-initial: keep the run only from its second word on, if any.
      const rest = m[0].split(/\s+/u).slice(1);
      if (rest.length > 0) out.push(rest.join(' '));
      continue;
    }
    out.push(m[0]);
  }
  return out.filter((n) => !(n.split(/\s+/u).length === 1 && isStopword(n)));
}

function numbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const v = m[0].replace(/,/g, '');
    if (v.length > 0) out.push(v);
  }
  return out;
}

/** The article's vector: tf-idf stems, names (whole runs and their words) and numbers, normalised. */
export function storyVector(doc: StoryDoc, options: StoryOptions = {}): StoryVector {
  const o = { ...defaultStoryOptions, ...options };
  const text = doc.title ? `${doc.title}\n${doc.text}` : doc.text;
  const raw = new Map<string, number>();
  const add = (key: string, n = 1) => raw.set(key, (raw.get(key) ?? 0) + n);
  for (const s of contentStems(text)) add(s);
  // The lede's stems, names and numbers count `leadWeight` times in all.
  const lead = o.leadWeight !== 1 ? (doc.title ? `${doc.title}\n` : '') + doc.text.slice(0, o.leadChars) : '';
  const extra = o.leadWeight - 1;
  if (lead) for (const s of contentStems(lead)) add(s, extra);
  const weights = new Map<string, number>();
  for (const [s, n] of raw) weights.set(s, (1 + Math.log(n)) * idf(s));
  const nameCounts = new Map<string, number>();
  const countName = (n: string, by: number) => {
    const words = n.toLowerCase().split(/\s+/u);
    const key = `name:${words.map(stem).join(' ')}`;
    nameCounts.set(key, (nameCounts.get(key) ?? 0) + by);
  };
  for (const n of names(text)) countName(n, 1);
  if (lead) for (const n of names(lead)) countName(n, extra);
  if (o.nameWeight > 0) {
    for (const [key, n] of nameCounts) {
      const words = key.slice(5).split(' ');
      const rarity = Math.max(...words.map((w) => idf(w)));
      weights.set(key, (1 + Math.log(n)) * rarity * o.nameWeight);
    }
  }
  if (o.numberWeight > 0) {
    const counts = new Map<string, number>();
    for (const v of numbers(text)) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (lead) for (const v of numbers(lead)) counts.set(v, (counts.get(v) ?? 0) + extra);
    for (const [v, n] of counts) weights.set(`num:${v}`, (1 + Math.log(n)) * idf(v) * o.numberWeight);
  }
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm);
  const features = new Map<string, number>();
  if (norm > 0) for (const [k, w] of weights) features.set(k, w / norm);
  return { features };
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) s += w * v;
  }
  return s;
}

/**
 * Sparse similarity graph: for each article, its `neighbours` most similar candidates (sharing a
 * feature whose postings are short enough). Edges are symmetric: kept when either end keeps them.
 */
export function storyGraph(vectors: readonly StoryVector[], options: StoryOptions = {}): Array<Map<number, number>> {
  const o = { ...defaultStoryOptions, ...options };
  const n = vectors.length;
  // Postings keep each article's weight of the feature beside its index.
  const postings = new Map<string, { readonly ids: number[]; readonly weights: number[] }>();
  vectors.forEach((v, i) => {
    for (const [k, w] of v.features) {
      const list = postings.get(k);
      if (list) {
        list.ids.push(i);
        list.weights.push(w);
      } else postings.set(k, { ids: [i], weights: [w] });
    }
  });
  const maxPosting = o.maxPosting;
  const edges: Array<Map<number, number>> = vectors.map(() => new Map());
  // Partial dot products by distinctive features, accumulated in a dense array; `touched` lists the
  // articles reached, in the order first reached.
  const sums = new Float64Array(n);
  const reached = new Uint8Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    for (const [k, w] of vectors[i]!.features) {
      const { ids, weights } = postings.get(k)!;
      if (ids.length > maxPosting) continue;
      for (let p = 0; p < ids.length; p++) {
        const j = ids[p]!;
        if (j === i) continue;
        if (!reached[j]) {
          reached[j] = 1;
          touched.push(j);
        }
        sums[j] += w * weights[p]!;
      }
    }
    const partial = touched.map((j) => [j, sums[j]!] as [number, number]);
    for (const j of touched) {
      sums[j] = 0;
      reached[j] = 0;
    }
    // Full cosine only for the most promising candidates by their distinctive features.
    const shortlist = partial.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 4 * o.neighbours);
    const scored = shortlist.map(([j]) => [j, dot(vectors[i]!.features, vectors[j]!.features)] as const);
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [j, s] of scored.slice(0, o.neighbours)) {
      if (s <= 0 || s < o.minEdge) continue;
      edges[i]!.set(j, s);
      edges[j]!.set(i, s);
    }
  }
  return edges;
}

/** One merge of the dendrogram: clusters `a` and `b` (their lowest members) joined at `height`. */
export interface Merge {
  readonly a: number;
  readonly b: number;
  readonly height: number;
}

interface Candidate {
  avg: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Max-heap on `avg`, ties to the lower (x, y). */
class CandidateHeap {
  private readonly items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  private above(p: Candidate, q: Candidate): boolean {
    return p.avg > q.avg || (p.avg === q.avg && (p.x < q.x || (p.x === q.x && p.y < q.y)));
  }
  push(c: Candidate): void {
    const h = this.items;
    h.push(c);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.above(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.above(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Average-link clustering over a sparse graph, down to `floor`: the merges in the order made, with
 * non-increasing heights (average link is reducible). A heap with lazy invalidation keeps each
 * merge at O(degree · log E).
 */
export function averageLinkMerges(edges: ReadonlyArray<ReadonlyMap<number, number>>, floor: number): Merge[] {
  const n = edges.length;
  const size = new Array<number>(n).fill(1);
  const version = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  const links: Array<Map<number, number>> = edges.map((m) => new Map(m));
  const heap = new CandidateHeap();
  const offer = (x: number, y: number, sum: number) => {
    const [p, q] = x < y ? [x, y] : [y, x];
    const avg = sum / (size[p]! * size[q]!);
    if (avg >= floor) heap.push({ avg, x: p, y: q, vx: version[p]!, vy: version[q]! });
  };
  for (let x = 0; x < n; x++) for (const [y, sum] of links[x]!) if (y > x) offer(x, y, sum);
  const merges: Merge[] = [];
  while (heap.size > 0) {
    const c = heap.pop()!;
    if (!alive[c.x] || !alive[c.y] || version[c.x] !== c.vx || version[c.y] !== c.vy) continue;
    const [keep, gone] = [c.x, c.y];
    merges.push({ a: keep, b: gone, height: c.avg });
    alive[gone] = false;
    size[keep]! += size[gone]!;
    version[keep]!++;
    const into = links[keep]!;
    into.delete(gone);
    for (const [z, sum] of links[gone]!) {
      if (z === keep) continue;
      into.set(z, (into.get(z) ?? 0) + sum);
      const lz = links[z]!;
      lz.set(keep, (lz.get(keep) ?? 0) + sum);
      lz.delete(gone);
    }
    links[gone]!.clear();
    for (const [z, sum] of into) offer(keep, z, sum);
  }
  return merges;
}

/** Clusters after applying the merges at or above `threshold`: sorted index lists, ordered by first member. */
export function cutMerges(n: number, merges: readonly Merge[], threshold: number): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const m of merges) {
    if (m.height < threshold) break;
    const [ra, rb] = [find(m.a), find(m.b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()].sort((a, b) => a[0]! - b[0]!);
}

/** Average-link clusters of a sparse graph at `threshold`. */
export function averageLink(edges: ReadonlyArray<ReadonlyMap<number, number>>, threshold: number): number[][] {
  return cutMerges(edges.length, averageLinkMerges(edges, threshold), threshold);
}

export interface Story {
  /** "s1", "s2", … in order of each story's first article. */
  readonly id: string;
  /** Indices into the input, ascending. */
  readonly members: readonly number[];
}

/** Groups articles into stories. Pure and deterministic for a given input order. */
export function groupStories(docs: readonly StoryDoc[], options: StoryOptions = {}): Story[] {
  const o = { ...defaultStoryOptions, ...options };
  const vectors = docs.map((d) => storyVector(d, o));
  return groupStoryVectors(vectors, o);
}

/** Groups precomputed vectors (see `storyVector`), for callers that build vectors elsewhere (workers). */
export function groupStoryVectors(vectors: readonly StoryVector[], options: StoryOptions = {}): Story[] {
  const o = { ...defaultStoryOptions, ...options };
  const clusters = averageLink(storyGraph(vectors, o), o.threshold);
  return clusters.map((members, k) => ({ id: `s${k + 1}`, members }));
}

/** The story label of each document id. */
export function storyLabels(docs: readonly StoryDoc[], stories: readonly Story[]): Map<string, string> {
  const label = new Map<string, string>();
  for (const s of stories) for (const i of s.members) label.set(docs[i]!.id, s.id);
  return label;
}
