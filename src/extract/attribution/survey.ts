/**
 * A poll or survey as the source of a finding, without a verb of saying: `In a CBS News poll last
 * month, ⟦X led Y 56 percent to 32 percent⟧` and `⟦X has a decisive lead⟧ in the polls ahead of …`.
 * The phrase after "in" that holds the survey noun is the speaker; the clause after the opening
 * phrase's comma, or before the closing "in", is the content. Proposed with frame "according-to"
 * (the same shape as "according to the poll"), for the filter (filter.ts) to judge by its cue.
 */
import { span } from '../../util/text.js';
import { hasTag, type Term } from '../01-parse.js';
import { descriptionMention, trimContent, type SentenceContext } from './context.js';
import { indirectContentEnd } from './extent.js';

/** Nouns that name an opinion survey. */
const SURVEY_NOUN = /^(?:polls?|surveys?)$/u;
/** Most terms in the source phrase after "in". */
const MAX_PHRASE = 10;
/** Shortest content, in characters. */
const MIN_CHARS = 8;

export function readSurvey(ctx: SentenceContext): void {
  const { terms } = ctx;
  for (let i = 0; i < terms.length - 1; i++) {
    const t = terms[i]!;
    if (t.normal !== 'in' || ctx.inQuote(t.start)) continue;
    const phrase = surveyPhrase(ctx, i);
    if (!phrase) continue;
    // Sentence-initial ("In a new poll, …", "But in the survey, …"): the clause after the comma.
    const leading = i <= 1 && /,/u.test(terms[phrase.last]!.post);
    if (leading ? readAfter(ctx, i, phrase) : readBefore(ctx, i, phrase)) return;
  }
}

interface Phrase {
  /** Index of the phrase's last term. */
  readonly last: number;
}

/**
 * The source phrase after the "in" at term `i`: up to MAX_PHRASE terms to the first punctuation,
 * with a survey noun among its first terms and no finite verb before it ("in the polls",
 * "in an NBC News/Wall Street Journal poll released Monday").
 */
function surveyPhrase(ctx: SentenceContext, i: number): Phrase | null {
  const { terms } = ctx;
  let survey = -1;
  let k = i + 1;
  for (; k < terms.length && k - i <= MAX_PHRASE; k++) {
    const t = terms[k]!;
    // The survey noun heads the phrase: no other noun right after it ("the polls district").
    if (survey === k - 1 && hasTag(t, 'Noun') && !hasTag(t, 'Date', 'Duration') && !/[,.;:!?()—–]/u.test(terms[k - 1]!.post)) return null;
    if (survey < 0) {
      if (SURVEY_NOUN.test(t.normal)) survey = k;
      else if (!hasTag(t, 'Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym', 'ProperNoun') || hasTag(t, 'Pronoun')) return null;
    }
    if (/[,.;:!?()—–]/u.test(t.post) || k === terms.length - 1) break;
  }
  return survey < 0 || k - i > MAX_PHRASE ? null : { last: Math.min(k, terms.length - 1) };
}

/** A finite verb among terms `[from, to)`: the content is a clause. */
function hasFiniteVerb(terms: readonly Term[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (hasTag(terms[k]!, 'PresentTense', 'PastTense', 'Modal', 'Copula') && !hasTag(terms[k]!, 'Gerund', 'Participle', 'Infinitive', 'Noun', 'Adjective')) return true;
  }
  return false;
}

function readAfter(ctx: SentenceContext, i: number, { last }: Phrase): boolean {
  const { text, terms } = ctx;
  const first = terms[last + 1];
  if (!first || ctx.inQuote(first.start) || !hasFiniteVerb(terms, last + 1, terms.length)) return false;
  const speaker = descriptionMention(text, terms[i + 1]!.start, terms[last]!.end, 'poll');
  const content = trimContent(text, first.start, indirectContentEnd(ctx, first.start, speaker.range[0]));
  if (content[1] - content[0] < MIN_CHARS) return false;
  ctx.push({ content, kind: 'indirect', speaker, cue: span(text, terms[i]!.start, terms[i]!.end), quote: null });
  return true;
}

function readBefore(ctx: SentenceContext, i: number, { last }: Phrase): boolean {
  const { text, terms, ss } = ctx;
  // The clause before "in" is the content: it starts the sentence (after a comma-free lead) and has a verb.
  if (i < 2 || !hasFiniteVerb(terms, 0, i) || terms.slice(0, i).some((t) => /[,;:]/u.test(t.post) || ctx.inQuote(t.start))) return false;
  const speaker = descriptionMention(text, terms[i + 1]!.start, terms[last]!.end, 'poll');
  const content = trimContent(text, ss, terms[i]!.start);
  if (content[1] - content[0] < MIN_CHARS) return false;
  ctx.push({ content, kind: 'indirect', speaker, cue: span(text, terms[i]!.start, terms[i]!.end), quote: null });
  return true;
}
