/**
 * `npm run bench:scaling`: why two workers are not twice one, measured three ways on the compiled
 * `dist/` over the ECB+ train articles (and dev), with the interrupt budget the command sets.
 *
 * - processes: one node process running every article against two processes running half each,
 *   side by side, and each half alone (times from process start: loading and warming the code is
 *   part of a run, and a second process repeats it);
 * - passes: a pool of one and of two workers kept open over three passes of the same articles (the
 *   later passes meet compiled code, and caches by word and name that hold every word);
 * - unseen: pools warmed on the train articles, then timed on the dev articles they have not seen.
 *
 * Run it on an otherwise idle machine; it prints JSON and writes `reports/bench-scaling.json`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTERRUPT_BUDGET, openArticlePool, processArticles, readFeed, tuneV8ForRuns } from './bench-code.js';

tuneV8ForRuns([]);
const root = new URL('../', import.meta.url);
const evalAt = process.argv.indexOf('--eval');
const evalDir = evalAt >= 0 && process.argv[evalAt + 1] ? process.argv[evalAt + 1]! : fileURLToPath(new URL('../shared/eval/', root));
const docs = (split: string) => `${evalDir.replace(/\/$/, '')}/events/ecbplus-${split}-docs.jsonl`;
const round = (x: number) => Math.round(x * 100) / 100;
const log = (s: string) => process.stderr.write(`${s}\n`);

async function tasks(split: string) {
  const out = [];
  for await (const entry of readFeed(docs(split))) out.push({ kind: 'record' as const, entry });
  return out;
}
const train = await tasks('train');
const dev = await tasks('dev');

// ---- processes: all in one, or half in each of two ----
const workUrl = new URL('dist/scale/work.js', root).href;
const feedUrl = new URL('dist/ingest/feed.js', root).href;
function child(half: 'all' | 0 | 1): Promise<number> {
  const code = `const t0 = performance.now();
const { processArticle } = await import(${JSON.stringify(workUrl)});
const { readFeed } = await import(${JSON.stringify(feedUrl)});
let i = 0;
for await (const entry of readFeed(${JSON.stringify(docs('train'))})) if (${JSON.stringify(half)} === 'all' || i++ % 2 === ${JSON.stringify(half)}) processArticle({ task: { kind: 'record', entry } });
process.stdout.write(String(performance.now() - t0));`;
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [`--interrupt-budget=${INTERRUPT_BUDGET}`, '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', fail).on('exit', (status) => (status === 0 ? done(Number(out)) : fail(new Error(`child exited with ${status}`))));
  });
}
const processes = [];
for (let run = 0; run < 2; run++) {
  const all = await child('all');
  const t0 = performance.now();
  const halves = await Promise.all([child(0), child(1)]);
  const together = performance.now() - t0;
  const alone = [await child(0), await child(1)];
  processes.push({ allMs: round(all), halvesTogetherMs: round(together), halvesMs: halves.map(round), halvesAloneMs: alone.map(round), speedupTwo: round(all / together) });
  log(`processes: all ${round(all)} ms; two halves side by side ${round(together)} ms (${round(all / together)}×); each half alone ${alone.map(round).join(', ')} ms`);
}

// ---- pools kept open: passes over the same articles, then unseen articles ----
async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}
const passes: Record<number, number[]> = {};
const unseen: Record<number, number[]> = {};
for (const jobs of [1, 2]) {
  const pool = openArticlePool(jobs);
  passes[jobs] = [];
  for (let pass = 0; pass < 3; pass++) passes[jobs]!.push(round(await timed(() => processArticles(train, { pool }))));
  await pool.close();
  const fresh = openArticlePool(jobs);
  await processArticles(train, { pool: fresh });
  unseen[jobs] = [round(await timed(() => processArticles(dev, { pool: fresh }))), round(await timed(() => processArticles(dev, { pool: fresh })))];
  await fresh.close();
  log(`pool of ${jobs}: passes over the train articles ${passes[jobs]!.join(', ')} ms; dev after train ${unseen[jobs]![0]} ms, again ${unseen[jobs]![1]} ms`);
}
const result = {
  articles: { train: train.length, dev: dev.length },
  interruptBudget: INTERRUPT_BUDGET,
  processes,
  passes: { one: passes[1], two: passes[2], speedupTwoByPass: passes[1]!.map((ms, i) => round(ms / passes[2]![i]!)) },
  unseen: { one: unseen[1], two: unseen[2], speedupTwo: round(unseen[1]![0]! / unseen[2]![0]!), speedupTwoSecondPass: round(unseen[1]![1]! / unseen[2]![1]!) },
  note: 'ms is wall time; processes are timed from process start (loading and warming the code included), pools from the start of each pass; unseen: pools that first ran the train articles, timed on the dev articles (then once more on the same dev articles)',
};
mkdirSync(new URL('reports/', root), { recursive: true });
writeFileSync(new URL('reports/bench-scaling.json', root), `${JSON.stringify(result, null, 1)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
