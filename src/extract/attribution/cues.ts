/**
 * The reporting-cue lexicon: hand-written verb lemmas plus the verbs mined from the PolNeAR
 * training split by `scripts/mine-cues.ts` (`data/lexicon/cues.json`, fields `mined` and
 * `minedStats`). A word form maps to its lemma; the mined precision says how often an occurrence
 * of the lemma is an annotated cue.
 */
import { cueLexicon } from '../../lexicon.js';

/** Cue lemmas that introduce content only with "that" or a quotation (cognition, evidence). */
export const NEEDS_THAT: ReadonlySet<string> = new Set(['believe', 'think', 'hope', 'fear', 'expect', 'show', 'find', 'suggest', 'indicate', 'signal', 'reveal', 'estimate', 'predict', 'conclude', 'agree', 'recall', 'report', 'confirm', 'promise', 'acknowledge', 'admit']);
/** Cue lemmas that report only a quotation that follows closely ("called it “…”"). */
export const QUOTE_ONLY: ReadonlySet<string> = new Set(['quote', 'cite', 'read', 'call', 'describe', 'ask', 'answer', 'reply', 'respond', 'remark', 'comment', 'write', 'post', 'tweet', 'quip', 'joke', 'shout', 'scream', 'whisper', 'murmur', 'exclaim', 'question', 'wonder', 'boast', 'brag', 'retort', 'counter', 'observe', 'recount', 'urge', 'demand', 'complain', 'concur', 'dispute']);

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  admit: ['admits', 'admitted', 'admitting'],
  quip: ['quips', 'quipped', 'quipping'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
};

/** Inflected forms of a verb lemma (regular English morphology plus a few irregular verbs). */
export function verbForms(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const forms = [lemma];
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = /e$/.test(lemma) ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  forms.push(third, past, ing);
  return forms;
}

/** What the training split says about one word form as a cue head (see scripts/mine-cues.ts). */
export interface MinedCue {
  readonly lemma: string;
  /** Times the form heads an annotated cue, and times it occurs at all. */
  readonly cue: number;
  readonly seen: number;
  readonly precision: number;
  /** Share of its cues whose content follows the cue, and follows it at once. */
  readonly after: number;
  readonly direct: number;
}

/** A mined form joins the cues when it heads at least this many annotated cues ... */
export const MINED_MIN_COUNT = 2;
/**
 * ... and at least this share of its occurrences are annotated cues, after smoothing (see
 * `smoothedPrecision`). Set on the training split; the trained filter (filter.ts) then weighs
 * each draft by its cue's statistics and identity, so the bar is low (candidates are liberal).
 */
export const MINED_MIN_PRECISION = 0.04;

/** Occurrences added to a form's count before its precision is trusted (few occurrences say little). */
export const PRECISION_PRIOR = 5;
/** The mined precision shrunk towards 0 for rare forms: cue / (seen + PRECISION_PRIOR). */
export function smoothedPrecision(m: MinedCue): number {
  return m.cue / (m.seen + PRECISION_PRIOR);
}

let minedForms: ReadonlyMap<string, MinedCue> | undefined;
/** The mined statistics of a lower-cased word form, if it was mined. */
export function minedCue(word: string): MinedCue | undefined {
  minedForms ??= new Map(Object.entries((cueLexicon() as { minedStats?: Record<string, MinedCue> }).minedStats ?? {}));
  return minedForms.get(word);
}

let cueForms: ReadonlyMap<string, string> | undefined;
let listedForms: ReadonlySet<string> | undefined;

/** True when the word form is a form of a hand-listed cue verb (not only mined). */
export function isListedCue(word: string): boolean {
  listedForms ??= new Set(cueLexicon().verbs.filter((l) => !l.includes(' ')).flatMap(verbForms));
  return listedForms.has(word);
}

/**
 * The cue lemma of a lower-cased word form, if the word is a reporting cue: a form of a
 * hand-listed verb, or a mined form that is frequent and precise enough as a cue head.
 */
export function cueLemma(word: string): string | undefined {
  if (!cueForms) {
    const map = new Map<string, string>();
    for (const lemma of cueLexicon().verbs) {
      if (lemma.includes(' ')) continue;
      for (const f of verbForms(lemma)) if (!map.has(f)) map.set(f, lemma);
    }
    minedCue('');
    for (const [form, m] of minedForms!) {
      if (!map.has(form) && m.cue >= MINED_MIN_COUNT && smoothedPrecision(m) >= MINED_MIN_PRECISION && /^\p{L}+$/u.test(form)) map.set(form, m.lemma);
    }
    cueForms = map;
  }
  return cueForms.get(word);
}

/** What the training split says about a word and the preposition after it as the end of a cue ("focused on"; scripts/mine-cues.ts). */
export interface MinedPair {
  /** Times an annotated cue ends with the pair, and times the two words stand together. */
  readonly cue: number;
  readonly seen: number;
  readonly precision: number;
}

let minedPairs: ReadonlyMap<string, MinedPair> | undefined;
/** The mined statistics of a lower-cased word form and the preposition after it, if the pair was mined. */
export function minedPair(word: string, preposition: string): MinedPair | undefined {
  minedPairs ??= new Map(Object.entries((cueLexicon() as { minedPairs?: Record<string, MinedPair> }).minedPairs ?? {}));
  return minedPairs.get(`${word} ${preposition}`);
}
