/**
 * Attributions: who said what, through which channel.
 *
 * Per sentence, every reporting cue outside quotation marks (a listed or mined cue word, or a verb
 * of saying by its WordNet class, attribution/verb-class.ts) is read by the first
 * frame reader (under `attribution/`) that accepts it:
 * - `X quoted Y as saying …` (quoted-as-saying);
 * - a passive cue with its agent, `X was first reported by Y` (passive);
 * - a participle after a comma, `…, adding that …`, credited to the main clause's subject (participial);
 * - a participle after the noun it modifies, `a group backing …`, credited to that noun (modifier),
 *   and one opening the sentence, `After thanking …, X …`, to the main clause's subject (fronted);
 * - content before the cue: `“…,” said X`, `…, says X`, `“…,” X added` (content-first);
 * - `According to X, …` / `…, according to X` (according-to);
 * - speaker before, content after: `X said: “…”`, `X said (that) …`, `X told reporters …`,
 *   `X called it “…”` (speaker-first).
 * Nouns that report without a verb, `his suggestion that …`, `her support for X`, are read per
 * sentence (noun-complement), so are cues ending in a preposition mined from the training split,
 * `X railed against …`, `a call for …` (prepositional), and so is a poll as a finding's source, `In a new poll, …` and
 * `… in the polls` (survey). A sentence led by a short title-cased name and a colon
 * (`X: Content`) is X's (colon). Quotations no cue claims continue the previous speaker, or the
 * attribution whose frame interrupts them (unclaimed-quotes). A trained filter
 * (attribution/filter.ts) then drops drafts unlikely to be attributions, and of two kept drafts
 * with nearly the same content the one it scores lower. Channels (`via`) come
 * from the sentence, its paragraph, an anaphoric "in the interview", or the same speaker's
 * statement in an adjacent paragraph (via). A line break between two sentences ends a paragraph
 * (lineParagraphs). Work is linear in the number of terms and mentions
 * for a bounded number of quotations per sentence.
 */
import type { Attribution, Channel, Mention, Range, Sentence } from '../types.js';
import { firstTermAt, hasTag, type Term } from './01-parse.js';
import type { MentionIndex } from './03-mentions.js';
import { findQuoteSpans, type QuoteSpan } from './04-quotes.js';
import { readAccordingTo } from './attribution/according-to.js';
import { readColonLead } from './attribution/colon.js';
import { readContentFirst } from './attribution/content-first.js';
import { misreadNoun, sentenceContext, type ArticleContext, type Draft, type SentenceContext } from './attribution/context.js';
import { cueLemma, isListedCue } from './attribution/cues.js';
import { acceptScore, draftFeatures, draftScore, draftTokens, dropDuplicates, duplicateOverlap, type FrameName } from './attribution/filter.js';
import type { CueAt, FrameReader } from './attribution/frame.js';
import { readNounComplement } from './attribution/noun-complement.js';
import { readParticipial } from './attribution/participial.js';
import { modifiesNoun, readFronted, readModifier } from './attribution/participle-phrases.js';
import { readPassive } from './attribution/passive.js';
import { readPrepositional } from './attribution/prepositional.js';
import { readQuotedAsSaying } from './attribution/quoted-as-saying.js';
import { readSpeakerFirst } from './attribution/speaker-first.js';
import { readSurvey } from './attribution/survey.js';
import { readUnclaimedQuotes } from './attribution/unclaimed-quotes.js';
import { lemmaCandidates, verbClass } from './attribution/verb-class.js';
import { assignChannels } from './attribution/via.js';

export { channelName } from './attribution/channels.js';
export { verbForms } from './attribution/cues.js';

export interface AttributionInput {
  readonly articleId: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Paragraph ranges, indexed by `Sentence.paragraph`. */
  readonly paragraphs: readonly Range[];
  readonly terms: readonly Term[];
  readonly mentions: MentionIndex;
  /** The quotations of each paragraph, when the caller has found them already (findQuoteSpans). */
  readonly quotesByParagraph?: readonly (readonly QuoteSpan[])[];
}

/** Frame readers, in the order they are tried on each cue. */
const FRAMES: ReadonlyArray<readonly [FrameName, FrameReader]> = [
  ['quoted-as-saying', readQuotedAsSaying],
  ['passive', readPassive],
  ['participial', readParticipial],
  ['modifier', readModifier],
  ['fronted', readFronted],
  ['content-first', readContentFirst],
  ['according-to', readAccordingTo],
  ['speaker-first', readSpeakerFirst],
];

/** Forms of saying that are verbs wherever the tagger reads a noun ("Jane Doe, the aide, tells CNN"). */
const UNAMBIGUOUS_CUE = /^(?:says|said|tells|told|adds|writes|explains|recalls)$/u;

/** Passive voice ("has been accused of", "wasn't released") reports nobody's words, except "was quoted as saying". */
const PASSIVE_AUX = /^(?:been|was|were|is|are|be|being|get|got|(?:was|were|is|are)n['’]t)$/u;

/** The cue at term `ci`, or null when the term is not a reporting cue. */
function cueAt(text: string, terms: readonly Term[], ci: number, ss: number): CueAt | null {
  const term = terms[ci]!;
  const according = term.normal === 'according' && terms[ci + 1]?.normal === 'to';
  if (according) return { ci, term, lemma: 'according to', according, before: text.slice(ss, term.start) };
  const lemma = cueLemma(term.normal) ?? classCue(term);
  if (!lemma) return null;
  const before = text.slice(ss, term.start);
  // A noun the tagger read as a verb before the real cue ("refugee advocates also said", "The
  // campaign says") heads that cue's subject.
  const k = terms[ci + 1] && hasTag(terms[ci + 1]!, 'Adverb') && !/[,;:]/u.test(term.post) ? ci + 2 : ci + 1;
  const next = terms[k];
  if (ci > 0 && next && !/[,;:]/u.test(terms[k - 1]!.post) && isListedCue(next.normal) && hasTag(next, 'PastTense', 'PresentTense') && !hasTag(next, 'Gerund', 'Noun') && misreadNoun(term, terms[ci - 1]!)) return null;
  // A participle after a comma is a cue even when the tagger reads it as a noun (", adding that"),
  // and so is a verb form it reads as a noun right after a named or pronoun subject ("Mr. Roe
  // forecast that …", "Jane Doe refers to …").
  // A participle right after the noun it modifies ("a group backing X") is a cue too (participle-phrases.ts).
  if (!hasTag(term, 'Verb') && !UNAMBIGUOUS_CUE.test(term.normal) && !(/ing$/u.test(term.normal) && /[,—–]\s*$/u.test(before)) && !misreadVerb(terms, ci) && !modifiesNoun(terms, ci)) return null;
  // "is saying", "was hoping": a form of "be" before a gerund is the progressive, not the passive.
  // A passive ("was first reported by") is left to the passive frame.
  const aux = ci > 1 && /^(?:first|also|already|widely|later|previously|initially|originally|repeatedly|never|not)$/u.test(terms[ci - 1]!.normal) ? ci - 2 : ci - 1;
  if (aux >= 0 && PASSIVE_AUX.test(terms[aux]!.normal) && !/ing$/u.test(term.normal) && !(lemma === 'quote' && terms[ci + 1]?.normal === 'as')) {
    return aux === ci - 1 || hasTag(term, 'PastTense', 'Participle') ? { ci, term, lemma, according, before, passive: true } : null;
  }
  return { ci, term, lemma, according, before };
}

/** Subject pronouns before a verb form the tagger reads as a noun. */
const SUBJECT_BEFORE_VERB = /^(?:he|she|they|we|i)$/u;

/**
 * True when the cue word at `ci`, tagged a noun, is the verb of the subject right before it: a
 * lower-case word after a person's or organisation's name or a subject pronoun, with no punctuation
 * between, and either "that" after it or an inflected form ("-s", "-ed") before a determiner, name,
 * pronoun or preposition.
 */
function misreadVerb(terms: readonly Term[], ci: number): boolean {
  const term = terms[ci]!;
  const prev = terms[ci - 1];
  const next = terms[ci + 1];
  if (!prev || !next || !hasTag(term, 'Noun') || !/^\p{Ll}+$/u.test(term.text) || /[,;:()—–-]/u.test(prev.post) || /[,;:()—–-]/u.test(term.post)) return false;
  if (!(hasTag(prev, 'Person', 'Organization') || (hasTag(prev, 'Pronoun') && SUBJECT_BEFORE_VERB.test(prev.normal)))) return false;
  return next.normal === 'that' || (/(?:s|ed)$/u.test(term.normal) && hasTag(next, 'Determiner', 'ProperNoun', 'Preposition', 'Pronoun'));
}

/**
 * WordNet classes whose verbs report even when the cue lexicon lacks them (verb-class.ts). Adding
 * cognition, emotion or social verbs lowered F1 on PolNeAR dev and speaker accuracy on train.
 */
const REPORTING_CLASSES: ReadonlySet<string> = new Set(['communication']);

/**
 * The lemma of a verb the cue lexicon lacks whose WordNet class reports ("berated", "lampooned"), so
 * that the frames propose its drafts and the filter judges them by the class.
 */
function classCue(term: Term): string | undefined {
  if (!hasTag(term, 'Verb') || hasTag(term, 'Auxiliary', 'Copula', 'Modal', 'Noun', 'Adjective') || !/^\p{Ll}+$/u.test(term.normal)) return undefined;
  const cls = verbClass(term.normal);
  return cls && REPORTING_CLASSES.has(cls) ? lemmaCandidates(term.normal).find((l) => verbClass(l) === cls) : undefined;
}

/** An attribution the frame readers propose, with its features for the filter. */
export interface AttributionCandidate {
  readonly attribution: Attribution;
  readonly features: readonly number[];
  /** Its sparse lexical indicators for the filter. */
  readonly tokens: readonly string[];
  /** False when the filter does not apply to the draft. */
  readonly filtered: boolean;
}

/** Every attribution the frame readers propose for an article, in text order, before filtering. */
/** Readers run once per sentence after the cue frames, in this order, with the frame their drafts get. */
const SENTENCE_READERS: ReadonlyArray<readonly [FrameName, (ctx: SentenceContext) => void]> = [
  ['noun-complement', readNounComplement],
  ['prepositional', readPrepositional],
  ['according-to', readSurvey],
  ['colon', readColonLead],
  ['unclaimed', readUnclaimedQuotes],
];

export function findAttributionCandidates(input: AttributionInput): AttributionCandidate[] {
  const { text, terms, articleId } = input;
  const { sentences, paragraphs } = lineParagraphs(text, input.sentences, input.paragraphs);
  // The paragraphs' quotations, found once with the sentences, unless line breaks made new paragraphs.
  const known = paragraphs === input.paragraphs ? input.quotesByParagraph : undefined;
  const quotesByParagraph = paragraphs.map((p, i) => known?.[i] ?? findQuoteSpans(text, p[0], p[1]));
  const article: ArticleContext = { text, sentences, paragraphs, quotesByParagraph, drafts: [], usedQuotes: new Set() };
  const mentionList = [...input.mentions.mentions].sort((a, b) => a.range[0] - b.range[0]);
  const channelsBySentence: (readonly Channel[])[] = [];

  let termCursor = 0;
  let mentionCursor = 0;
  for (let si = 0; si < sentences.length; si++) {
    const [ss, se] = sentences[si]!.range;
    while (termCursor < terms.length && terms[termCursor]!.start < ss) termCursor++;
    let endCursor = termCursor;
    while (endCursor < terms.length && terms[endCursor]!.start < se) endCursor++;
    const sTerms = terms.slice(termCursor, endCursor);
    while (mentionCursor < mentionList.length && mentionList[mentionCursor]!.range[0] < ss) mentionCursor++;
    const sMentions: Mention[] = [];
    for (let m = mentionCursor; m < mentionList.length && mentionList[m]!.range[0] < se; m++) {
      if (mentionList[m]!.range[1] <= se) sMentions.push(mentionList[m]!);
    }
    // The context finds the sentence's quotations once, and its channels from them.
    const ctx = sentenceContext(article, si, sTerms, sMentions);
    channelsBySentence.push(ctx.channels);

    for (let ci = 0; ci < sTerms.length; ci++) {
      if (ctx.inQuote(sTerms[ci]!.start)) continue;
      const cue = cueAt(text, sTerms, ci, ss);
      if (!cue) continue;
      // A mined (not hand-listed) cue inside content already reported is part of that content.
      // An infinitive that opens the content ("continued ⟦to push for …⟧", "tried ⟦to portray …⟧") is
      // read as a cue too: the filter weighs its draft against the outer one.
      const opensDraft = ci > 0 && sTerms[ci - 1]!.normal === 'to' && draftStartsAt(article.drafts, si, sTerms[ci - 1]!.start);
      // So is a participle after the noun it modifies ("gave $5 million to ⟦a group backing ⟦X⟧⟧"), which PolNeAR reads on its own.
      if (!isListedCue(cue.term.normal) && !cue.according && !opensDraft && !modifiesNoun(sTerms, ci) && insideDraft(article.drafts, si, cue.term.start)) continue;
      for (const [name, read] of FRAMES) {
        const before = article.drafts.length;
        const last = read(ctx, cue);
        for (let i = before; i < article.drafts.length; i++) article.drafts[i]!.frame = name;
        if (last !== null) {
          ci = last;
          break;
        }
      }
    }
    // The readers that need no cue of their own, each draft marked with its frame for the filter.
    for (const [frame, read] of SENTENCE_READERS) {
      const before = article.drafts.length;
      read(ctx);
      for (let i = before; i < article.drafts.length; i++) article.drafts[i]!.frame = frame;
    }
  }

  const drafts = assignChannels(article.drafts, sentences, channelsBySentence);
  return toAttributions(articleId, text, drafts).map((attribution, i) => {
    const d = drafts[i]!;
    // Quotations without a cue (continued speakers, headline quotes) are not the filter's to judge.
    const filtered = d.frame !== 'unclaimed';
    const tokens = filtered ? [...draftTokens(text, sentences[d.sentence]!.range, { ...d, paragraphStart: paragraphs[d.paragraph]?.[0] ?? -1 }, d.frame), ...syntaxTokens(terms, d)] : [];
    return { attribution, features: draftFeatures(text, sentences[d.sentence]!.range, d, d.frame), tokens, filtered };
  });
}

/**
 * The paragraphs as attribution reads them: a line break between two sentences of a paragraph
 * (text pasted with single line breaks) ends a paragraph too, so that an unclosed quotation (a
 * quoted passage going on in the next paragraph opens again there) and a continued speaker are
 * read per line, as in a paragraph. Sentences are renumbered to the new paragraphs; a paragraph
 * without such a break is kept as it is.
 */
function lineParagraphs(text: string, sentences: readonly Sentence[], paragraphs: readonly Range[]): { sentences: readonly Sentence[]; paragraphs: readonly Range[] } {
  let breaks = false;
  for (let i = 1; i < sentences.length && !breaks; i++) {
    const [a, b] = [sentences[i - 1]!, sentences[i]!];
    breaks = a.paragraph === b.paragraph && text.slice(a.range[1], b.range[0]).includes('\n');
  }
  if (!breaks) return { sentences, paragraphs };
  const outParagraphs: Range[] = [];
  const outSentences: Sentence[] = [];
  let open: [number, number] | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1];
    const para = paragraphs[s.paragraph] ?? s.range;
    if (!prev || prev.paragraph !== s.paragraph) open = null;
    else if (text.slice(prev.range[1], s.range[0]).includes('\n')) {
      open![1] = prev.range[1];
      open = null;
    }
    if (!open) {
      open = [prev && prev.paragraph === s.paragraph ? s.range[0] : para[0], para[1]];
      outParagraphs.push(open);
    }
    outSentences.push({ ...s, paragraph: outParagraphs.length - 1 });
  }
  return { sentences: outSentences, paragraphs: outParagraphs };
}

/** Word classes the syntax tokens name, most specific first. */
const CLASSES = ['Pronoun', 'ProperNoun', 'Determiner', 'Possessive', 'Value', 'Gerund', 'Infinitive', 'PastTense', 'PresentTense', 'Preposition', 'Conjunction', 'Adjective', 'Adverb', 'Noun', 'Verb'];
const classOf = (t: Term | undefined): string => (t ? CLASSES.find((c) => hasTag(t, c)) ?? 'other' : 'none');

/**
 * Syntactic indicators of a draft for the filter (terms are sorted by start): the word class of
 * the cue and of the content's first word, whether the content holds a finite verb after its first
 * word (a clause rather than a noun phrase), the content's length in words, by frame, and for a
 * noun or adjective with a "that" clause (noun-complement.ts), its ending.
 */
function syntaxTokens(terms: readonly Term[], d: Draft): string[] {
  const out: string[] = [];
  const lo = firstTermAt(terms, d.content[0]);
  const first = terms[lo];
  out.push(`contentFirstClass=${classOf(first && first.start < d.content[1] ? first : undefined)}`);
  let words = 0;
  let clause = false;
  for (let i = lo; i < terms.length && terms[i]!.start < d.content[1]; i++) {
    words++;
    if (i > lo && hasTag(terms[i]!, 'PresentTense', 'PastTense', 'Modal', 'Copula') && !hasTag(terms[i]!, 'Gerund', 'Participle', 'Infinitive', 'Adjective', 'Noun')) clause = true;
  }
  out.push(`content.clause=${clause}|${d.frame}`);
  out.push(`content.words=${words < 3 ? 'short' : words < 8 ? 'medium' : words < 25 ? 'long' : 'very long'}|${d.frame}`);
  if (d.cue) {
    const cueTerm = terms[firstTermAt(terms, d.cue.range[0])];
    out.push(`cueClass=${classOf(cueTerm && cueTerm.start < d.cue.range[1] ? cueTerm : undefined)}`);
    // A noun or adjective before a "that" clause reports content by its kind ("-tion", "-ment", "-ant"), which rare words share.
    if (d.frame === 'noun-complement') out.push(`nounSuffix=${d.cue.raw.toLowerCase().slice(-3)}`);
  }
  return out;
}

/**
 * Extracts the attributions of an article: the drafts of the frame readers that the trained filter
 * (attribution/filter.ts) accepts, less near-duplicates (of two drafts with nearly the same
 * content, the one the filter scores higher stays).
 */
export function findAttributions(input: AttributionInput): Attribution[] {
  // Each candidate is scored once, for the filter and for the duplicates.
  const scored = findAttributionCandidates(input).map((c) => ({ c, score: candidateScore(c) }));
  const kept = scored.filter(({ c, score }) => !c.filtered || acceptScore(score));
  return dropDuplicates(kept, ({ c }) => c.attribution.range, ({ score }) => score, duplicateOverlap()).map(({ c }, n) => ({ ...c.attribution, id: `${input.articleId}:q${n + 1}` }));
}

/** The filter's score of a candidate; a quotation the filter does not judge outranks any draft. */
export function candidateScore(c: AttributionCandidate): number {
  return c.filtered ? draftScore(c.features, c.tokens) : 2;
}

/** True when `pos` lies in the content of a draft of sentence `si` (drafts are appended in order). */
function insideDraft(drafts: readonly Draft[], si: number, pos: number): boolean {
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.sentence === si; i--) {
    // A draft the filter may still drop (proposed against a hand rule) does not hide later cues.
    if (drafts[i]!.relaxed || drafts[i]!.variant) continue;
    if (drafts[i]!.content[0] <= pos && pos < drafts[i]!.content[1]) return true;
  }
  return false;
}

/** True when a draft of sentence `si` (drafts are appended in order) has content starting at `pos`. */
function draftStartsAt(drafts: readonly Draft[], si: number, pos: number): boolean {
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.sentence === si; i--) if (drafts[i]!.content[0] === pos) return true;
  return false;
}

/** Attributions of the drafts, which must be in text order (sorted in place). */
function toAttributions(articleId: string, text: string, drafts: Draft[]): Attribution[] {
  drafts.sort((a, b) => a.content[0] - b.content[0]);
  return drafts.map((d, n) => ({
      type: 'attribution',
      id: `${articleId}:q${n + 1}`,
      articleId,
      range: d.content,
      raw: text.slice(d.content[0], d.content[1]),
      kind: d.kind,
      speaker: d.speaker,
      cue: d.cue,
      via: d.via,
    }));
}
