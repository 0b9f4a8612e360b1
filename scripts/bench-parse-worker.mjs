/**
 * Benchmark helper (scripts/bench.ts): compromise's bare parse of the texts it is given, in a worker
 * thread, as the reference for the pool's speed-up — how well the parse alone scales over threads
 * on this machine. Parses the texts `passes` times and posts the milliseconds of each pass.
 */
import { parentPort, workerData } from 'node:worker_threads';
// compromise as the engine loads it (src/util/nlp.ts), built by `npm run build` before the bench runs.
import nlp from '../dist/util/nlp.js';

const ms = [];
for (let pass = 0; pass < (workerData.passes ?? 1); pass++) {
  const t0 = performance.now();
  for (const text of workerData.texts) nlp(text);
  ms.push(performance.now() - t0);
}
parentPort.postMessage(ms);
