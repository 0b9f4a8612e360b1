/**
 * The per-article work of a large run: ingest one input (a file, or a feed record) and extract its
 * claims, and build its story vector. Runs in the main thread or in a worker (worker.ts); inputs
 * and results are plain data that survive structured cloning (no functions, no class instances).
 */
import type { ExtractOptions } from '../extract/index.js';
import { extractClaims } from '../extract/index.js';
import { recordToArticle, type FeedEntry } from '../ingest/feed.js';
import { readArticle } from '../ingest/files.js';
import { storyVector, type StoryOptions, type StoryVector } from '../stories.js';
import type { Article, ArticleClaims } from '../types.js';

export type ArticleTask = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'record'; readonly entry: FeedEntry };

export interface ArticleWork {
  readonly task: ArticleTask;
  readonly extract?: ExtractOptions;
  readonly stories?: StoryOptions;
}

export interface ArticleResult {
  readonly extraction: ArticleClaims;
  readonly vector: StoryVector;
  /** Milliseconds spent in ingest and in extraction (for the benchmark). */
  readonly ms: { readonly ingest: number; readonly extract: number };
}

export function ingestTask(task: ArticleTask): Article {
  return task.kind === 'file' ? readArticle(task.path) : recordToArticle(task.entry);
}

/** Ingest, extract and vectorise one article. Throws `InputError` for unreadable input. */
export function processArticle(work: ArticleWork): ArticleResult {
  const t0 = performance.now();
  const article = ingestTask(work.task);
  const t1 = performance.now();
  const extraction = extractClaims(article, work.extract);
  const t2 = performance.now();
  // A headline found in the text is already counted there.
  const vector = storyVector({ id: article.id, text: article.text, title: article.headlineRange ? null : article.headline }, work.stories);
  return { extraction, vector, ms: { ingest: t1 - t0, extract: t2 - t1 } };
}
