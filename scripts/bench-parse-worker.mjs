/**
 * Benchmark helper (scripts/bench.ts): compromise's bare parse of the texts it is given, in a worker
 * thread, as the reference for the pool's speed-up — how well the parse alone scales over threads
 * on this machine.
 */
import { parentPort, workerData } from 'node:worker_threads';
import nlp from 'compromise';

let terms = 0;
for (const text of workerData.texts) terms += nlp(text).terms().length;
parentPort.postMessage(terms);
