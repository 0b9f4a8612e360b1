/**
 * Runs the per-article work (work.ts) over a stream of inputs: in the main thread for small inputs
 * or `jobs: 1`, else on a piscina pool of `jobs` worker threads (started for the run, or kept open
 * between runs: `openArticlePool`). At most `4 × jobs` articles are in
 * flight, so a feed is read no faster than it is processed. Results keep input order.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ExtractOptions } from '../extract/index.js';
import { InputError } from '../ingest/files.js';
import type { StoryOptions } from '../stories.js';
import { processArticle, type ArticleResult, type ArticleTask, type ArticleWork } from './work.js';
import type { WorkerReply } from './worker.js';

export interface RunOptions {
  /** Worker threads (default: available cores). 1 runs everything in the calling thread. */
  readonly jobs?: number;
  /** Inputs up to this count run in the calling thread: a pool costs more than it saves (default 10). */
  readonly smallInput?: number;
  /** Use worker threads even for `jobs: 1` or small inputs (for measuring the pool itself). */
  readonly alwaysPool?: boolean;
  readonly extract?: ExtractOptions;
  readonly stories?: StoryOptions;
  /** Called after each article with the count done so far (the total is unknown while streaming). */
  readonly onArticle?: (done: number) => void;
  /** Called with each input that cannot be read, which is then skipped (default: the first one throws). */
  readonly onProblem?: (problem: InputError) => void;
  /** An open pool to run on (its size replaces `jobs`); it stays open for the next run. */
  readonly pool?: ArticlePool;
}

/** Worker threads kept between runs: each run after the first meets threads whose code is loaded and compiled. */
export interface ArticlePool {
  readonly jobs: number;
  run(work: ArticleWork): Promise<WorkerReply>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The worker module beside this one: .ts under tsx or vitest, .js once built. */
function workerFile(): { filename: string; execArgv: string[] } {
  const ts = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./worker.${ts ? 'ts' : 'js'}`, import.meta.url));
  const execArgv = workerExecArgv(process.execArgv);
  const hasLoader = execArgv.some((a) => /tsx/.test(a));
  return { filename, execArgv: ts && !hasLoader ? [...execArgv, '--import', 'tsx'] : execArgv };
}

/** Options that take a value in the next argument and that a worker needs: how modules load. */
const LOADER_WITH_VALUE = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C']);
const LOADER_FLAG = /^(?:--(?:import|require|loader|experimental-loader|conditions)=|--(?:no-)?(?:experimental-[\w-]+|warnings|enable-source-maps)$)/;

/**
 * The process's options a worker thread is started with: those about loading modules. Worker threads
 * refuse V8 options (`--interrupt-budget`, `--max-old-space-size`: V8's flags hold for the whole
 * process anyway) and options about the process itself (`--inspect`).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (LOADER_WITH_VALUE.has(a) && i + 1 < execArgv.length) out.push(a, execArgv[++i]!);
    else if (LOADER_FLAG.test(a)) out.push(a);
  }
  return out;
}

/** Starts `jobs` worker threads for `processArticles` runs; close it when done. */
export function openArticlePool(jobs = defaultJobs()): ArticlePool {
  const { filename, execArgv } = workerFile();
  const size = Math.max(1, Math.floor(jobs));
  const pool = new Piscina({ filename, minThreads: size, maxThreads: size, execArgv, idleTimeout: 1000 });
  // Piscina would start threads again for a task sent after `destroy`; a closed pool refuses it.
  let closed = false;
  return {
    jobs: size,
    run: (work) => (closed ? Promise.reject(new Error('the article pool is closed')) : (pool.run(work) as Promise<WorkerReply>)),
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}

/**
 * Ingests and extracts every input. An input that cannot be read (`InputError`, naming the file or
 * file:line) goes to `options.onProblem` and is skipped; without that option the first one throws.
 */
export async function processArticles(tasks: AsyncIterable<ArticleTask> | Iterable<ArticleTask>, options: RunOptions = {}): Promise<ArticleResult[]> {
  const jobs = options.pool?.jobs ?? Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const always = options.alwaysPool || options.pool !== undefined;
  const small = always ? 0 : options.smallInput ?? 10;
  const iterator = (Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<ArticleTask>)[Symbol.iterator]()) as AsyncIterator<ArticleTask> | Iterator<ArticleTask>;
  const work = (task: ArticleTask) => ({ task, ...(options.extract ? { extract: options.extract } : {}), ...(options.stories ? { stories: options.stories } : {}) });
  const results: ArticleResult[] = [];
  let done = 0;
  const finished = () => options.onArticle?.(++done);

  // Look ahead: small inputs never start a pool.
  const head: ArticleTask[] = [];
  let exhausted = false;
  while (head.length <= small) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  if ((jobs === 1 && !always) || (exhausted && !always)) {
    const inline = (task: ArticleTask) => {
      try {
        results.push(processArticle(work(task)));
      } catch (e) {
        if (!(e instanceof InputError) || !options.onProblem) throw e;
        options.onProblem(e);
      }
      finished();
    };
    head.forEach(inline);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) inline(next.value);
    return results;
  }

  const pool = options.pool ?? openArticlePool(jobs);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let index = 0;
  const submit = (task: ArticleTask) => {
    const slot = index++;
    const p: Promise<void> = pool.run(work(task)).then(
      (reply) => {
        if ('error' in reply) {
          const problem = new InputError(reply.error.path, reply.error.problem);
          if (options.onProblem) options.onProblem(problem);
          else failure ??= problem;
        } else results[slot] = reply.ok;
        finished();
      },
      (e: unknown) => {
        failure ??= e;
      },
    );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  try {
    const limit = 4 * jobs;
    const feed = async function* () {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    };
    for await (const task of feed()) {
      if (failure) break;
      submit(task);
      while (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    if (!options.pool) await pool.close();
  }
  if (failure) throw failure;
  // Skipped inputs leave holes in the slots; the order of the others is kept.
  return results.filter((r) => r !== undefined);
}
