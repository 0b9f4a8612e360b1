/**
 * polarity: one outlet affirms what the other negates, denies or calls false. Three checks on
 * related claims:
 * - negation: the claims differ in polarity and share the negated predicate (one of the two content
 *   words after the negation cue, by stem), so that unrelated negations stay silent;
 * - antonyms: one claim uses a word whose WordNet antonym the other uses ("won" / "lost",
 *   "approved" / "rejected"), and neither uses both (data/lexicon/antonyms.json); converse verbs
 *   ("gave" / "took") and a word all but denied ("barely changed" / "stayed") are no opposites;
 * - refutation: one claim calls the matter false or denies it ("hoax", "fake", "debunked",
 *   "denies", "not true") and the other does not;
 * - negated predicate: whatever the extraction made of the claims' polarity, a negation cue in one
 *   sentence ("not", "never", "no longer", "-n't") governs a word that the other sentence states
 *   without any negation or negative-sense word just before it ("did not accuse" / "accused"), or,
 *   with the predicate reworded, after a subject both sentences share in a sentence that negates
 *   nothing (`subjectBefore`: "Powell did not rule out" / "Powell brushed off").
 * A negation inside brackets is an aside and denies nothing the claim states, nor does one in the
 * terms a source spoke on ("on condition of not being identified": `anonymity`).
 */
import { readFileSync } from 'node:fs';
import type { Claim, Range } from '../../types.js';
import { contentStems, isStopword } from '../../util/words.js';
import { perClaim, claimPairs, closeParaphrase, lemmaKeys, related, relatedPairs, sameMatter, subjectBefore, sentenceWords, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext, type SentenceWord } from '../rule.js';

/**
 * True when the claim's extracted negation denies nothing: a part of a compound ("the do-not-call
 * list", "a no-fly zone") or a cue before a word of `NOT_DENIAL` ("Not surprisingly, …", "isn't until
 * March 9").
 */
function deniesNothing(c: Claim): boolean {
  const cue = c.negation!;
  const at = cue.range[0] - c.range[0];
  const end = cue.range[1] - c.range[0];
  if (c.raw[at - 1] === '-' || c.raw[end] === '-') return true;
  const ws = sentenceWords(c);
  const i = ws.findIndex((w) => w.range[0] >= cue.range[0]);
  if (i >= 0 && (aside(ws, i) || anonymity(ws, i))) return true;
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

interface Word { readonly lemmas: readonly string[]; readonly range: Range }

/** A claim's words with their lemmas, and the set of all those lemmas: worked out once per claim. */
interface ClaimWords {
  readonly words: readonly Word[];
  readonly lemmas: ReadonlySet<string>;
}
const words = perClaim((c: Claim): ClaimWords => {
  const list = [...c.raw.matchAll(/\p{L}+/gu)].map((m) => ({ lemmas: lemmas(m[0]), range: [c.range[0] + m.index!, c.range[0] + m.index! + m[0].length] as Range }));
  return { words: list, lemmas: new Set(list.flatMap((w) => w.lemmas)) };
});

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
      const y = wb.words.find((w) => w.lemmas.some((m) => opposite.has(m) && !wa.lemmas.has(m) && !functionWords(l, m) && !converse(l, m)));
      if (y && !softened(a, x) && !softened(b, y)) return [x, y];
    }
  }
  return null;
}

const REFUTATION = /\b(?:hoax(?:es)?|fake|false(?:ly)?|untrue|debunk(?:s|ed|ing)?|myth|fabricat(?:ed|ion)|baseless|bogus|unfounded|den(?:y|ies|ied)|refut(?:e|es|ed)|not true|no (?:\w+ )?evidence|rumou?rs? (?:are|is) (?:false|wrong))\b/i;

/**
 * Words that carry a negative sense without a negation cue ("failed to", "refused", "rejected",
 * "without", "lack"): a claim using one is not the affirmative counterpart of a negated or refuted one.
 */
const NEGATIVE_SENSE = /\b(?:not|no|never|none|nothing|nobody|neither|nor|without|\w+n['’]t|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt|fail(?:s|ed|ing|ure)?|refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ial)|lack(?:s|ed|ing)?|unable|declin(?:e|es|ed|ing)|un\p{L}{4,}(?:ed|able))\b/iu;
const negativeSense = (c: Claim) => NEGATIVE_SENSE.test(c.raw);

function refutation(c: Claim): Range | null {
  const m = c.raw.match(REFUTATION);
  return m ? [c.range[0] + m.index!, c.range[0] + m.index! + m[0].length] : null;
}

/** Words that negate what follows them. "no" counts only in "no longer" (elsewhere it negates a noun phrase, not a predicate). */
const NEGATOR = /^(?:not|never|cannot|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt)$|n['’]t$/;
/** Negations that do not deny the predicate: "not only … but", "not just", "never before", "not until March" (then, not before). */
const NOT_DENIAL = /^(?:only|just|merely|simply|before|least|surprisingly|unexpectedly|necessarily|until)$/;
/** Words that carry a negation within the few words before a predicate (the other side's predicate is then not affirmed). */
const NEGATIVE_BEFORE = /^(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|unable|fail|fails|failed|failing|failure|refuse|refuses|refused|refusing|declined?|declines|declining|den(?:y|ies|ied)|reject(?:s|ed)?|stopped|ceased|halted|avoided|lack(?:s|ed)?|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)nt)$|n['’]t$/;
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
    if (w.key === 'not' && /^(?:but|or|if)$/.test(words[i - 1]?.key ?? '')) continue;
    if (anonymity(words, i)) continue;
    if (aside(words, i)) continue;
    const word = governed(words, noLonger ? i + 1 : i);
    if (word) out.push({ cue: w, word });
  }
  return out;
}

/** True when a word of the sentence with a lemma of `word` has no negation within `NEGATION_REACH` words before it (or right after it). */
function affirms(words: readonly SentenceWord[], word: SentenceWord): boolean {
  const keys = new Set(lemmaKeys(word.key));
  return words.some((w, j) => {
    if (!lemmaKeys(w.key).some((k) => keys.has(k))) return false;
    const before = words.slice(Math.max(0, j - NEGATION_REACH), j);
    return !before.some((b) => NEGATIVE_BEFORE.test(b.key)) && !NEGATIVE_BEFORE.test(words[j + 1]?.key ?? '');
  });
}

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
  return at.length > 0 && at.every(([, j]) => !words.slice(Math.max(0, j - NEGATION_REACH), j).some((b) => NEGATIVE_BEFORE.test(b.key)) && !NEGATIVE_BEFORE.test(words[j + 1]?.key ?? ''));
}

/** A negation cue of `neg` whose predicate `pos` affirms, when `pos` does not negate that predicate anywhere. */
function negatedPredicateOf(neg: Claim, pos: Claim): { cue: SentenceWord; word: SentenceWord } | null {
  const wn = sentenceWords(neg);
  const wp = sentenceWords(pos);
  // The negating side must carry more negative words than the other: two negations worded differently are no discrepancy.
  const negatives = (ws: readonly SentenceWord[]) => ws.filter((w) => NEGATIVE_BEFORE.test(w.key)).length;
  const more = negatives(wn) > negatives(wp);
  const negatedInPos = new Set(negatedWords(wp).flatMap((x) => lemmaKeys(x.word.key)));
  const cues = negatedWords(wn);
  for (const x of cues) {
    if (lemmaKeys(x.word.key).some((k) => negatedInPos.has(k))) continue;
    // With as many negative words on the other side, only a predicate both sentences share, in a
    // close paraphrase, and that the other side never negates ("had veto power … no vetoes").
    if (more ? affirms(wp, x.word) : affirmsAll(wp, x.word) && !negatedAlike(wn, x.cue, wp) && closeParaphrase(neg, pos)) return x;
  }
  if (!more) return null;
  // Reworded in a close paraphrase, a litotes may stand for what the other outlet states plainly
  // ("have not ruled out the possibility" / "hold out the possibility"); after a shared subject it
  // still contradicts a rejection ("did not rule out" / "brushed off"), below.
  const plain = cues.filter((x) => !litotes(wn, wn.indexOf(x.cue)));
  // The other outlet words the predicate differently but negates nothing at all: a close paraphrase that drops the negation.
  if (plain.length > 0 && !negativeSense(pos) && closeParaphrase(neg, pos)) return plain[0]!;
  // A reworded predicate after a subject both sentences share ("Powell did not rule out" / "Powell
  // brushed off"): the other sentence negates nothing, in particular not in the few words after that subject.
  if (negativeSense(pos)) return null;
  for (const x of cues) {
    // A capitalised "Not" inside the sentence names something ("the Do Not Call list").
    if (/^\p{Lu}/u.test(x.cue.text) && !x.cue.initial) continue;
    const anchor = subjectBefore(neg, wn, wn.indexOf(x.cue));
    if (!anchor) continue;
    const keys = new Set(lemmaKeys(anchor.key));
    const at = wp.map((w, j) => [w, j] as const).filter(([w]) => lemmaKeys(w.key).some((k) => keys.has(k)));
    if (at.length > 0 && at.every(([, j]) => !wp.slice(j + 1, j + 1 + ANCHOR_REACH).some((b) => NEGATIVE_BEFORE.test(b.key) || NEGATIVE_SENSE.test(b.text)))) return x;
  }
  return null;
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
        const posStems = new Set(contentStems(pos.text));
        // A litotes ("have not ruled out") is compared by its verb only.
        const ws = sentenceWords(neg);
        const cueAt = ws.findIndex((w) => w.range[0] >= neg.negation!.range[0]);
        const shared = cueAt >= 0 && litotes(ws, cueAt) ? posStems.has(predicate[0] ?? '') : predicate.some((s) => posStems.has(s));
        if (shared && !negativeSense(pos) && !deniesNothing(neg)) {
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
