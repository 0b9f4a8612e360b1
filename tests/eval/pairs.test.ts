import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/index.js';
import { inStoryContext, pairArticleIds, type PairPrediction, type PairRecord } from '../../src/eval/pairs.js';

describe('pairArticleIds', () => {
  it.each([
    ['ecb-2_10ecbplus.xml-1-2_11ecb.xml-0', ['2_10ecbplus', '2_11ecb']],
    ['ecb-12_3ecb.xml-14-12_7ecbplus.xml-2', ['12_3ecb', '12_7ecbplus']],
  ])('reads the two articles of %s', (id, want) => {
    expect(pairArticleIds(id)).toEqual(want);
  });
  it.each(['msrp-1', 'ecb-2_10ecbplus.xml-1', 'stsb-news-4'])('finds none in %s', (id) => {
    expect(pairArticleIds(id)).toBeNull();
  });
});

describe('inStoryContext', () => {
  const records: PairRecord[] = [
    { id: 'ecb-a.xml-0-b.xml-0', a: '', b: '' },
    { id: 'ecb-a.xml-1-c.xml-0', a: '', b: '' },
  ];
  const predictions: PairPrediction[] = [
    { id: records[0]!.id, similarity: 0.2, aligned: false, equivalent: false, discrepancies: [] },
    { id: records[1]!.id, similarity: 0.9, aligned: true, equivalent: true, discrepancies: [{ type: 'number' }] },
  ];
  it('ranks a pair of one story above a pair of two, each by its own score, and never aligns across stories', () => {
    const out = inStoryContext(records, predictions, new Map([['a', 's1'], ['b', 's1'], ['c', 's2']]))!;
    expect(out[0]!.similarity).toBeCloseTo(0.6);
    expect(out[1]!.similarity).toBeCloseTo(0.45);
    expect(out[0]!.similarity).toBeGreaterThan(out[1]!.similarity);
    expect(out[1]).toMatchObject({ aligned: false, equivalent: false, discrepancies: [] });
  });
  it('keeps the decisions of a pair of one story', () => {
    const out = inStoryContext(records, predictions, new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]))!;
    expect(out[1]).toMatchObject({ aligned: true, equivalent: true, discrepancies: [{ type: 'number' }] });
    expect(out[1]!.similarity).toBeCloseTo(0.95);
  });
  it('gives up when an article is not among the stories', () => {
    expect(inStoryContext(records, predictions, new Map([['a', 's1'], ['b', 's1']]))).toBeNull();
  });
});

describe('eval events on pairs beside their articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-eval-pairs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const quake = (place: string) =>
    `A magnitude 6.1 earthquake struck near ${place} on Monday, collapsing houses and killing at least nine people. Rescue teams searched the rubble of the collapsed houses for survivors. The earthquake was felt across the region.`;
  const vote = (place: string) =>
    `Voters in ${place} elected a new mayor on Sunday after a long campaign. The mayor promised new schools and lower taxes in the victory speech. Turnout in the mayoral election was higher than expected.`;
  const docs = [
    { id: 'q1', text: quake('Lorca') },
    { id: 'q2', text: quake('the town of Lorca') },
    { id: 'v1', text: vote('Springfield') },
    { id: 'v2', text: vote('the city of Springfield') },
  ];
  const pairs = [
    { id: 'ecb-q1.xml-0-q2.xml-0', a: 'The earthquake killed nine people.', b: 'Nine people died in the quake.', label: 1, sameStory: true },
    { id: 'ecb-q1.xml-0-v1.xml-0', a: 'The earthquake killed nine people.', b: 'The new mayor promised schools.', label: 0, sameStory: false },
    { id: 'ecb-v1.xml-0-v2.xml-0', a: 'Voters elected a new mayor on Sunday.', b: 'A new mayor was elected on Sunday.', label: 1, sameStory: true },
    // The same words in articles on two different events: the sentences alone cannot tell them apart.
    { id: 'ecb-q2.xml-0-v2.xml-0', a: 'Nine people were hurt on Monday.', b: 'Nine people were hurt on Monday.', label: 0, sameStory: false },
  ];
  writeFileSync(join(dir, 'toy-docs.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeFileSync(join(dir, 'toy-pairs.jsonl'), pairs.map((d) => JSON.stringify(d)).join('\n') + '\n');

  it('scores the pairs within the story grouping of the articles, and the sentences alone beside', async () => {
    const r = await runEval('events', join(dir, 'toy-pairs.jsonl'));
    expect(r.figures.storyContext).toBe(1);
    expect(r.figures.rocAuc).toBe(1);
    expect(r.figures['sentencesOnly.rocAuc']).toBeLessThan(1);
  });
  it('scores the sentences alone when asked', async () => {
    const r = await runEval('events', join(dir, 'toy-pairs.jsonl'), { sentencesOnly: true });
    expect(r.figures.storyContext).toBe(0);
    expect(r.figures['sentencesOnly.records']).toBeUndefined();
  });
});
