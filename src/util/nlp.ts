/**
 * compromise as the engine loads it: its single-file CommonJS build. The package's ES module entry
 * is its source tree, about 440 modules that each worker thread (and each command) resolves, reads
 * and compiles one by one; the build is one file of the same version and code, and loads in about
 * two thirds of the time (250 ms less a thread on the benchmark machine). Every module of the
 * engine imports compromise from here, so one copy is loaded, whose `world()` all of them share.
 */
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

const nlp = createRequire(import.meta.url)('compromise') as typeof nlpModule;
export default nlp;
