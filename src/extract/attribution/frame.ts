/**
 * The contract of a frame reader: given a sentence and a reporting cue in it, either read one
 * attribution in the reader's frame (pushing drafts) and return the index of the last term it
 * consumed, or return null when the cue is not in that frame.
 */
import type { Term } from '../01-parse.js';
import type { SentenceContext } from './context.js';

export interface CueAt {
  /** Index of the cue term in `SentenceContext.terms`. */
  readonly ci: number;
  readonly term: Term;
  /** Verb lemma, or "according to". */
  readonly lemma: string;
  readonly according: boolean;
  /** Sentence text from the sentence start to the cue. */
  readonly before: string;
  /** A participle after a form of "be" ("was reported"): only the passive frame reads it. */
  readonly passive?: boolean;
}

export type FrameReader = (ctx: SentenceContext, cue: CueAt) => number | null;
