/**
 * `eval events` on ECB+ documents: the engine's story grouping (src/stories.ts) scored with
 * B-cubed against the gold `story` field.
 */
import { groupStories as groupIntoStories, storyLabels, type StoryDoc as LibraryStoryDoc, type StoryOptions } from '../stories.js';
import { bcubed, type PRF } from './metrics.js';

export interface StoryDoc extends LibraryStoryDoc {
  readonly story?: string;
}

/** Story label for each document ("s1", "s2", … in order of first appearance). */
export function groupStories(docs: readonly StoryDoc[], options: StoryOptions = {}): Map<string, string> {
  return storyLabels(docs, groupIntoStories(docs, options));
}

export function scoreStories(docs: readonly StoryDoc[], labels: ReadonlyMap<string, string>): PRF & { documents: number; stories: number; predictedStories: number } {
  const gold = new Map(docs.map((d) => [d.id, d.story ?? d.id] as const));
  const m = bcubed(labels, gold);
  return { ...m, documents: docs.length, stories: new Set(gold.values()).size, predictedStories: new Set(labels.values()).size };
}
