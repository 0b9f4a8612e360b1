/**
 * Content before the cue: `“…,” said X`, `…, says X`, `“…,” X added`, `…, X says.` The speaker
 * follows an inverted cue or precedes a plain one; an unmarked first-person content is a
 * quotation without marks (`direct-unmarked`) and may run back to its paragraph's start. A named
 * speaker with an apposition between the quotation and the cue (`“…,” Jane Doe, a professor, told
 * CBS`) is read first. Content that is a bare noun phrase or a fronted subordinate clause, and a
 * relative pronoun as the subject ("…, who spoke on condition of anonymity"), open no frame, unless
 * the clause goes on after the frame (`The company, the agency said, will cut …`: the content is the
 * sentence around the frame), but not over an apposition of an inverted speaker (`…, said X, a
 * professor at …`). The writer's words before a quotation in its sentence (`Teachers are “very
 * pro-Bernie,” X said`) are one mixed content with it.
 */
import type { AttributionKind, Mention } from '../../types.js';
import { span } from '../../util/text.js';
import { hasTag } from '../01-parse.js';
import { FIRST_PERSON, quoteKind, SKIPPABLE, trimContent, type SentenceContext } from './context.js';
import { isListedCue, minedCue, smoothedPrecision } from './cues.js';
import type { FrameReader } from './frame.js';
import { thatAfterCue } from './speaker-first.js';

const FRAME_END = /^\s*(?:[.!?,;]|$|(?:in|on|at|according|during|after|before|while|when|adding|noting|last|this|earlier|later|recently|yesterday|today|via|from|to\s+(?:reporters|journalists))\b)/iu;
/**
 * A short time adjunct or adverb that ends the sentence or clause after the cue ("X declared
 * Sunday."), or that a setting follows ("X said Tuesday in a statement").
 */
const TIME_TAIL = /^\s*(?:(?:last|this|on|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|week|night|morning|afternoon|evening|month|year|[\p{Ll}]+ly|again|afterwards?|too|then|tonight)(?:\s+(?:night|morning|afternoon|evening|\d{1,2}))?\s*(?:[.!?,;]|$|(?:in|on|at|during|via|to|from|after|before|while|when)\s)/u;

/** True when the words after a cue end its frame: punctuation, a setting or a short time adjunct. */
function endsFrame(after: string): boolean {
  return FRAME_END.test(after) || TIME_TAIL.test(after);
}

/** Most words of an addressee after "told" ("The Wall Street Journal", "his closest advisers"). */
const ADDRESSEE_WORDS = 4;
/** How an addressee may begin: an object pronoun, a determiner or possessive, or a capitalised word. */
const ADDRESSEE_START = /^\s+(?:him|her|them|me|us|you|the|a|an|his|her|their|its|\p{Lu}[\p{L}’'.&-]*)\b/u;

/**
 * True when, after "told", an addressee of at most ADDRESSEE_WORDS words ends the frame ("…, a
 * spokesman told The Wall Street Journal.", "…, the president told her on Monday"), so that the
 * content before the frame is the cue's, as after "said".
 */
function endsFrameAfterAddressee(after: string): boolean {
  if (!ADDRESSEE_START.test(after)) return false;
  for (let n = 1, at = 0; n <= ADDRESSEE_WORDS; n++) {
    const word = /^\s+[\p{L}\d’'.&-]+/u.exec(after.slice(at));
    if (!word) return false;
    at += word[0].length;
    // A word ending in a full stop ends the sentence ("told The Wall Street Journal.").
    if (/\.$/u.test(word[0]) && at === after.trimEnd().length) return true;
    if (endsFrame(after.slice(at))) return true;
  }
  return false;
}

/** Conjunctions that open a fronted subordinate clause, which is no reported content. */
const SUBORDINATE_START = /^[\s"“'‘(]*(?:as|when|while|after|before|since|although|though|if|because|once|until|unless|whether)\b(?![-’'])/iu;

/** A mined (not hand-listed) cue ends a frame after unmarked content only when it is this precise. */
export const PLAIN_MINED_MIN_PRECISION = 0.5;

/** After the cue: a short adjunct ("on Tuesday", "then"), a comma, and the rest of the sentence. */
const PARENTHETICAL_TAIL = /^(?:\s+[\p{L}\d’'-]+){0,4}\s*,\s+(?!(?:adding|noting|saying|referring|according|citing|calling|arguing|explaining|who|which|as|in|at|on)\b)(\S[^]*)$/u;

/** Three or more words before a quotation in its sentence. */
const MIXED_LEAD = /^\s*\S+\s+\S+\s+\S+/u;

/** A determiner or possessive opening the words after a frame's comma: an apposition to the speaker. */
const APPOSITION_START = /^(?:a|an|the|his|her|their|its|one)\s/iu;

export const readContentFirst: FrameReader = (ctx, { ci, term, lemma, according, before }) => {
  if (according) return null;
  const { text, ss, se, article } = ctx;
  if (readAppositionSpeaker(ctx, ci)) return ci;
  // A name in a parenthesis right before the cue ("Jane Doe (D-Ore.) said") is the subject's affiliation, not the subject.
  const nearest = ctx.mentionEndingBefore(term.start, 0, ci);
  const subject = (nearest && !inParenthesis(text, nearest) ? nearest : null) ?? adjacentSubject(ctx, ci);
  // A relative pronoun ("…, who spoke on condition of anonymity") opens no frame of its own.
  const relative = subject && /^(?:who|which|that)$/iu.test(subject.raw);
  // "…, Jane Roe of Friends of the Earth said": the subject is the person before the "of" chain.
  const owner = subject && !relative && subject.kind !== 'person' ? ctx.subjectBefore(ci) : null;
  const precedingMention = relative ? null : owner && owner.kind === 'person' && owner.range[1] < subject!.range[0] && /^\s+of\s/u.test(text.slice(owner.range[1], subject!.range[0])) ? owner : subject;
  const cueEndsFrame = endsFrame(text.slice(term.end, se)) || (lemma === 'tell' && endsFrameAfterAddressee(text.slice(term.end, se)));
  // A cue that starts its sentence continues the previous one ("“…,” / said X"), as split sentences do.
  const previous = article.sentences[ctx.index - 1];
  const base = !before.trim() && previous && previous.paragraph === ctx.sentence.paragraph ? previous.range[0] : ss;
  const lead = text.slice(base, term.start);
  const afterQuote = /(?:[”"’]|'')\s*[,—–]?\s*$/u.test(lead);
  const invertedSpeaker = !afterQuote && /[,—–]\s*$/u.test(before) ? ctx.speakerAfter(ci) : null;
  // Without a quotation, an inverted speaker must close the frame ("…, said John Doe, the aide."):
  // "…, said he had …" and "…, proposed enforcing … Syria" are speaker-first frames of a subject.
  const invertedNamed =
    invertedSpeaker !== null &&
    invertedSpeaker.form !== 'description' &&
    invertedSpeaker.form !== 'pronoun' &&
    (invertedSpeaker.kind === 'person' || invertedSpeaker.kind === 'organization') &&
    /^[\s,]*(?:[.!?;,]|$|(?:\p{Ll}+\s+){0,3}(?:in|on|at|during|according|to|from|via|after|before|while|when|last|this|\p{Ll}+ly)\b)/u.test(text.slice(invertedSpeaker.range[1], se)) &&
    !modifiesNoun(ctx, invertedSpeaker);
  // The subject between the content and the cue starts after the last comma or closing mark.
  const subjectStart = precedingMention ? subjectPhraseStart(text, ss, precedingMention.range[0]) : -1;
  // Right after a closing mark, anything may follow the cue ("“…,” Jane Doe told CNN when asked …").
  // A title in marks ("on Fox’s “Sunday Morning Futures,” Jane Doe said …") is no quotation the cue closes.
  const quoteBefore = subjectStart >= 0 && /(?:[”"’]|'')\s*[,—–]?\s*$/u.test(text.slice(ss, subjectStart)) && !(isTitleQuoteBefore(text, ss, subjectStart) && !cueEndsFrame);
  // "Asked about …, X said, “They …”": a whole quoted utterance opening right after the cue is the
  // cue's content (speaker-first), not the tail of a parenthetical frame ("…, X said, “because …”").
  const quoteAfter = /^\s*[,:]\s*(?:[“"]|'')\p{Lu}/u.test(text.slice(term.end, se));
  const plainFrame =
    precedingMention !== null &&
    !(quoteAfter && !quoteBefore) &&
    (isListedCue(term.normal) || smoothedPrecisionOf(term.normal) >= PLAIN_MINED_MIN_PRECISION) &&
    (cueEndsFrame || quoteBefore) &&
    // "…, X said on Friday that …": a "that" clause after the cue is its content (speaker-first).
    (quoteBefore || thatAfterCue(text.slice(term.end, se)) === undefined) &&
    /(?:[,”"’—–]|'')\s*$/u.test(text.slice(ss, subjectStart)) &&
    (quoteBefore || text.slice(ss, subjectStart).trim().split(/\s+/).length >= 3 || splitSubject(text, term.end, se));
  // A sentence that is only a frame ("“… .” Jane Doe said.") closes the quotation ending the previous sentence.
  if (!afterQuote && !invertedNamed && !plainFrame && previous && isFrameSentence(text.slice(ss, se))) {
    const q = ctx.paragraphQuotes.find((x) => !ctx.usedQuotes.has(x) && Math.abs(x.outer[1] - previous.range[1]) <= 1 && x.outer[1] <= ss);
    const speaker = precedingMention && !relative ? precedingMention : null;
    if (!q || !speaker) return null;
    ctx.usedQuotes.add(q);
    ctx.push({ content: q.content, kind: quoteKind(text, q, previous.range[0]), speaker, cue: span(text, term.start, term.end), quote: q });
    return ci;
  }
  if (!afterQuote && !invertedNamed && !plainFrame) return null;
  const inverted = afterQuote || invertedNamed;
  const speaker = inverted ? ctx.speakerAfter(ci) ?? speakerPhraseAfter(ctx.text, term.end) : precedingMention;
  const boundary = inverted ? base + lead.replace(/[\s,—–]+$/u, '').length : ss + text.slice(ss, subjectStart).replace(/[\s,—–]+$/u, '').length;
  const q = [...ctx.paragraphQuotes].reverse().find((x) => !ctx.usedQuotes.has(x) && Math.abs(x.outer[1] - boundary) <= 2 && x.outer[1] <= boundary + 2);
  const cue = span(text, term.start, term.end);
  if (q) {
    ctx.usedQuotes.add(q);
    // Words of the writer's before the quotation in its sentence ("Teachers … are “very, very
    // pro-Bernie,” X said") make one mixed content with it, as PolNeAR marks it.
    const lead = q.outer[0] > ss ? text.slice(ss, q.outer[0]) : '';
    if (MIXED_LEAD.test(lead) && !/[“”"‘’]|''|:\s*$/u.test(lead) && !ctx.paragraphQuotes.some((x) => x !== q && x.outer[0] < q.outer[0] && x.outer[1] > ss)) {
      ctx.push({ content: trimContent(text, ss, q.outer[1]), kind: 'partial', speaker, cue, quote: q });
      return ci;
    }
    ctx.push({ content: q.content, kind: quoteKind(text, q, ss), speaker, cue, quote: q });
  } else if (boundary > ss && speaker) {
    let content = trimContent(text, ss, boundary);
    const contentText = text.slice(content[0], content[1]);
    // A fronted subordinate clause ("As X spoke, Y responded") or a bare noun phrase ("Jane Doe, a
    // professor at …, writes") is no reported content; a subordinate clause followed by its main
    // clause ("As a newcomer, she drew less attention, X said") is.
    // The main clause may also follow the frame ("When …, X said in an interview, Y was …": splitClause).
    if (SUBORDINATE_START.test(contentText) && !mainClauseAfterComma(ctx, content) && !splitClause(text, term.end, se)) return null;
    const hasVerb = ([s, e]: readonly [number, number]) => ctx.terms.some((t) => t.start >= s && t.end <= e && hasTag(t, 'Verb') && !hasTag(t, 'Gerund', 'Participle'));
    if (!hasVerb(content)) {
      // A subject split from its verb by an inverted frame ("The main change, said X, is that …"):
      // the content is the subject and the rest of the sentence.
      const tail = PARENTHETICAL_TAIL.exec(text.slice(term.end, se));
      const rest = tail ? trimContent(text, se - tail[1]!.length, se) : null;
      if (!tail || !rest || tail[1]!.split(/\s+/).length < 3 || !hasVerb(rest) || /[“”"]/u.test(contentText)) return null;
      ctx.push({ content: [content[0], rest[1]], kind: 'indirect', speaker, cue, quote: null });
      return ci;
    }
    let kind: AttributionKind = 'indirect';
    if (FIRST_PERSON.test(contentText) && !/[“”"]/u.test(contentText)) {
      kind = 'direct-unmarked';
      // The quotation runs back to the paragraph start when earlier sentences carry no frame of their own
      // (a noun with a "that" clause, read inside such a quotation, is none).
      const para = article.paragraphs[ctx.sentence.paragraph]!;
      const earlier = article.sentences.some((s) => s.paragraph === ctx.sentence.paragraph && s.range[0] < ss);
      if (earlier && !/[“”"]/u.test(text.slice(para[0], ss)) && !article.drafts.some((d) => d.paragraph === ctx.sentence.paragraph && d.frame !== 'noun-complement' && d.frame !== 'prepositional')) {
        content = trimContent(text, para[0], boundary);
      }
    }
    if (/[“”"]/u.test(contentText)) kind = 'indirect';
    // A parenthetical frame (`…, X said, …`): the content continues after it to the sentence end.
    const tail = PARENTHETICAL_TAIL.exec(text.slice(term.end, se));
    // A noun phrase after the comma is the speaker's apposition ("…, said X, a professor at …"), not more content.
    if (tail && kind === 'indirect' && tail[1]!.split(/\s+/).length >= 3 && !(inverted && APPOSITION_START.test(tail[1]!))) content = [content[0], trimContent(text, se - tail[1]!.length, se)[1]];
    ctx.push({ content, kind, speaker, cue, quote: null });
  }
  return ci;
};

/**
 * True when the word right after mention `m` is a common noun it modifies ("said the Smith family
 * deserved …": the name is no speaker, the clause after the cue is content).
 */
function modifiesNoun(ctx: SentenceContext, m: Mention): boolean {
  const next = ctx.terms.find((t) => t.start >= m.range[1]);
  return next !== undefined && /^\s*$/u.test(ctx.text.slice(m.range[1], next.start)) && hasTag(next, 'Noun') && !hasTag(next, 'Adverb', 'ProperNoun', 'Pronoun', 'Value', 'Date');
}

/**
 * True when the frame is a parenthesis inside a clause ("The company, the agency said Tuesday, will
 * cut …"): after the cue, a short adjunct, a comma, and a tail of three or more words that opens with a verb.
 */
function splitSubject(text: string, cueEnd: number, se: number): boolean {
  const tail = PARENTHETICAL_TAIL.exec(text.slice(cueEnd, se))?.[1];
  return tail !== undefined && tail.split(/\s+/).length >= 3 && /^(?:(?:will|would|could|can|may|might|should|must|has|have|had|is|are|was|were|does|did|do)\b|\p{Ll}+(?:ed|s)\b)/u.test(tail);
}

/** True when a parenthetical frame's tail after the cue (PARENTHETICAL_TAIL) is a clause with a subject of its own. */
function splitClause(text: string, cueEnd: number, se: number): boolean {
  const tail = PARENTHETICAL_TAIL.exec(text.slice(cueEnd, se))?.[1];
  return tail !== undefined && tail.split(/\s+/).length >= 3 && /^(?:the|a|an|his|her|their|its|(?:Mr|Mrs|Ms|Dr)\.|\p{Lu}\p{L}*|he|she|they|it|we|I)\s+\S+/u.test(tail);
}

/** Most words of the subject before the finite verb of a main clause after a comma ("the U.S. Department of Justice can"). */
const SUBJECT_WORDS = 7;

/**
 * True when the content `[s, e)` has, after a comma, a clause of its own: a noun, pronoun or
 * determiner, then a finite verb within SUBJECT_WORDS words and no other comma.
 */
function mainClauseAfterComma(ctx: SentenceContext, [s, e]: readonly [number, number]): boolean {
  const { terms } = ctx;
  for (let i = 0; i < terms.length - 1; i++) {
    const t = terms[i]!;
    if (t.start < s || t.end > e || !/,/u.test(t.post)) continue;
    const next = terms[i + 1]!;
    if (next.end > e || !hasTag(next, 'Noun', 'Pronoun', 'Determiner', 'ProperNoun')) continue;
    for (let k = i + 1; k < terms.length && k <= i + SUBJECT_WORDS && terms[k]!.end <= e; k++) {
      if (k > i + 1 && /[,;:]/u.test(terms[k - 1]!.post)) break;
      if (hasTag(terms[k]!, 'PresentTense', 'PastTense', 'Modal', 'Copula') && !hasTag(terms[k]!, 'Gerund', 'Participle', 'Infinitive', 'Adjective', 'Noun')) return true;
    }
  }
  return false;
}

/**
 * Short role words and honorifics that may precede a name inside the subject ("Mr.", "Rep.", "the
 * aide"), whole words only: the rest of a possessive ("night’s debate when she said") is no word of
 * the subject, and its apostrophe no closing mark before it.
 */
export const SUBJECT_LEAD = /(?<![\p{L}\d’'])(?:\b(?:the|a|an|his|her|their|its|\p{Lu}[\p{Ll}]{0,4}\.|[\p{L}-]+)\s+){0,4}$/u;

/**
 * Where the subject phrase ending at `mentionStart` begins: the mention's start pulled back over up
 * to four words ("Mr.", "Scott's niece, state Del.") that contain no comma or closing mark.
 */
export function subjectPhraseStart(text: string, ss: number, mentionStart: number): number {
  const before = text.slice(ss, mentionStart);
  // Each word of a match ends with a whole run of white space and the last run ends the text, so a
  // match holds at most the last four runs: searching from the fifth last run finds the same match
  // without trying every earlier position.
  const from = startOfFifthLastSpaceRun(before);
  const lead = SUBJECT_LEAD.exec(from > 0 ? before.slice(from) : before);
  return lead ? mentionStart - lead[0].length : mentionStart;
}

/** Where the fifth last run of white space in `s` starts, or 0 when `s` has fewer runs. */
function startOfFifthLastSpaceRun(s: string): number {
  let runs = 0;
  for (let i = s.length - 1; i > 0; i--) {
    if (/\s/u.test(s[i]!) && !/\s/u.test(s[i - 1]!) && ++runs === 5) return i;
  }
  return 0;
}

/**
 * A sentence that is only a frame: a pronoun or a capitalised name (with an honorific and a short
 * parenthesis), a listed cue verb, and a short adjunct ("Jane Doe said.", "Mr. Roe (D-Ore.) said
 * Tuesday.", "She added."). It closes the quotation that ends the sentence before it.
 */
const FRAME_SENTENCE = /^(?:he|she|they|we|i|(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*(?:\s+\([^()]{1,20}\))?)\s+(?:also\s+)?(\p{Ll}+)(?:\s+[^.!?“”"]{1,40}?)?[.!?]$/iu;
export function isFrameSentence(sentence: string): boolean {
  const m = FRAME_SENTENCE.exec(sentence.trim());
  return m !== null && isListedCue(m[1]!.toLowerCase());
}

/** True when mention `m` stands alone in a short parenthesis ("(D-Ore.)"). */
function inParenthesis(text: string, m: Mention): boolean {
  return /\(\s*$/u.test(text.slice(Math.max(0, m.range[0] - 2), m.range[0])) && /^[^()]{0,6}\)/u.test(text.slice(m.range[1], m.range[1] + 8));
}

/** A short parenthesis opening a string ("(D-Ore.)", "(R)"). */
const PARENTHESIS = /^\([^()]{1,30}\)/u;

/**
 * The subject right before the cue when it is no named mention: a pronoun ("…, they say") or a
 * description ("…, officials said", "…,” the Russian leader said), with only auxiliaries and
 * adverbs between it and the cue.
 */
function adjacentSubject(ctx: SentenceContext, ci: number): Mention | null {
  const subject = ctx.subjectBefore(ci);
  if (!subject) return null;
  // A parenthesis after a name (a party and state, "Jane Doe (D-Ore.) said") stands between it and the cue.
  const between = ctx.text.slice(subject.range[1], ctx.terms[ci]!.start).trim().replace(PARENTHESIS, '').trim();
  if (between && !between.split(/\s+/).every((w) => SKIPPABLE.has(w.toLowerCase()))) return null;
  return subject;
}

/** Between a quotation and the name after it: a comma, and up to two title-cased words ("Senator", "Rep."). */
const APPOSITION_LEAD = /^\s*,?\s*(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}$/u;

/**
 * `“…,” Jane Doe, a professor at …, told CBS.`: a quotation, a named speaker right after it, an
 * apposition or relative clause between commas, then the cue. Pushes the quotation's draft.
 */
function readAppositionSpeaker(ctx: SentenceContext, ci: number): boolean {
  const { text, terms } = ctx;
  const term = terms[ci]!;
  if (!/,\s*$/u.test(text.slice(Math.max(ctx.ss, term.start - 3), term.start))) return false;
  for (const q of ctx.paragraphQuotes) {
    if (ctx.usedQuotes.has(q) || q.outer[1] > term.start || term.start - q.outer[1] > 300 || !q.closed) continue;
    // A title or honorific the mention leaves out may stand before the name ("Senator Jane Roe").
    const speaker = ctx.mentions.find((m) => m.range[0] >= q.outer[1] && m.range[0] < term.start && APPOSITION_LEAD.test(text.slice(q.outer[1], m.range[0])));
    // A name the mention finder could not type ("Will Doe") is a speaker too when an apposition follows it.
    if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organization' && !(speaker.form === 'name' && speaker.kind === 'other'))) continue;
    if (!/^\s*,[^“”"]*,\s*$/u.test(text.slice(speaker.range[1], term.start))) continue;
    ctx.usedQuotes.add(q);
    ctx.push({ content: q.content, kind: quoteKind(text, q, ctx.ss), speaker, cue: span(text, term.start, term.end), quote: q });
    return true;
  }
  return false;
}

/** Title-cased words (a show, a book, a slogan), with short function words between them. */
const TITLE = /^(?:\p{Lu}[\p{L}’'.:-]*|\d+|of|the|and|a|an|in|on|to|for|with|at|by)(?:\s+(?:\p{Lu}[\p{L}’'.:-]*|\d+|of|the|and|a|an|in|on|to|for|with|at|by)){0,6}[,]?$/u;
/** True when a quotation's inner text is a title (a show, a book, a slogan), not words said. */
export function isTitleText(inner: string): boolean {
  return TITLE.test(inner.replace(/[.,]+$/u, '').trim());
}

/** True when the quotation closing right before `pos` (in the sentence from `ss`) holds a title, not words said. */
function isTitleQuoteBefore(text: string, ss: number, pos: number): boolean {
  const lead = text.slice(ss, pos);
  const close = lead.search(/(?:[”"’]|'')\s*[,—–]?\s*$/u);
  const open = Math.max(lead.lastIndexOf('“', close), lead.lastIndexOf('"', close - 1), lead.lastIndexOf("''", close - 2));
  if (close < 0 || open < 0) return false;
  const inner = lead.slice(open + 1, close).replace(/^'/u, '').trim();
  // Something before the quotation in the sentence (a title is named in a clause: "on Fox’s “…,”").
  return /\p{L}/u.test(lead.slice(0, open)) && TITLE.test(inner);
}

function smoothedPrecisionOf(form: string): number {
  const m = minedCue(form);
  return m ? smoothedPrecision(m) : 0;
}

/** An honorific and a name ("Mr. Doe", "Sen. Jane Roe"), or a determiner phrase ("one person with …"). */
const SPEAKER_PHRASE = /^\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof|Rev)\.\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*|(?:the|a|an|one|another|two|three|several)\s+[\p{L}\d’' -]{2,80}?)(?=\s*(?:[,.;:!?]|$|\s(?:who|in|on|at|during|after|before|while|when|according)\b))/u;

/**
 * The speaker phrase right after an inverted cue when no mention was found there ("“…,” said Mr.
 * Doe", split at the honorific's full stop), as a name or description mention.
 */
function speakerPhraseAfter(text: string, cueEnd: number): Mention | null {
  const m = SPEAKER_PHRASE.exec(text.slice(cueEnd, cueEnd + 200));
  if (!m) return null;
  const raw = m[1]!.replace(/[.’']+$/u, '');
  const start = cueEnd + m[0].indexOf(m[1]!);
  const description = /^\p{Ll}/u.test(raw);
  return { type: 'mention', range: [start, start + raw.length], raw, kind: description ? 'other' : 'person', canonical: raw.replace(/^(?:the|a|an)\s+/iu, '').replace(/^(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof|Rev)\.\s+/u, ''), form: description ? 'description' : 'name' };
}
