/**
 * `npm run eval`: every evaluation task on the development data in ../shared/eval (or EVAL_DIR),
 * printed as text and written to reports/eval-dev.json. Thresholds are the shipped ones.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatEval, runEval, type EvalResult, type EvalTask } from '../src/eval/index.js';

const dir = process.env.EVAL_DIR ?? process.argv[2] ?? '../shared/eval';
const runs: Array<[EvalTask, string, { mode?: 'html' | 'text' }]> = [
  ['paraphrase', 'paraphrase/msrp-train.jsonl', {}],
  ['similarity', 'similarity/stsb-news-dev.jsonl', {}],
  ['events', 'events/ecbplus-dev-pairs.jsonl', {}],
  ['events', 'events/ecbplus-dev-docs.jsonl', {}],
  ['quotes', 'quotes/polnear-dev.jsonl', {}],
  ['stance', 'stance/claimdiff-train.jsonl', {}],
  ['extraction', 'extraction/trafilatura-en-dev.jsonl', { mode: 'html' }],
  ['extraction', 'extraction/readability-pages.jsonl', { mode: 'html' }],
];
const only = process.env.TASKS?.split(',');
const results: EvalResult[] = [];
for (const [task, file, options] of runs) {
  if (only && !only.includes(task)) continue;
  const path = join(dir, file);
  if (!existsSync(path)) {
    process.stderr.write(`skipped ${task}: ${path} not found\n`);
    continue;
  }
  const result = await runEval(task, path, options);
  results.push(result);
  process.stdout.write(formatEval(result));
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/eval-dev.json', JSON.stringify(results, null, 2) + '\n');
process.stderr.write('wrote reports/eval-dev.json\n');
