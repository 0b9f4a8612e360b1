/**
 * The code `npm run bench` measures: the compiled `dist/` that the `crossclaim` command runs
 * (`npm run bench` builds it first), not the TypeScript sources as tsx runs them. tsx compiles with
 * esbuild's `keepNames`, which wraps every named function expression in a call that sets its name
 * each time the closure is made; code that makes closures in its loops pays for that under tsx
 * and not in the shipped command (the pipeline took about 7% longer under tsx on the ECB+ dev articles).
 * Every module comes from `dist/`, so the bench never runs two copies of a module with two caches.
 * The types are the sources' own, which `dist/` is compiled from.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(fileURLToPath(new URL('cli.js', dist)))) {
  throw new Error(`${fileURLToPath(dist)}cli.js not found: run "npm run build" first ("npm run bench" does)`);
}
const load = async <T>(path: string): Promise<T> => (await import(new URL(path, dist).href)) as T;

export const { alignClaims, defaultModel, pairFeatures, profileOfClaim, scoreFeatures } = await load<typeof import('../src/align/index.js')>('align/index.js');
export const { median } = await load<typeof import('../src/eval/metrics.js')>('eval/metrics.js');
export const { attributionInput, extractClaims, textUnits } = await load<typeof import('../src/extract/index.js')>('extract/index.js');
export const { parseSegment } = await load<typeof import('../src/extract/01-parse.js')>('extract/01-parse.js');
export const { findAttributions } = await load<typeof import('../src/extract/05-attributions.js')>('extract/05-attributions.js');
export const { readFeed, recordToArticle } = await load<typeof import('../src/ingest/feed.js')>('ingest/feed.js');
export const { ingestHtml } = await load<typeof import('../src/ingest/html.js')>('ingest/html.js');
export const { compareExtractions } = await load<typeof import('../src/pipeline.js')>('pipeline.js');
export const { alignStory } = await load<typeof import('../src/scale/align-story.js')>('scale/align-story.js');
export const { openArticlePool, processArticles } = await load<typeof import('../src/scale/pool.js')>('scale/pool.js');
export const { INTERRUPT_BUDGET, tuneV8ForRuns } = await load<typeof import('../src/scale/v8-tuning.js')>('scale/v8-tuning.js');
export const { groupStoryVectors, storyVector } = await load<typeof import('../src/stories.js')>('stories.js');
