#!/usr/bin/env node
/**
 * The `crossclaim` command: parses arguments and calls the library. stdout carries only the
 * requested output; messages go to stderr. Exit codes: 0 ok, 1 findings at or above --fail-on,
 * 2 bad input or usage.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { formatEval, isTask, runEval, TASKS } from './eval/index.js';
import { writeFileAtomic } from './eval/io.js';
import { extractClaims } from './extract/index.js';
import { InputError, isUrl, readArticle, readArticlesAsync, readUrl } from './ingest/files.js';
import { compareArticles, ENGINE } from './pipeline.js';
import { getReporter, reporters } from './report/index.js';
import { compareCorpusCommand, GROUP_ABOVE, groupsIntoStories, type GroupMode } from './scale/command.js';
import { progressBar } from './scale/progress.js';
import { tuneV8ForRuns } from './scale/v8-tuning.js';
import type { Severity } from './types.js';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

class UsageError extends Error {}

/** What `compare --out DIR` writes without --format: the reports, and the review page. */
const DEFAULT_OUT_FORMATS: readonly string[] = ['md', 'json', 'html'];

function parseFormats(value: string): string[] {
  const list = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = list.filter((f) => !(f in reporters));
  if (list.length === 0 || unknown.length > 0) throw new UsageError(`unknown report format "${unknown.join(', ') || value}" (formats: ${Object.keys(reporters).join(', ')})`);
  return [...new Set(list)];
}

function fail(message: string): never {
  throw new UsageError(message);
}

function progress(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = progressBar(label);
  return (done, total) => {
    bar.update(done, total);
    if (done >= total) bar.stop();
  };
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('crossclaim')
    .description('Compare how news outlets report the same event, claim by claim.')
    .version(ENGINE.version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .exitOverride();

  program
    .command('compare')
    .description('compare two or more articles (text or HTML files, directories of them, or http(s) URLs) and report the discrepancies')
    .argument('<inputs...>', 'article files, directories or URLs')
    .option('-f, --format <formats>', `report format, or with --out a comma-separated list (${Object.keys(reporters).join(', ')})`, parseFormats)
    .option('-o, --out <dir>', `write reports into this directory (${DEFAULT_OUT_FORMATS.join(', ')} unless --format is given)`)
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a discrepancy of this severity or higher is found').choices([...SEVERITIES]))
    .addOption(new Option('--group <mode>', `group the articles into stories first, one report per story and an index (auto: for a JSON/JSONL feed or more than ${GROUP_ABOVE} articles)`).choices(['auto', 'always', 'never']).default('auto'))
    .option('-j, --jobs <n>', 'worker threads for ingest and extraction in a grouped run (default: cores)', (v) => (/^[1-9]\d*$/.test(v) ? Number(v) : fail(`--jobs takes a positive integer, got "${v}"`)))
    .action(async (inputs: string[], opts: { format?: string[]; out?: string; failOn?: Severity; group?: GroupMode; jobs?: number }) => {
      if (!opts.out && opts.format && opts.format.length > 1) fail('several formats need --out DIR (stdout carries one report)');
      if (groupsIntoStories(inputs, opts.group)) {
        if (!opts.out) fail('a grouped run writes one report per story and an index: give --out DIR (or --group never)');
        const failed = await compareCorpusCommand(inputs, { out: opts.out, ...(opts.format ? { formats: opts.format } : {}), ...(opts.failOn ? { failOn: opts.failOn } : {}), ...(opts.jobs ? { jobs: opts.jobs } : {}) });
        if (failed) process.exitCode = 1;
        return;
      }
      const { articles, problems } = await readArticlesAsync(inputs);
      for (const p of problems) process.stderr.write(`crossclaim: ${p.message} (skipped)\n`);
      if (articles.length < 2) fail(`need at least two articles to compare, got ${articles.length} (${inputs.join(', ')})`);
      const compared = compareArticles(articles);
      const result = problems.length ? { ...compared, skipped: problems.map((p) => ({ source: p.path, problem: p.problem })) } : compared;
      for (const a of articles) for (const w of a.warnings) process.stderr.write(`crossclaim: ${a.source}: warning: ${w}\n`);
      if (opts.out) {
        const formats = opts.format ?? DEFAULT_OUT_FORMATS;
        const rendered = formats.map((f) => [getReporter(f), getReporter(f).render(result)] as const);
        mkdirSync(opts.out, { recursive: true });
        for (const [entry, content] of rendered) {
          const file = join(opts.out, `report.${entry.extension}`);
          writeFileAtomic(file, content);
          process.stderr.write(`crossclaim: wrote ${file}\n`);
        }
      } else {
        process.stdout.write(getReporter(opts.format?.[0] ?? 'md').render(result));
      }
      if (opts.failOn) {
        const limit = SEVERITIES.indexOf(opts.failOn);
        if (result.discrepancies.some((d) => SEVERITIES.indexOf(d.severity) <= limit)) process.exitCode = 1;
      }
    });

  program
    .command('extract')
    .description("one article's claims, quotes and attributions")
    .argument('<file>', 'an article file (text or HTML) or an http(s) URL')
    .option('--json', 'print JSON instead of text')
    .action(async (file: string, opts: { json?: boolean }) => {
      const article = isUrl(file) ? await readUrl(file) : readArticle(file);
      for (const w of article.warnings) process.stderr.write(`crossclaim: ${article.source}: warning: ${w}\n`);
      const extraction = extractClaims(article);
      if (opts.json) {
        const { article, ...rest } = extraction;
        process.stdout.write(JSON.stringify({ article: { ...article }, ...rest }, null, 2) + '\n');
        return;
      }
      const a = extraction.article;
      const lines = [`${a.headline ?? '(no headline)'}`, `${a.outlet ?? '?'} · ${a.published ?? 'no date'} · ${a.byline ?? 'no byline'}`, ''];
      for (const q of extraction.attributions) {
        lines.push(`[${q.kind}] ${q.speaker?.canonical ?? '(unknown)'}${q.cue ? ` (${q.cue.raw})` : ''}${q.via ? ` via ${q.via.name}${q.via.inferred ? '*' : ''}` : ''}: ${q.raw}`);
      }
      lines.push('', `${extraction.claims.length} claims, ${extraction.attributions.length} attributions`);
      process.stdout.write(lines.join('\n') + '\n');
    });

  program
    .command('eval')
    .description(`run an evaluation task on a file of ../shared/eval (${TASKS.join(', ')})`)
    .argument('<task>', `one of: ${TASKS.join(', ')}`)
    .argument('<file>', 'the evaluation file (JSON Lines)')
    .option('--json', 'print the figures as JSON')
    .option('--predictions <file>', 'write one prediction per record (JSON Lines)')
    .addOption(new Option('--mode <mode>', 'extraction only: read the HTML, or its w3m text dump').choices(['html', 'text']))
    .option('--sentences-only', "events pairs only: score the sentences alone, not within the engine's story grouping of their articles")
    .action(async (task: string, file: string, opts: { json?: boolean; predictions?: string; mode?: 'html' | 'text'; sentencesOnly?: boolean }) => {
      if (!isTask(task)) fail(`unknown eval task "${task}"; tasks: ${TASKS.join(', ')}`);
      const onProgress = progress(task);
      const result = await runEval(task, file, { ...(opts.predictions ? { predictions: opts.predictions } : {}), ...(opts.mode ? { mode: opts.mode } : {}), ...(opts.sentencesOnly ? { sentencesOnly: true } : {}), ...(onProgress ? { onProgress } : {}) });
      process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatEval(result));
    });
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(`crossclaim: ${e.message}\n`);
      return 2;
    }
    if (e instanceof Error && /ENOENT|not a JSON line|no such file/i.test(e.message)) {
      process.stderr.write(`crossclaim: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.(js|ts)$/.test(process.argv[1]);
if (invokedDirectly) {
  // Before any article is read or any worker started (src/scale/v8-tuning.ts says why).
  tuneV8ForRuns();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`crossclaim: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
