/**
 * Piscina worker: one `ArticleWork` in, one `ArticleResult` out. An `InputError` is returned as
 * data (`{ error }`) so that the main thread can rethrow it with its path and message intact.
 */
import { InputError } from '../ingest/files.js';
import { processArticle, type ArticleResult, type ArticleWork } from './work.js';

export type WorkerReply = { readonly ok: ArticleResult } | { readonly error: { readonly path: string; readonly problem: string } };

export default function run(work: ArticleWork): WorkerReply {
  try {
    return { ok: processArticle(work) };
  } catch (e) {
    if (e instanceof InputError) return { error: { path: e.path, problem: e.problem } };
    throw e;
  }
}
