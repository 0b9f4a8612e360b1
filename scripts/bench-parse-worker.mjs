/**
 * Benchmark helper (scripts/bench.ts): compromise's bare parse of the texts it is given, in a worker
 * thread, as the reference for the pool's speed-up — how well the parse alone scales over threads
 * on this machine. Parses the texts `passes` times and posts the milliseconds of each pass.
 */
import { parentPort, workerData } from 'node:worker_threads';
import nlp from 'compromise';

const ms = [];
for (let pass = 0; pass < (workerData.passes ?? 1); pass++) {
  const t0 = performance.now();
  for (const text of workerData.texts) nlp(text);
  ms.push(performance.now() - t0);
}
parentPort.postMessage(ms);
