/**
 * A corpus run: many articles (files, directories, JSON / JSON Lines feeds) grouped into stories,
 * then compared within each story. Ingest and extraction run on worker threads (pool.ts); feeds
 * are streamed; each story's comparison is produced one at a time so that the caller can write it
 * and let it go.
 */
import { createReadStream } from 'node:fs';
import { clearProfileCache } from '../align/index.js';
import { extractClaims } from '../extract/index.js';
import { isFeedPath, readFeed } from '../ingest/feed.js';
import { expandInputs, InputError, onceEach } from '../ingest/files.js';
import { compareExtractions, type CompareArticlesOptions } from '../pipeline.js';
import { groupStoryVectors, type Story } from '../stories.js';
import type { ArticleClaims, ComparisonResult } from '../types.js';
import { alignStory } from './align-story.js';
import { processArticles, type RunOptions } from './pool.js';
import type { ArticleTask } from './work.js';

export interface CorpusOptions extends RunOptions, CompareArticlesOptions {
  /** Stories up to this many articles are aligned exactly (every article pair); larger ones by `alignStory`. */
  readonly exactAlignUpTo?: number;
}

/**
 * The work items of the inputs, in order: files (directories expanded) and the records of feeds,
 * streamed. With `onProblem`, an input or feed record that cannot be read is passed to it and
 * skipped; without, the first problem throws.
 */
export async function* corpusTasks(inputs: readonly string[], onProblem?: (problem: InputError) => void): AsyncGenerator<ArticleTask> {
  const repeated = onceEach();
  for (const input of inputs) {
    let files: string[];
    try {
      files = expandInputs([input]);
    } catch (e) {
      if (!(e instanceof InputError) || !onProblem) throw e;
      onProblem(e);
      continue;
    }
    for (const file of files) {
      const again = repeated(file);
      if (again) {
        if (!onProblem) throw again;
        onProblem(again);
        continue;
      }
      if (!isFeedPath(file)) {
        yield { kind: 'file', path: file };
        continue;
      }
      try {
        for await (const entry of readFeed(file, onProblem ? { onError: onProblem } : {})) yield { kind: 'record', entry };
      } catch (e) {
        if (!(e instanceof InputError) || !onProblem) throw e;
        onProblem(e);
      }
    }
  }
}

/** How many articles the inputs hold (feed records counted by their non-blank lines), for a progress bar. */
export async function countArticles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  // An input that cannot be listed counts as nothing here; reading it reports the problem.
  const repeated = onceEach();
  const files = inputs.flatMap((input) => {
    try {
      return expandInputs([input]);
    } catch {
      return [];
    }
  }).filter((file) => repeated(file) === null);
  for (const file of files) {
    if (!isFeedPath(file)) {
      n++;
      continue;
    }
    let lineHasText = false;
    try {
      for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
        for (const byte of chunk) {
          if (byte === 10) {
            if (lineHasText) n++;
            lineHasText = false;
          } else if (byte !== 13 && byte !== 32 && byte !== 9) lineHasText = true;
        }
      }
    } catch {
      continue;
    }
    if (lineHasText) n++;
  }
  return n;
}

export interface StoryComparison {
  readonly story: Story;
  /** Ids of the story's articles, in input order. */
  readonly articleIds: readonly string[];
  /** The comparison, or null for a story of one article. */
  readonly result: ComparisonResult | null;
}

/** Ids made unique (suffix -2, -3 …), re-extracting the few renamed articles so claim ids follow. */
function uniqueExtractions(extractions: readonly ArticleClaims[], options: CorpusOptions): ArticleClaims[] {
  const seen = new Map<string, number>();
  return extractions.map((e) => {
    const n = (seen.get(e.article.id) ?? 0) + 1;
    seen.set(e.article.id, n);
    return n === 1 ? e : extractClaims({ ...e.article, id: `${e.article.id}-${n}` }, options);
  });
}

export interface Corpus {
  readonly extractions: readonly ArticleClaims[];
  readonly stories: readonly Story[];
  /** The inputs (files, feed records) that could not be read, in the order met; the rest were read. */
  readonly problems: readonly InputError[];
}

/**
 * Reads, extracts and groups the inputs into stories. An input that cannot be read is skipped and
 * listed in `problems` (and passed to `options.onProblem` when given, as it is met).
 */
export async function readCorpus(inputs: readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
  const problems: InputError[] = [];
  const onProblem = (p: InputError) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const results = await processArticles(corpusTasks(inputs, onProblem), { ...options, onProblem });
  const extractions = uniqueExtractions(results.map((r) => r.extraction), options);
  const stories = groupStoryVectors(results.map((r) => r.vector), options.stories);
  return { extractions, stories, problems };
}

/** Compares each story of the corpus, one at a time, in story order. */
export function* compareStories(corpus: Corpus, options: CorpusOptions = {}): Generator<StoryComparison> {
  const exactUpTo = options.exactAlignUpTo ?? 10;
  for (const story of corpus.stories) {
    const extractions = story.members.map((i) => corpus.extractions[i]!);
    const articleIds = extractions.map((e) => e.article.id);
    if (extractions.length < 2) {
      yield { story, articleIds, result: null };
      continue;
    }
    const result = compareExtractions(extractions, extractions.length > exactUpTo ? { ...options, align: alignStory } : options);
    clearProfileCache();
    yield { story, articleIds, result };
  }
}
