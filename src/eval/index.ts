/**
 * `crossclaim eval TASK FILE`: runs the engine on an evaluation file of ../shared/eval (formats in
 * its README), scores it, and optionally writes the predictions file (one JSON line per record,
 * with the record's id).
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { evalExtraction } from './extraction.js';
import { readJsonl, writeJsonlAtomic } from './io.js';
import { inStoryContext, loadPairs, predictPairs, scorePairs, type PairTask } from './pairs.js';
import { loadQuoteDocs, predictQuotes, scoreQuotes } from './quotes.js';
import { runSynthetic } from './stance.js';
import { groupStories, scoreStories, type StoryDoc } from './stories.js';

export const TASKS = Object.freeze(['paraphrase', 'similarity', 'events', 'quotes', 'extraction', 'stance', 'stance-synthetic'] as const);
export type EvalTask = (typeof TASKS)[number];

export interface EvalOptions {
  readonly predictions?: string;
  /** Extraction only: read HTML pages directly, or their `w3m -dump` text. */
  readonly mode?: 'html' | 'text';
  /**
   * Events pairs only: score the matcher on the sentences alone. By default, when the split's
   * articles (`…-docs.jsonl` beside `…-pairs.jsonl`) are there, the pairs are scored as a corpus run
   * sees them, within the engine's own story grouping (`inStoryContext`), and the sentence-only
   * figures are reported beside them (`sentencesOnly.*`).
   */
  readonly sentencesOnly?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface EvalResult {
  readonly task: EvalTask;
  readonly file: string;
  readonly figures: Readonly<Record<string, number>>;
  readonly seconds: number;
}

export function isTask(name: string): name is EvalTask {
  return (TASKS as readonly string[]).includes(name);
}

function numbers(o: object, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'number') out[prefix + k] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, numbers(v, `${prefix}${k}.`));
  }
  return out;
}

export async function runEval(task: EvalTask, file: string, options: EvalOptions = {}): Promise<EvalResult> {
  const started = Date.now();
  let figures: Record<string, number>;
  switch (task) {
    case 'paraphrase':
    case 'similarity':
    case 'stance':
    case 'events': {
      if (task === 'events' && /-docs\.jsonl$/.test(basename(file))) {
        const docs = readJsonl<StoryDoc>(file, { id: 'string|number', text: 'string' }, 'events (documents)');
        const labels = groupStories(docs);
        if (options.predictions) writeJsonlAtomic(options.predictions, docs.map((d) => ({ id: d.id, story: labels.get(d.id) })));
        figures = numbers(scoreStories(docs, labels));
        break;
      }
      const records = loadPairs(file, task);
      const predictions = predictPairs(records, options.onProgress);
      const docsFile = file.replace(/-pairs\.jsonl$/, '-docs.jsonl');
      const inStories = task === 'events' && !options.sentencesOnly && docsFile !== file && existsSync(docsFile) ? inStoryContext(records, predictions, groupStories(readJsonl<StoryDoc>(docsFile))) : null;
      if (options.predictions) writeJsonlAtomic(options.predictions, inStories ?? predictions);
      figures = inStories
        ? { ...scorePairs('events', records, inStories), storyContext: 1, ...numbers(scorePairs('events', records, predictions), 'sentencesOnly.') }
        : { ...scorePairs(task as PairTask, records, predictions), ...(task === 'events' ? { storyContext: 0 } : {}) };
      break;
    }
    case 'stance-synthetic': {
      figures = runSynthetic(file, { ...(options.predictions ? { predictions: options.predictions } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      break;
    }
    case 'quotes': {
      const docs = loadQuoteDocs(file);
      const predictions = predictQuotes(docs, options.onProgress);
      if (options.predictions) writeJsonlAtomic(options.predictions, predictions);
      figures = scoreQuotes(docs, predictions);
      break;
    }
    case 'extraction': {
      const report = await evalExtraction(file, { ...(options.predictions ? { predictions: options.predictions } : {}), ...(options.mode ? { mode: options.mode } : {}) });
      figures = numbers(report);
      break;
    }
  }
  return { task, file, figures, seconds: (Date.now() - started) / 1000 };
}

export function formatEval(result: EvalResult): string {
  const lines = [`${result.task} on ${result.file} (${result.seconds.toFixed(1)} s)`];
  for (const [k, v] of Object.entries(result.figures)) lines.push(`  ${k.padEnd(28)} ${Number.isInteger(v) ? v : v.toFixed(4)}`);
  return lines.join('\n') + '\n';
}
