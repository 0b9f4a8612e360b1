/** Claim groups from pairwise alignment links: shared by the exact aligner and the story aligner. */
import type { Claim, ClaimGroup, PairEvidence } from '../types.js';

/** Groups from pairwise links, strongest first; never two claims of one article in a group. */
export function mergeLinks(claims: readonly Claim[], pairs: readonly PairEvidence[]): ClaimGroup[] {
  const index = new Map(claims.map((c, i) => [c.id, i] as const));
  const groupOf = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  const articles = claims.map((c) => new Set([c.articleId]));
  const evidence: PairEvidence[][] = claims.map(() => []);
  const order = (p: PairEvidence) => [index.get(p.a)!, index.get(p.b)!] as const;
  const sorted = [...pairs].sort((p, q) => q.score - p.score || order(p)[0] - order(q)[0] || order(p)[1] - order(q)[1]);
  for (const p of sorted) {
    const [a, b] = order(p);
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) {
      evidence[ga]!.push(p);
      continue;
    }
    const [keep, gone] = members[ga]!.length >= members[gb]!.length ? [ga, gb] : [gb, ga];
    if ([...articles[gone]!].some((id) => articles[keep]!.has(id))) continue;
    for (const m of members[gone]!) groupOf[m] = keep;
    members[keep]!.push(...members[gone]!);
    for (const id of articles[gone]!) articles[keep]!.add(id);
    evidence[keep]!.push(...evidence[gone]!, p);
    members[gone] = [];
    evidence[gone] = [];
  }
  const groups = members
    .map((m, g) => ({ m: [...m].sort((x, y) => x - y), g }))
    .filter(({ m }) => m.length > 0)
    .sort((x, y) => x.m[0]! - y.m[0]!);
  return groups.map(({ m, g }, k) => {
    const ev = evidence[g]!;
    return { type: 'group', id: `g${k + 1}`, claims: m.map((i) => claims[i]!), evidence: ev, similarity: ev.length > 0 ? ev.reduce((s, p) => s + p.score, 0) / ev.length : 1 };
  });
}
