/**
 * Entity mentions: capitalised name chunks split from the role words before them ("French
 * President" | "Jane Doe"), classified as person / organisation / place, given one canonical
 * name per entity across the article ("Doe" → "Jane Doe"), plus pronouns and role
 * descriptions ("he", "the aide") resolved to the nearest compatible person before them.
 */
import stringSimilarity from 'string-similarity';
import { agencyByForm, aliasIndex, aliasLexicon, titleLexicon } from '../lexicon.js';
import type { Mention, MentionKind, Range } from '../types.js';
import { hasTag, type Term } from './01-parse.js';

export interface MentionIndex {
  readonly mentions: readonly Mention[];
  /** Role words seen before each person, by canonical name ("aide", "adviser"). */
  readonly roles: ReadonlyMap<string, ReadonlySet<string>>;
  /** The person canonical name whose last name is `token`, if any. */
  personByToken(token: string): string | null;
  /** Resolves a pronoun or description at `position` to the nearest compatible person before it. */
  resolveAt(position: number, gender: 'm' | 'f' | null, role: string | null): Mention | null;
}

const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'la', 'le', 'du', "d'"]);
const NOT_NAMES = new Set(['i', 'a', 'an', 'the', 'this', 'that', 'it', 'he', 'she', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'but', 'and', 'or', 'if', 'as', 'at', 'in', 'on', 'for', 'to', 'by', 'with', 'from', 'after', 'before', 'when', 'while', 'there', 'here', 'what', 'who', 'why', 'how', 'so', 'yet', 'also', 'meanwhile', 'however', 'some', 'many', 'most', 'all', 'both', 'one', 'no', 'not', 'video', 'photo', 'talks', 'according']);
/** Abbreviated honorifics and titles: their full stop does not end a name ("Mr. Doe", "Sen. Roe"). */
const HONORIFIC_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'rev', 'hon', 'pres', 'atty', 'cmdr', 'supt', 'amb']);
const isHonorific = (t: Term) => HONORIFIC_ABBREVIATIONS.has(t.normal.replace(/\.$/, ''));
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** The contracted verb of a pronoun term ("he's", "she’d", "they'll"). */
export const CONTRACTION = /['’](?:s|d|ll|ve|re|m)$/u;
/** The length of the pronoun part of a contracted pronoun term's text ("He's" → 2). */
export function pronounLength(text: string): number {
  const a = text.search(/['’]/u);
  return a > 0 ? a : text.length;
}

let titleSet: ReadonlySet<string> | undefined;
let orgHeadSet: ReadonlySet<string> | undefined;
let orgHeadPhrases: readonly string[] | undefined;
function titles(): ReadonlySet<string> {
  return (titleSet ??= new Set(titleLexicon().titles.flatMap((t) => t.split(' ')).map((t) => t.replace(/\.$/, ''))));
}
function orgHeads(): ReadonlySet<string> {
  return (orgHeadSet ??= new Set(titleLexicon().orgHeads));
}
/** The organisation heads of several words ("foreign ministry"), which a name may end with. */
function orgHeadPhrasesList(): readonly string[] {
  return (orgHeadPhrases ??= [...orgHeads()].filter((h) => h.includes(' ')));
}

export function isTitleWord(word: string): boolean {
  return titles().has(word.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, ''));
}

export function isDemonym(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(aliasLexicon().demonyms, word.replace(/['’]s$/, ''));
}

const agencyNames = (): ReadonlyMap<string, string> => agencyByForm();

function stripPossessive(term: Term): number {
  const m = /['’]s?$/u.exec(term.text);
  return m && term.text.length > m[0].length ? term.end - m[0].length : term.end;
}

/** A single capital letter written as an initial ("B" of "Jane B. Roe"). */
function isInitial(term: Term): boolean {
  return /^\p{Lu}$/u.test(term.text);
}

/**
 * "Sanders of Vermont", "a senator from Ohio": a person's name followed by "of" and a place is the
 * person qualified by the place, not one name (unlike "Bank of America", "University of Texas").
 */
function personOfPlace(run: readonly Term[], next: Term): boolean {
  return run.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName') || isHonorific(t)) && hasTag(next, 'Place', 'Country', 'City', 'Region');
}

function isCapitalised(term: Term): boolean {
  return /^[\p{Lu}]/u.test(term.text) && !hasTag(term, 'Pronoun', 'Month', 'WeekDay', 'Date');
}

interface Chunk {
  readonly terms: readonly Term[];
  /** Role words inside the chunk or just before it ("President", "adviser"). */
  readonly roles: readonly string[];
  readonly demonyms: readonly string[];
  /** A single word right after a locative preposition ("in Adelaide", "from Virginia"). */
  readonly located: boolean;
  /** The chunk stands where a person does: before a speech verb, beside an apposition of age or role, or owning a role. */
  readonly personSlot: boolean;
}

/** Prepositions after which a single name is a place rather than a person ("in X", "from X"). */
const LOCATIVE = /^(?:in|from|across|throughout|near|outside|inside|at|off)$/u;
/** A compass or setting word between a locative preposition and the place ("in central Adelaide"). */
const LOCATIVE_SETTING = /^(?:central|northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|downtown|suburban|rural|coastal|nearby)$/u;

/** Adjectives that quantify or rank a group rather than name it ("Other Republicans", "Top Democrats"). */
const GROUP_ADJECTIVE = /^(?:other|another|many|several|few|more|most|such|certain|various|numerous|top|senior|leading|prominent|fellow|former|current|both|each|every|some|all|new|young|old|older|younger|local|national|conservative|liberal|moderate)$/u;

/**
 * True when the sentence-initial term `i`, which is no name by itself, is the first word of a name:
 * an adjective right before a capitalised name word ("United Airlines", "Big Blue"), unless it
 * quantifies or ranks a group ("Other Republicans", "Top Democrats").
 */
function leadsName(text: string, terms: readonly Term[], i: number, sentenceStarts: ReadonlySet<number>, vocabulary: ReadonlySet<string>): boolean {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (!sentenceStarts.has(t.start) || !next || !isCapitalised(next) || !/^ $/u.test(text.slice(t.end, next.start))) return false;
  if (!hasTag(t, 'Adjective') || hasTag(t, 'Verb', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Comparative', 'Superlative')) return false;
  if (GROUP_ADJECTIVE.test(t.normal) || NOT_NAMES.has(t.normal) || isTitleWord(t.text) || isDemonym(t.text)) return false;
  return eligible(next, sentenceStarts, vocabulary) && !NOT_NAMES.has(next.normal);
}

/** Month names that compromise may read as names or modals ("in May and June"). */
const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;
/** Words after which a month name is a date ("in May", "until June", "early August"). */
const BEFORE_MONTH = /^(?:in|since|by|until|till|through|during|before|after|early|late|mid|last|next|this|each|every)$/u;

/**
 * True when term `k`, a capitalised month name that is not possessive ("May's"), stands where a
 * date does: after a temporal word ("in May") or joined to a month before it ("April and May").
 */
function monthInDateFrame(terms: readonly Term[], k: number): boolean {
  const t = terms[k]!;
  if (!MONTH_NAME.test(t.normal) || /['’]s?$/u.test(t.text)) return false;
  const prev = terms[k - 1];
  if (!prev || /[.;:!?]/u.test(prev.post)) return false;
  if (BEFORE_MONTH.test(prev.normal)) return true;
  const before = terms[k - 2];
  return (prev.normal === 'and' || prev.normal === 'or' || prev.normal === 'to') && before !== undefined && (MONTH_NAME.test(before.normal) || hasTag(before, 'Month'));
}

/** Verbs of speech that follow a speaker's name ("Jane Doe said"). */
const SPEECH_AFTER_NAME = /^(?:said|says|told|added|asked|stated|explained|wrote|tweeted|recalled|testified)$/u;

/**
 * True when the name of terms `first` to `k - 1` stands in a person's slot: before a verb of speech
 * ("… said"), before an apposition giving an age (", 45,") or a role (", a spokesman", ", director
 * of …"), after a role and a comma ("her husband, …"), or owning a role ("…'s attorney").
 */
function personSlotAfter(terms: readonly Term[], k: number, first: number): boolean {
  const last = terms[k - 1];
  const next = terms[k];
  if (!last || !next) return false;
  // After an apposition of role: "her husband, Jane Doe," / "the company's lawyer, Jane Doe".
  const before = terms[first - 1];
  if (before && /^\s*,\s*$/u.test(before.post) && (hasTag(before, 'Actor') || isTitleWord(before.text)) && /^\p{Ll}/u.test(before.text)) return true;
  // A possessive before a role noun: "Jane Doe's attorney".
  if (/['’]s?$/u.test(last.text) && !/[,.;:!?]/u.test(last.post)) return hasTag(next, 'Actor') && /^\p{Ll}/u.test(next.text);
  if (!/[,.;:!?()"“”]/u.test(last.post)) return SPEECH_AFTER_NAME.test(next.normal);
  if (!/^\s*,\s*$/u.test(last.post)) return false;
  if (/^\d{1,3}$/u.test(next.text) && /^\s*,/u.test(next.post)) return true;
  // A role noun straight after the comma: ", director of the agency".
  if (/^\p{Ll}/u.test(next.text) && (hasTag(next, 'Actor') || isTitleWord(next.text))) return true;
  if (next.normal !== 'a' && next.normal !== 'an' && next.normal !== 'the') return false;
  // The role noun within the apposition's first few words ("a senior party official").
  for (let x = k + 1; x < Math.min(terms.length, k + 5); x++) {
    const w = terms[x]!;
    if (hasTag(w, 'Actor') || isTitleWord(w.text)) return true;
    // A party or nationality alone: ", a Democrat,", ", a Nigerian.".
    if (x === k + 1 && /^\p{Lu}\p{Ll}/u.test(w.text) && /^\s*[,.]/u.test(w.post)) return true;
    if (/[,.;:!?]/u.test(w.post)) break;
  }
  return false;
}

/** Name chunks of capitalised words, with the role words and demonyms that precede them split off. */
function nameChunks(text: string, terms: readonly Term[], sentenceStarts: ReadonlySet<number>, properVocabulary: ReadonlySet<string>, titleCase: (t: Term) => boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < terms.length) {
    const t = terms[i]!;
    if (!isCapitalised(t) || !(eligible(t, sentenceStarts, properVocabulary) || leadsName(text, terms, i, sentenceStarts, properVocabulary)) || (titleCase(t) && !knownName(t, properVocabulary))) {
      i++;
      continue;
    }
    const run: Term[] = [t];
    let j = i + 1;
    while (j < terms.length) {
      const prev = run[run.length - 1]!;
      // An honorific's or a middle initial's full stop does not end the name ("Sen. Roe", "Jane B. Roe").
      const abbreviated = isHonorific(prev) || (isInitial(prev) && run.length > 1);
      if (/[,.;:!?)"“”‘’(]/u.test(prev.post) && !/^['’]s\s*$/u.test(prev.post) && !(abbreviated && /^\.?\s*$/u.test(prev.post))) break;
      if (/['’]s$/u.test(prev.text)) break;
      const next = terms[j]!;
      if (!/^[ \u00a0]?$/u.test(text.slice(prev.end, next.start).replace(/^['’]s?/u, '').replace(abbreviated ? /^\./u : /^$/u, ''))) break;
      if (titleCase(next) && !knownName(next, properVocabulary)) break;
      if (isCapitalised(next)) {
        run.push(next);
        j++;
      } else if (CONNECTORS.has(next.normal) && j + 1 < terms.length && isCapitalised(terms[j + 1]!) && !/[,.;:]/.test(next.post) && !personOfPlace(run, terms[j + 1]!)) {
        run.push(next, terms[j + 1]!);
        j += 2;
      } else break;
    }
    i = j;
    // Split off leading role words and demonyms; a role word inside the run also splits it.
    const roles: string[] = [];
    const demonyms: string[] = [];
    let k = 0;
    let lastRole = -1;
    // A name compromise knows as an organisation throughout ("General Motors") has no role word in it.
    const organisation = run.length > 1 && run.every((r) => hasTag(r, 'Organization') || CONNECTORS.has(r.normal));
    for (let x = 0; x < run.length && !organisation; x++) {
      const w = run[x]!.text;
      // Lower-case words of a title ("of" in "Secretary of State") are roles only between capitalised ones.
      if ((isTitleWord(w) || isHonorific(run[x]!)) && /^\p{Lu}/u.test(w) && x < run.length - 1) lastRole = x;
    }
    for (; k <= lastRole; k++) {
      const w = run[k]!.text;
      if (isTitleWord(w)) roles.push(w.toLowerCase().replace(/\.$/, ''));
      else if (isHonorific(run[k]!)) roles.push(run[k]!.normal.replace(/\.$/, ''));
      else if (isDemonym(w)) demonyms.push(w);
    }
    while (k < run.length - 1 && isDemonym(run[k]!.text) && !aliasIndex().has(run.slice(k).map((r) => r.text).join(' ').toLowerCase())) {
      demonyms.push(run[k]!.text);
      k++;
    }
    const name = run.slice(k);
    // Lower-case role words just before the chunk ("senior policy adviser Jane Doe").
    const before = terms.slice(Math.max(0, i - run.length - 4), i - run.length);
    for (let b = before.length - 1; b >= 0; b--) {
      const w = before[b]!;
      if (/[,.;:!?]/.test(w.post)) break;
      if (isTitleWord(w.text) && !CONNECTORS.has(w.normal)) roles.push(w.normal.replace(/['’]s$/, ''));
      else if (!hasTag(w, 'Adjective', 'Noun')) break;
    }
    if (name.length === 0) continue;
    if (name.length === 1 && NOT_NAMES.has(name[0]!.normal)) continue;
    if (name.length === 1 && run.length === 1 && monthInDateFrame(terms, i - 1)) continue;
    if (name.every((n) => isDemonym(n.text))) continue;
    // After a locative preposition, or after one and a setting word ("in central Adelaide").
    const prev = terms[i - run.length - 1]?.normal ?? '';
    const locative = LOCATIVE.test(prev) || (LOCATIVE_SETTING.test(prev) && LOCATIVE.test(terms[i - run.length - 2]?.normal ?? ''));
    // Not a word cut from a hyphenated name ("Al" of "Al-Fallujah").
    chunks.push({ terms: name, roles, demonyms, located: name.length === 1 && locative && !/['’]s?$/u.test(name[0]!.text) && !/^[-‐–]/u.test(name[0]!.post), personSlot: personSlotAfter(terms, i, i - name.length) });
  }
  return chunks;
}

/** A word known as a name from elsewhere in the article, or tagged as one by compromise. */
function knownName(t: Term, vocabulary: ReadonlySet<string>): boolean {
  const bare = t.text.replace(/['’]s$/u, '');
  return vocabulary.has(bare) || hasTag(t, 'Person', 'Place', 'Country', 'City', 'Organization') || aliasIndex().has(bare.toLowerCase()) || isTitleWord(bare);
}

function eligible(t: Term, sentenceStarts: ReadonlySet<number>, vocabulary: ReadonlySet<string>): boolean {
  if (NOT_NAMES.has(t.normal) && !hasTag(t, 'Person', 'Place', 'Organization')) return false;
  if (!sentenceStarts.has(t.start)) return true;
  const bare = t.text.replace(/['’]s$/u, '');
  return (
    hasTag(t, 'Person', 'Place', 'Organization', 'Country', 'City', 'ProperNoun') ||
    vocabulary.has(bare) ||
    aliasIndex().has(bare.toLowerCase()) ||
    agencyNames().has(bare)
  );
}

/** Tags compromise gives a capitalised word it does not know (no lexicon entry, no suffix rule). */
const GUESSED_TAGS = new Set(['ProperNoun', 'Noun']);

/** A capitalised word compromise knows nothing of: a name from outside its lexicon ("Orunmila"). */
function isUnknownName(t: Term): boolean {
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text) && [...t.tags].every((g) => GUESSED_TAGS.has(g));
}

/**
 * A given name and a surname outside compromise's lexicon ("Tavish Orunmila"): two or three capitalised
 * words, the first of which compromise does not know. Alone this is no person ("Acme Widgets",
 * "Army Commander" are tagged alike): callers ask it only of a name in a person's frame.
 * Organisation and place words were ruled out before this is asked.
 */
function unknownFullName(terms: readonly Term[]): boolean {
  return terms.length >= 2 && terms.length <= 3 && isUnknownName(terms[0]!) && terms.every((t) => /^\p{Lu}/u.test(t.text));
}

function kindOf(chunk: Chunk, raw: string): MentionKind {
  const lower = raw.toLowerCase();
  if (agencyNames().has(raw)) return 'organization';
  if (chunk.roles.length > 0) return 'person';
  if (orgHeads().has(lower) || orgHeadPhrasesList().some((h) => lower.endsWith(h))) return 'organization';
  const last = chunk.terms[chunk.terms.length - 1]!;
  if (/^(ministry|department|office|council|commission|court|party|agency|bank|university|committee|union|group|company|corp|inc|ltd|news|times|post|journal|magazine|tv|radio|network|institute|foundation|association|organization|organisation|forces|army|navy|police)$/i.test(last.text)) {
    return 'organization';
  }
  // A lone first name after a locative preposition is a place that is also a name ("in Adelaide", "from Virginia").
  if (chunk.located && chunk.terms.every((t) => hasTag(t, 'FirstName', 'Place') && !hasTag(t, 'LastName', 'Honorific'))) return 'place';
  if (chunk.terms.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName', 'Honorific'))) return 'person';
  if (aliasIndex().has(lower) || chunk.terms.some((t) => hasTag(t, 'Place', 'Country', 'City', 'Region'))) return 'place';
  if (chunk.terms.some((t) => hasTag(t, 'Organization'))) return 'organization';
  // A lone name of no known kind after a locative preposition is a place ("a firing range in Valparaiso").
  if (chunk.located) return 'place';
  // A name of words compromise does not know, in a person's slot ("Tavish Orunmila, 45, said").
  if (chunk.personSlot && unknownFullName(chunk.terms)) return 'person';
  return 'other';
}

function lastToken(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1]!.toLowerCase();
}

function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  return stringSimilarity.compareTwoStrings(a, b) >= 0.6;
}

/** Canonical name of a place or organisation: alias table, leading article dropped. */
export function canonicalPlace(raw: string): string {
  const bare = raw.replace(/^the\s+/i, '').replace(/['’]s$/u, '');
  return aliasIndex().get(bare.toLowerCase()) ?? bare;
}

/**
 * Finds the mentions of an article. `terms` are all terms of the article's segments in order,
 * `sentenceStarts` the offsets at which sentences begin.
 */
export function findMentions(text: string, terms: readonly Term[], sentenceStarts: ReadonlySet<number>, titleCaseRanges: readonly Range[] = []): MentionIndex {
  const titleCase = (t: Term) => titleCaseRanges.some((r) => r[0] <= t.start && t.end <= r[1]);
  const vocabulary = new Set<string>();
  for (const t of terms) {
    if (!sentenceStarts.has(t.start) && /^\p{Lu}/u.test(t.text) && !titleCase(t)) vocabulary.add(t.text.replace(/['’]s$/u, ''));
  }
  const chunks = nameChunks(text, terms, sentenceStarts, vocabulary, titleCase);

  interface Draft {
    range: Range;
    raw: string;
    kind: MentionKind;
    roles: readonly string[];
    gender: 'm' | 'f' | null;
  }
  const drafts: Draft[] = chunks.map((c) => {
    const first = c.terms[0]!;
    const last = c.terms[c.terms.length - 1]!;
    const end = stripPossessive(last);
    const raw = text.slice(first.start, end);
    const gender = c.terms.some((t) => hasTag(t, 'FemaleName')) ? 'f' : c.terms.some((t) => hasTag(t, 'MaleName')) ? 'm' : null;
    return { range: [first.start, end], raw, kind: kindOf(c, raw), roles: c.roles, gender };
  });

  // Person canonical names: the longest full name sharing the surname (the first of the longest),
  // worked out once per name: each draft asks twice, and pronouns and speakers ask again.
  const fullNames = drafts
    .filter((d) => d.kind === 'person' && d.raw.split(/\s+/).length >= 2)
    .map((d) => ({ full: d.raw, surname: lastToken(d.raw), words: d.raw.split(/\s+/).length }));
  const canonicalByName = new Map<string, string | null>();
  const canonicalPerson = (raw: string): string | null => {
    const known = canonicalByName.get(raw);
    if (known !== undefined) return known;
    const surname = lastToken(raw);
    let best: (typeof fullNames)[number] | null = null;
    for (const f of fullNames) {
      if (!sameSurname(f.surname, surname)) continue;
      if (!best || f.words > best.words) best = f;
    }
    canonicalByName.set(raw, best ? best.full : null);
    return best ? best.full : null;
  };
  const ownCanonical = new Set<Draft>();
  for (const [n, d] of drafts.entries()) {
    if (d.kind === 'other' || d.kind === 'person') {
      const full = canonicalPerson(d.raw);
      if (full && (d.raw.split(/\s+/).length === 1 || d.kind === 'person')) d.kind = 'person';
      // A name of unknown words sharing its surname with a named person is a relative or the
      // person ("Tavish Orunmila" beside "Ada Grace Orunmila"); its given name differs, so it keeps
      // its own canonical name.
      else if (full && unknownFullName(chunks[n]!.terms) && chunks[n]!.terms.every(isUnknownName)) {
        d.kind = 'person';
        ownCanonical.add(d);
      }
    }
  }

  const mentions: Mention[] = [];
  const roles = new Map<string, Set<string>>();
  const genders = new Map<string, 'm' | 'f'>();
  for (const d of drafts) {
    const canonical = d.kind === 'person' ? (ownCanonical.has(d) ? d.raw : (canonicalPerson(d.raw) ?? d.raw)) : canonicalPlace(d.raw);
    mentions.push({ type: 'mention', range: d.range, raw: d.raw, kind: d.kind, canonical, form: 'name' });
    if (d.kind === 'person') {
      const set = roles.get(canonical) ?? new Set<string>();
      for (const r of d.roles) set.add(r);
      roles.set(canonical, set);
      if (d.gender) genders.set(canonical, d.gender);
    }
  }

  // Named persons in text order; resolution walks back from the position.
  const persons = mentions.filter((m) => m.kind === 'person' && m.form === 'name').sort((a, b) => a.range[1] - b.range[1]);
  const resolveAt = (position: number, gender: 'm' | 'f' | null, role: string | null): Mention | null => {
    for (let k = persons.length - 1; k >= 0; k--) {
      const m = persons[k]!;
      if (m.range[1] > position) continue;
      const g = genders.get(m.canonical);
      if (gender && g && g !== gender) continue;
      if (role && !(roles.get(m.canonical)?.has(role) ?? false)) continue;
      return m;
    }
    return null;
  };

  // Pronouns and role descriptions ("he", "him", "the aide").
  const resolved: Mention[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    // A contracted pronoun ("he's said", "she'd") is one term: the mention is its pronoun part.
    const w = t.normal.replace(CONTRACTION, '');
    if ((MALE.has(w) || FEMALE.has(w)) && w !== 'his' && w !== 'hers' && !(w === 'her' && i + 1 < terms.length && hasTag(terms[i + 1]!, 'Noun', 'Adjective') && !/[,.;:]/.test(t.post))) {
      const target = resolveAt(t.start, MALE.has(w) ? 'm' : 'f', null);
      const end = w === t.normal ? t.end : t.start + pronounLength(t.text);
      if (target) resolved.push({ type: 'mention', range: [t.start, end], raw: text.slice(t.start, end), kind: 'person', canonical: target.canonical, form: 'pronoun' });
    } else if ((w === 'the' || w === 'this') && i + 1 < terms.length) {
      const next = terms[i + 1]!;
      const role = next.normal.replace(/\.$/, '');
      if (isTitleWord(role) && !/^\p{Lu}/u.test(terms[i + 2]?.text ?? '') && /^[a-z]/.test(next.text)) {
        const target = resolveAt(t.start, null, role);
        if (target) resolved.push({ type: 'mention', range: [t.start, next.end], raw: text.slice(t.start, next.end), kind: 'person', canonical: target.canonical, form: 'description' });
      }
    }
  }
  const all = [...mentions, ...resolved].sort((a, b) => a.range[0] - b.range[0]);
  const personByToken = (token: string): string | null => canonicalPerson(token);
  return { mentions: all, roles, personByToken, resolveAt };
}
