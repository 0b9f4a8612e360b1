/**
 * What the frame readers share: the article-wide state (quotations per paragraph, drafts found so
 * far) and, per sentence, its terms, quotations and mentions with the speaker-finding helpers.
 * Offsets are absolute UTF-16 code units into the article text, end-exclusive.
 */
import { titleLexicon } from '../../lexicon.js';
import type { AttributionKind, Channel, Mention, Range, Sentence, TextSpan } from '../../types.js';
import { firstTermAt, hasTag, type Term } from '../01-parse.js';
import { CONTRACTION, pronounLength } from '../03-mentions.js';
import type { QuoteSpan } from '../04-quotes.js';
import { sentenceChannels } from './channels.js';
import type { FrameName } from './filter.js';

export const FIRST_PERSON = /\bI\b|\b(me|my|mine|we|us|our|ours)\b/iu;
/**
 * Negated auxiliaries written as one word, which the tagger reads as verbs ("Democrats don't think
 * …", "She didn’t say"), with a straight and a curly apostrophe.
 */
const NEGATED_AUXILIARIES = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'wo', 'would', 'ca', 'could', 'should', 'must'].flatMap((a) => [`${a}n't`, `${a}n’t`]);
export const SKIPPABLE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'further', 'previously', 'repeatedly', 'recently', 'once', 'again', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'would', 'will', 'been', 'reportedly', 'publicly', 'privately', 'separately', 'earlier', 'subsequently', 'immediately', 'initially', 'first', 'last', 'just', 'even', 'still', 'already', 'often', 'frequently', 'openly', 'directly', 'explicitly', 'flatly', 'firmly', 'strongly', 'simply', 'only', 'quickly', 'told', 'now', 'cannot', ...NEGATED_AUXILIARIES]);
/** Words of time: the head of a time adjunct ("last week", "on Tuesday", "in early June", "in 2015"). */
export const TIME_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|morning|afternoon|evening|night|summer|fall|autumn|winter|spring|\d{4}s?)$/u;
/** Words that lead a time adjunct before its head ("on", "this past", "earlier this"). */
const TIME_LEAD = /^(?:on|in|at|during|last|this|past|next|early|late|mid|earlier|later|the|that)$/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u;
/** Subject pronouns a speaker may be (he and she are resolved as mentions; who and which as relative subjects, as PolNeAR marks them). */
const SUBJECT_PRONOUN = /^(they|we|i|you|it|who|which|he|she)$/;
/** Quantifiers that stand for a group of people as a subject ("Some say", "Most said"). */
const QUANTIFIER_SUBJECT = /^(?:some|several|many|most|others|few|both|half|majority|minority|percent|%)$/u;
/** Participles that make a group of respondents a subject ("those surveyed said", "voters polled say"). */
const RESPONDENT_PARTICIPLE = /^(?:surveyed|polled|interviewed|questioned|sampled|contacted|queried)$/u;
/** Heads such a participle follows: a demonstrative, a quantifier, or a plain noun. */
const RESPONDENT_HEAD = /^(?:those|these|many|most|some|all|others|few|half)$/u;
/** Pronouns after "of" in a partitive subject ("most of them said", "two of whom endorsed"). */
const PARTITIVE_PRONOUN = /^(?:them|us|whom|those|these)$/u;
const NP_STOP: ReadonlySet<string> = new Set(['according', 'in', 'on', 'at', 'during', 'after', 'before', 'from', 'to', 'via', 'with', 'when', 'while', 'who', 'which', 'that', 'as', 'for', 'because', 'but', 'and', 'adding', 'noting', 'saying']);

/** An attribution under construction. */
export interface Draft {
  content: Range;
  kind: AttributionKind;
  speaker: Mention | null;
  cue: TextSpan | null;
  via: Channel | null;
  sentence: number;
  paragraph: number;
  quote: QuoteSpan | null;
  /** Set when a frame with its own setting (an addressee, a statement) forbids inheriting a channel. */
  ownSetting: boolean;
  /** The frame reader that proposed the draft. */
  frame: FrameName;
  /**
   * Set when the draft breaks one of the reader's hand rules (a cognition verb without "that", a
   * bare object of a rare cue …): proposed anyway, named by the rule, for the filter to judge.
   */
  relaxed?: string | undefined;
  /**
   * Set on a second reading of the same cue with another extent ("clause": the whole clause after
   * a nominal object), proposed beside the frame's own reading; like a relaxed draft, it hides no
   * later cue.
   */
  variant?: string | undefined;
}

export interface ArticleContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Range[];
  readonly quotesByParagraph: readonly (readonly QuoteSpan[])[];
  /** Appended to by the frame readers, in reading order. */
  readonly drafts: Draft[];
  /** Quotations already given to an attribution (a quotation may span several sentences). */
  readonly usedQuotes: Set<QuoteSpan>;
}

/** One sentence as the frame readers see it: the one place its fields are documented. */
export interface SentenceContext {
  readonly article: ArticleContext;
  /** The article text (`article.text`). */
  readonly text: string;
  /** The sentence's index in `article.sentences`. */
  readonly index: number;
  readonly sentence: Sentence;
  /** Sentence start. */
  readonly ss: number;
  /** Sentence end. */
  readonly se: number;
  /** The sentence's terms, in order. */
  readonly terms: readonly Term[];
  /** The quotations of the sentence's paragraph. */
  readonly paragraphQuotes: readonly QuoteSpan[];
  /** Those of them touching the sentence. */
  readonly quotes: readonly QuoteSpan[];
  /** Mentions inside the sentence and outside quotation marks. */
  readonly mentions: readonly Mention[];
  /** The channels credited inside the sentence, outside its quotations (attribution/channels.ts). */
  readonly channels: readonly Channel[];
  /** Quotations already given to an attribution (`article.usedQuotes`). */
  readonly usedQuotes: Set<QuoteSpan>;
  inQuote(pos: number): boolean;
  /** The nearest mention ending at most `maxGapTerms` non-skippable terms before term `ti`, and before `pos`. */
  mentionEndingBefore(pos: number, maxGapTerms: number, ti: number): Mention | null;
  /** The subject of the cue at term `ci`, skipping a parenthetical ("X, who …, said"). */
  subjectBefore(ci: number): Mention | null;
  /** The speaker after an inverted cue ("…,” said the minister"). */
  speakerAfter(ci: number): Mention | null;
  /** Adds a draft located in this sentence. */
  push(d: Omit<Draft, 'sentence' | 'paragraph' | 'via' | 'ownSetting' | 'frame'> & { ownSetting?: boolean; via?: Channel | null }): void;
}

/** Trims white space and frame punctuation from both ends of `[s, e)`. */
export function trimContent(text: string, s: number, e: number): Range {
  let a = s;
  let b = e;
  while (a < b && /[\s,;:—–-]/u.test(text[a]!)) a++;
  while (b > a && /[\s,;:—–-]/u.test(text[b - 1]!)) b--;
  return [a, b];
}

/**
 * True when `s.split(/\s+/)` has fewer than three pieces, i.e. `s` has no two runs of white space
 * with a non-space character between them; found without splitting a long content.
 */
export function underThreeWords(s: string): boolean {
  return !/\s\S+\s/u.test(s);
}

/**
 * A quotation that is a whole utterance (starts its sentence, or ends inside the marks with
 * punctuation) is direct; a fragment inside the outlet's own sentence is partial.
 */
export function quoteKind(text: string, q: QuoteSpan, sentenceStart: number): AttributionKind {
  const inner = text.slice(q.content[0], q.content[1]);
  if (q.outer[0] - sentenceStart <= 1) return 'direct';
  if (/[.!?,…]$/u.test(inner)) return 'direct';
  if (inner.split(/\s+/).length >= 8) return 'direct';
  return 'partial';
}

function isOrgSpeakerWord(word: string): boolean {
  return titleLexicon().orgHeads.includes(word.toLowerCase());
}

/**
 * True when `t`, tagged a verb, is a common noun heading a subject: a lower-case word (no
 * auxiliary) after a determiner, adjective or noun with no punctuation between ("The campaign
 * says", "refugee advocates also said"), or after a name that modifies it ("Cologne police say"),
 * as the term before a finite verb. A gerund heads a subject only after a determiner ("Another
 * ranking says").
 */
export function misreadNoun(t: Term, prev: Term): boolean {
  const gerund = hasTag(t, 'Gerund');
  return (
    hasTag(t, 'Verb') &&
    !hasTag(t, 'Auxiliary', 'Modal', 'Copula', 'Participle', 'PastTense', 'Adverb', 'Preposition') &&
    (!gerund || (hasTag(prev, 'Determiner') && !hasTag(prev, 'Noun', 'Adjective'))) &&
    /^\p{Ll}+$/u.test(t.text) &&
    !/[,;:()—–-]/u.test(prev.post) &&
    (hasTag(prev, 'Determiner', 'Adjective', 'Noun') || (hasTag(prev, 'ProperNoun') && /^\p{Lu}/u.test(prev.text))) &&
    !hasTag(prev, 'Pronoun', 'Verb', 'Possessive') &&
    !/^(?:that|which|who|this|these|those|what)$/u.test(prev.normal)
  );
}

export function descriptionMention(text: string, s: number, e: number, head: string): Mention {
  const raw = text.slice(s, e);
  const isOrg = isOrgSpeakerWord(head) || /^(officials?|spokes(wo)?m[ae]n|police|authorities|ministry|government)$/.test(head);
  return { type: 'mention', range: [s, e], raw, kind: isOrg ? 'organization' : 'other', canonical: raw.replace(/^(the|a|an)\s+/i, ''), form: 'description' };
}

/**
 * The SentenceContext of one sentence. A class rather than an object of closures: its helpers are
 * then made once, not once per sentence (under tsx, each named closure also costs a property write).
 * Its fields are declared again only because a class must declare what its constructor sets; they
 * are documented on SentenceContext.
 */
class SentenceView implements SentenceContext {
  readonly text: string;
  readonly sentence: Sentence;
  readonly ss: number;
  readonly se: number;
  readonly paragraphQuotes: readonly QuoteSpan[];
  readonly quotes: readonly QuoteSpan[];
  readonly channels: readonly Channel[];
  readonly mentions: readonly Mention[];
  readonly usedQuotes: Set<QuoteSpan>;

  constructor(
    readonly article: ArticleContext,
    readonly index: number,
    readonly terms: readonly Term[],
    allMentions: readonly Mention[],
  ) {
    this.text = article.text;
    this.sentence = article.sentences[index]!;
    [this.ss, this.se] = this.sentence.range;
    const { ss, se } = this;
    this.paragraphQuotes = article.quotesByParagraph[this.sentence.paragraph] ?? [];
    this.quotes = this.paragraphQuotes.filter((q) => q.outer[0] < se && ss < q.outer[1]);
    this.channels = sentenceChannels(this.text, terms, this.quotes);
    this.mentions = allMentions.filter((m) => !this.inQuote(m.range[0]));
    this.usedQuotes = article.usedQuotes;
  }

  inQuote(pos: number): boolean {
    return this.quotes.some((q) => q.outer[0] < pos && pos < q.outer[1]);
  }

  mentionEndingBefore(pos: number, maxGapTerms: number, ti: number): Mention | null {
    const { terms: sTerms, mentions } = this;
    let k = ti - 1;
    let gap = 0;
    while (k >= 0) {
      const t = sTerms[k]!;
      // A comma or semicolon between the mention and the term closes the phrase ("Whatever progress
      // X has made, officials said": X is not the subject of "said").
      if (k < ti - 1 && /[,;]/u.test(t.post)) return null;
      let m: Mention | undefined;
      for (let x = mentions.length - 1; x >= 0; x--) {
        const c = mentions[x]!;
        if (c.range[0] <= t.start && t.end <= c.range[1] + 2) {
          m = c;
          break;
        }
      }
      if (m && m.range[1] <= pos) return m;
      if (!SKIPPABLE.has(t.normal) && !hasTag(t, 'Adverb', 'Auxiliary', 'Modal', 'Negative')) gap++;
      if (gap > maxGapTerms) return null;
      k--;
    }
    return null;
  }

  private fallbackNounPhrase(limit: number): Mention | null {
    const { text, terms: sTerms } = this;
    let j = limit - 1;
    const end = j;
    // The word right before the verb may be a noun the tagger read as a verb ("The campaign says",
    // "refugee advocates said"): after a determiner, adjective or noun, it heads the subject.
    const verbHead = end > 0 && misreadNoun(sTerms[end]!, sTerms[end - 1]!);
    if (verbHead) j--;
    while (j >= 0 && hasTag(sTerms[j]!, 'Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym') && !hasTag(sTerms[j]!, 'Pronoun') && !(j < end && /[,;:]/.test(sTerms[j]!.post))) j--;
    const first = j + 1;
    if (first > end || end < 0) return null;
    const head = sTerms[end]!;
    if (verbHead) return descriptionMention(text, sTerms[first]!.start, head.end, head.normal);
    // A quantified group of people ("Several said", "42% say", "About one in five say").
    if (QUANTIFIER_SUBJECT.test(head.normal) || (hasTag(head, 'Value') && !hasTag(head, 'Date', 'Month', 'WeekDay'))) {
      return descriptionMention(text, sTerms[Math.min(first, end)]!.start, head.end, head.normal);
    }
    if (!hasTag(head, 'Noun') || hasTag(head, 'Date', 'Month', 'WeekDay')) return null;
    if (/^(it|this|that|which|what)$/.test(head.normal)) return null;
    return descriptionMention(text, sTerms[first]!.start, head.end, head.normal);
  }

  private groupSubject(limit: number): Mention | null {
    const { text, terms: sTerms } = this;
    const last = sTerms[limit - 1];
    const prev = sTerms[limit - 2];
    if (!last || !prev || /[,;:]/u.test(prev.post) || this.inQuote(last.start)) return null;
    if (RESPONDENT_PARTICIPLE.test(last.normal)) {
      if (RESPONDENT_HEAD.test(prev.normal)) return descriptionMention(text, prev.start, last.end, prev.normal);
      if (hasTag(prev, 'Plural') && hasTag(prev, 'Noun') && !hasTag(prev, 'ProperNoun', 'Pronoun')) {
        const np = this.fallbackNounPhrase(limit - 1);
        if (np) return descriptionMention(text, np.range[0], last.end, prev.normal);
      }
      return null;
    }
    const first = sTerms[limit - 3];
    if (PARTITIVE_PRONOUN.test(last.normal) && prev.normal === 'of' && first && !/[,;:]/u.test(first.post) && (QUANTIFIER_SUBJECT.test(first.normal) || RESPONDENT_HEAD.test(first.normal) || (hasTag(first, 'Value') && !hasTag(first, 'Date', 'Month', 'WeekDay')))) {
      return descriptionMention(text, first.start, last.end, first.normal);
    }
    return null;
  }

  subjectBefore(ci: number): Mention | null {
    const { terms: sTerms, mentions, ss, article, index } = this;
    let k = ci - 1;
    // A time adjunct between the subject and the cue ("X, the chairman, this past week announced",
    // "who on Tuesday endorsed") belongs to the verb: skip it.
    if (k >= 0 && TIME_WORD.test(sTerms[k]!.normal) && !/,/.test(sTerms[k]!.post)) {
      let j = k - 1;
      while (j >= 0 && TIME_LEAD.test(sTerms[j]!.normal) && !/,/.test(sTerms[j]!.post)) j--;
      if (j < k - 1 || WEEKDAY.test(sTerms[k]!.normal)) k = j;
    }
    // Auxiliaries, modals, negation and adverbs between the subject and the cue ("Two others have
    // not said", "I can now say", "the two did not directly discuss").
    while (k >= 0 && (SKIPPABLE.has(sTerms[k]!.normal) || hasTag(sTerms[k]!, 'Adverb', 'Modal', 'Negative')) && !/,/.test(sTerms[k]!.post)) k--;
    // A short parenthesis before the cue ("Jane Roe (D-Va.) said") belongs to the subject: skip it.
    if (k >= 0 && /\)/u.test(sTerms[k]!.post)) {
      let j = k;
      while (j > 0 && j > k - 6 && !/\(/u.test(sTerms[j]!.pre + sTerms[j - 1]!.post)) j--;
      if (j > 0 && /\(/u.test(sTerms[j]!.pre + sTerms[j - 1]!.post) && !/[,;:]/u.test(sTerms[j - 1]!.post)) k = j - 1;
    }
    if (k >= 0 && /,/.test(sTerms[k]!.post)) {
      let j = k - 1;
      while (j >= 0 && !/,/.test(sTerms[j]!.post)) j--;
      // A relative clause with commas of its own ("X, who served in A, B and C, said"): the subject is before its "who".
      const relative = relativeClauseComma(sTerms, k);
      if (relative >= 0) j = relative;
      // A name between the commas is an apposition naming the subject ("One of the authors, Jane
      // Doe, said", "The company's chief, John Roe, confirmed"): the name is the speaker.
      const named = j >= 0 && relative < 0 ? appositionName(mentions, sTerms[j + 1]!.start, sTerms[k]!.end) : null;
      if (named) return named;
      if (j >= 0) k = j;
      else {
        // No apposition ("X, the aide, said"): a verb after the sentence's only comma continues its
        // main clause ("He pledged … of 4.9 percent, suggested …"), whose subject is the speaker.
        const main = this.mainClauseSubject(k);
        if (main) return main;
      }
    }
    const limit = k + 1;
    const adjacent = sTerms[limit - 1];
    // A group subject with a post-modifying participle ("those surveyed said", "voters polled say")
    // or a partitive ("most of them said", "two of whom endorsed"): the whole phrase is the speaker.
    const group = this.groupSubject(limit);
    if (group) return group;
    // A contracted pronoun ("he's said", "they've argued") is one term: its pronoun part is the
    // subject; "it's said" is an impersonal passive.
    const pronoun = adjacent?.normal.replace(CONTRACTION, '');
    if (adjacent && pronoun !== adjacent.normal && pronoun === 'it') return null;
    if (adjacent && pronoun && SUBJECT_PRONOUN.test(pronoun) && !mentions.some((m) => m.range[0] <= adjacent.start && adjacent.start < m.range[1])) {
      const end = pronoun === adjacent.normal ? adjacent.end : adjacent.start + pronounLength(adjacent.text);
      const raw = this.text.slice(adjacent.start, end);
      return { type: 'mention', range: [adjacent.start, end], raw, kind: pronoun === 'it' || pronoun === 'which' || pronoun === 'that' ? 'organization' : 'other', canonical: raw, form: 'pronoun' };
    }
    // Coordinated verbs ("X criticised … and posted …"): the speaker of the sentence's previous
    // attribution, else the subject of the clause's first verb, else the nearest person or
    // organisation before (not the nearest mention, which is usually the first verb's object).
    if (k >= 0 && ['and', 'but', 'then'].includes(sTerms[k]!.normal)) {
      const last = article.drafts[article.drafts.length - 1];
      if (last && last.sentence === index && last.speaker && last.content[1] <= sTerms[k]!.end + 1) return last.speaker;
      for (let v = 1; v < k; v++) {
        const t = sTerms[v]!;
        if (this.inQuote(t.start) || !hasTag(t, 'PastTense', 'PresentTense') || hasTag(t, 'Gerund', 'Infinitive', 'Noun', 'Adjective', 'Auxiliary')) continue;
        const subject = this.subjectBefore(v);
        if (subject && subject.form !== 'description' && subject.range[1] <= t.start) return subject;
        break;
      }
      const before = mentions.filter((m) => m.range[1] <= sTerms[k]!.start && (m.kind === 'person' || m.kind === 'organization'));
      if (before.length > 0) return before[before.length - 1]!;
    }
    const near = this.mentionEndingBefore(sTerms[limit - 1]?.end ?? ss, 2, limit);
    // "Sen. X of Vermont said", "a delegate from Ohio said": the place qualifies the person before it.
    if (near && near.kind === 'place') {
      const of = sTerms.findIndex((t) => t.end <= near.range[0] && t.end > near.range[0] - 6 && /^(?:of|from)$/u.test(t.normal));
      const owner = of > 0 ? mentions.find((m) => m.range[1] <= sTerms[of]!.start && m.range[1] >= sTerms[of - 1]!.end - 1 && (m.kind === 'person' || m.kind === 'organization')) : undefined;
      if (owner) return owner;
    }
    // "Jane Roe of Friends of the Earth said": a person before a chain of "of" phrases is the
    // subject, not the organisation or place at the end of the chain.
    if (near && near.kind !== 'person') {
      const owner = this.ownerBeforeOf(near);
      if (owner) return owner;
    }
    if (near && near.kind !== 'place') return near;
    if (near && near.kind === 'place' && sTerms[limit - 1] && near.range[1] >= sTerms[limit - 1]!.start) return near;
    return this.fallbackNounPhrase(limit);
  }

  /**
   * The named or pronoun subject of the first finite verb outside quotation marks before term `limit`
   * (a description is left to the caller's reading), or null.
   */
  private mainClauseSubject(limit: number): Mention | null {
    const { terms: sTerms } = this;
    for (let v = 1; v < limit; v++) {
      const t = sTerms[v]!;
      if (this.inQuote(t.start) || !hasTag(t, 'PastTense', 'PresentTense') || hasTag(t, 'Gerund', 'Infinitive', 'Noun', 'Adjective', 'Auxiliary')) continue;
      const subject = this.subjectBefore(v);
      return subject && subject.form !== 'description' && subject.range[1] <= t.start ? subject : null;
    }
    return null;
  }

  /**
   * The person mention right before an "of" that opens the phrase holding `m` ("Jane Roe of Friends of
   * the Earth" for "Earth"): walks back over at most eight terms without a comma, semicolon or colon.
   */
  private ownerBeforeOf(m: Mention): Mention | null {
    const { terms: sTerms, mentions } = this;
    let k = sTerms.findIndex((t) => t.start >= m.range[0]) - 1;
    for (let steps = 0; k > 0 && steps < 8; k--, steps++) {
      const t = sTerms[k]!;
      if (/[,;:]/u.test(t.post)) return null;
      if (t.normal !== 'of') continue;
      const prev = sTerms[k - 1]!;
      if (/[,;:]/u.test(prev.post)) return null;
      const owner = mentions.find((x) => x.kind === 'person' && x.form === 'name' && x.range[0] <= prev.start && prev.end <= x.range[1] + 1);
      if (owner) return owner;
    }
    return null;
  }

  speakerAfter(ci: number): Mention | null {
    const { text, terms: sTerms, mentions } = this;
    let k = ci + 1;
    const inNp: Mention[] = [];
    let pronoun: Mention | null = null;
    while (k < sTerms.length) {
      const t = sTerms[k]!;
      if (NP_STOP.has(t.normal) && k > ci + 1) break;
      const m = mentions.find((x) => x.range[0] <= t.start && t.start < x.range[1]);
      if (m) {
        if (m.form === 'pronoun') pronoun ??= m;
        else inNp.push(m);
      } else if (hasTag(t, 'Verb') && !hasTag(t, 'Adjective', 'Noun') && k > ci + 1) break;
      if (/[,.;:!?]/.test(t.post)) break;
      k++;
    }
    const named = inNp.filter((m) => m.kind === 'person' || m.kind === 'organization');
    if (named.length > 0) return named[named.length - 1]!;
    if (inNp.length > 0) return inNp[inNp.length - 1]!;
    if (pronoun) return pronoun;
    // A description after the cue: "said the spokesman".
    let e = ci + 1;
    while (e < sTerms.length && hasTag(sTerms[e]!, 'Noun', 'Adjective', 'Determiner') && !/[,.;:]/.test(sTerms[e]!.post)) e++;
    if (e < sTerms.length && e > ci + 1 && hasTag(sTerms[e]!, 'Noun')) {
      const s = sTerms[ci + 1]!.start;
      const raw = text.slice(s, sTerms[e]!.end);
      return { type: 'mention', range: [s, sTerms[e]!.end], raw, kind: 'other', canonical: raw.replace(/^(the|a|an)\s+/i, ''), form: 'description' };
    }
    return null;
  }

  push(d: Parameters<SentenceContext['push']>[0]): void {
    // Every draft gets the same properties in the same order (undefined where absent): drafts of one
    // shape keep V8's property reads and the drafts' sort monomorphic.
    this.article.drafts.push({
      content: d.quote === null ? [leadEnd(this.terms, d.content[0], d.content[1]), d.content[1]] : d.content,
      kind: d.kind,
      speaker: d.speaker,
      cue: d.cue,
      via: d.via ?? null,
      sentence: this.index,
      paragraph: this.sentence.paragraph,
      quote: d.quote,
      ownSetting: d.ownSetting ?? false,
      frame: 'other',
      relaxed: d.relaxed,
      variant: d.variant,
    });
  }
}

/** Words that stand for a time on their own ("said ⟨yesterday⟩ the …"). */
const TIME_ALONE = /^(?:yesterday|today|tonight)$/u;

/**
 * Where indirect content `[start, end)` starts once the words PolNeAR leaves out before it are
 * skipped: a time adjunct right after the cue without "that" ("said ⟨Wednesday⟩ ⟦the plan …⟧",
 * "announced ⟨on Monday⟩ ⟦it would …⟧"; before "that", the content starts at the "that"), and a
 * "to" before a noun phrase ("pointed ⟨to⟩ ⟦the mayor as …⟧", "referring ⟨to⟩ ⟦other remarks⟧"). A "to"
 * before a verb is an infinitive, which content keeps ("vowed ⟦to build …⟧"); what follows the
 * skipped words must be a word of a clause or a noun phrase, or a quotation mark.
 */
export function leadEnd(terms: readonly Term[], start: number, end: number): number {
  let i = firstTermAt(terms, start);
  const first = terms[i];
  if (!first || first.start >= end || first.start - start > 1) return start;
  if (first.normal === 'to') i++;
  else {
    // A time adjunct: lead words ("on", "last", "earlier this"), then its time word(s) ("Tuesday night").
    let k = i;
    while (k < terms.length && k - i < 3 && TIME_LEAD.test(terms[k]!.normal) && !/[,;:]/u.test(terms[k]!.post)) k++;
    let words = 0;
    while (k < terms.length && (TIME_WORD.test(terms[k]!.normal) || TIME_ALONE.test(terms[k]!.normal))) {
      k++;
      words++;
      if (/[;:]/u.test(terms[k - 1]!.post)) return start;
    }
    if (words === 0) return start;
    i = k;
  }
  const next = terms[i];
  if (!next || next.start >= end || /[;:]/u.test(terms[i - 1]!.post)) return start;
  if (!(next.normal === 'that' || (next.normal === 'to' && first.normal !== 'to')) && (hasTag(next, 'Verb') || !hasTag(next, 'Noun', 'Determiner', 'Pronoun', 'Adjective', 'Value', 'ProperNoun', 'Adverb'))) return start;
  return /^["“‘']/u.test(next.pre) ? next.start - 1 : next.start;
}

export function sentenceContext(
  article: ArticleContext,
  index: number,
  terms: readonly Term[],
  allMentions: readonly Mention[],
): SentenceContext {
  return new SentenceView(article, index, terms, allMentions);
}

/**
 * The person named by the whole phrase `[start, end)` (a title or honorific before the name may be
 * left out of the mention), or null.
 */
function appositionName(mentions: readonly Mention[], start: number, end: number): Mention | null {
  return mentions.find((m) => m.kind === 'person' && m.form === 'name' && m.range[1] >= end - 1 && m.range[1] <= end && m.range[0] >= start && m.range[0] - start <= 12) ?? null;
}

/** Terms a relative clause between commas may span before the cue. */
const RELATIVE_SPAN = 40;

/**
 * The term before the comma that opens a relative clause (", who …", ", which …") ending with the
 * comma after term `k`, when the clause has commas of its own; -1 when there is none.
 */
function relativeClauseComma(terms: readonly Term[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - RELATIVE_SPAN; j--) {
    if (/[;:]/u.test(terms[j]!.post)) return -1;
    if (/,/u.test(terms[j]!.post) && /^(?:who|whose|which)$/u.test(terms[j + 1]?.normal ?? '')) return j;
  }
  return -1;
}
