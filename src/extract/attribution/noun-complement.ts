/**
 * Nouns that report, outside any verb frame (frame "noun-complement"):
 * - a noun or adjective with a "that" clause: `his suggestion that …`, `Y was adamant that …`,
 *   `a tacit recognition that …`, and a participle after a copula, also a mined cue's, which the
 *   verb frames do not read (`X are concerned that …`, `Y is not convinced that …`). The clause (from
 *   its "that" to the end of its clause, extent.ts) is the content; the speaker is a possessive
 *   right before the noun ("his", "Clinton's"), else the subject of the sentence's main clause;
 * - a possessed noun with a prepositional object: `his support for X`, `Clinton's criticism of X`;
 *   the object noun phrase is the content and the possessor the speaker. Without a possessor, a
 *   noun of saying, thinking or feeling (WordNet classes, verb-class.ts) reports for the clause's
 *   subject: `X had harsh words about Y`, `X had little praise for Y`;
 * - a predicate adjective with a preposition: `X is upbeat about Y`, `X was eager to …`.
 * Relative clauses ("the plan that he proposed") and plain possession ("his book about X") take
 * these shapes too: the filter (filter.ts) learns which nouns report content, from the noun
 * itself and its ending. (Infinitive complements, "her plan to …", were tried and did not help.)
 */
import type { Mention, Range } from '../../types.js';
import { span } from '../../util/text.js';
import { hasTag, type Term } from '../01-parse.js';
import { trimContent, type SentenceContext } from './context.js';
import { cueLemma, isListedCue } from './cues.js';
import { indirectContentEnd, nounPhraseEnd } from './extent.js';
import { mainSubject } from './participial.js';
import { nounClass } from './verb-class.js';

/** Terms after "that" within which the clause's finite verb must come. */
const CLAUSE_WINDOW = 8;
/** Shortest content, in characters. */
const MIN_CHARS = 8;

export function readNounComplement(ctx: SentenceContext): void {
  const { text, terms } = ctx;
  // The contents the frames read in this sentence (its drafts are the last ones): not read again.
  const read: Array<readonly [number, number]> = [];
  for (let k = ctx.article.drafts.length - 1; k >= 0 && ctx.article.drafts[k]!.sentence === ctx.index; k--) read.push(ctx.article.drafts[k]!.content);
  const isRead = (pos: number) => read.some((r) => r[0] <= pos && pos < r[1]);
  for (let i = 1; i < terms.length - 2; i++) {
    const mark = terms[i]!;
    if (readPossessiveNoun(ctx, i, isRead) || readPredicateAdjective(ctx, i, isRead)) {
      read.push(ctx.article.drafts[ctx.article.drafts.length - 1]!.content);
      continue;
    }
    if (mark.normal !== 'that' || ctx.inQuote(mark.start) || /[,;:]/u.test(terms[i - 1]!.post)) continue;
    const head = terms[i - 1]!;
    // A noun or adjective, not a verb (verb frames read "said that"), not a pronoun or a determiner;
    // or a participle after a copula, also a mined cue's, which no verb frame reads ("some Democrats
    // are concerned that …", "X is not convinced that …"; a listed cue's, "was told that", names the addressee).
    const predicate = participleAfterCopula(terms, i - 1) && !isListedCue(head.normal);
    if (!predicate && (!hasTag(head, 'Noun', 'Adjective') || hasTag(head, 'Verb', 'Pronoun', 'Determiner', 'ProperNoun', 'Value') || cueLemma(head.normal) !== undefined)) continue;
    if (isRead(mark.start)) continue;
    if (!clauseFollows(terms, i)) continue;
    const speaker = possessiveBefore(ctx, i - 1) ?? mainSubject(ctx, i - 1);
    if (!speaker || speaker.range[1] > head.start) continue;
    const start = terms[i + 1]!.start;
    const body = trimContent(text, start, indirectContentEnd(ctx, start, speaker.range[0]));
    if (body[1] - body[0] < MIN_CHARS) continue;
    // The content starts at the "that", as PolNeAR marks a "that" clause.
    const content: Range = [mark.start, body[1]];
    ctx.push({ content, kind: 'indirect', speaker, cue: span(text, head.start, head.end), quote: null });
    read.push(content);
  }
}

/** True when term `hi` is a participle ("-ed") after a copula, with only adverbs and "not" between ("are not convinced"). */
function participleAfterCopula(terms: readonly Term[], hi: number): boolean {
  if (!/ed$/u.test(terms[hi]!.normal) || hasTag(terms[hi]!, 'Pronoun', 'Determiner', 'ProperNoun', 'Value')) return false;
  let k = hi - 1;
  while (k >= 0 && (hasTag(terms[k]!, 'Adverb', 'Negative') || /^(?:not|never|also|still|very|so|more|less|increasingly|deeply|clearly|already)$/u.test(terms[k]!.normal)) && !/[,;:]/u.test(terms[k]!.post)) k--;
  return k >= 0 && COPULA.test(terms[k]!.normal) && !/[,;:]/u.test(terms[k]!.post);
}

/** A finite verb within the clause that starts after "that" at term `i`. */
function clauseFollows(terms: readonly Term[], i: number): boolean {
  for (let k = i + 2; k < terms.length && k <= i + CLAUSE_WINDOW; k++) {
    if (/[,;:.!?]/u.test(terms[k - 1]!.post) && k > i + 2) return false;
    if (hasTag(terms[k]!, 'PresentTense', 'PastTense', 'Modal', 'Copula') && !hasTag(terms[k]!, 'Gerund', 'Participle', 'Infinitive', 'Adjective', 'Noun')) return true;
  }
  return false;
}

/** A possessive ("his", "Clinton's") within two words before the noun at term `hi`. */
export function possessiveBefore(ctx: SentenceContext, hi: number): Mention | null {
  const { terms, mentions } = ctx;
  for (let k = hi - 1; k >= 0 && k >= hi - 2; k--) {
    const t = terms[k]!;
    if (/^(?:his|her|their|its|our|my)$/u.test(t.normal)) {
      return mentions.find((m) => m.range[0] <= t.start && t.start < m.range[1]) ?? { type: 'mention', range: [t.start, t.end], raw: t.text, kind: 'other', canonical: t.text, form: 'pronoun' };
    }
    if (/['’]s?$/u.test(t.text)) return mentions.find((m) => m.range[0] <= t.start && t.start < m.range[1]) ?? null;
  }
  return null;
}

/** WordNet noun classes whose nouns report without a possessor (verb-class.ts). */
const REPORTING_NOUN: ReadonlySet<string> = new Set(['communication', 'cognition', 'feeling']);

/** Prepositions that introduce the object of a possessed noun ("his support for …", "her attack on …"). */
const NOUN_PREPOSITIONS = /^(?:of|for|on|against|about|to|with|over|toward|towards)$/u;

/**
 * `his support for X`, `Clinton's criticism of X`: a noun right after a possessive and before a
 * preposition; the object noun phrase after the preposition is the content and the possessor the
 * speaker. Pushes the draft and returns true when term `i` is such a preposition.
 */
function readPossessiveNoun(ctx: SentenceContext, i: number, isRead: (pos: number) => boolean): boolean {
  const { text, terms } = ctx;
  const prep = terms[i]!;
  const head = terms[i - 1]!;
  if (!NOUN_PREPOSITIONS.test(prep.normal) || ctx.inQuote(prep.start) || /[,;:]/u.test(head.post) || !terms[i + 1]) return false;
  if (!hasTag(head, 'Noun') || hasTag(head, 'Pronoun', 'ProperNoun', 'Value', 'Possessive')) return false;
  const possessor = possessiveBefore(ctx, i - 1);
  // Without a possessor, a noun of saying, thinking or feeling (WordNet, verb-class.ts) reports for
  // the clause's subject ("X had harsh words about …", "X had little praise for …"), unless the
  // noun is the predicate of a copula: "It was a discussion about …" describes, nobody reports.
  const speaker = possessor ?? (REPORTING_NOUN.has(nounClass(head.normal) ?? '') && !afterCopula(ctx, i - 1) ? mainSubject(ctx, i - 1) : null);
  if (!speaker || speaker.range[1] > head.start || isRead(prep.start)) return false;
  const start = terms[i + 1]!.start;
  const end = nounPhraseEnd(ctx, start, indirectContentEnd(ctx, start, speaker.range[0]), true);
  const content = trimContent(text, start, end);
  if (content[1] <= content[0]) return false;
  ctx.push({ content, kind: 'indirect', speaker, cue: span(text, head.start, prep.end), quote: null, ...(possessor ? {} : { relaxed: 'noun-class' }) });
  return true;
}

/** True when a copula stands within the four terms before the noun at term `hi`, before any other verb or clause break ("was a discussion", "is the view"). */
function afterCopula(ctx: SentenceContext, hi: number): boolean {
  for (let k = hi - 1; k >= 0 && k >= hi - 4; k--) {
    const t = ctx.terms[k]!;
    if (COPULA.test(t.normal)) return true;
    if (/[,;:]/u.test(t.post) || hasTag(t, 'Verb')) return false;
  }
  return false;
}

/** Copulas before a predicate adjective ("is eager to", "were not fond of", "has been critical of"). */
const COPULA = /^(?:is|are|was|were|be|been|being|am|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|became|become|becomes|'s|’s|'re|’re|'m|’m)$/u;
/** Prepositions after a predicate adjective that introduce what the subject holds an attitude to. */
const ADJECTIVE_PREPOSITIONS = /^(?:of|about|with|on|toward|towards|over|to|at|for|against)$/u;

/**
 * `X is upbeat about Y`, `X was critical of Y`, `X is eager to …`: a predicate adjective after a
 * copula (adverbs and "not" between them), then a preposition; the object noun phrase (or the
 * infinitive clause, "to" included) is the content and the copula's subject the speaker. Proposed
 * for the filter to judge by the adjective and its preposition (most adjectives report nothing:
 * "is close to", "was full of"). Pushes the draft and returns true when term `i` is such a preposition.
 */
function readPredicateAdjective(ctx: SentenceContext, i: number, isRead: (pos: number) => boolean): boolean {
  const { text, terms } = ctx;
  const prep = terms[i]!;
  const head = terms[i - 1]!;
  const next = terms[i + 1];
  if (!next || !ADJECTIVE_PREPOSITIONS.test(prep.normal) || ctx.inQuote(prep.start) || /[,;:]/u.test(head.post)) return false;
  if (!hasTag(head, 'Adjective') || hasTag(head, 'Noun', 'Pronoun', 'ProperNoun', 'Value', 'Determiner') || isRead(prep.start)) return false;
  let c = i - 2;
  while (c >= 0 && i - 2 - c < 3 && !COPULA.test(terms[c]!.normal) && hasTag(terms[c]!, 'Adverb', 'Negative') && !/[,;:]/u.test(terms[c]!.post)) c--;
  if (c < 0 || !COPULA.test(terms[c]!.normal) || /[,;:]/u.test(terms[c]!.post)) return false;
  const speaker = ctx.subjectBefore(c);
  if (!speaker || speaker.range[1] > terms[c]!.start) return false;
  const infinitive = prep.normal === 'to' && hasTag(next, 'Verb') && !hasTag(next, 'Noun', 'Determiner');
  const start = infinitive ? prep.start : next.start;
  const clauseEnd = indirectContentEnd(ctx, start, speaker.range[0]);
  const content = trimContent(text, start, infinitive ? clauseEnd : nounPhraseEnd(ctx, start, clauseEnd, true));
  if (content[1] - content[0] < 2) return false;
  ctx.push({ content, kind: 'indirect', speaker, cue: span(text, head.start, infinitive ? head.end : prep.end), quote: null, relaxed: 'adjective' });
  return true;
}
