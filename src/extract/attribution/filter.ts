/**
 * A trained accept/reject decision over the drafts the frame readers propose: logistic regression
 * over features of the frame, the cue form (its mined statistics), the speaker and the content.
 * The weights and the threshold are fitted on the PolNeAR training split by
 * `scripts/train-attribution-filter.ts` and stored in `data/lexicon/attribution-filter.json`;
 * without that file every draft is kept.
 */
import { readFileSync } from 'node:fs';
import { isListedCue, minedCue, smoothedPrecision } from './cues.js';
import type { Draft } from './context.js';

/** The frame reader that proposed a draft. */
export type FrameName = 'quoted-as-saying' | 'participial' | 'content-first' | 'according-to' | 'speaker-first' | 'unclaimed' | 'other';
const FRAMES: readonly FrameName[] = ['quoted-as-saying', 'participial', 'content-first', 'according-to', 'speaker-first', 'unclaimed'];
const KINDS = ['direct', 'partial', 'indirect', 'direct-unmarked'] as const;
const SPEAKER_FORMS = ['name', 'pronoun', 'description'] as const;
const SPEAKER_KINDS = ['person', 'organization', 'place', 'other'] as const;

export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...FRAMES.map((f) => `frame=${f}`),
  ...KINDS.map((k) => `kind=${k}`),
  'quotation',
  'speaker=none',
  'speaker.relative',
  ...SPEAKER_FORMS.map((f) => `speakerForm=${f}`),
  ...SPEAKER_KINDS.map((k) => `speakerKind=${k}`),
  'cue=none',
  'cue.listed',
  'cue.mined',
  'cue.precision',
  'cue.smoothedPrecision',
  'cue.ing',
  'cue.after',
  'cue.direct',
  'cue.logCount',
  'cue.say',
  'cue.words',
  'content.logChars',
  'content.short',
  'content.to',
  'content.that',
  'content.sentenceShare',
  'content.quoteMarks',
  'content.firstPerson',
];

/** The feature vector of a draft, in the order of FEATURE_NAMES. */
export function draftFeatures(text: string, sentenceRange: readonly [number, number], d: Draft, frame: FrameName): number[] {
  const f: number[] = [1];
  for (const x of FRAMES) f.push(frame === x ? 1 : 0);
  for (const k of KINDS) f.push(d.kind === k ? 1 : 0);
  f.push(d.quote ? 1 : 0);
  f.push(d.speaker ? 0 : 1);
  f.push(d.speaker && /^(?:who|which|that)$/iu.test(d.speaker.raw) ? 1 : 0);
  for (const x of SPEAKER_FORMS) f.push(d.speaker?.form === x ? 1 : 0);
  for (const x of SPEAKER_KINDS) f.push(d.speaker?.kind === x ? 1 : 0);
  const cueWords = d.cue ? d.cue.raw.toLowerCase().split(/\s+/u) : [];
  const head = cueWords[0] ?? '';
  const mined = minedCue(head);
  f.push(d.cue ? 0 : 1);
  f.push(d.cue && isListedCue(head) ? 1 : 0);
  f.push(mined ? 1 : 0);
  f.push(mined?.precision ?? 0);
  f.push(mined ? smoothedPrecision(mined) : 0);
  f.push(/ing$/u.test(head) ? 1 : 0);
  f.push(mined?.after ?? 0);
  f.push(mined?.direct ?? 0);
  f.push(mined ? Math.log10(1 + mined.cue) : 0);
  f.push(/^(?:say|says|said|saying|tell|tells|told|telling|according)$/u.test(head) ? 1 : 0);
  f.push(Math.min(cueWords.length, 4) / 4);
  const content = text.slice(d.content[0], d.content[1]);
  const words = content.split(/\s+/u).length;
  f.push(Math.log10(1 + content.length));
  f.push(words < 3 ? 1 : 0);
  f.push(/^to\s/u.test(content) ? 1 : 0);
  f.push(/that\s+$/u.test(text.slice(Math.max(0, d.content[0] - 6), d.content[0])) ? 1 : 0);
  f.push(Math.min(1, content.length / Math.max(1, sentenceRange[1] - sentenceRange[0])));
  f.push(/[“”"]|''/u.test(content) ? 1 : 0);
  f.push(/\b(?:I|me|my|we|us|our)\b/u.test(content) ? 1 : 0);
  return f;
}

interface FilterModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly threshold: number;
}

let model: FilterModel | null | undefined;
function loadModel(): FilterModel | null {
  if (model !== undefined) return model;
  try {
    const m = JSON.parse(readFileSync(new URL('../../../data/lexicon/attribution-filter.json', import.meta.url), 'utf8')) as FilterModel;
    // A model fitted over other features than these is not used.
    model = m.features.length === FEATURE_NAMES.length && m.features.every((n, i) => n === FEATURE_NAMES[i]) ? m : null;
  } catch {
    model = null;
  }
  return model;
}

/** The model's probability that a draft with these features is a gold attribution (1 without a model). */
export function draftScore(features: readonly number[]): number {
  const m = loadModel();
  if (!m) return 1;
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (m.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** True when the draft is kept. */
export function acceptDraft(features: readonly number[]): boolean {
  const m = loadModel();
  return !m || draftScore(features) >= m.threshold;
}
