/**
 * A trained accept/reject decision over the drafts the frame readers propose: logistic regression
 * over features of the frame, the cue form (its mined statistics), the speaker and the content,
 * plus sparse lexical indicators (`draftTokens`: the cue form, the words around the cue, the
 * first content word) for the tokens frequent enough in the training drafts to get a weight.
 * The weights and the threshold are fitted on the PolNeAR training split by
 * `scripts/mine-cues.ts` and stored in `data/lexicon/attribution-filter.json`;
 * without that file every draft is kept.
 */
import { readFileSync } from 'node:fs';
import { isListedCue, minedCue, minedPair, PRECISION_PRIOR, smoothedPrecision } from './cues.js';
import { underThreeWords, type Draft } from './context.js';
import { nounClass, verbClass } from './verb-class.js';

/** The frame reader that proposed a draft. */
export type FrameName = 'quoted-as-saying' | 'passive' | 'participial' | 'modifier' | 'fronted' | 'content-first' | 'according-to' | 'speaker-first' | 'noun-complement' | 'prepositional' | 'colon' | 'unclaimed' | 'other';
const FRAMES: readonly FrameName[] = ['quoted-as-saying', 'passive', 'participial', 'modifier', 'fronted', 'content-first', 'according-to', 'speaker-first', 'noun-complement', 'prepositional', 'colon', 'unclaimed'];
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
  'cue.pair',
  'cue.pairPrecision',
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
  // A cue ending in a preposition ("focused on"): the mined statistics of its last two words (cues.ts, minedPair).
  const pair = cueWords.length >= 2 ? minedPair(cueWords[cueWords.length - 2]!.replace(/[^\p{L}’'-]+/gu, ''), cueWords[cueWords.length - 1]!.replace(/[^\p{L}]+/gu, '')) : undefined;
  f.push(pair ? 1 : 0);
  f.push(pair ? pair.cue / (pair.seen + PRECISION_PRIOR) : 0);
  // A "that" clause's content starts at its "that" (speaker-first.ts, noun-complement.ts): the
  // content features read the clause after it, and one feature marks it.
  const whole = text.slice(d.content[0], d.content[1]);
  const that = THAT_CLAUSE.exec(whole)?.[0].length ?? 0;
  const content = that > 0 ? whole.slice(that) : whole;
  f.push(Math.log10(1 + content.length));
  f.push(underThreeWords(content) ? 1 : 0);
  f.push(/^to\s/u.test(content) ? 1 : 0);
  f.push(that > 0 ? 1 : 0);
  f.push(Math.min(1, content.length / Math.max(1, sentenceRange[1] - sentenceRange[0])));
  f.push(/[“”"]|''/u.test(content) ? 1 : 0);
  f.push(/\b(?:I|me|my|we|us|our)\b/u.test(content) ? 1 : 0);
  return f;
}

/** The "that" opening a "that" clause's content, with the space after it. */
const THAT_CLAUSE = /^that\s+/u;

/** The last word of a string and what may follow it: letters, digits, apostrophes and hyphens, then no ASCII word character. */
const TRAILING_WORD = /([\p{L}\p{N}'’-]+)\W*$/u;

/**
 * `TRAILING_WORD.exec(s)?.[1]`, without trying the pattern from every position of `s` (each try
 * runs to the end of its word and back, so a long content cost the square of its words' lengths).
 * The match starts no earlier than the word class run holding the last ASCII word character (all
 * after it is `\W`), or after that character when it is "_"; so it starts after the last ASCII
 * character outside the word class before that character, and the pattern is run from there.
 */
export function trailingWord(s: string): string | undefined {
  let t = s.length;
  while (t > 0 && !isAsciiWordCode(s.charCodeAt(t - 1))) t--;
  let k = t - 1;
  while (k > 0 && !isAsciiOutsideWordClass(s.charCodeAt(k))) k--;
  return TRAILING_WORD.exec(k > 0 ? s.slice(k) : s)?.[1];
}

/** [A-Za-z0-9_]: the characters of `\w` (the patterns here have no `i` flag). */
function isAsciiWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** An ASCII character outside [\p{L}\p{N}'’-]: not a letter, digit, apostrophe or hyphen. */
function isAsciiOutsideWordClass(c: number): boolean {
  return c < 0x80 && !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2d);
}

/** Lower-cased word of a cue or content edge, reduced to a token (punctuation dropped). */
function word(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, '') || '-';
}

/**
 * The sparse lexical indicators of a draft: its cue head and last word (alone and with the frame),
 * the word before the cue, the first word after it, the first and last words of the content, and the
 * speaker when it is a pronoun. Only tokens the model has a weight for count (see scripts/mine-cues.ts).
 */
export function draftTokens(text: string, sentenceRange: readonly [number, number], d: Draft & { readonly paragraphStart: number }, frame: FrameName): string[] {
  const out: string[] = [];
  if (d.cue) {
    const words = d.cue.raw.toLowerCase().split(/\s+/u).map(word);
    const head = words[0]!;
    const last = words[words.length - 1]!;
    out.push(`cue=${head}`, `cueLast=${last}`, `${frame}|cue=${head}`);
    const before = trailingWord(text.slice(Math.max(0, d.cue.range[0] - 30), d.cue.range[0]));
    out.push(`cuePrev=${word(before)}`);
    const after = /^\W*([\p{L}\p{N}'’-]+)/u.exec(text.slice(d.cue.range[1], d.cue.range[1] + 30))?.[1];
    out.push(`cueNext=${word(after)}`);
    out.push(`cue=${head}|kind=${d.kind}`);
    // The cue's WordNet class and where the cue word comes from (verb-class.ts): what a rare cue shares with frequent ones.
    const cls = verbClass(head) ?? 'none';
    const source = isListedCue(head) ? 'listed' : minedCue(head) ? 'mined' : 'other';
    out.push(`verbClass=${cls}`, `verbClass=${cls}|source=${source}`, `verbClass=${cls}|${frame}`);
    // The noun class of the cue's last noun-like word ("his criticism of", "made no mention of").
    const noun = [...words].reverse().find((w) => nounClass(w) !== undefined);
    out.push(`nounClass=${noun ? nounClass(noun) : 'none'}|${frame}`);
  }
  // The edge words of a "that" clause are read after its "that": the clause's first word, and "that" before it.
  const that = THAT_CLAUSE.exec(text.slice(d.content[0], d.content[0] + 8))?.[0].length ?? 0;
  const content = text.slice(d.content[0] + that, d.content[1]);
  const first = /^\W*([\p{L}\p{N}'’-]+)/u.exec(content)?.[1];
  out.push(`contentFirst=${word(first)}`);
  const prevWord = trailingWord(text.slice(Math.max(0, d.content[0] + that - 30), d.content[0] + that));
  out.push(`contentPrev=${word(prevWord)}`);
  const lastWord = trailingWord(content);
  out.push(`contentLast=${word(lastWord)}`);
  if (d.speaker?.form === 'pronoun') out.push(`speaker=${word(d.speaker.raw)}`);
  if (d.speaker) {
    // Where the speaker stands: the sentence's subject, inside the content, after it.
    out.push(d.speaker.range[0] <= sentenceRange[0] + 2 ? 'speaker@start' : d.speaker.range[0] >= d.content[1] ? 'speaker@after' : d.speaker.range[0] >= d.content[0] ? 'speaker@inside' : 'speaker@before');
  }
  if (d.cue) {
    const lead = text.slice(Math.max(sentenceRange[0], d.cue.range[0] - 20), d.cue.range[0]);
    if (/\b(?:not|never|n[’']t)\s+(?:\p{L}+\s+)?$/u.test(lead)) out.push('cue.negated');
    if (/\b(?:would|could|might|may|will|should|must|can)\s+(?:\p{L}+\s+)?$/u.test(lead)) out.push('cue.modal');
  }
  if (/\?\W*$/u.test(text.slice(d.content[0], d.content[1]))) out.push('content.question');
  // Interactions the dense features cannot express: the frame with the kind and the speaker's form.
  out.push(`${frame}|kind=${d.kind}`, `${frame}|speaker=${d.speaker?.form ?? 'none'}`);
  if (d.cue && d.speaker) out.push(`cue=${word(d.cue.raw.split(/\s+/u)[0])}|speaker=${d.speaker.form}`);
  out.push(`content.paragraphStart=${d.content[0] <= sentenceRange[0] + 2 && sentenceRange[0] === d.paragraphStart ? 1 : 0}`);
  if (d.variant) {
    // A second reading of a cue with another extent (speaker-first.ts), its cue, and the word right
    // after the content: what the extent stopped at ("on", "because", ".").
    out.push(`variant=${d.variant}`);
    if (d.cue) out.push(`variant=${d.variant}|cue=${word(d.cue.raw.split(/\s+/u)[0])}`);
    const next = /^\s*([\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]|$)/u.exec(text.slice(d.content[1], d.content[1] + 30))?.[1];
    out.push(`contentNext=${next === undefined || next === '' ? '-' : next.toLowerCase()}`);
  }
  if (d.relaxed) {
    out.push(`relaxed=${d.relaxed}`);
    if (d.cue) out.push(`relaxed=${d.relaxed}|cue=${word(d.cue.raw.split(/\s+/u)[0])}`);
  }
  return out;
}

interface FilterModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  /** Weights of the lexical tokens (draftTokens) kept in training; other tokens weigh 0. */
  readonly lexical?: Readonly<Record<string, number>>;
  readonly threshold: number;
  /** Kept drafts whose contents overlap at least this much are duplicates (see dropDuplicates). */
  readonly duplicateOverlap?: number;
}

/** The model as loaded, its lexical weights in a map (faster to look up than the object's keys). */
type LoadedModel = FilterModel & { readonly lexicalWeights: ReadonlyMap<string, number> };

let model: LoadedModel | null | undefined;
function loadModel(): LoadedModel | null {
  if (model !== undefined) return model;
  try {
    const m = JSON.parse(readFileSync(new URL('../../../data/lexicon/attribution-filter.json', import.meta.url), 'utf8')) as FilterModel;
    // A model fitted over other features than these is not used.
    model = m.features.length === FEATURE_NAMES.length && m.features.every((n, i) => n === FEATURE_NAMES[i]) ? { ...m, lexicalWeights: new Map(Object.entries(m.lexical ?? {})) } : null;
  } catch {
    model = null;
  }
  return model;
}

/** The model's probability that a draft with these features and tokens is a gold attribution (1 without a model). */
export function draftScore(features: readonly number[], tokens: readonly string[] = []): number {
  const m = loadModel();
  if (!m) return 1;
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (m.weights[i] ?? 0);
  for (const t of tokens) z += m.lexicalWeights.get(t) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the draft is kept. */
export function acceptDraft(features: readonly number[], tokens: readonly string[] = []): boolean {
  return acceptScore(draftScore(features, tokens));
}

/** True when a draft with this score (`draftScore`) is kept. */
export function acceptScore(score: number): boolean {
  const m = loadModel();
  return !m || score >= m.threshold;
}

/** The content overlap (shared / union) at which two kept drafts are one attribution read twice; above 1 without a model. */
export function duplicateOverlap(): number {
  return loadModel()?.duplicateOverlap ?? 2;
}

/**
 * Near-duplicates among kept drafts: two cues or two frames that propose (nearly) the same content
 * ("emphasized that …" and "embrace" inside it, a speaker-first and a participial reading). Of
 * two items whose ranges overlap by at least `overlap` (shared / union), the one with the lower
 * score is dropped; a nested attribution (a short content inside a long one) overlaps less and
 * stays. Items must be in text order of their range starts; linear for ranges that rarely overlap.
 */
export function dropDuplicates<T>(items: readonly T[], range: (item: T) => readonly [number, number], score: (item: T) => number, overlap: number): T[] {
  const scores = items.map(score);
  const dropped = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const a = range(items[i]!);
    for (let j = i + 1; j < items.length; j++) {
      const b = range(items[j]!);
      if (b[0] >= a[1]) break;
      const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
      const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
      if (union <= 0 || shared / union < overlap) continue;
      dropped.add(scores[j]! > scores[i]! ? i : j);
    }
  }
  return items.filter((_, i) => !dropped.has(i));
}
