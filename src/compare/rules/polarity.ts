/**
 * polarity: one outlet affirms what the other negates, denies or calls false. Three checks on
 * related claims:
 * - negation: the claims differ in polarity and share the negated predicate (one of the two content
 *   words after the negation cue, by stem), so that unrelated negations stay silent;
 * - antonyms: one claim uses a word whose WordNet antonym the other uses ("won" / "lost",
 *   "approved" / "rejected"), and neither uses both (data/lexicon/antonyms.json), the two standing
 *   in a shared context (a content word next to each: "private colleges" / "public colleges") and
 *   both or neither negated ("without much" / "little or no" agree); converse verbs ("gave" /
 *   "took") and a word all but denied ("barely changed" / "stayed") are no opposites;
 * - refutation: one claim calls the matter false or denies it ("hoax", "fake", "debunked",
 *   "denies", "not true") and the other does not;
 * - negated predicate: whatever the extraction made of the claims' polarity, a negation cue in one
 *   sentence ("not", "never", "no longer", "-n't") governs a word that the other sentence states
 *   without any negation or negative-sense word just before it ("did not accuse" / "accused"), or,
 *   with the predicate reworded, after a subject both sentences share in a sentence that negates
 *   nothing (`subjectBefore`: "Powell did not rule out" / "Powell brushed off").
 * A negation inside brackets is an aside and denies nothing the claim states, nor does one in the
 * terms a source spoke on ("on condition of not being identified": `anonymity`), a contrast on a
 * phrase ("and not in others"), a condition opening the sentence ("Without a vote, no …"), one in a
 * relative clause the other sentence leaves out, or a speaker's own "I don't know". Negations
 * worded another way ("has yet to", "unless", "rarely", "unknown", "no longer" / "lost") count as
 * negations; a word after a verb of wish ("wanted to march") is not affirmed; a negative-sense
 * word both sentences use ("an unknown number of") does not stop a negation from being compared.
 */
import { readFileSync } from 'node:fs';
import type { Claim, Range } from '../../types.js';
import { contentStems, isStopword, stem } from '../../util/words.js';
import { perClaim, claimPairs, closeParaphrase, lemmaKeys, related, relatedPairs, sameMatter, subjectBefore, sentenceWords, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext, type SentenceWord } from '../rule.js';

/**
 * True when the claim's extracted negation denies nothing: a part of a compound ("the do-not-call
 * list", "a no-fly zone"), a cue before a word of `NOT_DENIAL` ("Not surprisingly, …", "isn't until
 * March 9"), a contrast on a phrase ("in some cases and not in others": `contrast`), or a condition
 * opening the sentence ("Without a resolution, no entity has the authority …": what is needed, not
 * what is denied).
 */
function deniesNothing(c: Claim): boolean {
  const cue = c.negation!;
  const at = cue.range[0] - c.range[0];
  const end = cue.range[1] - c.range[0];
  if (c.raw[at - 1] === '-' || c.raw[end] === '-') return true;
  const ws = sentenceWords(c);
  const i = ws.findIndex((w) => w.range[0] >= cue.range[0]);
  if (i >= 0 && (aside(ws, i) || anonymity(ws, i) || contrast(ws, i))) return true;
  if (i === 0 && ws[0]!.key === 'without' && ws.slice(1).some((w) => w.gap.includes(','))) return true;
  const next = c.raw.slice(end).match(/^\s+(\p{L}+)/u)?.[1]?.toLowerCase();
  return next !== undefined && NOT_DENIAL.test(next);
}

/**
 * True when word `i` stands in an aside in brackets ("(and no shares of its software unit)"): a remark
 * beside the statement, not the statement. (A relative clause set off by commas, "Smith, who did not
 * run", is a detail of the statement and stays compared.)
 */
function aside(ws: readonly SentenceWord[], i: number): boolean {
  for (let j = i; j >= 0; j--) {
    const gap = ws[j]!.gap;
    if (gap.includes(')')) return false;
    if (gap.includes('(')) return true;
  }
  return false;
}

/**
 * True when the "not" at word `i` sets a phrase against another rather than denying a predicate:
 * "but not troops", "if not all", "and not in others" (a preposition or article after it).
 */
function contrast(ws: readonly SentenceWord[], i: number): boolean {
  if (ws[i]!.key !== 'not') return false;
  const before = ws[i - 1]?.key ?? '';
  return /^(?:but|or|if)$/.test(before) || (before === 'and' && /^(?:in|on|at|for|to|with|by|from|of|the|a|an|as)$/.test(ws[i + 1]?.key ?? ''));
}

/** Verbs of wish and attempt: what follows "wanted to" or "tries to" is no fact stated ("plans to" states an intent, and stays compared). */
const VOLITION = /^(?:want|wants|wanted|wanting|hope|hopes|hoped|hoping|tries|tried|try|trying|seek|seeks|sought|seeking|attempt|attempts|attempted|wish|wishes|wished)$/;

/**
 * The stems of the content words a claim states, once per claim: all but the verb after "to" of a
 * verb of wish or attempt ("wanted to [march]", "tries to [stay]"), which states no fact that the
 * other outlet's negation ("couldn't march", "failed to stay") would contradict.
 */
const statedStems = perClaim((c: Claim): ReadonlySet<string> => {
  const out = new Set(contentStems(c.text));
  // The claim's text may start at the verb: the wish before it is read in the whole sentence.
  const ws = sentenceWords(c);
  ws.forEach((w, i) => {
    if (i < 2 || ws[i - 1]!.key !== 'to' || !VOLITION.test(ws[i - 2]!.key) || w.range[0] < c.textRange[0]) return;
    const s = stem(w.key);
    if (!ws.some((o, j) => j !== i && o.range[0] >= c.textRange[0] && o.range[1] <= c.textRange[1] && stem(o.key) === s)) out.delete(s);
  });
  return out;
});

/** Words of an end ("lost their sense", "stopped", "ceased"): the other way to say "no longer". */
const CESSATION = /\b(?:lost|lose|loses|losing|stopped|ceased|quit|abandoned|gave up|ended)\b/i;
/** True when the negation is "no longer" and the other claim tells of an end ("no longer had any sense" / "having lost their sense"). */
const noLongerAlike = (neg: Claim, pos: Claim) => /^no$/i.test(neg.negation!.raw) && /^\s+longer\b/i.test(neg.raw.slice(neg.negation!.range[1] - neg.range[0])) && CESSATION.test(pos.raw);
/** The same for a cue found in the sentence words. */
const noLongerAt = (wn: readonly SentenceWord[], cue: SentenceWord, pos: Claim) => cue.key === 'no' && wn[wn.indexOf(cue) + 1]?.key === 'longer' && CESSATION.test(pos.raw);

/** How many words before a negation "condition" makes it the terms of anonymity. */
const CONDITION_REACH = 3;

/**
 * True when the negation at word `i` states the terms a source spoke on ("on condition of not being
 * identified", "on condition that they not be named"): the idiom of anonymity, denying nothing.
 */
function anonymity(ws: readonly SentenceWord[], i: number): boolean {
  return ws.slice(Math.max(0, i - CONDITION_REACH), i).some((w) => w.key === 'condition');
}

/**
 * Stems of the two content words after the negation cue ("did not agree to" → agre), within its
 * sentence part: "That wasn't all: by 2010 …" denies nothing after the colon.
 */
function negatedPredicate(c: Claim): string[] {
  const after = c.text.slice(c.negation!.range[1] - c.textRange[0]).split(/[;:.!?](?!\d)/)[0]!;
  return contentStems(after).slice(0, 2);
}

/**
 * True when the negation at word `i` denies that a possibility is excluded ("have not ruled out",
 * "did not exclude"): a litotes that keeps the possibility open, which the other outlet may state
 * plainly ("continue to hold out the possibility"). Compared only as worded.
 */
function litotes(ws: readonly SentenceWord[], i: number): boolean {
  const w = governed(ws, i);
  if (!w) return false;
  const j = ws.indexOf(w);
  return (/^rul(?:e|ed|es|ing)$/.test(w.key) && ws[j + 1]?.key === 'out') || /^exclud(?:e|ed|es|ing)$/.test(w.key);
}


let antonymIndex: Map<string, Set<string>> | null = null;
/** Word → its antonyms, both ways, from data/lexicon/antonyms.json (loaded once). */
export function antonyms(): ReadonlyMap<string, ReadonlySet<string>> {
  if (antonymIndex) return antonymIndex;
  const data = JSON.parse(readFileSync(new URL('../../../data/lexicon/antonyms.json', import.meta.url), 'utf8')) as { pairs: string[] };
  const index = new Map<string, Set<string>>();
  for (const pair of data.pairs) {
    const [a, b] = pair.split(' ') as [string, string];
    for (const [x, y] of [[a, b], [b, a]] as const) (index.get(x) ?? index.set(x, new Set()).get(x)!).add(y);
  }
  antonymIndex = index;
  return index;
}

/** Lemma candidates of an inflected word ("rejected" → rejected, reject, rejecte…). */
function lemmas(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), w.replace(/(\w)\1ed$/, '$1'));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.replace(/(\w)\1ing$/, '$1'));
  const irregular: Record<string, string> = { won: 'win', lost: 'lose', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', gave: 'give', took: 'take', left: 'leave', began: 'begin', ended: 'end', sold: 'sell', bought: 'buy', found: 'find' };
  if (irregular[w]) out.push(irregular[w]);
  return out;
}

/**
 * A word of a claim with its lemmas; `context`, the stems of the nearest content word on either side
 * ("private [colleges]", "[oil] rose [cents]"); `negated`, a negation right before it ("without
 * much", "non-operative", "not high").
 */
interface Word { readonly lemmas: readonly string[]; readonly range: Range; readonly context: ReadonlySet<string>; readonly negated: boolean }

/** A claim's words with their lemmas, and the set of all those lemmas: worked out once per claim. */
interface ClaimWords {
  readonly words: readonly Word[];
  readonly lemmas: ReadonlySet<string>;
}
const NO_CONTEXT: ReadonlySet<string> = new Set();
/** Words that negate the word right after them, within an antonym's reach (the "t" of "n't" included). */
const NEGATES_NEXT = /^(?:not|no|never|without|non|nor|cannot|t)$/;
const words = perClaim((c: Claim): ClaimWords => {
  const tokens = [...c.raw.matchAll(/\p{L}+/gu)];
  const keys = tokens.map((m) => m[0].toLowerCase());
  // The nearest content word before or after token `i`, by stem.
  const content = (i: number, step: 1 | -1): string | null => {
    for (let j = i + step; j >= 0 && j < keys.length; j += step) if (!isStopword(keys[j]!) && keys[j]!.length > 1) return stem(keys[j]!);
    return null;
  };
  const index = antonyms();
  const list = tokens.map((m, i) => {
    const ls = lemmas(m[0]);
    return {
      lemmas: ls,
      range: [c.range[0] + m.index!, c.range[0] + m.index! + m[0].length] as Range,
      // Only a word with an antonym is ever compared by its context (the index is symmetric).
      context: ls.some((l) => index.has(l)) ? new Set([content(i, -1), content(i, 1)].filter((x): x is string => x !== null)) : NO_CONTEXT,
      negated: i > 0 && NEGATES_NEXT.test(keys[i - 1]!),
    };
  });
  return { words: list, lemmas: new Set(list.flatMap((w) => w.lemmas)) };
});

/**
 * True when two antonyms speak of one thing: a content word stands next to each in both sentences
 * ("[private] colleges" / "[public] colleges", "crude [rose] 31 cents" / "crude [fell] 38 cents"). Opposite words in unrelated places ("its debut last year" / "its first weekend", "the
 * yen's rise" / "ever-falling interest rates") say nothing against each other.
 */
const sharedContext = (x: Word, y: Word) => [...x.context].some((s) => y.context.has(s));

/** Two function words, or two particles of phrasal verbs ("on" / "off", "in" / "out"): no opposites. */
const functionWords = (x: string, y: string) => (isStopword(x) && isStopword(y)) || (PARTICLE.test(x) && PARTICLE.test(y));
const PARTICLE = /^(?:on|off|in|out)$/;

/**
 * Converse verbs: two views of one transfer, not opposites ("the party took the most seats" / "the
 * vote gave the party the most seats", "sells tickets to fans" / "fans buy tickets").
 */
const CONVERSES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:give|gave|given|giv)$/, /^(?:take|took|taken|tak)$/],
  [/^(?:buy|bought)$/, /^(?:sell|sold)$/],
  [/^(?:lend|lent)$/, /^(?:borrow)$/],
  [/^(?:send|sent)$/, /^(?:receive|receiv)$/],
];
const converse = (x: string, y: string) => CONVERSES.some(([p, q]) => (p.test(x) && q.test(y)) || (q.test(x) && p.test(y)));

/** Degree words that all but deny the word after them ("barely changed": it stayed). */
const ALMOST_NOT = /^(?:barely|hardly|scarcely|little)$/i;
/** True when the word is softened into its opposite by a degree word right before it ("barely changed"). */
function softened(c: Claim, w: Word): boolean {
  const before = c.raw.slice(0, w.range[0] - c.range[0]).match(/(\p{L}+)\s+$/u)?.[1];
  return before !== undefined && ALMOST_NOT.test(before);
}

/** A word of `a` whose antonym `b` uses, where neither claim uses both. */
function antonymPair(a: Claim, b: Claim): [Word, Word] | null {
  const index = antonyms();
  const wa = words(a);
  const wb = words(b);
  for (const x of wa.words) {
    for (const l of x.lemmas) {
      const opposite = index.get(l);
      if (!opposite || wb.lemmas.has(l)) continue;
      // Two function words are particles and quantifiers more often than opposites ("got off to" / "trading on").
      // A negated antonym agrees with the other ("without much competition" / "little or no
      // competition", "non-operative" / "inoperative"): only when both or neither are negated.
      const y = wb.words.find((w) => w.negated === x.negated && sharedContext(x, w) && w.lemmas.some((m) => opposite.has(m) && !wa.lemmas.has(m) && !functionWords(l, m) && !converse(l, m)));
      if (y && !softened(a, x) && !softened(b, y)) return [x, y];
    }
  }
  return null;
}

const REFUTATION = /\b(?:hoax(?:es)?|fake|false(?:ly)?|untrue|debunk(?:s|ed|ing)?|myth|fabricat(?:ed|ion)|baseless|bogus|unfounded|den(?:y|ies|ied)|refut(?:e|es|ed)|not true|no (?:\w+ )?evidence|rumou?rs? (?:are|is) (?:false|wrong))\b/i;

/**
 * Words that carry a negative sense without a negation cue ("failed to", "refused", "rejected",
 * "without", "lack"), or negate in other words ("has yet to", "unless" = if not, "rarely", "unknown",
 * "inoperative"): a claim using one is not the affirmative counterpart of a negated or refuted one.
 */
const NEGATIVE_SENSE = /\b(?:not|no|never|none|nothing|nobody|neither|nor|without|unless|rarely|seldom|\w+n['’]t|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt|(?:has|have|had|is|are|was|were)\s+yet\s+to|fail(?:s|ed|ing|ure)?|refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ial)|lack(?:s|ed|ing)?|unable|declin(?:e|es|ed|ing)|un(?!der)\p{L}{3,}(?:ed|en|wn|able|ible)|in(?:operative|active|effective|capable|valid))\b/iu;
/** The negative-sense words of a claim, lower-cased: once per claim. */
const negativeSenseWords = perClaim((c: Claim): readonly string[] => [...c.raw.matchAll(NEGATIVE_SENSE_ALL)].map((m) => m[0].toLowerCase()));
const NEGATIVE_SENSE_ALL = new RegExp(NEGATIVE_SENSE.source, 'giu');
/**
 * True when `c` uses a negative-sense word; against `other`, one that `other` does not use too (both
 * sentences' "an unknown number of attackers" says nothing about what one of them negates).
 */
const negativeSense = (c: Claim, other?: Claim) => {
  const own = negativeSenseWords(c);
  if (!other) return own.length > 0;
  const theirs = negativeSenseWords(other);
  return own.some((w) => !theirs.includes(w));
};

function refutation(c: Claim): Range | null {
  const m = c.raw.match(REFUTATION);
  return m ? [c.range[0] + m.index!, c.range[0] + m.index! + m[0].length] : null;
}

/** Words that negate what follows them. "no" counts only in "no longer" (elsewhere it negates a noun phrase, not a predicate). */
const NEGATOR = /^(?:not|never|cannot|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt)$|n['’]t$/;
/** Negations that do not deny the predicate: "not only … but", "not just", "never before", "not until March" (then, not before). */
const NOT_DENIAL = /^(?:only|just|merely|simply|before|least|surprisingly|unexpectedly|necessarily|until)$/;
/** Words that carry a negation within the few words before a predicate (the other side's predicate is then not affirmed). */
const NEGATIVE_BEFORE = /^(?:not|no|never|none|nothing|nobody|neither|nor|without|unless|rarely|seldom|cannot|unable|fail|fails|failed|failing|failure|refuse|refuses|refused|refusing|declined?|declines|declining|den(?:y|ies|ied)|reject(?:s|ed)?|stopped|ceased|halted|avoided|lack(?:s|ed)?|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt)$|n['’]t$/;
/** True when `w` is the "yet" of "has yet to" / "is yet to": a negation in other words ("has yet to show" = "hasn't shown"). */
function yetTo(ws: readonly SentenceWord[], w: SentenceWord): boolean {
  if (w.key !== 'yet') return false;
  const i = ws.indexOf(w);
  return ws[i + 1]?.key === 'to' && /^(?:has|have|had|is|are|was|were)$/.test(ws[i - 1]?.key ?? '');
}

/** How many words after a negation cue its predicate may lie, and how many words before a word a negation governs it. */
const PREDICATE_REACH = 4;
const NEGATION_REACH = 4;

/** The first content word after word `i` (within `PREDICATE_REACH`), skipping stopwords and -ly adverbs. */
function governed(words: readonly SentenceWord[], i: number): SentenceWord | null {
  for (let j = i + 1; j < Math.min(words.length, i + 1 + PREDICATE_REACH); j++) {
    const w = words[j]!;
    if (isStopword(w.key) || /^\d/.test(w.key) || (w.key.endsWith('ly') && w.key.length > 4)) continue;
    return w;
  }
  return null;
}

/** The negation cues of a sentence with the word each governs. */
function negatedWords(words: readonly SentenceWord[]): Array<{ cue: SentenceWord; word: SentenceWord }> {
  const out: Array<{ cue: SentenceWord; word: SentenceWord }> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const noLonger = w.key === 'no' && words[i + 1]?.key === 'longer';
    if (!NEGATOR.test(w.key) && !noLonger) continue;
    if (NOT_DENIAL.test(words[i + 1]?.key ?? '')) continue;
    // "but not troops", "if not all": a contrast or a limit on a noun phrase, not a denied predicate.
    if (contrast(words, i)) continue;
    if (anonymity(words, i)) continue;
    if (aside(words, i)) continue;
    // A capitalised "Not" inside the sentence names something ("the Do Not Call list").
    if (/^\p{Lu}/u.test(w.text) && !w.initial) continue;
    const word = governed(words, noLonger ? i + 1 : i);
    if (word) out.push({ cue: w, word });
  }
  return out;
}

/**
 * How many words of the sentence with a lemma of `word` have no negation within `NEGATION_REACH`
 * words before them (or right after them), nor a verb of wish before them ("wanted to march").
 */
function affirmations(words: readonly SentenceWord[], word: SentenceWord): number {
  const keys = new Set(lemmaKeys(word.key));
  return words.filter((w, j) => {
    if (!lemmaKeys(w.key).some((k) => keys.has(k))) return false;
    if (words[j - 1]?.key === 'to' && VOLITION.test(words[j - 2]?.key ?? '')) return false;
    const before = words.slice(Math.max(0, j - NEGATION_REACH), j);
    return !before.some((b) => NEGATIVE_BEFORE.test(b.key) || yetTo(words, b)) && !NEGATIVE_BEFORE.test(words[j + 1]?.key ?? '');
  }).length;
}

/**
 * True when `wp` affirms `word` more often than `wn`, the negating sentence, does: an affirmation
 * the negating sentence makes as well, in words both share ("to sell products … not sold in" /
 * "to sell products … unknown to"), answers nothing the negation denies.
 */
const affirmsMore = (wp: readonly SentenceWord[], wn: readonly SentenceWord[], word: SentenceWord) => affirmations(wp, word) > affirmations(wn, word);

/**
 * True when the other sentence negates at the same place: a negative word of `wp` within three
 * words after the word that precedes the cue in `wn` ("recall isnt one" / "recall isn't one",
 * "could not say" / "could put no date").
 */
function negatedAlike(wn: readonly SentenceWord[], cue: SentenceWord, wp: readonly SentenceWord[]): boolean {
  const before = wn[wn.indexOf(cue) - 1]?.key;
  if (before === undefined) return false;
  return wp.some((w, j) => w.key === before && wp.slice(j + 1, j + 4).some((b) => NEGATIVE_BEFORE.test(b.key)));
}

/** True when `word` occurs in the sentence and no occurrence of it has a negation within `NEGATION_REACH` words before it. */
function affirmsAll(words: readonly SentenceWord[], word: SentenceWord): boolean {
  const keys = new Set(lemmaKeys(word.key));
  const at = words.map((w, j) => [w, j] as const).filter(([w]) => lemmaKeys(w.key).some((k) => keys.has(k)));
  return at.length > 0 && at.every(([, j]) => !words.slice(Math.max(0, j - NEGATION_REACH), j).some((b) => NEGATIVE_BEFORE.test(b.key) || yetTo(words, b)) && !NEGATIVE_BEFORE.test(words[j + 1]?.key ?? ''));
}

/**
 * True when `wp` negates without naming what it denies: a cue governing no content word ("…: this
 * is not me"). With as many negations on both sides, that may be the other's negation reworded ("I
 * never grabbed …" / "… this is not me").
 */
const unplacedNegation = (wp: readonly SentenceWord[]) => wp.some((w, i) => NEGATOR.test(w.key) && !NOT_DENIAL.test(wp[i + 1]?.key ?? '') && governed(wp, i) === null);

/**
 * A claim's negations, once per claim: how many negative words its sentence has, its negation cues
 * with the words they govern (`negatedWords`), and the lemma keys of those words.
 */
const negationsOf = perClaim((c: Claim) => {
  const ws = sentenceWords(c);
  const cues = negatedWords(ws);
  return { count: ws.filter((w) => NEGATIVE_BEFORE.test(w.key) || yetTo(ws, w)).length, cues, negatedKeys: new Set(cues.flatMap((x) => lemmaKeys(x.word.key))) as ReadonlySet<string> };
});

/** A negation cue of `neg` whose predicate `pos` affirms, when `pos` does not negate that predicate anywhere. */
function negatedPredicateOf(neg: Claim, pos: Claim): { cue: SentenceWord; word: SentenceWord } | null {
  const wn = sentenceWords(neg);
  const wp = sentenceWords(pos);
  const [n, p] = [negationsOf(neg), negationsOf(pos)];
  // The negating side must carry more negative words than the other: two negations worded differently are no discrepancy.
  const more = n.count > p.count;
  const negatedInPos = p.negatedKeys;
  const cues = n.cues;
  for (const x of cues) {
    if (lemmaKeys(x.word.key).some((k) => negatedInPos.has(k)) || noLongerAt(wn, x.cue, pos)) continue;
    // With as many negative words on the other side, only a predicate both sentences share, in a
    // close paraphrase, and that the other side never negates ("had veto power … no vetoes").
    if (more ? affirmsMore(wp, wn, x.word) : !unplacedNegation(wp) && affirmsAll(wp, x.word) && !negatedAlike(wn, x.cue, wp) && closeParaphrase(neg, pos)) return x;
  }
  if (!more) return null;
  // Reworded in a close paraphrase, a litotes may stand for what the other outlet states plainly
  // ("have not ruled out the possibility" / "hold out the possibility"); after a shared subject it
  // still contradicts a rejection ("did not rule out" / "brushed off"), below.
  // A negation in a relative clause ("Smith, who did not testify, was cleared", "whose names were
  // not released") tells a detail of a noun: a sentence without that clause leaves the detail out.
  // A speaker's own "I don't know" owns to uncertainty ("we'll see what happens"), denying no fact;
  // nor is a predicate the other sentence only wishes ("wanted to march" / "couldn't march") reworded.
  const plain = cues.filter((x) => !litotes(wn, wn.indexOf(x.cue)) && !relativeClauseLeftOut(wn, wn.indexOf(x.cue), wp) && !noLongerAt(wn, x.cue, pos) && !ownUncertainty(wn, x) && !wishedOnly(wp, x.word));
  // The other outlet words the predicate differently but negates nothing at all (a negative-sense
  // word both sentences use, "an unknown number of", aside): a close paraphrase that drops the negation.
  const negatesNothing = !negativeSense(pos, neg) && !wp.some((w) => NEGATOR.test(w.key));
  if (plain.length > 0 && negatesNothing && closeParaphrase(neg, pos)) return plain[0]!;
  // A reworded predicate after a subject both sentences share ("Powell did not rule out" / "Powell
  // brushed off"): the other sentence negates nothing, in particular not in the few words after that subject.
  if (!negatesNothing) return null;
  for (const x of cues) {
    const anchor = subjectBefore(neg, wn, wn.indexOf(x.cue));
    if (!anchor) continue;
    const keys = new Set(lemmaKeys(anchor.key));
    const at = wp.map((w, j) => [w, j] as const).filter(([w]) => lemmaKeys(w.key).some((k) => keys.has(k)));
    if (at.length > 0 && at.every(([, j]) => !wp.slice(j + 1, j + 1 + ANCHOR_REACH).some((b) => NEGATIVE_BEFORE.test(b.key) || NEGATIVE_SENSE.test(b.text)))) return x;
  }
  return null;
}

/** True when `ws` uses `word` and only after a verb of wish and "to" ("wanted to march"). */
function wishedOnly(ws: readonly SentenceWord[], word: SentenceWord): boolean {
  const keys = new Set(lemmaKeys(word.key));
  const at = ws.map((w, j) => [w, j] as const).filter(([w]) => lemmaKeys(w.key).some((k) => keys.has(k)));
  return at.length > 0 && at.every(([, j]) => ws[j - 1]?.key === 'to' && VOLITION.test(ws[j - 2]?.key ?? ''));
}

/** True when a first-person subject right before the cue does not know or is not sure ("I don't know", "we are not sure"). */
const ownUncertainty = (wn: readonly SentenceWord[], x: { cue: SentenceWord; word: SentenceWord }) =>
  /^(?:know|sure|certain)$/.test(x.word.key) && wn.slice(Math.max(0, wn.indexOf(x.cue) - 2), wn.indexOf(x.cue)).some((w) => /^(?:i|we)$/.test(w.key));

/** How many words before a negation a relative pronoun puts it in a relative clause. */
const RELATIVE_REACH = 3;
/**
 * True when the negation at word `i` of `wn` stands in a relative clause ("Smith, who did not",
 * "men, whose names were not") that `wp` does not open after the same noun ("informants, who has
 * had" opens it: its predicate is compared).
 */
function relativeClauseLeftOut(wn: readonly SentenceWord[], i: number, wp: readonly SentenceWord[]): boolean {
  for (let r = i - 1; r >= Math.max(0, i - RELATIVE_REACH); r--) {
    if (!/^(?:who|whom|whose|which)$/.test(wn[r]!.key)) continue;
    const noun = wn[r - 1]?.key;
    return !wp.some((w, j) => w.key === noun && wp[j + 1]?.key === wn[r]!.key);
  }
  return false;
}

/** How many words after the shared subject (`subjectBefore`) the other sentence must not negate. */
const ANCHOR_REACH = 6;

export const polarityRule: Rule = {
  id: 'polarity/negated',
  type: 'polarity',
  description: 'One outlet affirms what another negates, denies or calls false.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const ta = textOf(context, a);
      const tb = textOf(context, b);
      if (a.polarity !== b.polarity) {
        const [neg, pos] = a.polarity === 'negated' ? [a, b] : [b, a];
        const predicate = negatedPredicate(neg);
        const posStems = statedStems(pos);
        // A litotes ("have not ruled out") is compared by its verb only.
        const ws = sentenceWords(neg);
        const cueAt = ws.findIndex((w) => w.range[0] >= neg.negation!.range[0]);
        const shared = cueAt >= 0 && litotes(ws, cueAt) ? posStems.has(predicate[0] ?? '') : predicate.some((s) => posStems.has(s));
        if (shared && !negativeSense(pos) && !deniesNothing(neg) && !noLongerAlike(neg, pos)) {
          out.push({
            severity: 'high',
            message: `${context.outletOf(neg.articleId)} says "${neg.negation!.raw}" where ${context.outletOf(pos.articleId)} affirms: ${snippet(pos.text, 70)}`,
            why: 'the outlets say opposite things',
            values: [valueOf(pos, 'asserted', pos.textRange, textOf(context, pos)), valueOf(neg, 'negated', neg.negation!.range, textOf(context, neg))],
          });
          continue;
        }
      }
      const refuted = refutationOf(a, b, context);
      if (refuted) {
        out.push(refuted);
        continue;
      }
      const na = negatedPredicateOf(a, b);
      const nb = na ? null : negatedPredicateOf(b, a);
      if (na || nb) {
        const [neg, pos, x] = na ? [a, b, na] : [b, a, nb!];
        out.push({
          severity: 'high',
          message: `${context.outletOf(neg.articleId)} says "${x.cue.text} … ${x.word.text}" where ${context.outletOf(pos.articleId)} affirms: ${snippet(pos.text, 70)}`,
          why: 'the outlets say opposite things',
          values: [valueOf(pos, 'asserted', pos.textRange, textOf(context, pos)), valueOf(neg, 'negated', x.cue.range, textOf(context, neg))],
        });
        continue;
      }
      const pair = antonymPair(a, b);
      if (pair) {
        const [x, y] = pair;
        out.push({
          severity: 'high',
          message: `${context.outletOf(a.articleId)} says "${ta.slice(...x.range)}" where ${context.outletOf(b.articleId)} says "${tb.slice(...y.range)}": ${snippet(a.text, 70)}`,
          why: 'the outlets use opposite words for the same thing',
          values: [valueOf(a, ta.slice(...x.range), x.range, ta), valueOf(b, tb.slice(...y.range), y.range, tb)],
        });
      }
    }
    // A claim and one that calls it false share little more than the matter itself.
    for (const [a, b] of claimPairs(group)) {
      if (related(a, b) || !sameMatter(a, b)) continue;
      const refuted = refutationOf(a, b, context);
      if (refuted) out.push(refuted);
    }
    return out;
  },
};

/** The refutation finding: one claim calls the matter false or denies it and the other does not. */
function refutationOf(a: Claim, b: Claim, context: RuleContext): Finding | null {
  const ra = refutation(a);
  const rb = refutation(b);
  if ((ra === null) === (rb === null) || negativeSense(ra ? b : a)) return null;
  const [den, pos, range] = ra ? [a, b, ra] : [b, a, rb!];
  const raw = textOf(context, den).slice(range[0], range[1]);
  return {
    severity: 'high',
    message: `${context.outletOf(den.articleId)} calls it "${raw}" where ${context.outletOf(pos.articleId)} reports it: ${snippet(pos.text, 70)}`,
    why: 'one outlet refutes what the other reports as fact',
    values: [valueOf(pos, 'asserted', pos.textRange, textOf(context, pos)), valueOf(den, 'refuted', range, textOf(context, den))],
  };
}
