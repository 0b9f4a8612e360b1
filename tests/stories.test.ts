/** Story grouping: same event together, two events of one kind apart, deterministic, sparse clustering. */
import { describe, expect, it } from 'vitest';
import { averageLink, averageLinkMerges, cutMerges, groupStories, storyLabels, storyVector } from '../src/stories.js';

const quakeA = [
  'A magnitude 7.8 earthquake struck near Pedernales, Ecuador on Saturday, killing at least 77 people, President Rafael Correa said.',
  'Ecuador earthquake: the 7.8 quake hit the coastal town of Pedernales; Rafael Correa declared a state of emergency and 77 people died.',
  'Rescuers in Pedernales searched rubble after the 7.8 magnitude earthquake in Ecuador. Correa said the toll of 77 would rise.',
];
const quakeB = [
  'A magnitude 6.2 earthquake hit Amatrice in central Italy on Wednesday, killing 38 people, Prime Minister Matteo Renzi said.',
  'The 6.2 quake destroyed much of Amatrice, Italy; Matteo Renzi visited the town where 38 people were killed.',
  'Italy earthquake: rescuers dug through Amatrice overnight after the 6.2 earthquake; Renzi promised to rebuild.',
];
const rehab = [
  'Actress Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday, her lawyer Shawn Holley said.',
  'Lindsay Lohan entered Betty Ford rehab in Rancho Mirage, lawyer Shawn Holley confirmed.',
];
const docs = [...quakeA, ...quakeB, ...rehab].map((text, i) => ({ id: `d${i}`, text }));

describe('groupStories', () => {
  it('keeps two earthquakes apart and each event together', () => {
    const labels = storyLabels(docs, groupStories(docs));
    const of = (i: number) => labels.get(`d${i}`);
    expect(new Set([0, 1, 2].map(of)).size).toBe(1);
    expect(new Set([3, 4, 5].map(of)).size).toBe(1);
    expect(new Set([6, 7].map(of)).size).toBe(1);
    expect(new Set([of(0), of(3), of(6)]).size).toBe(3);
  });
  it('is deterministic and labels stories s1, s2 … by first article', () => {
    const a = groupStories(docs);
    expect(groupStories(docs)).toEqual(a);
    expect(a.map((s) => s.id)).toEqual(a.map((_, k) => `s${k + 1}`));
    expect(a.map((s) => s.members[0])).toEqual([...a.map((s) => s.members[0])].sort((x, y) => x! - y!));
    expect(a.flatMap((s) => s.members).sort((x, y) => x - y)).toEqual(docs.map((_, i) => i));
  });
  it('handles no documents and one document', () => {
    expect(groupStories([])).toEqual([]);
    expect(groupStories([docs[0]!])).toEqual([{ id: 's1', members: [0] }]);
  });
  it('vectors are unit length and carry name and number features', () => {
    const v = storyVector(docs[0]!);
    const norm = Math.sqrt([...v.features.values()].reduce((s, w) => s + w * w, 0));
    expect(norm).toBeCloseTo(1, 6);
    expect([...v.features.keys()].some((k) => k.startsWith('name:'))).toBe(true);
    expect(v.features.has('num:77')).toBe(true);
  });
});

describe('averageLink', () => {
  const edge = (pairs: Array<[number, number, number]>, n: number) => {
    const m = Array.from({ length: n }, () => new Map<number, number>());
    for (const [a, b, s] of pairs) {
      m[a]!.set(b, s);
      m[b]!.set(a, s);
    }
    return m;
  };
  it.each([
    ['two tight pairs', edge([[0, 1, 0.9], [2, 3, 0.8], [1, 2, 0.1]], 4), 0.3, [[0, 1], [2, 3]]],
    ['missing edges count as 0 in the average', edge([[0, 1, 0.9], [1, 2, 0.5]], 3), 0.3, [[0, 1], [2]]],
    ['low threshold merges all linked', edge([[0, 1, 0.9], [1, 2, 0.5]], 3), 0.2, [[0, 1, 2]]],
    ['no edges', edge([], 3), 0.1, [[0], [1], [2]]],
  ] as const)('%s', (_name, edges, threshold, expected) => {
    expect(averageLink(edges, threshold)).toEqual(expected);
  });
  it('merge heights never increase, and cutting at a threshold equals clustering at it', () => {
    const edges = edge([[0, 1, 0.9], [1, 2, 0.6], [2, 3, 0.7], [3, 4, 0.2], [0, 4, 0.3]], 5);
    const merges = averageLinkMerges(edges, 0);
    for (let k = 1; k < merges.length; k++) expect(merges[k]!.height).toBeLessThanOrEqual(merges[k - 1]!.height);
    for (const t of [0.05, 0.25, 0.5, 0.65, 0.95]) expect(cutMerges(5, merges, t)).toEqual(averageLink(edges, t));
  });
});
