/**
 * Chooses the story-grouping options on ECB+ train (B-cubed F1 of the whole file) and reports dev
 * with the chosen ones. Usage: npx tsx scripts/tune-stories.ts [EVAL_DIR]
 */
import { join } from 'node:path';
import { bcubed } from '../src/eval/metrics.js';
import { readJsonl } from '../src/eval/io.js';
import { averageLinkMerges, cutMerges, defaultStoryOptions, storyGraph, storyVector, type StoryOptions } from '../src/stories.js';

interface Doc { id: string; text: string; story: string }
const evalDir = process.argv[2] ?? '../shared/eval';
const splits = {
  train: readJsonl<Doc>(join(evalDir, 'events/ecbplus-train-docs.jsonl')),
  dev: readJsonl<Doc>(join(evalDir, 'events/ecbplus-dev-docs.jsonl')),
};

/** F1 at each threshold for one setting of the vector and graph options. */
function sweep(docs: readonly Doc[], o: StoryOptions, thresholds: readonly number[]): number[] {
  const merges = averageLinkMerges(storyGraph(docs.map((d) => storyVector(d, o)), o), Math.min(...thresholds));
  const gold = new Map(docs.map((d) => [d.id, d.story]));
  return thresholds.map((t) => {
    const label = new Map<string, string>();
    cutMerges(docs.length, merges, t).forEach((c, k) => c.forEach((i) => label.set(docs[i]!.id, `s${k}`)));
    return bcubed(label, gold).f1;
  });
}

const thresholds = Array.from({ length: 46 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
const rows: Array<{ o: StoryOptions; train: number }> = [];
const grid = (process.env['GRID'] ?? 'full') === 'full';
for (const [leadWeight, leadChars] of grid ? [[1, 400], [2, 300], [3, 300], [2, 600], [3, 600]] as const : [[defaultStoryOptions.leadWeight, defaultStoryOptions.leadChars]] as const) {
for (const nameWeight of grid ? [1, 2] : [defaultStoryOptions.nameWeight]) {
  for (const numberWeight of grid ? [1, 2] : [defaultStoryOptions.numberWeight]) {
    for (const [neighbours, minEdge] of grid ? [[10, 0], [200, 0.05], [200, 0.08], [200, 0.12], [200, 0.16]] as const : [[defaultStoryOptions.neighbours, defaultStoryOptions.minEdge]] as const) {
      const o = { ...defaultStoryOptions, nameWeight, numberWeight, neighbours, minEdge, leadWeight, leadChars };
      sweep(splits.train, o, thresholds).forEach((f1, k) => rows.push({ o: { ...o, threshold: thresholds[k]! }, train: f1 }));
    }
  }
}
}
rows.sort((a, b) => b.train - a.train);
for (const r of rows.slice(0, 15)) {
  const dev = sweep(splits.dev, r.o, [r.o.threshold!])[0]!;
  console.log(JSON.stringify(r.o), 'train', r.train.toFixed(4), 'dev', dev.toFixed(4));
}
