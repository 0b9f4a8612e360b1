/**
 * Participial cues outside a finite clause of their own, each crediting a noun phrase the other
 * frames do not reach:
 * - a participle right after the noun it modifies (frame "modifier"): `a group backing ⟦X⟧`,
 *   `62 percent of voters saying ⟦race relations are …⟧`, `Democrats supporting ⟦X⟧ were …`. The
 *   modified noun phrase is the speaker; the content follows the cue as in the speaker-first frame,
 *   and when the noun phrase is the sentence's subject (no finite verb before it) a nominal object
 *   ends before the main verb;
 * - a participle opening the sentence, alone or after a preposition (frame "fronted"):
 *   `After thanking ⟦the crowd⟧, he touted …`, `Declaring ⟦that …⟧, the mogul offered …`. The
 *   content runs to the comma that closes the fronted phrase, and the speaker is the subject of
 *   the main clause after it.
 * Both are proposed for the filter (filter.ts) to judge by the frame and the cue.
 */
import type { Mention } from '../../types.js';
import { span } from '../../util/text.js';
import { hasTag, type Term } from '../01-parse.js';
import { descriptionMention, trimContent, type SentenceContext } from './context.js';
import { nounPhraseEnd } from './extent.js';
import type { FrameReader } from './frame.js';
import { readContentAfter, thatAfterCue } from './speaker-first.js';
import { verbClass } from './verb-class.js';

/** Forms of "be" and "have" before a participle: a progressive or perfect verb, not a modifier. */
const AUXILIARY_BEFORE = /^(?:is|are|was|were|be|been|being|am|has|have|had|'s|’s|'re|’re|not|n't|n’t)$/u;
/** Words a noun phrase may hold before its head, walking back from it ("a constellation of super PACs"). */
const NP_LINK = /^(?:of)$/u;
/** Terms a modified noun phrase may span. */
const NP_MAX_TERMS = 8;

/** A participle: the cue form ends in "-ing". */
const PARTICIPLE = /\p{L}ing$/u;

/**
 * True when the term at `ci` is a participle right after a noun with nothing between them ("a
 * group backing", "voters saying"): the noun is no pronoun, determiner or possessive, the word
 * after the participle is no "of" ("the backing of"), and no form of "be" or "have" stands right
 * before the noun (a question's verb: "are voters backing …").
 */
export function modifiesNoun(terms: readonly Term[], ci: number): boolean {
  const term = terms[ci]!;
  const prev = terms[ci - 1];
  if (!prev || !PARTICIPLE.test(term.normal) || /[^\s]/u.test(prev.post)) return false;
  if (!hasTag(prev, 'Noun', 'ProperNoun', 'Value') || hasTag(prev, 'Pronoun', 'Determiner', 'Possessive', 'Verb', 'Adjective', 'Date', 'Month', 'WeekDay')) return false;
  if (/['’]s?$/u.test(prev.text)) return false;
  const next = terms[ci + 1];
  // "the backing of …": a noun, not a participle.
  if (!next || next.normal === 'of') return false;
  return !AUXILIARY_BEFORE.test(terms[ci - 2]?.normal ?? '');
}

/** The noun phrase that ends with term `hi`: a mention ending there, else the description it heads. */
function modifiedPhrase(ctx: SentenceContext, hi: number): Mention | null {
  const { terms, mentions, text } = ctx;
  const head = terms[hi]!;
  const named = mentions.find((m) => m.range[0] <= head.start && head.end <= m.range[1] + 1 && m.range[1] <= head.end + 1);
  let j = hi;
  while (j > 0 && hi - j < NP_MAX_TERMS) {
    const t = terms[j - 1]!;
    if (/[^\s]/u.test(t.post) && !/^['’]s?\s*$/u.test(t.post)) break;
    if (hasTag(t, 'Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'ProperNoun', 'Acronym') && !hasTag(t, 'Pronoun', 'Verb')) j--;
    else if (NP_LINK.test(t.normal) && j - 2 >= 0 && hasTag(terms[j - 2]!, 'Noun', 'Value') && !hasTag(terms[j - 2]!, 'Pronoun')) j -= 2;
    else break;
  }
  // A mention over the whole phrase is the speaker; a description around a named head ("supporters
  // of Jane Roe backing …") is the phrase itself.
  if (named && named.range[0] <= terms[j]!.start) return named;
  if (ctx.inQuote(terms[j]!.start)) return null;
  return descriptionMention(text, terms[j]!.start, head.end, head.normal);
}

/** True when a finite verb outside quotation marks stands before term `k` in the sentence. */
function finiteBefore(ctx: SentenceContext, k: number): boolean {
  for (let i = 0; i < k; i++) {
    const t = ctx.terms[i]!;
    if (!ctx.inQuote(t.start) && hasTag(t, 'PresentTense', 'PastTense', 'Modal', 'Copula') && !hasTag(t, 'Gerund', 'Participle', 'Infinitive', 'Adjective', 'Noun')) return true;
  }
  return false;
}

/**
 * `a group backing ⟦X⟧`: a participle cue right after the noun it modifies (modifiesNoun); the
 * noun phrase is the speaker.
 */
export const readModifier: FrameReader = (ctx, cue) => {
  const { ci, according } = cue;
  if (according || cue.passive || !modifiesNoun(ctx.terms, ci)) return null;
  const speaker = modifiedPhrase(ctx, ci - 1);
  if (!speaker) return null;
  const before = ctx.article.drafts.length;
  const last = readContentAfter(ctx, cue, speaker);
  // The noun phrase as the sentence's subject ("Democrats supporting ⟦X⟧ were …"): a nominal object
  // ends before the main verb.
  const cls = verbClass(cue.term.normal);
  const nominal = cls !== 'communication' && cls !== 'cognition';
  if (nominal && !finiteBefore(ctx, ci)) {
    for (let i = before; i < ctx.article.drafts.length; i++) {
      const d = ctx.article.drafts[i]!;
      if (d.quote !== null || /^that\s/u.test(ctx.text.slice(d.content[0], d.content[0] + 5))) continue;
      d.content = trimContent(ctx.text, d.content[0], nounPhraseEnd(ctx, d.content[0], d.content[1], true));
    }
    // Both readings may now be the same: keep one.
    const drafts = ctx.article.drafts;
    for (let i = drafts.length - 1; i > before; i--) {
      if (drafts[i]!.content[0] === drafts[i - 1]!.content[0] && drafts[i]!.content[1] === drafts[i - 1]!.content[1]) drafts.splice(i, 1);
    }
  }
  return last;
};

/** Relative pronouns, the subjects of a relative clause rather than of the main clause. */
const RELATIVE = /^(?:who|which|that|whose)$/iu;

/** Prepositions that may open a fronted participial phrase ("After thanking …", "While saying …"). */
const FRONT_PREPOSITION = /^(?:after|while|in|by|since|besides|without|before|upon|on|when|despite)$/u;

/**
 * `After thanking ⟦the crowd⟧, he touted …`, `Declaring ⟦that …⟧, X offered …`: a participle cue
 * opening the sentence (after a preposition, or an opening quotation mark or parenthesis); the
 * content runs to the comma that closes the phrase and the speaker is the main clause's subject.
 */
export const readFronted: FrameReader = (ctx, cue) => {
  const { text, terms } = ctx;
  const { ci, term, according } = cue;
  if (according || cue.passive || !PARTICIPLE.test(term.normal)) return null;
  const lead = ci === 0 ? 0 : ci === 1 && FRONT_PREPOSITION.test(terms[0]!.normal) && !/[^\s]/u.test(terms[0]!.post) ? 1 : -1;
  if (lead < 0 || ctx.inQuote(term.start)) return null;
  // The comma that closes the phrase: the first one outside quotation marks, with a clause after it.
  let comma = -1;
  for (let k = ci; k < terms.length - 1; k++) {
    // (A full stop inside the sentence ends an abbreviation: "Mrs.")
    if (/[;:!?]/u.test(terms[k]!.post)) return null;
    if (/,/u.test(terms[k]!.post) && !ctx.inQuote(terms[k]!.end)) {
      comma = k;
      break;
    }
  }
  if (comma <= ci) return null;
  // The main clause's subject: that of its first finite verb after the comma, past a relative
  // clause on the phrase's object ("After thanking the crowd, which chanted …, he touted …").
  let speaker: Mention | null = null;
  for (let v = comma + 1; v < terms.length && !speaker; v++) {
    const t = terms[v]!;
    if (ctx.inQuote(t.start) || !hasTag(t, 'PresentTense', 'PastTense', 'Modal') || hasTag(t, 'Gerund', 'Participle', 'Infinitive', 'Adjective', 'Noun')) continue;
    const s = ctx.subjectBefore(v);
    if (!s || s.range[0] < terms[comma]!.end || s.range[1] > t.start) return null;
    if (!RELATIVE.test(s.raw)) speaker = s;
  }
  if (!speaker) return null;
  const rest = text.slice(term.end, terms[comma]!.end);
  const that = thatAfterCue(rest);
  const start = that !== undefined && /that\s+$/u.test(that) ? term.end + /that\s+$/u.exec(that)!.index : term.end;
  const content = trimContent(text, start, terms[comma]!.end);
  if (content[1] - content[0] < 2) return null;
  ctx.push({ content, kind: 'indirect', speaker, cue: span(text, term.start, term.end), quote: null });
  return ci;
};
