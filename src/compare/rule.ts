/**
 * The contract of a discrepancy rule. A rule reads one claim group (and the articles it came
 * from) and returns findings; the compare stage numbers, ranks and ids them. Rules never mutate.
 */
import { readFileSync } from 'node:fs';
import stringSimilarity from 'string-similarity';
import type { Article, ArticleClaims, Claim, ClaimGroup, DiscrepancyType, DiscrepancyValue, Mention, Quantity, Range, Severity, WordDiff } from '../types.js';
import { contentStems, isStopword, stem, tokenize } from '../util/words.js';
import { lcsTable } from './diff.js';

export interface RuleContext {
  readonly articles: ReadonlyMap<string, Article>;
  readonly extractions: readonly ArticleClaims[];
  /** The outlet's name, or the article id when the outlet is unknown. */
  outletOf(articleId: string): string;
  /** True when some claim of article `articleId` states `claim` (aligned score), aligned one-to-one or not. */
  coveredBy(claim: Claim, articleId: string): boolean;
}

export interface Finding {
  readonly severity: Severity;
  readonly message: string;
  readonly why: string;
  readonly values: readonly DiscrepancyValue[];
  readonly absentFrom?: readonly string[];
  readonly diff?: readonly WordDiff[];
}

export interface Rule {
  readonly id: string;
  readonly type: DiscrepancyType;
  readonly description: string;
  check(group: ClaimGroup, context: RuleContext): Finding[];
}

/** The pairs of claims of different articles in a group, in group order. */
export function claimPairs(group: ClaimGroup): Array<readonly [Claim, Claim]> {
  const out: Array<readonly [Claim, Claim]> = [];
  for (let i = 0; i < group.claims.length; i++) {
    for (let j = i + 1; j < group.claims.length; j++) {
      const a = group.claims[i]!;
      const b = group.claims[j]!;
      if (a.articleId !== b.articleId) out.push([a, b]);
    }
  }
  return out;
}

/** Least share of the shorter claim's content stems that the other claim must share (overlap coefficient). */
export const RELATED_OVERLAP = 0.4;
/** Least number of shared content stems. */
export const RELATED_SHARED = 3;

/**
 * True when two claims are about the same thing, so that a differing detail between them is a
 * discrepancy and not just two different statements: their sentences share at least
 * `RELATED_SHARED` content stems and at least `RELATED_OVERLAP` of the shorter one's. Symmetric.
 * The detail rules apply it to every pair, whether the aligner grouped the claims or a caller did.
 */
export function related(a: Claim, b: Claim): boolean {
  const { shared, overlap } = stemOverlap(a, b);
  return shared >= RELATED_SHARED && overlap >= RELATED_OVERLAP;
}

/** Content stems two claims' sentences share, and their share of the shorter one's (overlap coefficient). */
function stemOverlap(a: Claim, b: Claim): { shared: number; overlap: number } {
  const x = stemSet(a);
  const y = stemSet(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return { shared, overlap: shared / Math.max(1, Math.min(x.size, y.size)) };
}

/**
 * `f` of a claim, worked out once per claim and kept beside the claim object: a claim meets several
 * rules and several partners, and neither it nor its article's text (which some of these read, as
 * the further arguments) ever changes.
 */
export function perClaim<T, A extends unknown[] = []>(f: (c: Claim, ...rest: A) => T): (c: Claim, ...rest: A) => T {
  const cache = new WeakMap<Claim, { readonly value: T }>();
  return (c, ...rest) => {
    let kept = cache.get(c);
    if (!kept) cache.set(c, (kept = { value: f(c, ...rest) }));
    return kept.value;
  };
}

/** The content stems of a claim's sentence. */
const stemSet = perClaim((c: Claim): ReadonlySet<string> => new Set(contentStems(c.raw)));

/**
 * True when two claims would be `related` if the name `x` written in `a` and the name `y` written in
 * `b` were one name: a name put in another's place takes a shared word away from the pair ("Moore had
 * no immediate comment" / "Jones had no immediate response"), and the pair may fall below the gate
 * only for the detail that differs. The two names' words leave each side and count once as shared;
 * the rest of the two sentences must share `RELATED_OVERLAP` of the shorter one's stems.
 */
export function relatedBut(a: Claim, b: Claim, x: string, y: string): boolean {
  if (related(a, b)) return true;
  const nx = new Set(contentStems(x));
  const ny = new Set(contentStems(y));
  const xa = [...stemSet(a)].filter((s) => !nx.has(s));
  const yb = new Set([...stemSet(b)].filter((s) => !ny.has(s)));
  let shared = 0;
  for (const s of xa) if (yb.has(s)) shared++;
  // The rest of the two sentences must overlap as much as related sentences do.
  return shared + 1 >= RELATED_SHARED && shared / Math.max(1, Math.min(xa.length, yb.size)) >= RELATED_OVERLAP;
}

/**
 * True when two claims share at least two content stems and `RELATED_OVERLAP` of the shorter one's:
 * one statement about the same matter, however differently the rest is worded. A claim and a
 * headline that calls it false share little else ("A woman has grown a third breast" / "Woman who
 * claimed to have three breasts is a hoax"); the refutation check reads pairs this close.
 */
export function sameMatter(a: Claim, b: Claim): boolean {
  const { shared, overlap } = stemOverlap(a, b);
  return shared >= 2 && overlap >= RELATED_OVERLAP;
}

/** Least share of the shorter sentence's content stems the other must share to count as a close paraphrase. */
export const CLOSE_OVERLAP = 0.6;

/**
 * True when two claims' sentences share at least `CLOSE_OVERLAP` of the shorter one's content stems:
 * a close paraphrase, where a cue present in one and absent from the other (a negation, a hedge) is
 * a change of stance even when the word it governs is reworded.
 */
export function closeParaphrase(a: Claim, b: Claim): boolean {
  return stemOverlap(a, b).overlap >= CLOSE_OVERLAP;
}

const relatedOf = new WeakMap<ClaimGroup, ReadonlyArray<readonly [Claim, Claim]>>();
/**
 * `claimPairs` restricted to related pairs: what the detail rules compare. Computed once per group
 * (every detail rule asks; groups are immutable).
 */
export function relatedPairs(group: ClaimGroup): ReadonlyArray<readonly [Claim, Claim]> {
  let pairs = relatedOf.get(group);
  if (!pairs) relatedOf.set(group, (pairs = claimPairs(group).filter(([a, b]) => related(a, b))));
  return pairs;
}

/**
 * True when two names denote the same entity as written: equal ignoring case, accents, punctuation
 * and a possessive, one is the other's acronym ("IAEA"), one is the other's surname or a word-final
 * part of it ("Smith" / "John Smith") or a near spelling of it ("Sundwall" / "Sean Sundwell", "Kowalczyk" /
 * "Anna Kowalcyzk"), or near-identical spellings (Dice similarity of letters at least 0.85: "O'Neill" /
 * "ONeills"; two surnames a slip apart: "Jeffrey" / "Jeffery").
 */
export function sameName(a: string, b: string): boolean {
  const x = folded(a);
  const y = folded(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  // An acronym and the name it shortens ("IAEA" / "International Atomic Energy Agency").
  const acronym = (short: string, long: string) => /^\p{Lu}{2,6}$/u.test(short.replace(/\./g, '')) && long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === short.replace(/\./g, '');
  if (acronym(a.trim(), b.trim()) || acronym(b.trim(), a.trim())) return true;
  // An acronym that keeps a connector whole ("BofA" / "Bank of America").
  const withConnector = (short: string, long: string) => /^\p{Lu}\p{Ll}{1,3}\p{Lu}$/u.test(short) && long.split(/\s+/).map((w) => (/^(?:of|for|and|de)$/.test(w) ? w : /^\p{Lu}/u.test(w) ? w[0] : '')).join('').toLowerCase() === short.toLowerCase();
  if (withConnector(a.trim(), b.trim()) || withConnector(b.trim(), a.trim())) return true;
  // Two full names with one surname and first names that are a short form or a spelling of each other ("Tim" / "Timothy").
  const [fx, lx] = [x.split(' '), x.split(' ').at(-1)!];
  const [fy, ly] = [y.split(' '), y.split(' ').at(-1)!];
  if (fx.length > 1 && fy.length > 1 && lx === ly && lx.length > 2 && (fx[0]!.startsWith(fy[0]!) || fy[0]!.startsWith(fx[0]!) || stringSimilarity.compareTwoStrings(fx[0]!, fy[0]!) >= 0.7)) return true;
  if (x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  // A surname alone and a full name whose surname is spelt nearly the same ("Sundwall" / "Sean Sundwell").
  // Two letters swapped count as one slip ("Kowalczyk" / "Anna Kowalcyzk", "Jeffrey" / "Jeffery").
  if ((fx.length === 1) !== (fy.length === 1) && lx.length > 4 && ly.length > 4 && (stringSimilarity.compareTwoStrings(lx, ly) >= 0.7 || editSimilarity(lx, ly) >= SLIP_SIMILARITY)) return true;
  if (fx.length === 1 && fy.length === 1 && x.length >= 6 && y.length >= 6 && editSimilarity(x, y) >= SLIP_SIMILARITY) return true;
  return stringSimilarity.compareTwoStrings(x, y) >= 0.85;
}

/** Edit-distance similarity (`editSimilarity`) from which two surnames are one spelt with a slip (one letter, or two swapped, in seven). */
const SLIP_SIMILARITY = 0.85;

/** Lower-case words and marks that may stand inside a long name without ending it ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "University of California at Los Angeles"). */
const INNER = /^(?:of|and|for|the|de|du|at|with|&)$/;

/**
 * True when `short`, an acronym of three to six capital letters ("ATF", "EDS", "CDC"), is the initials
 * of consecutive capitalised words of `sentence`: a whole name or a run of its words, connectors and
 * list commas inside the name skipped ("Bureau of Alcohol, Tobacco, Firearms and Explosives" has
 * "ATF"; "Electronic Data Systems Corp." has "EDS"). Two-letter acronyms must be a whole run's
 * initials ("Associated Press" / "AP").
 */
export function acronymIn(short: string, sentence: string): boolean {
  const letters = short.replace(/['’]s$/, '').replace(/[.&\s]/g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  // Rules ask again and again about the same sentence: answers are kept by sentence and letters.
  let bySentence = acronymCache.get(sentence);
  if (!bySentence) {
    if (acronymCache.size >= 5_000) acronymCache = new Map();
    acronymCache.set(sentence, (bySentence = new Map()));
  }
  let yes = bySentence.get(letters);
  if (yes === undefined) bySentence.set(letters, (yes = acronymRun(letters, sentence)));
  return yes;
}
let acronymCache = new Map<string, Map<string, boolean>>();

function acronymRun(letters: string, sentence: string): boolean {
  const target = letters.toLowerCase();
  let run = '';
  const runs: string[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}&][\p{L}\p{N}'’.&-]*|[,;:()"“”]/gu)) {
    const w = m[0];
    // An article opening the name is no initial of it ("The Associated Press" / "AP").
    if (run === '' && /^(?:The|A|An)$/.test(w)) continue;
    if (/^\p{Lu}/u.test(w) && w.replace(/[.'’]/g, '').toLowerCase() !== target) run += w[0]!.toLowerCase();
    else if ((INNER.test(w) || w === ',') && run !== '') continue;
    else {
      if (run.length > 1) runs.push(run);
      run = '';
    }
  }
  if (run.length > 1) runs.push(run);
  return runs.some((r) => (target.length >= 3 ? r.includes(target) : r === target));
}

let vocabulary: ReadonlySet<string> | null = null;
/**
 * True when the word's Porter stem is an entry of the WordNet vocabulary of news words
 * (data/wordnet.json): a common English word ("Police", "Notes", "Grant"), which a capitalised word
 * opening a sentence may well be. Most surnames and many place names are not entries.
 */
export function knownWord(word: string): boolean {
  if (!vocabulary) {
    try {
      const file = JSON.parse(readFileSync(new URL('../../data/wordnet.json', import.meta.url), 'utf8')) as { stems: Record<string, unknown> };
      vocabulary = new Set(Object.keys(file.stems));
    } catch {
      vocabulary = new Set();
    }
  }
  return vocabulary.has(stem(word));
}

/**
 * Similarity of two words by edit distance (Damerau–Levenshtein, adjacent transpositions counted
 * once): 1 − distance / longer length. Catches transliterations that share few letter pairs
 * ("Zulifquar" / "Zulfiqar": 0.78).
 */
export function editSimilarity(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return n === m ? 1 : 0;
  // Three rows of the distance table: the one before the previous, the previous and the current.
  let before = new Int32Array(m + 1);
  let previous = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return 1 - previous[m]! / Math.max(n, m);
}

/** Bounded memo of a pure function of a string: cleared when it holds `size` entries. */
function memoString<T>(f: (s: string) => T, size = 20_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= size) cache = new Map();
      v = f(s);
      cache.set(s, v);
    }
    return v as T;
  };
}

/** A name as `sameName` compares it: no accents, case, possessive or punctuation; single spaces. */
const folded = memoString((s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim());

/** A discrepancy side: the claim's article, the value, and the exact text that carries it. */
export function valueOf(claim: Claim, value: string | null, range: Range, text: string): DiscrepancyValue {
  return { articleId: claim.articleId, claimId: claim.id, value, range, raw: text.slice(range[0], range[1]) };
}

export function textOf(context: RuleContext, claim: Claim): string {
  return context.articles.get(claim.articleId)!.text;
}

/** A claim shortened for a message: at most `max` characters, cut at a word. */
export function snippet(s: string, max = 90): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
}

/** A word of a claim's sentence, with its range in the article text. */
export interface SentenceWord {
  readonly text: string;
  /** Lower-cased, possessive and curly apostrophe folded ("Iraq's" → "iraq"). */
  readonly key: string;
  readonly range: Range;
  /** The first word of the sentence or of a quotation or clause after a colon (capitalised whatever it is). */
  readonly initial: boolean;
  /** The text between the previous word and this one ('' for the first word). */
  readonly gap: string;
}

/** The mentions of a claim's whole sentence, attribution frame included (the claim's own where the extraction gave none). */
export const sentenceMentionsOf = (c: Claim): readonly Mention[] => c.sentenceMentions ?? c.mentions;

/** The quantities of a claim's whole sentence, attribution frame included (the claim's own where the extraction gave none). */
export const sentenceQuantitiesOf = (c: Claim): readonly Quantity[] => c.sentenceQuantities ?? c.quantities;

/** The words of a claim's whole sentence (attribution frame included), once per claim; the list is frozen. */
export const sentenceWords = perClaim((c: Claim): readonly SentenceWord[] => Object.freeze(wordsOfSentence(c)));

function wordsOfSentence(c: Claim): SentenceWord[] {
  const tokens = tokenize(c.raw, c.range[0]);
  return tokens.map((t, i) => {
    const gap = i === 0 ? '' : c.raw.slice(tokens[i - 1]!.end - c.range[0], t.start - c.range[0]);
    // A full stop after an initial or a short abbreviation ("George W. Bush", "Gov. Perry") does not end the sentence.
    const abbreviation = /^\.\s+$/.test(gap) && /^\p{Lu}[\p{L}]{0,3}$/u.test(tokens[i - 1]!.text);
    return { text: t.text, key: t.lower.replace(/’/g, "'").replace(/'s$/, ''), range: [t.start, t.end] as Range, gap, initial: i === 0 || (/[.!?:;"“”(—–]\s*$/.test(gap) && !abbreviation) };
  });
}

/** How many words before a negation or hedge `subjectBefore` may look for the subject. */
const SUBJECT_BACK = 3;
/** Auxiliaries of a verb group ("did not", "has not", "will reportedly"): skipped on the way back to the subject. */
const AUXILIARY = /^(?:do|does|did|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall)$/;
/** Pronoun subjects and adverbs that may stand between a subject (or the verb reporting it) and the verb group ("said he did not", "has also not"). */
const SUBJECT_FILLER = /^(?:he|she|it|they|we|i|you|also|still|even|yet)$/;

/**
 * The content word right before the verb group that the word at `i` (a negation or a hedging adverb)
 * qualifies: the subject of the verb ("Powell" of "Powell did not rule out", "Powell reportedly
 * brushed off"), or the verb reporting it ("said" of "said he did not"). Only auxiliaries, pronoun
 * subjects and a few adverbs (`SUBJECT_FILLER`, "-ly") are skipped, within `SUBJECT_BACK` words and
 * with no punctuation in between (", who did not testify" qualifies a noun); null when another word
 * comes first ("last week did not", "to allegedly close").
 */
export function subjectBefore(c: Claim, ws: readonly SentenceWord[], i: number): SentenceWord | null {
  if (i < 0) return null;
  for (let j = i - 1; j >= Math.max(0, i - SUBJECT_BACK); j--) {
    const w = ws[j]!;
    if (/[,;:()"“”—–]/.test(c.raw.slice(w.range[1] - c.range[0], ws[j + 1]!.range[0] - c.range[0]))) return null;
    if (AUXILIARY.test(w.key) || SUBJECT_FILLER.test(w.key) || /ly$/.test(w.key)) {
      if (w.initial) return null;
      continue;
    }
    return !isStopword(w.key) && !/^\d/.test(w.key) && /\p{L}/u.test(w.key) ? w : null;
  }
  return null;
}

/**
 * Lemma candidates of an inflected word: the word, its Porter stem, and the base forms of common
 * irregular verbs ("upheld" → uphold, "brought" → bring), so that "did not uphold" meets "upheld".
 */
export function lemmaKeys(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const base = IRREGULAR_VERBS[w] ?? (/^(?:goes|does|has|is|are|am)$/.test(w) ? { goes: 'go', does: 'do', has: 'have', is: 'be', are: 'be', am: 'be' }[w] : undefined);
  return base ? [stem(w), stem(base)] : [stem(w)];
}

/** Past tense and participle → base form of common irregular English verbs. */
const IRREGULAR_VERBS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'arise arose arisen', 'be was were been', 'bear bore borne', 'beat beat beaten', 'become became become', 'begin began begun', 'bend bent bent',
    'bid bid bid', 'bind bound bound', 'bite bit bitten', 'blow blew blown', 'break broke broken', 'bring brought brought', 'build built built',
    'buy bought bought', 'catch caught caught', 'choose chose chosen', 'come came come', 'deal dealt dealt', 'do did done', 'draw drew drawn',
    'drink drank drunk', 'drive drove driven', 'eat ate eaten', 'fall fell fallen', 'feed fed fed', 'feel felt felt', 'fight fought fought',
    'find found found', 'flee fled fled', 'fly flew flown', 'forbid forbade forbidden', 'forget forgot forgotten', 'forgive forgave forgiven',
    'freeze froze frozen', 'get got gotten', 'give gave given', 'go went gone', 'grow grew grown', 'hang hung hung', 'have had had',
    'hear heard heard', 'hide hid hidden', 'hold held held', 'keep kept kept', 'know knew known', 'lay laid laid', 'lead led led',
    'leave left left', 'lend lent lent', 'lie lay lain', 'lose lost lost', 'make made made', 'mean meant meant', 'meet met met', 'pay paid paid',
    'ride rode ridden', 'ring rang rung', 'rise rose risen', 'run ran run', 'say said said', 'see saw seen', 'seek sought sought', 'sell sold sold',
    'send sent sent', 'shake shook shaken', 'shoot shot shot', 'show showed shown', 'shrink shrank shrunk', 'sing sang sung', 'sink sank sunk',
    'sit sat sat', 'sleep slept slept', 'speak spoke spoken', 'spend spent spent', 'stand stood stood', 'steal stole stolen', 'stick stuck stuck',
    'strike struck struck', 'swear swore sworn', 'swim swam swum', 'take took taken', 'teach taught taught', 'tear tore torn', 'tell told told',
    'think thought thought', 'throw threw thrown', 'understand understood understood', 'undertake undertook undertaken', 'uphold upheld upheld',
    'wake woke woken', 'wear wore worn', 'win won won', 'withdraw withdrew withdrawn', 'withhold withheld withheld', 'write wrote written',
    'overcome overcame overcome', 'overtake overtook overtaken', 'oversee oversaw overseen', 'mislead misled misled', 'forecast forecast forecast',
  ].flatMap((line) => {
    const [base, ...forms] = line.split(' ') as [string, ...string[]];
    return forms.filter((f) => f !== base).map((f) => [f, base] as const);
  }),
);

/** A stretch of unmatched words between two matched ones: words [a0, a1) of one sentence against [b0, b1) of the other. */
export interface Stretch {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

/**
 * The stretches of two sentences' words left between the words they share (longest common
 * subsequence of their lower-cased words), both sides non-empty: the places where one outlet wrote
 * something else than the other ("in [Vienna] the" / "in [Lisbon] the").
 */
export function unmatchedStretches(wa: readonly SentenceWord[], wb: readonly SentenceWord[]): readonly Stretch[] {
  // Several rules ask for the same pair of sentences (their words are kept per claim).
  let byB = stretchCache.get(wa);
  if (!byB) stretchCache.set(wa, (byB = new WeakMap()));
  let out = byB.get(wb);
  if (!out) byB.set(wb, (out = Object.freeze(stretchesOf(wa, wb))));
  return out;
}
const stretchCache = new WeakMap<readonly SentenceWord[], WeakMap<readonly SentenceWord[], readonly Stretch[]>>();

function stretchesOf(wa: readonly SentenceWord[], wb: readonly SentenceWord[]): Stretch[] {
  const n = wa.length;
  const m = wb.length;
  const lcs = lcsTable(wa.map((w) => w.key), wb.map((w) => w.key));
  const out: Stretch[] = [];
  let i = 0;
  let j = 0;
  while (i <= n && j <= m) {
    const i0 = i;
    const j0 = j;
    while (i < n && j < m && wa[i]!.key !== wb[j]!.key) {
      if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
      else j++;
    }
    if (i === n || j === m) {
      i = n;
      j = m;
    }
    if (i > i0 && j > j0) out.push({ a0: i0, a1: i, b0: j0, b1: j });
    if (i >= n || j >= m) break;
    i++;
    j++;
  }
  return out;
}
