/**
 * Attributions: who said what, through which channel.
 *
 * Per sentence, every reporting cue outside quotation marks is read in one of three frames:
 * - content before the cue, speaker after it: `“…,” said X` / `…, says X according to Xinhua`;
 * - content before, speaker before the cue: `“…,” X added` / `…, X says`;
 * - speaker before, content after: `X said: “…”`, `X said (that) …`, `X told reporters …`,
 *   `X called it “…”`, and `According to X, …`.
 * Quotations no cue claims continue the previous paragraph's speaker. Channels (`via`) come from
 * the sentence ("according to Xinhua", "Kyodo quoted him as saying", "in an interview with CBS"),
 * from its paragraph, from an anaphoric "in the interview", or from the same speaker's statement in
 * an adjacent paragraph (then marked `inferred`).
 */
import { agencyForms, cueLexicon, mediaLexicon, titleLexicon } from '../lexicon.js';
import type { Attribution, AttributionKind, Channel, ChannelKind, Mention, Range, Sentence, TextSpan } from '../types.js';
import { hasTag, type Term } from './01-parse.js';
import { span } from '../util/text.js';
import { findQuoteSpans, type QuoteSpan } from './04-quotes.js';
import { isDemonym, type MentionIndex } from './03-mentions.js';

/** Cue lemmas that introduce content only with "that" or a quotation (cognition, evidence). */
const NEEDS_THAT = new Set(['believe', 'think', 'hope', 'fear', 'expect', 'show', 'find', 'suggest', 'indicate', 'signal', 'reveal', 'estimate', 'predict', 'conclude', 'agree', 'recall', 'report', 'confirm', 'promise', 'acknowledge', 'admit']);
/** Cue lemmas that report only a quotation that follows closely ("called it “…”"). */
const QUOTE_ONLY = new Set(['quote', 'cite', 'read', 'call', 'describe', 'ask', 'answer', 'reply', 'respond', 'remark', 'comment', 'write', 'post', 'tweet', 'quip', 'joke', 'shout', 'scream', 'whisper', 'murmur', 'exclaim', 'question', 'wonder', 'boast', 'brag', 'retort', 'counter', 'observe', 'recount', 'describe', 'urge', 'demand', 'complain', 'concur', 'dispute']);
const FIRST_PERSON = /\bI\b|\b(me|my|mine|we|us|our|ours)\b/iu;
const SKIPPABLE = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'further', 'previously', 'repeatedly', 'recently', 'once', 'again', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'would', 'will', 'had', 'been', 'has', 'reportedly', 'publicly', 'privately', 'separately', 'earlier', 'subsequently', 'immediately', 'initially', 'first', 'last', 'just', 'even', 'still', 'already', 'once', 'often', 'frequently', 'openly', 'directly', 'explicitly', 'flatly', 'firmly', 'strongly', 'simply', 'only', 'quickly', 'told']);
const NP_STOP = new Set(['according', 'in', 'on', 'at', 'during', 'after', 'before', 'from', 'to', 'via', 'with', 'when', 'while', 'who', 'which', 'that', 'as', 'for', 'because', 'but', 'and', 'adding', 'noting', 'saying']);

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

let cueForms: ReadonlyMap<string, string> | undefined;
function cueLemma(word: string): string | undefined {
  if (!cueForms) {
    const map = new Map<string, string>();
    const lex = cueLexicon();
    for (const lemma of [...lex.verbs, ...lex.mined]) {
      if (lemma.includes(' ')) continue;
      for (const f of verbForms(lemma)) if (!map.has(f)) map.set(f, lemma);
    }
    cueForms = map;
  }
  return cueForms.get(word);
}

export interface AttributionInput {
  readonly articleId: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Paragraph ranges, indexed by `Sentence.paragraph`. */
  readonly paragraphs: readonly Range[];
  readonly terms: readonly Term[];
  readonly mentions: MentionIndex;
}

interface Draft {
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
}

function trimContent(text: string, s: number, e: number): Range {
  let a = s;
  let b = e;
  while (a < b && /[\s,;:—–-]/u.test(text[a]!)) a++;
  while (b > a && /[\s,;:—–-]/u.test(text[b - 1]!)) b--;
  return [a, b];
}

function channelKindOf(name: string): ChannelKind {
  if (agencyForms().some(([form]) => form === name)) return 'agency';
  if (mediaLexicon().social.includes(name)) return 'social';
  return 'media';
}

function agencyName(raw: string): string | null {
  for (const [form, name] of agencyForms()) if (form === raw) return name;
  return null;
}

/** Canonical channel name: the agency's name, or the name words without leading demonyms/descriptors. */
export function channelName(raw: string): string {
  if (mediaLexicon().social.includes(raw)) return raw;
  const agency = agencyName(raw.replace(/^the\s+/i, ''));
  if (agency) return agency;
  const words = raw.replace(/['’]s$/u, '').split(/\s+/);
  while (words.length > 1 && (isDemonym(words[0]!) || /^[\p{Ll}]/u.test(words[0]!))) words.shift();
  const joined = words.join(' ');
  return agencyName(joined) ?? joined;
}

function isMediaName(raw: string): boolean {
  const bare = raw.replace(/^the\s+/i, '');
  if (agencyName(bare)) return true;
  const media = mediaLexicon();
  if (media.media.includes(bare) || media.media.includes(raw)) return true;
  const last = bare.split(/\s+/).pop()!.toLowerCase();
  return media.mediaNouns.includes(last) && /^\p{Lu}/u.test(bare);
}

/** Capitalised name words starting at term index `i` (with one trailing media noun), as a span. */
function nameAt(terms: readonly Term[], i: number, text: string): { start: number; end: number; next: number } | null {
  let j = i;
  // Leading descriptors: "journalist Jane Doe", "American CBS".
  while (j < terms.length && j < i + 3 && (/^[\p{Ll}]/u.test(terms[j]!.text) || isDemonym(terms[j]!.text)) && !/[,.;:]/.test(terms[j]!.post)) {
    if (/^[\p{Ll}]/u.test(terms[j]!.text) && !hasTag(terms[j]!, 'Noun', 'Adjective')) break;
    j++;
  }
  if (j >= terms.length || !/^[\p{Lu}\p{N}]/u.test(terms[j]!.text)) {
    j = i;
    if (j >= terms.length || !/^[\p{Lu}\p{N}]/u.test(terms[j]!.text)) return null;
  }
  let k = j;
  while (k + 1 < terms.length && /^[\p{Lu}\p{N}&]/u.test(terms[k + 1]!.text) && !/[,.;:!?)]/.test(terms[k]!.post)) k++;
  if (k + 1 < terms.length && !/[,.;:]/.test(terms[k]!.post) && mediaLexicon().mediaNouns.includes(terms[k + 1]!.normal)) k++;
  const start = terms[i]!.start;
  let end = terms[k]!.end;
  const m = /['’]s?$/u.exec(text.slice(start, end));
  if (m && end - start > m[0].length) end -= m[0].length;
  return { start, end, next: k + 1 };
}

/** Channels credited inside one sentence. */
function sentenceChannels(text: string, terms: readonly Term[], quotes: readonly QuoteSpan[]): Channel[] {
  const out: Channel[] = [];
  const inQuote = (pos: number) => quotes.some((q) => q.outer[0] < pos && pos < q.outer[1]);
  const add = (s: number, e: number, kind: ChannelKind | null) => {
    const raw = text.slice(s, e);
    const name = channelName(raw);
    if (!name) return;
    out.push({ type: 'channel', range: [s, e], raw, name, kind: kind ?? channelKindOf(name), inferred: false });
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (inQuote(t.start)) continue;
    const w = t.normal;
    const next = (k: number) => terms[i + k]?.normal;
    if (w === 'according' && next(1) === 'to') {
      let k = i + 2;
      if (['a', 'an', 'the'].includes(terms[k]?.normal ?? '')) k++;
      const n = nameAt(terms, k, text);
      if (n && isMediaName(text.slice(n.start, n.end).replace(/^[\p{Ll}\s]+/u, ''))) add(n.start, n.end, null);
      else if (n && /^(report|reports|statement|article|story|dispatch|broadcast)$/.test(terms[n.next]?.normal ?? '')) add(n.start, n.end, null);
    } else if ((w === 'interview' || w === 'interviews') && (next(1) === 'with' || next(1) === 'on')) {
      let k = i + 2;
      if (['a', 'an', 'the'].includes(terms[k]?.normal ?? '')) k++;
      const n = nameAt(terms, k, text);
      if (n) add(n.start, n.end, 'interview');
    } else if ((w === 'quoted' || w === 'cited') && i > 0) {
      const prev = terms[i - 1]!;
      if (/^\p{Lu}/u.test(prev.text) && isMediaName(prev.text)) add(prev.start, prev.end, null);
    } else if ((w === 'reported' || w === 'reports' || w === 'reporting') && i > 0) {
      const prev = terms[i - 1]!;
      const agency = agencyName(prev.text);
      if (agency && !/[,.;:]/.test(prev.post)) add(prev.start, prev.end, 'agency');
    } else if ((w === 'seen' || w === 'obtained' || w === 'reviewed') && next(1) === 'by') {
      const n = nameAt(terms, i + 2, text);
      if (n && isMediaName(text.slice(n.start, n.end))) add(n.start, n.end, 'report');
    } else if ((w === 'told' || w === 'tells' || w === 'tell') && i + 1 < terms.length) {
      const n = nameAt(terms, i + 1, text);
      if (n && /^\p{Lu}/u.test(terms[i + 1]!.text) && isMediaName(text.slice(n.start, n.end))) add(n.start, n.end, 'interview');
    } else if (w === 'statement' && (terms[i - 1]?.normal === 'a' || terms[i - 2]?.normal === 'a') && ['in', 'a'].includes(terms[i - 2]?.normal ?? terms[i - 1]!.normal)) {
      add(t.start, t.end, 'statement');
    } else if (w === 'on' && i + 1 < terms.length) {
      const n = terms[i + 1]!;
      const two = i + 2 < terms.length ? `${n.text} ${terms[i + 2]!.text}` : '';
      if (mediaLexicon().social.includes(two)) add(n.start, terms[i + 2]!.end, 'social');
      else if (mediaLexicon().social.includes(n.text) && n.text !== 'X') add(n.start, n.end, 'social');
    }
  }
  return out;
}

function isOrgSpeakerWord(word: string): boolean {
  return titleLexicon().orgHeads.includes(word.toLowerCase());
}

/** Extracts the attributions of an article. */
export function findAttributions(input: AttributionInput): Attribution[] {
  const { text, sentences, paragraphs, terms, mentions, articleId } = input;
  const quotesByParagraph = paragraphs.map((p) => findQuoteSpans(text, p[0], p[1]));
  const mentionList = mentions.mentions;
  const drafts: Draft[] = [];
  const channelsBySentence: Channel[][] = [];

  let termCursor = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const [ss, se] = sentence.range;
    while (termCursor < terms.length && terms[termCursor]!.start < ss) termCursor++;
    let endCursor = termCursor;
    while (endCursor < terms.length && terms[endCursor]!.start < se) endCursor++;
    const sTerms = terms.slice(termCursor, endCursor);
    const pQuotes = quotesByParagraph[sentence.paragraph] ?? [];
    const sQuotes = pQuotes.filter((q) => q.outer[0] < se && ss < q.outer[1]);
    const inQuote = (pos: number) => sQuotes.some((q) => q.outer[0] < pos && pos < q.outer[1]);
    const channels = sentenceChannels(text, sTerms, sQuotes);
    channelsBySentence.push(channels);
    const sMentions = mentionList.filter((m) => m.range[0] >= ss && m.range[1] <= se && !inQuote(m.range[0]));

    const mentionEndingBefore = (pos: number, maxGapTerms: number, ti: number): Mention | null => {
      // The nearest mention whose end is at most `maxGapTerms` skippable terms before term `ti`.
      let k = ti - 1;
      let gap = 0;
      while (k >= 0) {
        const t = sTerms[k]!;
        const m = [...sMentions].reverse().find((x) => x.range[0] <= t.start && t.end <= x.range[1] + 2);
        if (m && m.range[1] <= pos) return m;
        if (!SKIPPABLE.has(t.normal) && !hasTag(t, 'Adverb', 'Auxiliary', 'Modal')) gap++;
        if (gap > maxGapTerms) return null;
        k--;
      }
      return null;
    };

    const subjectBefore = (ci: number): Mention | null => {
      // Skip a parenthetical set off by commas right before the cue ("X, who ..., said").
      let k = ci - 1;
      while (k >= 0 && (SKIPPABLE.has(sTerms[k]!.normal) || hasTag(sTerms[k]!, 'Adverb')) && !/,/.test(sTerms[k]!.post)) k--;
      if (k >= 0 && /,/.test(sTerms[k]!.post)) {
        let j = k - 1;
        while (j >= 0 && !/,/.test(sTerms[j]!.post)) j--;
        if (j >= 0) k = j;
      }
      const limit = k + 1;
      const near = mentionEndingBefore(sTerms[limit - 1]?.end ?? ss, 2, limit);
      if (near && near.kind !== 'place') return near;
      if (near && near.kind === 'place' && sTerms[limit - 1] && near.range[1] >= sTerms[limit - 1]!.start) {
        return near;
      }
      // Coordinated verbs ("X criticised … and posted …"): the nearest person or organisation before.
      if (k >= 0 && ['and', 'but', 'then'].includes(sTerms[k]!.normal)) {
        const before = sMentions.filter((m) => m.range[1] <= sTerms[k]!.start && (m.kind === 'person' || m.kind === 'organization'));
        if (before.length > 0) return before[before.length - 1]!;
      }
      return fallbackNounPhrase(limit);
    };

    const fallbackNounPhrase = (limit: number): Mention | null => {
      let j = limit - 1;
      const end = j;
      while (j >= 0 && hasTag(sTerms[j]!, 'Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym') && !hasTag(sTerms[j]!, 'Pronoun') && !(j < end && /[,;:]/.test(sTerms[j]!.post))) j--;
      const first = j + 1;
      if (first > end || end < 0) return null;
      const head = sTerms[end]!;
      if (!hasTag(head, 'Noun') || hasTag(head, 'Date', 'Month', 'WeekDay')) return null;
      if (/^(it|this|that|which|what)$/.test(head.normal)) return null;
      const s = sTerms[first]!.start;
      const e = head.end;
      const raw = text.slice(s, e);
      const isOrg = isOrgSpeakerWord(head.normal) || /^(officials?|spokes(wo)?m[ae]n|police|authorities|ministry|government)$/.test(head.normal);
      return { type: 'mention', range: [s, e], raw, kind: isOrg ? 'organization' : 'other', canonical: raw.replace(/^(the|a|an)\s+/i, ''), form: 'description' };
    };

    const speakerAfter = (ci: number): Mention | null => {
      let k = ci + 1;
      const inNp: Mention[] = [];
      let pronoun: Mention | null = null;
      while (k < sTerms.length) {
        const t = sTerms[k]!;
        if (NP_STOP.has(t.normal) && k > ci + 1) break;
        const m = sMentions.find((x) => x.range[0] <= t.start && t.start < x.range[1]);
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
    };

    const usedQuotes = new Set<QuoteSpan>();
    for (let ci = 0; ci < sTerms.length; ci++) {
      const cueTerm = sTerms[ci]!;
      if (inQuote(cueTerm.start)) continue;
      let lemma = cueLemma(cueTerm.normal);
      const according = cueTerm.normal === 'according' && sTerms[ci + 1]?.normal === 'to';
      if (!lemma && !according) continue;
      if (lemma && !hasTag(cueTerm, 'Verb') && !/^(says|said)$/.test(cueTerm.normal)) continue;
      // Passive voice ("has been accused of") reports nobody's words, except "was quoted as saying".
      if (lemma && ci > 0 && /^(been|was|were|is|are|be|being|get|got)$/.test(sTerms[ci - 1]!.normal) && !(lemma === 'quote' && sTerms[ci + 1]?.normal === 'as')) continue;
      if (according) lemma = 'according to';
      const before = text.slice(ss, cueTerm.start);

      // "X quoted Y as saying"
      if ((cueTerm.normal === 'quoted' || cueTerm.normal === 'cited') && sTerms[ci + 2]?.normal === 'as') {
        const objTerm = sTerms[ci + 1]!;
        const obj = sMentions.find((m) => m.range[0] <= objTerm.start && objTerm.start < m.range[1]) ?? null;
        const sayTerm = sTerms[ci + 3];
        if (obj && sayTerm) {
          const cue = span(text, cueTerm.start, sayTerm.end);
          const q = sQuotes.find((x) => !usedQuotes.has(x) && x.outer[1] <= cueTerm.start) ?? sQuotes.find((x) => !usedQuotes.has(x) && x.outer[0] >= sayTerm.end);
          if (q) {
            usedQuotes.add(q);
            drafts.push({ content: q.content, kind: quoteKind(text, q, ss), speaker: obj, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: q, ownSetting: false });
          } else {
            const content = trimContent(text, sayTerm.end, se);
            drafts.push({ content, kind: 'indirect', speaker: obj, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: null, ownSetting: false });
          }
          ci += 3;
          continue;
        }
      }

      // Content before the cue: `…,” said X`, `…, says X`, `“…,” X added`.
      const precedingMention = mentionEndingBefore(cueTerm.start, 0, ci);
      const afterCue = text.slice(cueTerm.end, se);
      const cueEndsFrame = /^\s*(?:[.!?,;]|$|(?:in|on|at|according|during|after|before|while|when|adding|noting|last|this|earlier|later|recently|yesterday|today|via|from|to\s+(?:reporters|journalists))\b)/iu.test(afterCue);
      const afterQuote = /[”"’]\s*[,—–]?\s*$/u.test(before);
      const invertedSpeaker = !afterQuote && /[,—–]\s*$/u.test(before) ? speakerAfter(ci) : null;
      const invertedNamed = invertedSpeaker !== null && invertedSpeaker.form !== 'description';
      const frameAfterContent =
        afterQuote ||
        invertedNamed ||
        (precedingMention !== null &&
          cueEndsFrame &&
          /[,”"’—–]\s*$/u.test(text.slice(ss, precedingMention.range[0])) &&
          text.slice(ss, precedingMention.range[0]).trim().split(/\s+/).length >= 3);
      if (frameAfterContent && !according) {
        const inverted = afterQuote || invertedNamed;
        const speaker = inverted ? speakerAfter(ci) : precedingMention;
        const boundary = inverted ? before.replace(/[\s,—–]+$/u, '').length + ss : (() => {
          const pre = text.slice(ss, precedingMention!.range[0]);
          return ss + pre.replace(/[\s,—–]+$/u, '').length;
        })();
        const q = [...pQuotes].reverse().find((x) => !usedQuotes.has(x) && Math.abs(x.outer[1] - boundary) <= 2 && x.outer[1] <= boundary + 2);
        const cue = span(text, cueTerm.start, cueTerm.end);
        if (q) {
          usedQuotes.add(q);
          drafts.push({ content: q.content, kind: quoteKind(text, q, ss), speaker, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: q, ownSetting: false });
        } else if (boundary > ss && speaker) {
          let content = trimContent(text, ss, boundary);
          const contentText = text.slice(content[0], content[1]);
          let kind: AttributionKind = 'indirect';
          if (FIRST_PERSON.test(contentText) && !/[“”"]/u.test(contentText)) {
            kind = 'direct-unmarked';
            // The quotation runs back to the paragraph start when earlier sentences carry no frame of their own.
            const para = paragraphs[sentence.paragraph]!;
            const earlier = sentences.filter((s) => s.paragraph === sentence.paragraph && s.range[0] < ss);
            if (earlier.length > 0 && !/[“”"]/u.test(text.slice(para[0], ss)) && !drafts.some((d) => d.paragraph === sentence.paragraph)) {
              content = trimContent(text, para[0], boundary);
            }
          }
          if (/[“”"]/u.test(contentText)) kind = 'indirect';
          drafts.push({ content, kind, speaker, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: null, ownSetting: false });
        }
        continue;
      }

      // "According to X, …" / "…, according to X."
      if (according) {
        const k = ci + 2;
        if (k >= sTerms.length) continue;
        let npEnd = k;
        while (npEnd < sTerms.length - 1 && !/[,.;:]/.test(sTerms[npEnd]!.post) && npEnd - k < 8) npEnd++;
        const npS = sTerms[k]!.start;
        const npE = sTerms[npEnd]!.end;
        const np = text.slice(npS, npE).replace(/[,.;:]+$/u, '');
        const isChannel = channels.some((c) => c.range[0] >= npS && c.range[1] <= npE + 1);
        const otherCue = sTerms.some((t, x) => x !== ci && !inQuote(t.start) && cueLemma(t.normal) && !NEEDS_THAT.has(cueLemma(t.normal)!) && !QUOTE_ONLY.has(cueLemma(t.normal)!));
        if (isChannel && otherCue) continue; // the channel goes to the sentence's other attribution
        const npMention = sMentions.filter((m) => m.range[0] >= npS && m.range[1] <= npE + 1);
        const speaker: Mention | null = isChannel
          ? null
          : npMention.find((m) => m.kind === 'person' || m.kind === 'organization') ?? npMention[0] ?? { type: 'mention', range: [npS, npS + np.length], raw: np, kind: 'other', canonical: np.replace(/^(the|a|an)\s+/i, ''), form: 'description' };
        const cue = span(text, cueTerm.start, sTerms[ci + 1]!.end);
        const sentenceStart = cueTerm.start - ss < 3 || /^[\s"“]*$/u.test(before);
        const content = sentenceStart ? trimContent(text, npE + 1, se) : trimContent(text, ss, cueTerm.start);
        if (content[1] - content[0] < 8) continue;
        drafts.push({ content, kind: 'indirect', speaker, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: null, ownSetting: false });
        continue;
      }

      // Speaker before, content after: `X said: “…”`, `X said (that) …`, `X told reporters …`, `X called it “…”`.
      let k = ci + 1;
      let cueEnd = cueTerm.end;
      let ownSetting = false;
      if (lemma === 'tell' && k < sTerms.length) {
        const addressee = sTerms[k]!;
        const addrLower = addressee.normal;
        if (cueLexicon().addressees.includes(addrLower) || hasTag(addressee, 'Pronoun') || isMediaName(addressee.text) || hasTag(addressee, 'Noun', 'ProperNoun')) {
          let e = k;
          while (e + 1 < sTerms.length && !/[,.;:“"]/u.test(sTerms[e]!.post) && /^\p{Lu}/u.test(sTerms[e + 1]!.text) && /^\p{Lu}/u.test(addressee.text)) e++;
          cueEnd = sTerms[e]!.end;
          k = e + 1;
          ownSetting = cueLexicon().addressees.includes(addrLower);
        }
      }
      const rest = text.slice(cueEnd, se);
      const lead = (/^(?:[\s,]*[\p{L}\d’'-]+){0,5}?[\s,]+that\s+/u.exec(rest) ?? /^[\s,:—–-]*(?:that\s+)?/u.exec(rest)!)[0];
      const hasThat = /that\s+$/u.test(lead);
      const contentStart = cueEnd + lead.length;
      const q = sQuotes.find(
        (x) =>
          !usedQuotes.has(x) &&
          x.outer[0] >= cueEnd &&
          (x.outer[0] - cueEnd <= (QUOTE_ONLY.has(lemma!) ? 60 : 4) || (x.outer[0] - cueEnd <= 160 && /:\s*$/u.test(text.slice(cueEnd, x.outer[0])) && !/[.!?;]/u.test(text.slice(cueEnd, x.outer[0] - 1)))),
      );
      const speaker = subjectBefore(ci);
      const cue = span(text, cueTerm.start, cueEnd);
      if (q && (QUOTE_ONLY.has(lemma!) || q.outer[0] - contentStart <= 1)) {
        usedQuotes.add(q);
        drafts.push({ content: q.content, kind: quoteKind(text, q, ss), speaker, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: q, ownSetting });
        continue;
      }
      if (QUOTE_ONLY.has(lemma!)) continue;
      if (NEEDS_THAT.has(lemma!) && !hasThat) continue;
      if (!speaker) continue;
      if (speaker.form === 'description' && speaker.kind === 'other' && !hasThat) continue;
      // Indirect content runs to the sentence end, less a trailing frame (", according to X").
      let contentEnd = se;
      const trailing = /,\s*(according to|said|says|added|adds|he said|she said)\b|,\s+(?:and|but)\s+(?=\p{Lu}\p{Ll}+\s+(?:has|have|had|was|were|is|are|will|would|did|does|\p{Ll}+ed)\b)/u.exec(text.slice(contentStart, se));
      if (trailing) contentEnd = contentStart + trailing.index;
      const content = trimContent(text, contentStart, contentEnd);
      if (content[1] - content[0] < 8 || text.slice(content[0], content[1]).split(/\s+/).length < 3) continue;
      drafts.push({ content, kind: 'indirect', speaker, cue, via: null, sentence: si, paragraph: sentence.paragraph, quote: null, ownSetting });
    }

    // Quotations no cue claimed: a headline quote ("‘X’: Ministry signals …") or a continuation of the previous speaker.
    for (const q of sQuotes) {
      if (usedQuotes.has(q) || q.outer[0] < ss) continue;
      if (drafts.some((d) => d.content[0] <= q.content[0] && q.content[1] <= d.content[1])) continue;
      const words = text.slice(q.content[0], q.content[1]).split(/\s+/).length;
      const startsSentence = q.outer[0] - ss <= 1;
      if (!startsSentence || words < 4) {
        if (sentence.section === 'headline' && words >= 2 && /^\s*:/u.test(text.slice(q.outer[1], se))) {
          const after = sMentions.find((m) => m.range[0] > q.outer[1] && (m.kind === 'organization' || m.kind === 'person'));
          if (after) drafts.push({ content: q.content, kind: 'direct', speaker: after, cue: null, via: null, sentence: si, paragraph: sentence.paragraph, quote: q, ownSetting: false });
        }
        continue;
      }
      const previous = [...drafts].reverse().find((d) => d.paragraph >= sentence.paragraph - 1 && d.speaker);
      if (previous) {
        usedQuotes.add(q);
        drafts.push({ content: q.content, kind: 'direct', speaker: previous.speaker, cue: null, via: previous.via, sentence: si, paragraph: sentence.paragraph, quote: q, ownSetting: false });
      }
    }
  }

  // Channels: the statement's own sentence, then its paragraph, then "in the interview", then the same speaker next door.
  const withVia = drafts.map((d) => {
    const own = channelsBySentence[d.sentence]!;
    if (own.length > 0) return { ...d, via: nearestChannel(own, d) };
    const paraChannels = sentences.flatMap((s, i) => (s.paragraph === d.paragraph ? channelsBySentence[i]! : []));
    if (paraChannels.length > 0) return { ...d, via: { ...nearestChannel(paraChannels, d), inferred: true } };
    return d;
  });
  for (const d of withVia) {
    if (d.via) continue;
    const sentence = sentences[d.sentence]!;
    if (/\bin (the|that|this) interview\b/iu.test(sentence.raw)) {
      for (let i = d.sentence - 1; i >= 0 && sentences[i]!.paragraph >= sentence.paragraph - 3; i--) {
        const interview = channelsBySentence[i]!.find((c) => c.kind === 'interview');
        if (interview) {
          d.via = { ...interview, inferred: true };
          break;
        }
      }
    }
  }
  for (const d of withVia) {
    if (d.via || d.ownSetting || !d.speaker) continue;
    const neighbour = withVia.find(
      (o) => o !== d && o.via && !o.via.inferred && o.speaker && o.speaker.canonical === d.speaker!.canonical && Math.abs(o.paragraph - d.paragraph) === 1,
    );
    if (neighbour) d.via = { ...neighbour.via!, inferred: true };
  }

  return withVia
    .sort((a, b) => a.content[0] - b.content[0])
    .map((d, n) => ({
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

function nearestChannel(channels: readonly Channel[], d: Draft): Channel {
  const mid = (d.content[0] + d.content[1]) / 2;
  return [...channels].sort((a, b) => Math.abs(a.range[0] - mid) - Math.abs(b.range[0] - mid))[0]!;
}

/**
 * A quotation that is a whole utterance (starts its sentence, or ends inside the marks with
 * punctuation) is direct; a fragment inside the outlet's own sentence is partial.
 */
function quoteKind(text: string, q: QuoteSpan, sentenceStart: number): AttributionKind {
  const inner = text.slice(q.content[0], q.content[1]);
  if (q.outer[0] - sentenceStart <= 1) return 'direct';
  if (/[.!?,…]$/u.test(inner)) return 'direct';
  if (inner.split(/\s+/).length >= 8) return 'direct';
  return 'partial';
}
