/**
 * `crossclaim compare` on a corpus: read, group into stories, compare each, write one report per
 * story (`story-s1.md`, `story-s1.json`, …) and an index (`index.md`, `index.json`) into `out`.
 * Messages go to stderr; nothing goes to stdout.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../eval/io.js';
import { isFeedPath } from '../ingest/feed.js';
import { expandInputs, InputError, isUrl } from '../ingest/files.js';
import { ENGINE } from '../pipeline.js';
import { getReporter } from '../report/index.js';
import type { Severity } from '../types.js';
import { compareStories, countArticles, readCorpus, type CorpusOptions } from './corpus.js';
import { indexEntry, renderIndexJson, renderIndexMarkdown, type StoryIndexEntry } from './index-report.js';
import { progressBar } from './progress.js';

/** Articles above which `--group auto` groups a run into stories. */
export const GROUP_ABOVE = 10;

export type GroupMode = 'auto' | 'always' | 'never';

/** Whether a compare run groups its inputs into stories: `auto` does for a feed or more than GROUP_ABOVE articles. */
export function groupsIntoStories(inputs: readonly string[], mode: GroupMode = 'auto'): boolean {
  if (mode !== 'auto') return mode === 'always';
  let files = 0;
  for (const input of inputs) {
    if (isUrl(input)) {
      files++;
      continue;
    }
    try {
      for (const f of expandInputs([input])) {
        if (isFeedPath(f)) return true;
        files++;
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return files > GROUP_ABOVE;
}

export interface CorpusCommandOptions extends CorpusOptions {
  readonly out: string;
  /** Report formats written per story (default md and json). */
  readonly formats?: readonly string[];
  readonly failOn?: Severity;
}

/** Runs the corpus comparison; resolves to true when a finding at or above `failOn` was found. */
export async function compareCorpusCommand(inputs: readonly string[], options: CorpusCommandOptions): Promise<boolean> {
  const url = inputs.find(isUrl);
  if (url) throw new InputError(url, 'URLs are not read in a corpus run; save the pages or give a feed');
  const bar = progressBar('articles');
  const total = await countArticles(inputs);
  let corpus;
  try {
    corpus = await readCorpus(inputs, { ...options, onArticle: (done) => bar.update(done, total) });
  } finally {
    bar.stop();
  }
  // Reported after the bar is gone, so that the lines are not torn by its redraws.
  for (const p of corpus.problems) process.stderr.write(`crossclaim: ${p.message} (skipped)\n`);
  if (corpus.extractions.length === 0) throw new InputError(inputs.join(', '), 'no article could be read');
  const skipped = corpus.problems.map((p) => ({ source: p.path, problem: p.problem }));
  const formats = options.formats ?? ['md', 'json'];
  mkdirSync(options.out, { recursive: true });
  const severities: readonly Severity[] = ['high', 'medium', 'low'];
  const limit = options.failOn ? severities.indexOf(options.failOn) : -1;
  let failed = false;
  const entries: StoryIndexEntry[] = [];
  for (const comparison of compareStories(corpus, options)) {
    const files: string[] = [];
    if (comparison.result) {
      for (const format of formats) {
        const reporter = getReporter(format);
        const name = `story-${comparison.story.id}.${reporter.extension}`;
        writeFileAtomic(join(options.out, name), reporter.render(comparison.result));
        files.push(name);
      }
      if (comparison.result.discrepancies.some((d) => severities.indexOf(d.severity) <= limit)) failed = true;
    }
    const articles = comparison.story.members.map((i) => corpus.extractions[i]!.article);
    entries.push(indexEntry(comparison, articles, files));
  }
  writeFileAtomic(join(options.out, 'index.md'), renderIndexMarkdown(entries, skipped));
  writeFileAtomic(join(options.out, 'index.json'), renderIndexJson(entries, ENGINE, skipped));
  const compared = entries.filter((e) => e.reports.length > 0).length;
  process.stderr.write(`crossclaim: ${count(corpus.extractions.length, 'article')} in ${count(entries.length, 'story', 'stories')} (${compared} compared)${skipped.length ? `, ${count(skipped.length, 'input')} skipped` : ''}; wrote ${join(options.out, 'index.md')}\n`);
  return failed;
}

/** "1 article", "2 articles". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
