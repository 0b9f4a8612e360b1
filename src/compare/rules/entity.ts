/**
 * entity: in aligned claims, one outlet names a person, place or organisation where the other names
 * a different one of the same kind, and neither name appears in the other's sentence. Aliases,
 * demonyms and capitals resolve to one canonical name before comparing.
 *
 * A second check does not depend on the kind the extraction gave a name (it may take a person for a
 * place, or miss a name): the two sentences are matched word by word, and where one sentence has a
 * capitalised name in the stretch between two matched words and the other has a different name in
 * the same stretch, neither written anywhere in the other sentence in any form (surname, alias,
 * acronym, demonym; a patronymic is another name: "Peterson" / "Peter"), one name was put in the
 * other's place ("in Vienna" / "in Lisbon"). A third
 * check finds a person or place name replaced and moved within a reworded sentence (`movedName`).
 *
 * A pair below the relatedness gate is compared when it would pass it with the two names one name
 * (`relatedBut`). Not compared as names: compound adjectives, lone adjectives and capitalised common
 * nouns, asides in brackets (`standalone`), a lone first name against a lone surname (`comparable`,
 * `givenAgainstSurname`), a state or country qualifying the place before it (`qualifier`), and an
 * institution against a person or place (`differentSorts`: "to Congress" / "from Texas", two roles).
 * Nor are names in different roles by the words around them: a news medium the words were told to
 * or a sum of money (`noParty`), a pronoun standing where the other outlet names the person
 * (`pronounInPlace`), a piece of a name the other outlet writes (`partOfWritten`, `givenOfWritten`),
 * a body read as a person (`bodyAsPerson`), a person by courtesy title against a place
 * (`personAgainstPlace`), a larger place named by its form (`broaderPlace`: a continent's demonym,
 * a country against a town written with its state), different prepositions, a named thing or where
 * words were told (`otherRoles`), and two short quotations (`inShortQuote`). A pair so rejected does
 * not hide the next pair of names (`Accept`).
 */
import { agencyByForm, aliasIndex, aliasLexicon, mediaLexicon, titleLexicon } from '../../lexicon.js';
import nlp from '../../util/nlp.js';
import { PROSE } from '../../extract/01-parse.js';
import stringSimilarity from 'string-similarity';
import type { Claim, Mention, MentionKind, Range } from '../../types.js';
import { isStopword } from '../../util/words.js';
import { singularise } from '../values.js';
import { perClaim, acronymIn, claimPairs, editSimilarity, knownWord, related, relatedBut, sameName, sentenceWords, snippet, textOf, unmatchedStretches, valueOf, type Finding, type Rule, type SentenceWord } from '../rule.js';

const KINDS: readonly MentionKind[] = ['person', 'place', 'organization'];

/**
 * Answers of pure string functions kept by argument: a story's pairs of claims meet the same names
 * and words again and again. Bounded: cleared past `MEMO_LIMIT` entries.
 */
const MEMO_LIMIT = 100_000;
function memo<T>(f: (x: string) => T): (x: string) => T {
  const cache = new Map<string, T>();
  return (x) => {
    let v = cache.get(x);
    if (v === undefined && !cache.has(x)) {
      v = f(x);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(x, v);
    }
    return v as T;
  };
}
function memoPair(f: (x: string, y: string) => boolean): (x: string, y: string) => boolean {
  // By first and then second string: no key string is built for a look-up (this runs in the
  // entity rule's innermost loop, where most pairs were met before).
  let cache = new Map<string, Map<string, boolean>>();
  let size = 0;
  return (x, y) => {
    let row = cache.get(x);
    let v = row?.get(y);
    if (v === undefined) {
      v = f(x, y);
      if (size >= MEMO_LIMIT) {
        cache = new Map();
        size = 0;
        row = undefined;
      }
      if (row === undefined) cache.set(x, (row = new Map()));
      row.set(y, v);
      size++;
    }
    return v;
  };
}

function key(m: Mention): string {
  const capitals = aliasLexicon().capitals;
  return (capitals[m.canonical] ?? m.canonical).toLowerCase();
}

/**
 * The claim's names of one kind, its speaker's among them: a person named as the speaker in one
 * outlet and replaced by another person in the other is a different person in the statement (the
 * speaker rule reports the change of source as well).
 */
function named(claim: Claim, kind: MentionKind): Mention[] {
  const speaker = claim.attribution?.speaker;
  const own = claim.mentions.filter((m) => kindOf(m) === kind && m.form === 'name' && m.canonical !== speaker?.canonical && !compoundAdjective(m, claim));
  return speaker && speaker.form === 'name' && kindOf(speaker) === kind ? [...own, speaker] : own;
}

/** True when a mention is the name part of a compound adjective ("Ill.-based", "Dallas-born"): it modifies a noun, it names nothing in the statement. */
export function compoundAdjective(m: Mention, c: Claim): boolean {
  return /-\p{Ll}+$/u.test(m.raw) || /^-\p{Ll}/u.test(c.raw.slice(m.range[1] - c.range[0]));
}

/**
 * The kind of a named mention, a name of two words or more that opens with a first name
 * ("Helen Marsh", which the extraction may take for a place) counting as a person.
 */
function kindOf(m: Mention): MentionKind {
  if (m.kind === 'person' || m.form !== 'name') return m.kind;
  const words = m.raw.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && wordTags(words[0]!).has('FirstName') && words.every((w) => /^\p{Lu}/u.test(w)) ? 'person' : m.kind;
}

/** One name, or one spelt two ways ("Laczynski" / "Lacsynski"). */
const foldName = memo((s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ''));
export const similarName = memoPair((x: string, y: string) => sameName(x, y) || spellingAlike(foldName(x), foldName(y)));

/**
 * Two folded names or words spelt alike: most letter pairs shared and, below `LONG_NAME` letters,
 * at most a letter or two apart ("Kinsley" / "Kinsely"); two short names that share letter pairs
 * may be two names ("Uganda" / "Rwanda", "Iran" / "Iraq").
 */
function spellingAlike(x: string, y: string): boolean {
  if (stringSimilarity.compareTwoStrings(x, y) < SPELLING_SIMILARITY) return false;
  return Math.min(x.length, y.length) >= LONG_NAME || editSimilarity(x, y) >= SHORT_EDIT_SIMILARITY;
}
/** Length from which two names sharing most letter pairs are one name whatever their edit distance. */
const LONG_NAME = 8;
/** Edit-distance similarity two shorter names must reach to be one name spelt two ways. */
const SHORT_EDIT_SIMILARITY = 0.8;

/** True when the other claim's whole sentence mentions the entity in any written form or alias. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** True when `text` holds `form` as a whole word: no letter or digit (a whole code point) on either side. */
function hasWholeWord(text: string, form: string): boolean {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const end = i + form.length;
    const before = i === 0 ? '' : String.fromCodePoint(text.codePointAt(i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) ? i - 2 : i - 1)!);
    const after = end >= text.length ? '' : String.fromCodePoint(text.codePointAt(end)!);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

function mentionedIn(m: Mention, other: Claim): boolean {
  const raw = other.raw.toLowerCase();
  const surname = m.canonical.split(/\s+/).pop()!.toLowerCase();
  // A place as a whole word: "Iraq" is not written in "Iraqi officials" (the demonym may stand beside another place).
  const has = (form: string) => (m.kind !== 'place' ? raw.includes(form) : form !== '' && hasWholeWord(raw, form));
  if (has(m.canonical.toLowerCase()) || has(m.raw.toLowerCase()) || (m.kind === 'person' && has(surname))) return true;
  // As its acronym, or in full where it is one ("General Electric" / "GE -- parent of NBC").
  const letters = initials(m.raw);
  return (letters.length >= 2 && /\s/.test(m.raw.trim()) && hasWholeWord(other.raw, letters.toUpperCase())) || acronymIn(m.raw, other.raw);
}

/**
 * True when a name mention is part of a longer capitalised name of its sentence that the other
 * sentence writes in some form ("Gloria" of "Gloria Day Pruitt" / "Pruitt"): a piece of a name
 * the other outlet names, not a name of its own.
 */
function partOfWritten(m: Mention, own: Claim, other: Claim): boolean {
  // A span of more words than the mention (not the mention with its possessive: "Iran's").
  const words = m.raw.trim().split(/\s+/).length;
  const span = spansOf(own).find((n) => n.range[0] <= m.range[0] && m.range[1] <= n.range[1] && n.to - n.from > words);
  return span !== undefined && writtenIn(span, sentenceWords(own), sentenceWords(other), spansOf(other));
}

/** A capitalised name of a sentence: its words' indexes (in `sentenceWords`) and its text. */
export interface NameSpan {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** The name with the capitalised titles before it ("General Electric" where the name is "Electric"), for acronyms. */
  readonly full: string;
  readonly range: Range;
  /** The whole capitalised name this one was cut from ("Valley Forge Council" for "Valley Forge"), where it was cut. */
  readonly whole?: NameSpan;
}

/** Capitalised words that are not names: calendar words, pronouns and common sentence openers. */
const NOT_NAME = /^(?:i|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|jr|sr|inc|corp|co|ltd|plc|llc)$/;
/** Punctuation between two capitalised words that separates two names. */
const BREAK = /[,;:()\[\]"“”—–]/;
/** Lower-case words allowed inside a name ("Bank of America", "Muqtada al Sadr"). */
const CONNECTOR = /^(?:of|de|da|del|der|van|von|al|bin|ibn|la|le|du)$/;

let titleWords: ReadonlySet<string> | null = null;
/**
 * True when a lower-cased word is a word of a title or role of the titles lexicon, singular or
 * plural ("president", "gov", "prime" of "prime minister", "ministers"): capitalised before a name,
 * it is not part of the name; as a speaker's last word or beside a name it makes a role
 * (`speaker.ts`). Connectors and the "state" of "secretary of state" are no title words.
 */
export function isTitle(key: string): boolean {
  titleWords ??= new Set(titleLexicon().titles.flatMap((t) => t.split(' ')).filter((t) => !CONNECTOR.test(t) && t !== 'state').map((t) => t.replace(/\.$/, '')));
  const word = key.replace(/\.$/, '');
  return titleWords.has(word) || titleWords.has(singularise(word));
}

/**
 * True when a capitalised word opening a sentence or clause, with no capitalised word after it, is a
 * name: the extraction took it for a named entity (`named`: ranges of the claim's name mentions and
 * named speaker), the alias lexicon knows it ("China"), or it is no common English word
 * (`knownWord`: "Peterson", "Nairobi"). A lone first word is capitalised whatever it is.
 */
function loneInitialName(w: SentenceWord, named: readonly Range[]): boolean {
  // "O'Keefe", "D'Amato" too.
  if (isStopword(w.key) || !/^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(w.text)) return false;
  if (named.some(([s, e]) => s <= w.range[0] && w.range[1] <= e)) return true;
  if (canonicalOf(w.text).length > 0) return true;
  const tags = wordTags(w.text);
  if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization')) return true;
  // A noun no dictionary knows; every part of a hyphenated word unknown ("Henin-Hardenne", not
  // "Twenty-eight" or "Token-issuing"); not an adverb or adjective ("Moreover", "Overall").
  return tags.has('Noun') && w.key.split('-').every((part) => !knownWord(part));
}

/** Parts of speech that open no name. */
const FUNCTION_TAGS = ['Adverb', 'Adjective', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun'];

const tagCache = new Map<string, ReadonlySet<string>>();
/** The part-of-speech tags compromise gives a word alone ("Nairobi": Place, "Moreover": Adverb), cached. */
export function wordTags(word: string): ReadonlySet<string> {
  let tags = tagCache.get(word);
  if (!tags) {
    // The first term's tags from the parse the extraction runs on prose (no second tagging pass:
    // five times faster; 0.9% of 29,000 words of the evaluation texts get other tags, mostly
    // function words and hyphenated words), read in place rather than through `json()`.
    const doc = nlp.tokenize(word);
    doc.compute(PROSE);
    const term = (doc as unknown as { docs: Array<Array<{ tags?: Set<string> }>> }).docs[0]?.[0];
    tags = new Set(term?.tags ?? []);
    if (tagCache.size > 50_000) tagCache.clear();
    tagCache.set(word, tags);
  }
  return tags;
}

/** The ranges of a claim's names as the extraction read them: name mentions and a named speaker. */
function namedRanges(c: Claim): Range[] {
  const out = c.mentions.filter((m) => m.form === 'name' && KINDS.includes(m.kind)).map((m) => m.range);
  const speaker = c.attribution?.speaker;
  if (speaker && speaker.form === 'name') out.push(speaker.range);
  return out;
}

/** The claim's capitalised names (`nameSpans` of its sentence words, given its named ranges), once per claim. */
const spansOf = perClaim((c: Claim): readonly NameSpan[] => Object.freeze(nameSpans(sentenceWords(c), namedRanges(c))));

/**
 * The capitalised names of a sentence: runs of capitalised words (connectors inside), titles and
 * calendar words left out. A capitalised first word of the sentence or of a clause starts a name
 * when the next word of the same clause is capitalised too, or when it is a name alone
 * (`loneInitialName`, given the claim's `named` ranges).
 */
export function nameSpans(words: readonly SentenceWord[], named: readonly Range[] = []): NameSpan[] {
  const capital = (w: SentenceWord | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text) && !NOT_NAME.test(w.key) && !isTitle(w.key);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const next = words[i + 1];
    // The next word of the name follows after one space, not after a comma ("Moreover, Cabrera").
    const adjacent = next !== undefined && next.range[0] - words[i]!.range[1] <= 1;
    // Before a connector, a function word, adverb or adjective opens no name ("Bank of America", not "Regardless of Reid's").
    const joined = adjacent && (capital(next) || (CONNECTOR.test(next.text) && capital(words[i + 2]) && !FUNCTION_TAGS.some((t) => wordTags(words[i]!.text).has(t))));
    const opensName = (joined && !next!.initial && !isStopword(words[i]!.key)) || loneInitialName(words[i]!, named);
    if (!capital(words[i]) || closesTitle(words, i) || (words[i]!.initial && !opensName)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A comma, bracket or dash ends the name ("Jane Smith, Microsoft's chief": two names).
    // A possessive ends a name too ("Taipei's Jen Chi Hospital": the city and the hospital).
    while (j < words.length && (capital(words[j]) || (CONNECTOR.test(words[j]!.text) && capital(words[j + 1]))) && !words[j]!.initial && !BREAK.test(words[j]!.gap) && !/['’]s$/.test(words[j - 1]!.text)) j++;
    const range: Range = [words[i]!.range[0], words[j - 1]!.range[1]];
    let k = i;
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && isTitle(words[k - 1]!.key)) k--;
    const text = words.slice(i, j).map((w) => w.text).join(' ');
    out.push({ from: i, to: j, text, full: words.slice(k, j).map((w) => w.text).join(' '), range });
    i = j;
  }
  return out;
}

let titlePhrases: ReadonlySet<string> | null = null;
/** True when a word closes a title of several words of the titles lexicon ("State" of "Secretary of State"): part of the title, no name. */
function closesTitle(words: readonly SentenceWord[], i: number): boolean {
  titlePhrases ??= new Set(titleLexicon().titles.filter((t) => t.includes(' ')));
  for (let n = 1; n <= 2 && i - n >= 0; n++) if (titlePhrases.has(words.slice(i - n, i + 1).map((w) => w.key).join(' '))) return true;
  return false;
}

/** True when `short` (two to four letters) abbreviates `long`: same first letter, its letters in order in `long` ("lt" / "lieut"). */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length > 4 || long.length <= short.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** Initials of a name's capitalised words ("International Atomic Energy Agency" → "iaea"). */
const initials = memo((name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join(''));

/** Initials of a name's capitalised words with its connectors kept whole ("Bank of America" → "bofa"), or '' without a connector. */
const connectorInitials = memo((name: string) => {
  const words = name.split(/\s+/);
  return words.some((w) => CONNECTOR.test(w)) ? words.map((w) => (CONNECTOR.test(w) ? w : /^\p{Lu}/u.test(w) ? w[0]!.toLowerCase() : '')).join('') : '';
});

let dotless: ReadonlyMap<string, string> | null = null;
/** The alias index with full stops removed from its keys ("U.S." and "U.S" are one form). */
function aliasKeyed(): ReadonlyMap<string, string> {
  dotless ??= new Map([...aliasIndex()].map(([k, v]) => [k.replace(/\./g, ''), v] as const));
  return dotless;
}

let countryNameSet: ReadonlySet<string> | null = null;
/**
 * The countries and unions the alias lexicon knows, lower-cased ("iraq", "european union"): its
 * entities, and the countries of its capitals, some of which it lists under no entity ("Iraq" of
 * "Baghdad").
 */
function countryNames(): ReadonlySet<string> {
  countryNameSet ??= new Set([...Object.values(aliasLexicon().capitals), ...Object.keys(aliasLexicon().entities)].map((k) => k.toLowerCase()));
  return countryNameSet;
}

/** The canonical entity of a name or any of its words by the alias lexicon (aliases, demonyms, capitals), lower-cased. */
const canonicalOf = memo((name: string): readonly string[] => canonicalForms(name));
function canonicalForms(name: string): string[] {
  const lex = aliasLexicon();
  const index = aliasKeyed();
  const out: string[] = [];
  for (const form of [name, ...name.split(/\s+/)]) {
    // A demonym in the plural names the people of its country ("Americans").
    const canonical = index.get(form.toLowerCase().replace(/\./g, '').replace(/['’]s$/, '')) ?? lex.demonyms[form] ?? (form.endsWith('s') ? lex.demonyms[form.slice(0, -1)] : undefined) ?? null;
    if (canonical) out.push((lex.capitals[canonical] ?? canonical).toLowerCase(), canonical.toLowerCase());
    const capitalOf = lex.capitals[form];
    if (capitalOf) out.push(capitalOf.toLowerCase());
    // A country the lexicon knows only as the country of a capital ("Iraq's" / "Baghdad"); an
    // entity's name is found by the index above already.
    const bare = form.replace(/['’]s$/, '').toLowerCase();
    if (countryNames().has(bare)) out.push(bare);
  }
  return out;
}

/**
 * `canonicalOf` a name in its sentence: a capital counts as its country (the city is in it, and it
 * speaks for its government), except in a sentence that names the country too, where it is one
 * place of the country ("Taiwan … a Taipei hospital").
 */
function canonicalAt(n: NameSpan, words: readonly SentenceWord[]): readonly string[] {
  const country = aliasLexicon().capitals[n.text];
  if (country !== undefined && lookupOf(words).countries.has(country.toLowerCase())) return [n.text.toLowerCase()];
  return canonicalOf(n.text);
}

/**
 * The countries a sentence names other than through a capital: by name, alias or demonym, a plural
 * demonym too ("a tragic day for Americans … said in Washington": the capital is a city there).
 */
function countriesNamed(words: readonly SentenceWord[]): ReadonlySet<string> {
  const capitals = aliasLexicon().capitals;
  const out = new Set<string>();
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w.text) || capitals[w.text] !== undefined) continue;
    for (const form of [w.text, w.text.replace(/s$/, '')]) for (const c of canonicalOf(form)) out.add(c);
  }
  // Names of several words ("United States").
  const sentence = words.map((w) => w.gap + w.text).join('');
  const lower = sentence.toLowerCase();
  for (const [alias, canonical] of aliasIndex()) if (alias.includes(' ') && !alias.startsWith('the ') && lower.includes(alias) && wordIn(alias, sentence)) out.add(canonical.toLowerCase());
  return out;
}

/** What `writtenIn` reads of a sentence's words, computed once per sentence: its word keys without full stops, its capitalised words folded. */
interface WordLookup {
  readonly keys: ReadonlySet<string>;
  readonly capitalised: readonly string[];
  /** The sentence as its words and the marks between them. */
  readonly sentence: string;
  /** The countries it names other than through a capital (`countriesNamed`), lower-cased. */
  readonly countries: ReadonlySet<string>;
  /** Capitalised words of two to four letters right before a capitalised word, as titles stand ("Pte Lynch", "Lt Smith"), folded. */
  readonly titled: ReadonlySet<string>;
}

/** True when a word (lower-cased) names a place: the alias lexicon knows it or compromise tags it a place. */
const placeWord = memo((w: string) => {
  const word = w.charAt(0).toUpperCase() + w.slice(1);
  const tags = wordTags(word);
  return canonicalOf(word).length > 0 || tags.has('Place') || tags.has('Country') || tags.has('Region') || tags.has('City');
});
const lookupCache = new WeakMap<readonly SentenceWord[], WordLookup>();
function lookupOf(words: readonly SentenceWord[]): WordLookup {
  let lookup = lookupCache.get(words);
  if (!lookup) {
    lookup = {
      keys: new Set(words.map((w) => w.key.replace(/\./g, ''))),
      // Hyphenated parts apart too, of four letters or more ("al-Qaida" writes "Qaida"; not "Wal" of "Wal-Mart").
      capitalised: words.flatMap((w) => (w.text.includes('-') ? [w.text, ...w.text.split('-').filter((p) => p.length >= 4)] : [w.text])).filter((w) => /^\p{Lu}/u.test(w)).map(foldName).filter((w) => w.length > 2),
      sentence: words.map((w) => w.gap + w.text).join(''),
      countries: countriesNamed(words),
      titled: new Set(words.filter((w, i) => /^\p{Lu}\p{L}{1,3}$/u.test(w.text) && words[i + 1]?.gap === ' ' && /^\p{Lu}/u.test(words[i + 1]!.text)).map((w) => foldName(w.text))),
    };
    lookupCache.set(words, lookup);
  }
  return lookup;
}

/** `writtenIn` answers by name and sentence: a rule meets the same name against the same sentence more than once. */
const writtenCache = new WeakMap<NameSpan, WeakMap<readonly SentenceWord[], boolean>>();

/** True when the other sentence writes the name in some form: one of its words, an alias, its acronym or expansion. */
function writtenIn(name: NameSpan, own: readonly SentenceWord[], words: readonly SentenceWord[], spans: readonly NameSpan[]): boolean {
  let byWords = writtenCache.get(name);
  if (!byWords) writtenCache.set(name, (byWords = new WeakMap()));
  let yes = byWords.get(words);
  if (yes === undefined) byWords.set(words, (yes = isWrittenIn(name, own, words, spans)));
  return yes;
}

/** A name's words as `isWrittenIn` compares them, and the words its own sentence writes apart from it (folded); once per name. */
interface OwnForms {
  /** The name's words, hyphenated parts apart ("al-Sadr" is written "Sadr" in the other sentence), without connectors and titles. */
  readonly parts: readonly string[];
  /**
   * Words the name's own sentence writes outside the name, other than the name's own words: no
   * form of the name ("Iraqi" beside "Iraq"); the name written again is the name ("EU ministers … a
   * EU representative").
   */
  readonly apart: ReadonlySet<string>;
}
const ownFormsCache = new WeakMap<NameSpan, OwnForms>();
function ownForms(name: NameSpan, own: readonly SentenceWord[]): OwnForms {
  let forms = ownFormsCache.get(name);
  if (!forms) {
    const parts = name.text.split(/[\s-]+/).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/\./g, '')).filter((w) => w.length > 2 && !CONNECTOR.test(w) && !isTitle(w));
    const selves = new Set(parts.map(foldName));
    const apart = new Set(own.filter((w) => w.range[1] <= name.range[0] || w.range[0] >= name.range[1]).map((w) => foldName(w.text)).filter((w) => !selves.has(w) && w !== foldName(name.text)));
    ownFormsCache.set(name, (forms = { parts, apart }));
  }
  return forms;
}

function isWrittenIn(name: NameSpan, own: readonly SentenceWord[], words: readonly SentenceWord[], spans: readonly NameSpan[]): boolean {
  const { keys, capitalised: otherWords, sentence, titled } = lookupOf(words);
  // The tests below are one disjunction, cheapest and likeliest first: a word of the name written as is.
  const { parts, apart } = ownForms(name, own);
  if (parts.some((p) => keys.has(p))) return true;
  // An acronym of a name the other sentence writes in full, or a word of a long name the other
  // sentence writes as an acronym ("ATF" / "Bureau of Alcohol, Tobacco, Firearms and Explosives").
  if (acronymIn(name.text, sentence) || acronymWithLowerCase(name.text, words)) return true;
  const ownSentence = lookupOf(own).sentence;
  const letters = initials(name.text);
  if (letters !== '' && spans.some((o) => {
    const short = o.text.replace(/[^\p{Lu}]/gu, '').toLowerCase();
    return short.includes(letters) && acronymIn(o.text, ownSentence) && runInitials(name, own).includes(short);
  })) return true;
  const canon = new Set(canonicalAt(name, own));
  // An acronym as written, its full stops, spaces, ampersands and possessive dropped ("S.& P.", "CDC's").
  const acronym = name.text.replace(/['’]s$/, '').replace(/[.\s&]/g, '').toLowerCase();
  for (const other of spans) {
    // By alias, demonym or capital only when the form the other sentence writes is not in this
    // sentence too: there it is its own mention ("India blamed … Indian rule" / "Lisbon blamed … Indian rule").
    if (canonicalAt(other, words).some((c) => canon.has(c)) && !wordIn(other.text, ownSentence)) return true;
    const otherAcronym = other.text.replace(/['’]s$/, '').replace(/[.\s&]/g, '').toLowerCase();
    if (initials(other.full).length > 1 && (initials(other.full) === acronym || initials(name.full) === otherAcronym)) return true;
    // An acronym that leaves the last words out ("CDC" / "Centers for Disease Control and Prevention").
    if (acronym.length >= 3 && initials(other.full).length > acronym.length && initials(other.full).startsWith(acronym)) return true;
    if (otherAcronym.length >= 3 && initials(name.full).length > otherAcronym.length && initials(name.full).startsWith(otherAcronym)) return true;
    // An acronym that keeps a connector whole ("BofA" / "Bank of America").
    if (connectorInitials(other.full) === acronym || connectorInitials(name.full) === otherAcronym) return true;
    // One name spelt two ways ("Laczynski" / "Lacsynski", "MSBlast" / "MBlast"), unless this sentence
    // writes the other's word too, apart from the name ("Iraqi officials" on both sides: no other
    // spelling of "Iraq").
    if (similarName(other.text, name.text) && !writtenApart(other, name, own)) return true;
  }
  // A word of the name written in short or spelt differently in the other sentence ("Tim" / "Timothy", "Brig" / "Brigadier", "Day's" / "Days").
  // A transliteration shares fewer letter pairs than letters ("Zulifquar" / "Zulfiqar"); an
  // abbreviation keeps some letters of its word in order ("Lt" / "Lieut").
  // A demonym or other derived form shares a long beginning with its name ("Mexican" / "Mexico").
  // A word this sentence writes too, apart from the name, is no form of the name ("Iraqi" beside
  // "Iraq"); the name written again is the name ("EU ministers … a EU representative").
  // A short word before a name in the other sentence is a title ("Pte Lynch"), no short form of a place ("Palestine").
  if (parts.some((p) => {
    const fp = foldName(p);
    return otherWords.some((o) => !apart.has(o) && (o.startsWith(fp) || fp.startsWith(o) || spelt(o, fp)) && !(titled.has(o) && o.length < fp.length && placeWord(p)) && !patronymic(o, fp));
  })) return true;
  // A name of one short word may be the other's abbreviation ("Lt" / "Lieut").
  const short = foldName(name.text);
  return short.length >= 2 && short.length <= 4 && otherWords.some((o) => !apart.has(o) && (abbreviates(short, o) || abbreviates(o, short)));
}

/**
 * True when `short`, an acronym of three to six capitals, is the initials of consecutive words of
 * `words` that open on a capitalised word and hold at least two, lower-case words counted
 * ("CHOGM" / "Commonwealth Heads of Government meeting"): an acronym of a name and the noun it names.
 */
function acronymWithLowerCase(short: string, words: readonly SentenceWord[]): boolean {
  const letters = short.replace(/['’]s$/, '').replace(/[.&]/g, '');
  if (!/^\p{Lu}{3,6}$/u.test(letters)) return false;
  const target = letters.toLowerCase();
  for (let i = 0; i + target.length <= words.length; i++) {
    const run = words.slice(i, i + target.length);
    if (!/^\p{Lu}/u.test(run[0]!.text) || run.filter((w) => /^\p{Lu}/u.test(w.text)).length < 2) continue;
    if (run.every((w, k) => w.key[0] === target[k] && (k === 0 || /^\s+$/.test(w.gap)))) return true;
  }
  return false;
}

/** Lower-case words and marks that may stand inside a long name whose acronym the other sentence writes ("Bureau of Alcohol, Tobacco, Firearms and Explosives"). */
const RUN_INNER = /^(?:of|and|for|the|de|du|at|with|&)$/;

/**
 * The initials of the run of capitalised words that holds `name` in its sentence, inner connectors
 * and list commas inside the run ("batfe" for "Tobacco" of "Bureau of Alcohol, Tobacco, Firearms
 * and Explosives"): a name is a word of an acronym's expansion only inside a run that holds the
 * whole acronym ("In Adelaide" holds no "IAEA").
 */
function runInitials(name: NameSpan, own: readonly SentenceWord[]): string {
  const inRun = (j: number) => j >= 0 && j < own.length && (/^\p{Lu}/u.test(own[j]!.text) || RUN_INNER.test(own[j]!.key));
  // A list comma joins capitalised words only ("Alcohol, Tobacco"; not "In Adelaide, the International …").
  const joins = (j: number) => /^\s+$/.test(own[j]!.gap) || (/^,\s*$/.test(own[j]!.gap) && /^\p{Lu}/u.test(own[j]!.text) && /^\p{Lu}/u.test(own[j - 1]!.text));
  let lo = name.from;
  while (inRun(lo - 1) && joins(lo)) lo--;
  let hi = name.to;
  while (inRun(hi) && joins(hi)) hi++;
  return own.slice(lo, hi).filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]!.toLowerCase()).join('');
}

/** True when the one-word name `other` is written in `own` outside the range of `name`: a mention of its own there. */
function writtenApart(other: NameSpan, name: NameSpan, own: readonly SentenceWord[]): boolean {
  const form = foldName(other.text);
  // The name written again is the name ("EU ministers … a EU representative").
  if (/\s/.test(other.text) || form === foldName(name.text)) return false;
  return own.some((w) => (w.range[1] <= name.range[0] || w.range[0] >= name.range[1]) && foldName(w.text) === form);
}

/** True when one folded name is the other with a patronymic ending ("Peterson" / "Peter", "Johnsen" / "John"): two names, not one. */
function patronymic(o: string, p: string): boolean {
  const [short, long] = o.length < p.length ? [o, p] : [p, o];
  return long.startsWith(short) && /^(?:s?son|s?sen|sdottir)$/.test(long.slice(short.length));
}

/** Share of the shorter word a derived form must begin with ("mexic" of "Mexico"). */
const DERIVED_SHARE = 0.7;

/** A demonym or other derived form shares a long beginning with its name ("Mexican" / "Mexico"). */
function derived(o: string, p: string): boolean {
  let k = 0;
  while (k < o.length && k < p.length && o[k] === p[k]) k++;
  return k >= 5 && k >= DERIVED_SHARE * Math.min(o.length, p.length);
}

/** Two folded words spelt alike, one derived from the other, or one the other's abbreviation. */
const spelt = memoPair(
  (o: string, p: string) => spellingAlike(o, p) || derived(o, p) || (Math.min(o.length, p.length) >= 5 && editSimilarity(o, p) >= EDIT_SIMILARITY) || abbreviates(o, p) || abbreviates(p, o),
);

/** True when `form` is written in `sentence` as whole words, case aside. */
function wordIn(form: string, sentence: string): boolean {
  const f = form.toLowerCase().replace(/['’]s$/, '');
  return f !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(sentence.toLowerCase());
}

/** Longest stretch of unmatched words on either side that can hold a substitution. */
const MAX_STRETCH = 8;
/** Most difference in length (words) between the two stretches of a substitution. */
const MAX_LENGTH_GAP = 2;
/** Letter-pair similarity from which two names are one name spelt two ways. */
const SPELLING_SIMILARITY = 0.6;
/** Edit-distance similarity (`editSimilarity`) from which two words of five letters or more are one name spelt two ways. */
const EDIT_SIMILARITY = 0.75;

/**
 * The names inside a stretch of words [from, to): the parts of the sentence's names that fall in it
 * ("Valparaiso" of "Valparaiso Stock Exchange" when "Stock Exchange" is matched on both sides).
 */
function namesIn(words: readonly SentenceWord[], spans: readonly NameSpan[], from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    let lo = Math.max(s.from, from);
    let hi = Math.min(s.to, to);
    while (lo < hi && CONNECTOR.test(words[lo]!.text)) lo++;
    while (hi > lo && CONNECTOR.test(words[hi - 1]!.text)) hi--;
    if (lo >= hi) continue;
    // The whole name: the span itself, so that what is cached by span (`writtenIn`) is met again.
    if (lo === s.from && hi === s.to) {
      out.push(s);
      continue;
    }
    let k = lo;
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && isTitle(words[k - 1]!.key)) k--;
    const text = words.slice(lo, hi).map((w) => w.text).join(' ');
    // With the titles before it, not the words after it that were cut off ("Federal" of "Federal District Court" is no name after a title).
    const full = words.slice(k, hi).map((w) => w.text).join(' ');
    out.push({ from: lo, to: hi, text, full, range: [words[lo]!.range[0], words[hi - 1]!.range[1]], whole: s });
  }
  return out;
}

/** A test a pair of names must pass to be reported (`substitutedName`, `movedName`): a pair it rejects does not hide the next one. */
export type Accept = (x: NameSpan, y: NameSpan) => boolean;

/**
 * A name of `a` and a different name of `b` in the same stretch between two words the sentences
 * share (longest common subsequence of their words), neither written anywhere in the other sentence.
 * A stretch longer than `MAX_STRETCH` words, or two stretches of different lengths, hold a
 * substitution only where both names open them right after the same shared word, titles before the
 * names counted ("names Lady Mary at" / "names Jane Smith for the first time at"), or both close
 * them right before it.
 */
export function substitutedName(a: Claim, b: Claim, accept: Accept = () => true): [NameSpan, NameSpan] | null {
  const wa = sentenceWords(a);
  const wb = sentenceWords(b);
  const sa = spansOf(a);
  const sb = spansOf(b);
  for (const s of unmatchedStretches(wa, wb)) {
    const long = s.a1 - s.a0 > MAX_STRETCH || s.b1 - s.b0 > MAX_STRETCH;
    // A name put in another's place leaves the two stretches short and of about one length; a
    // reworded passage need not, unless both names stand right after the same shared word, or right
    // before it ("facility on Manhattan." / "facility on Lisbon where the remains are stored.").
    const even = !long && Math.abs(s.a1 - s.a0 - (s.b1 - s.b0)) <= MAX_LENGTH_GAP;
    // The names of the stretches that may stand for a substitution: not written in the other sentence
    // in any form, no given name cut from a name written there, standing alone, no qualifier. Asked
    // only of the names a test below reads (each is costly, and a long stretch holds many names).
    // Every reading below pairs a name of each stretch: none on one side, no pair.
    const rawA = namesIn(wa, sa, s.a0, s.a1);
    if (rawA.length === 0) continue;
    const rawB = namesIn(wb, sb, s.b0, s.b1);
    if (rawB.length === 0) continue;
    const keepA = (n: NameSpan) => !writtenIn(n, wa, wb, sb) && !givenOfWritten(n, wa, wb, sb) && standalone(n, wa) && !qualifier(n, wa, sa, wb, sb);
    const keepB = (n: NameSpan) => !writtenIn(n, wb, wa, sa) && !givenOfWritten(n, wb, wa, sa) && standalone(n, wb) && !qualifier(n, wb, sb, wa, sa);
    if (even) {
      const x = rawA.find(keepA);
      const y = rawB.find(keepB);
      if (x && y && comparable(x, y) && accept(x, y)) return [x, y];
      // A capital read as its country, the country written elsewhere in the other sentence ("wanted
      // by Nairobi … bombings in India" / "wanted by New Delhi"): in this stretch, a place stands in its place.
      if (x && !y && placeLike(x)) {
        const other = rawB.find((n) => capitalElsewhere(n, wa, s.a0, s.a1));
        if (other && accept(x, other)) return [x, other];
      }
      if (y && !x && placeLike(y)) {
        const other = rawA.find((n) => capitalElsewhere(n, wb, s.b0, s.b1));
        if (other && accept(other, y)) return [other, y];
      }
      continue;
    }
    // Otherwise the first names of both stretches, opening right after the same shared word (titles
    // included), or their last names, closing right before it. Names do not overlap, and a title is
    // never a name, so no later name can open a stretch, nor an earlier one close it.
    const [xa, yb] = [rawA[0], rawB[0]];
    const after = s.a0 > 0 && s.b0 > 0 && xa !== undefined && yb !== undefined && titledFrom(xa, wa) === s.a0 && titledFrom(yb, wb) === s.b0 && keepA(xa) && keepB(yb);
    if (after && comparable(xa, yb) && accept(xa, yb)) return [xa, yb];
    const [xz, yz] = [rawA.at(-1), rawB.at(-1)];
    const before = s.a1 < wa.length && s.b1 < wb.length && xz?.to === s.a1 && yz?.to === s.b1 && keepA(xz) && keepB(yz);
    if (before && comparable(xz, yz) && accept(xz, yz)) return [xz, yz];
  }
  return null;
}

/** Where a name starts with the capitalised titles before it ("Lady" of "Lady Mary"): the index of its first title, else its own first word. */
function titledFrom(n: NameSpan, words: readonly SentenceWord[]): number {
  let k = n.from;
  while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && isTitle(words[k - 1]!.key)) k--;
  return k;
}

/**
 * True when a name is a lone given name cut from a full name that the other sentence writes
 * ("Harold" of "Secretary of State Harold Finch" / "Finch said"): a piece of a name written there,
 * no name of its own.
 */
function givenOfWritten(n: NameSpan, own: readonly SentenceWord[], other: readonly SentenceWord[], otherSpans: readonly NameSpan[]): boolean {
  if (n.whole === undefined || /\s/.test(n.text) || !wordTags(n.text).has('FirstName')) return false;
  // A name of the given name and at least one more word that is no function word ("The Wallace" is no full name).
  return n.whole.text.split(/\s+/).filter((w) => !isStopword(w.toLowerCase())).length >= 2 && writtenIn(n.whole, own, other, otherSpans);
}

/**
 * True when `n` is a capital that the other sentence (`words`) writes only as its country, and that
 * outside the stretch [from, to) where the other sentence differs: the capital is not the country
 * there, the other sentence names something else in its place.
 */
function capitalElsewhere(n: NameSpan, words: readonly SentenceWord[], from: number, to: number): boolean {
  const country = aliasLexicon().capitals[n.text];
  if (country === undefined || wordIn(n.text, lookupOf(words).sentence)) return false;
  const key = foldName(country);
  const at = words.findIndex((w) => foldName(w.text) === key);
  return at >= 0 && (at < from || at >= to);
}

/**
 * True when a name only locates the name before it: a state, region or country, or an abbreviation
 * with its full stop, after another name and a comma ("Hartford, Conn.", "Nairobi, Kenya", "Oaklyn,
 * N.J."), that name not written in the other sentence: the place is the name before it.
 */
function qualifier(n: NameSpan, words: readonly SentenceWord[], spans: readonly NameSpan[], other: readonly SentenceWord[], otherSpans: readonly NameSpan[]): boolean {
  const head = spans.find((o) => o.to === n.from);
  // Where the other sentence writes the place qualified, the qualifier is what differs ("Ardmore, Okla." / "Ardmore, Tex.").
  return head !== undefined && locates(n, words, spans) && !writtenIn(head, words, other, otherSpans);
}

/** True when a name has the shape of a qualifier of the name before it (`qualifier`), whatever the other sentence writes. */
function locates(n: NameSpan, words: readonly SentenceWord[], spans: readonly NameSpan[]): boolean {
  if (!/^,\s*$/.test(words[n.from]!.gap) || !spans.some((o) => o.to === n.from) || /\s/.test(n.text)) return false;
  const tags = wordTags(n.text);
  if (tags.has('Region') || tags.has('Country') || tags.has('Abbreviation')) return true;
  const next = words[n.to];
  return n.text.replace(/\./g, '').length <= 4 && (next === undefined || next.gap.startsWith('.'));
}

/**
 * True when a capitalised span stands as a name of its own: not a compound adjective ("Ill.-based",
 * "Dallas-born"), not a lone adjective ("English star", "Federal council"), not a lone common noun
 * capitalised as an institution's short name ("the Legislature", "the Bureau": a common word no
 * tagger reads as a proper noun), and not an aside in brackets ("(Nasdaq: LGTO)").
 */
function standalone(n: NameSpan, words: readonly SentenceWord[]): boolean {
  if (/-\p{Ll}+$/u.test(n.text) || words[n.from]!.gap.includes('(')) return false;
  // A market code ("T.N", "SBC.N"): a company's ticker after its name, not a name in the statement.
  if (MARKET_CODE.test(n.text)) return false;
  // Several words, or a word after a title ("Ms Ward"), make a name.
  if (/\s/.test(n.text) || n.full !== n.text) return true;
  const word = n.text.replace(/['’]s$/, '');
  const tags = wordTags(word);
  if (tags.has('Adjective') && !tags.has('Noun')) return false;
  // The first word of a longer name, cut from the rest, is a name ("Ministry" of "Ministry of Transport"), unless a lone adjective as above ("Federal" of "Federal District Court").
  if (n.whole !== undefined && n.from === n.whole.from) return true;
  const proper = ['ProperNoun', 'Person', 'Place', 'Organization'].some((t) => tags.has(t));
  return proper || !knownWord(word) || canonicalOf(word).length > 0;
}

/** An exchange code: capitals, a full stop and one or two capitals ("T.N", "DAL.N", "BP.L"). */
const MARKET_CODE = /^\p{Lu}[\p{Lu}&]{0,5}\.\p{Lu}{1,2}$/u;

/**
 * True when two names, one per sentence, may name two different entities: not a lone given name
 * against a lone other name ("Saddam" / "Hussein", "George" / "Harrison": one person by first name
 * and by surname), places aside.
 */
function comparable(x: NameSpan, y: NameSpan): boolean {
  const lone = (n: NameSpan) => (/\s/.test(n.text) ? null : n.text.replace(/['’]s$/, ''));
  const [wx, wy] = [lone(x), lone(y)];
  if (wx === null || wy === null) return true;
  const place = (w: string) => wordTags(w).has('Place') || canonicalOf(w).length > 0;
  if (place(wx) || place(wy)) return true;
  return !(wordTags(wx).has('FirstName') || wordTags(wy).has('FirstName'));
}


/**
 * True when two person mentions are each one word, one a given name and the other not ("George" /
 * "Harrison's"): one person may be named by first name in one outlet and by surname in the other.
 */
export function givenAgainstSurname(x: string, y: string): boolean {
  const lone = (s: string) => (/\s/.test(s.trim()) ? null : s.trim().replace(/['’]s$/, ''));
  const [wx, wy] = [lone(x), lone(y)];
  if (wx === null || wy === null) return false;
  return wordTags(wx).has('FirstName') !== wordTags(wy).has('FirstName');
}

/** Head words of the names of institutions, firms and bodies ("Imperial College", "Postal Service", "Congress"). */
const INSTITUTION = /^(?:council|college|university|school|hospital|center|centre|service|ministry|department|industries|inc|corp|corporation|co|ltd|plc|llc|company|agency|association|institute|bank|group|commission|committee|court|party|board|authority|administration|office|exchange|systems|technologies|communications|networks|airlines|airways|union|foundation|society|organization|organisation|bureau|congress|parliament|senate|legislature|assembly|police|army|navy|times|post|journal|press|nations)$/;

/**
 * The sort of thing a name names, where its words tell: 'institution' (a head word of `INSTITUTION`,
 * or a sports team), 'person' (`personLike`), 'place' (`placeLike`, or its last word tagged a place),
 * else 'person' when its last word is tagged a person's name; null when they do not tell.
 */
function sortOf(text: string): 'institution' | 'place' | 'person' | null {
  const words = text.replace(/['’]s$/, '').split(/\s+/).map((w) => w.replace(/\.$/, ''));
  if (words.some((w) => INSTITUTION.test(w.toLowerCase())) || wordTags(words.at(-1)!).has('Organization')) return 'institution';
  const span = { text: words.join(' ') } as NameSpan;
  if (personLike(span)) return 'person';
  const last = wordTags(words.at(-1)!);
  if (placeLike(span) || last.has('Place')) return 'place';
  if (last.has('Person')) return 'person';
  return null;
}

/**
 * True when the two names' words tell an institution and a person or place (`sortOf`), or an
 * institution and a name whose words tell no sort ("with the Postal Service" / "the Lakeside post
 * office"): a name in another role ("to Congress" / "from Texas"), not put in the other's place. A
 * person and a place are not told apart so: many surnames are also towns ("Mitchell", "Stewart").
 */
export function differentSorts(x: string, y: string): boolean {
  const [sx, sy] = [sortOf(x), sortOf(y)];
  return sx !== sy && (sx === 'institution' || sy === 'institution');
}

/**
 * A name of two or three capitalised words opening with a first name ("Helen Marsh"): a person whatever the extraction read;
 * not when its last word is the head of a place's or an institution's name ("Franklin County", "Hamilton College").
 */
export function personLike(n: NameSpan): boolean {
  const words = n.text.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !wordTags(words[0]!).has('FirstName') || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const head = words.at(-1)!.replace(/['’]s$/, '').toLowerCase();
  return !PLACE_HEAD.test(head) && !INSTITUTION.test(head);
}

/** True when the extraction reads a name of two or three words as a person's, just as written ("Bill Clinton": "Bill" is a common word too), and its words tell no other sort. */
function personIn(n: NameSpan, c: Claim): boolean {
  const words = n.text.split(/\s+/).length;
  if (words < 2 || words > 3 || sortOf(n.text) === 'institution' || placeLike(n)) return false;
  return c.mentions.some((m) => m.kind === 'person' && m.form === 'name' && m.range[0] === n.range[0] && m.range[1] === n.range[1]);
}

/**
 * A name of two or three capitalised words, none a word the dictionary knows or the tagger reads as
 * a place, body or title ("Rajiv Menon", "Tomas Okafor"; not "Banja Luka", "Reuters Research"): the
 * form of a person's full name in a language the tagger lacks.
 */
function unknownFullName(n: NameSpan): boolean {
  const words = n.text.replace(/['’]s$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 3 || n.full !== n.text) return false;
  return words.every((w) => {
    const tags = wordTags(w);
    return /^\p{Lu}\p{Ll}+$/u.test(w) && !knownWord(w) && !['Place', 'City', 'Country', 'Region', 'Organization', 'Demonym', 'Acronym'].some((t) => tags.has(t)) && canonicalOf(w).length === 0 && !isTitle(w.toLowerCase());
  });
}

/** Head words of the names of places ("Franklin County", "City Island", "Skagit River"). */
const PLACE_HEAD = /^(?:county|city|province|island|islands|river|lake|bay|valley|street|avenue|beach|mountains|township|parish|district|region|peninsula|coast|gulf|sea|ocean|square|harbor|harbour|strait|heights|hills|springs|falls|canyon)$/;

/**
 * A name the alias lexicon knows as a place or compromise tags a place ("Osaka"), or a name of
 * several words headed by a place's head word ("Franklin County"), whatever the extraction read.
 */
export function placeLike(n: NameSpan): boolean {
  if (personLike(n)) return false;
  const words = n.text.split(/\s+/);
  if (words.length > 1 && PLACE_HEAD.test(words.at(-1)!.replace(/['’]s$/, '').toLowerCase())) return true;
  return canonicalOf(n.text).length > 0 || words.every((w) => wordTags(w).has('Place'));
}

/** The names of each sentence (`spansOf`) not written in the other in any form (`writtenIn`). */
export function unwrittenNames(a: Claim, b: Claim): [NameSpan[], NameSpan[]] {
  return [unwrittenIn(a, b), unwrittenIn(b, a)];
}

/** The names of `own`'s sentence not written in `other`'s in any form. */
function unwrittenIn(own: Claim, other: Claim): NameSpan[] {
  const wo = sentenceWords(own);
  const wx = sentenceWords(other);
  const sx = spansOf(other);
  return spansOf(own).filter((n) => !writtenIn(n, wo, wx, sx));
}

/**
 * A person or a place named in one sentence and a different one of the same sort in the other,
 * wherever they stand (a name moved within a reworded sentence leaves no shared stretch around it):
 * of the names of each sentence not written in the other in any form, exactly one on each side is
 * a person's (`personLike`, or read as a person by the extraction: `personIn`), or one side's one
 * person against the other's one full name of unknown words (`unknownFullName`: "Rajiv Menon"); or,
 * of at most `MAX_PLACES` place-like names on each side (`placeIn`; qualifiers such as "Kenya" of
 * "Nairobi, Kenya" and places listed together left out), exactly one pair stands in the same slot
 * (`sameSlot`); or the one place of each side is of the same level (`placeLevel`: a city for a
 * city, a country for a country).
 */
export function movedName(a: Claim, b: Claim, accept: Accept = () => true): [NameSpan, NameSpan] | null {
  // Every reading below pairs a name of each side: none unwritten on one side, no pair (the other side is not read).
  const ua = unwrittenIn(a, b);
  if (ua.length === 0) return null;
  const ub = unwrittenIn(b, a);
  if (ub.length === 0) return null;
  const pa = ua.filter((n) => personLike(n) || personIn(n, a));
  const pb = ub.filter((n) => personLike(n) || personIn(n, b));
  if (pa.length === 1 && pb.length === 1 && comparable(pa[0]!, pb[0]!) && accept(pa[0]!, pb[0]!)) return [pa[0]!, pb[0]!];
  // A person against a full name of words no dictionary or tagger knows ("Rajiv Menon": a given
  // name the tagger lacks), the one such name of its side.
  if (pa.length + pb.length === 1) {
    const [xs, ys] = pa.length === 1 ? [pa, ub.filter(unknownFullName)] : [ua.filter(unknownFullName), pb];
    if (xs.length === 1 && ys.length === 1 && accept(xs[0]!, ys[0]!)) return [xs[0]!, ys[0]!];
  }
  const [wa, wb] = [sentenceWords(a), sentenceWords(b)];
  const la0 = ua.filter((n) => placeIn(n, a) && !qualifier(n, wa, spansOf(a), wb, spansOf(b)));
  const lb0 = ub.filter((n) => placeIn(n, b) && !qualifier(n, wb, spansOf(b), wa, spansOf(a)));
  const la = la0.filter((n) => !listed(n, wa, la0));
  const lb = lb0.filter((n) => !listed(n, wb, lb0));
  // Of several places on a side, the one pair that stands in the same slot ("Tbilisi, along with France" / "France, Russia, China").
  const slotted = la.flatMap((x) => lb.filter((y) => sameSlot(x.range, a, y.range, b) && comparable(x, y) && accept(x, y)).map((y) => [x, y] as [NameSpan, NameSpan]));
  if (slotted.length === 1 && la.length <= MAX_PLACES && lb.length <= MAX_PLACES) return slotted[0]!;
  if (slotted.length > 0) return null;
  // A lone name before a noun that the other sentence locates in its place ("a private Virginia
  // lab" / "a private lab in Lisbon"): a place by its slot, whatever its words tell.
  const across = [
    ...la.flatMap((x) => ub.filter((y) => !lb.includes(y) && !/\s/.test(y.text) && movedAcross(y.range, b, x.range, a)).map((y) => [x, y] as [NameSpan, NameSpan])),
    ...lb.flatMap((y) => ua.filter((x) => !la.includes(x) && !/\s/.test(x.text) && movedAcross(x.range, a, y.range, b)).map((x) => [x, y] as [NameSpan, NameSpan])),
  ];
  const accepted = across.filter(([x, y]) => accept(x, y));
  if (accepted.length > 0) return accepted.length === 1 ? accepted[0]! : null;
  // One place on each side, wherever the two stand, of one level (`placeLevel`: a city for a city,
  // a country for a country): a place put in another's place in a reworded sentence ("near City
  // Island" / "in the water off Krakow"). Places of two levels are as often a place and a larger
  // one that holds it ("U.S." / "Texas", "Portland" / "Afghanistan"), in two roles.
  if (la.length === 1 && lb.length === 1) {
    const [x, y] = [la[0]!, lb[0]!];
    const level = placeLevel(x);
    if (level !== null && level === placeLevel(y) && comparable(x, y) && accept(x, y)) return [x, y];
  }
  return null;
}

/**
 * The level of a place by its name, so that a place is compared with one of its level only (a place
 * may be named by a larger one that holds it: "Manhattan" / "New York", "Gilroy" / "California"):
 * 'region' (a county, province or state: by its head word or tagged a region), 'local' (a city,
 * island or other place: by its head word, as a capital, or tagged a city or place), 'country'
 * (tagged a country, by itself or as the entity the alias lexicon reads it as: "U.S."), or null (a
 * body, or a name no tagger reads as a place).
 */
function placeLevel(n: NameSpan): 'country' | 'region' | 'local' | null {
  const text = n.text.replace(/['’]s$/, '');
  const head = text.split(/\s+/).at(-1)!.toLowerCase();
  if (REGION_HEAD.test(head)) return 'region';
  if (/\s/.test(text) && PLACE_HEAD.test(head)) return 'local';
  if (aliasLexicon().capitals[text] !== undefined) return 'local';
  const tags = wordTags(aliasKeyed().get(text.toLowerCase().replace(/\./g, '')) ?? text);
  if (tags.has('Organization')) return null;
  if (tags.has('Country')) return 'country';
  if (tags.has('Region')) return 'region';
  return tags.has('Place') || tags.has('City') ? 'local' : null;
}
/** Head words of the names of regions within a country ("Ventura County", "Hubei Province"). */
const REGION_HEAD = /^(?:county|province|state|region|district|parish|township|prefecture|territory)$/;

/**
 * True when a name of claim `c` is a place by its words (`placeLike`), or as the extraction read it
 * in its sentence (a place mention over it: "a federal judge in Fort Lauderdale", or a name of
 * several words the tagger reads as a place whole: "Hong Kong"), unless its words tell a person or
 * an institution.
 */
function placeIn(n: NameSpan, c: Claim): boolean {
  if (placeLike(n)) return true;
  if (personLike(n) || sortOf(n.text) === 'institution') return false;
  const mentioned = c.mentions.some((m) => m.kind === 'place' && m.form === 'name' && m.range[0] < n.range[1] && n.range[0] < m.range[1]);
  // A name of several words that the tagger reads as a place whole but in no word alone ("Hong
  // Kong", "Sri Lanka"), a place mention of the extraction too.
  if (mentioned && /\s/.test(n.text)) {
    const tags = wordTags(n.text.replace(/['’]s$/, ''));
    if (tags.has('Place') && !tags.has('Organization')) return true;
  }
  // Right after a locative preposition ("in a New York court" may name a court of a city the other outlet names otherwise).
  const words = sentenceWords(c);
  if (n.from === 0 || !LOCATIVE.test(words[n.from - 1]!.key) || !/^\s+$/.test(words[n.from]!.gap) || !standalone(n, words)) return false;
  if (mentioned) return true;
  // The extraction reads mentions in the claim's content only, not in its attribution frame: the
  // frame's names are read here as it reads them, a word tagged a place ("in Fort Lauderdale"), a
  // lone first name ("in Adelaide") or a lone name of no known sort ("in Valparaiso").
  const tags = n.text.split(/\s+/).map((w) => wordTags(w.replace(/['’]s$/, '')));
  if (tags.some((t) => t.has('Place') || t.has('City') || t.has('Region') || t.has('Country'))) return true;
  return tags.length === 1 && !tags[0]!.has('LastName') && !tags[0]!.has('Organization') && (tags[0]!.has('FirstName') || !tags[0]!.has('Person'));
}
/** Prepositions before a place's name ("a judge in Fort Lauderdale", "at Mount Vernon"). */
const LOCATIVE = /^(?:in|at|near|outside|off)$/;

/**
 * True when a name stands in a list with another of the names `others` ("duty in Iraq and
 * Afghanistan"): one of several places, in a role of its own, not put in the place of one name.
 */
function listed(n: NameSpan, words: readonly SentenceWord[], others: readonly NameSpan[]): boolean {
  const joins = (w: SentenceWord | undefined) => w !== undefined && /^(?:and|or)$/.test(w.key);
  // "and" or "or", "the" after it allowed ("the Red Sea and the Arabian Sea").
  const joined = (first: NameSpan, second: NameSpan) => joins(words[first.to]) && (second.from === first.to + 1 || (second.from === first.to + 2 && words[first.to + 1]!.key === 'the'));
  return others.some((o) => o !== n && ((o.from === n.to && /,/.test(words[o.from]!.gap)) || (n.from === o.to && /,/.test(words[n.from]!.gap)) || joined(n, o) || joined(o, n)));
}

/** Most unwritten places on one side among which `movedName` looks for the one pair in the same slot. */
const MAX_PLACES = 3;

/**
 * True when two names stand in the same slot of their sentences: one of the two words before them,
 * or of the two after them, is the same word ("fire in Osaka" / "in southern Afghanistan",
 * "Smith, 31," / "Jones, 31,"), the sentence's start and end counting as words. A name put in
 * another's place keeps its neighbours; a name the other outlet leaves out, beside another it adds
 * elsewhere, need not ("at Heathrow Airport last" / "from London to").
 */
function sameSlot(x: Range, a: Claim, y: Range, b: Claim): boolean {
  const token = /[\p{L}\p{N}]+|[,;:()]/gu;
  const around = (r: Range, c: Claim) => {
    const before = ['^', ...(c.raw.slice(0, r[0] - c.range[0]).match(token) ?? [])].slice(-2);
    const after = [...(c.raw.slice(r[1] - c.range[0]).replace(/^['’]s\b/, '').match(token) ?? []), '$'].slice(0, 2);
    return [new Set(before.map((w) => w.toLowerCase())), new Set(after.map((w) => w.toLowerCase()))] as const;
  };
  const [bx, ax] = around(x, a);
  const [by, ay] = around(y, b);
  if ([...bx].some((w) => by.has(w)) || [...ax].some((w) => ay.has(w))) return true;
  // A name moved from before a noun to after it, or back: "a private Lisbon lab" / "a private lab
  // in Virginia", "Osaka's Jen Chi Hospital" / "Jen Chi Hospital in Taipei".
  return movedAcross(x, a, y, b) || movedAcross(y, b, x, a);
}

/** How many words after a name `movedAcross` reads for the noun it modifies. */
const CROSS_REACH = 3;
/** Prepositions that attach a place to the noun before it ("lab in Lisbon", "office of Valparaiso"). */
const PLACE_PREPOSITION = /^(?:in|of|at|from|near|outside)$/;

/**
 * True when the name at `x` stands before a noun (within `CROSS_REACH` words: "Lisbon lab",
 * "Osaka's Jen Chi Hospital") that the other sentence writes right before a preposition and the name
 * at `y` ("lab in Virginia", "Hospital in Taipei"): one slot, written before and after the noun.
 */
function movedAcross(x: Range, a: Claim, y: Range, b: Claim): boolean {
  // The noun and the preposition right before the name, with nothing but spaces between them.
  // A place's kind between them allowed ("killing in the state of Georgia").
  const before = b.raw.slice(0, y[0] - b.range[0]).replace(/\s(?:the\s+)?(?:state|city|town|village|province|county|region|island)\s+of\s+$/, ' ').match(/([\p{L}][\p{L}'’-]*)\s+(\p{L}+)\s+$/u);
  if (!before || !PLACE_PREPOSITION.test(before[2]!.toLowerCase())) return false;
  const noun = before[1]!.toLowerCase();
  const after = (a.raw.slice(x[1] - a.range[0]).replace(/^['’]s\b/, '').match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(0, CROSS_REACH).map((w) => w.toLowerCase());
  return !isStopword(noun) && after.includes(noun);
}

/**
 * True when one name is a possessive owner ("Rowland's former deputy") and the other, not
 * possessive, is set off by the owner's possessive pronoun ("Alibozek, his former deputy"): the
 * owner and the person owned, two roles, not one name put in another's place.
 */
function ownerAgainstPronoun(x: Range, a: Claim, y: Range, b: Claim): boolean {
  const owner = (r: Range, c: Claim) => /^['’]s?\s+\p{Ll}/u.test(c.raw.slice(r[1] - c.range[0])) || /['’]s$/.test(c.raw.slice(r[0] - c.range[0], r[1] - c.range[0]));
  // The other name set off by a possessive pronoun right after it ("Alibozek, his former deputy").
  const apposed = (r: Range, c: Claim) => /^,\s+(?:his|her|its|their)\b/i.test(c.raw.slice(r[1] - c.range[0]));
  return (owner(x, a) && !owner(y, b) && apposed(y, b)) || (owner(y, b) && !owner(x, a) && apposed(x, a));
}

/** Most words of a short quotation: a cry, slogan or title ("Long Live Freedom"), not a statement. */
const SHORT_QUOTE = 4;

/** True when a name stands inside a short quotation of its sentence (`SHORT_QUOTE` words at most: ``Long Live Freedom'', "Viva!"). */
function inShortQuote(r: Range, c: Claim): boolean {
  for (const m of c.raw.matchAll(/(?:``|"|“)([^"“”`]{1,60}?)(?:''|"|”)/gu)) {
    const from = c.range[0] + m.index! + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    if (from <= r[0] && r[1] <= to) return m[1]!.trim().split(/\s+/).length <= SHORT_QUOTE;
  }
  return false;
}

/** A mention as a name span of its own words (for the checks that read a name's words and place). */
function asSpan(m: Mention): NameSpan {
  return { from: -1, to: -1, text: m.raw, full: m.raw, range: m.range };
}

/** True when the extraction read a body as a person ("the state Legislature", "the General Assembly"): its words tell an institution (`sortOf`). */
function bodyAsPerson(m: Mention, kind: MentionKind): boolean {
  return kind === 'person' && sortOf(m.raw) === 'institution';
}

/** The text of claim `c` before the article offset `at`, at most `n` characters. */
function textBefore(c: Claim, at: number, n = 60): string {
  return c.raw.slice(Math.max(0, at - c.range[0] - n), Math.max(0, at - c.range[0]));
}

/** A speech verb right before a name, "the" between them allowed ("told the Associated Press"). */
const HEARER = /\b(?:told|tells|tell|telling)\s+(?:the\s+)?$/i;

/** True when a name is a news medium or agency of the lexicons, or opens with one ("Reuters Health"). */
function medium(text: string): boolean {
  const name = text.replace(/['’]s$/, '').replace(/^the\s+/i, '');
  const first = name.split(/\s+/)[0]!;
  const media = mediaLexicon().media;
  return agencyByForm().has(name) || agencyByForm().has(first) || media.includes(name) || media.includes(first);
}

/**
 * True when a name plays no part in what the statement says: a news medium the words were told to
 * ("told the Associated Press", "told Reuters Health": a channel; a committee told is a party), or
 * a sum of money written with a currency's letters ("$NZ160", "US$700", the letters alone a name
 * before the sign).
 */
function noParty(r: Range, c: Claim): boolean {
  const text = c.raw.slice(r[0] - c.range[0], r[1] - c.range[0]);
  if (HEARER.test(textBefore(c, r[0], 30)) && medium(text)) return true;
  // A currency's letters before its sign ("US$70 million", "C$ 5"), read as a name of their own.
  if (/^\p{Lu}{1,3}$/u.test(text.replace(/\./g, '')) && /^\$\s*\d/.test(c.raw.slice(r[1] - c.range[0]))) return true;
  return /\d/.test(text) && (/\$\s*$/.test(textBefore(c, r[0], 2)) || /^\p{Lu}{1,3}\$/u.test(text));
}

/** Prepositions read before a name (`governing`); the locative ones of one sense count as one ("in", "at", "inside"). */
const PREPOSITION = /^(?:in|at|inside|within|into|throughout|on|near|outside|off|from|to|toward|towards|for|with|by|against|including|aboard|via|over|under|across|between|among|of|about)$/;
const SAME_AS_IN = /^(?:in|at|inside|within|into|throughout)$/;

/**
 * Prepositions whose difference tells a different role of a place or body: "in" (the place of an
 * event, "at" and "inside" with it), "near" (a landmark that locates it: "near Lyon" / "in
 * eastern France") and "including" (one of several). Other pairs ("from" / "in", "of" / "in", "on"
 * / "in": "on Long Island", "march on Tehran") are as often one place written two ways.
 */
const ROLE_PREPOSITION = /^(?:in|including|near)$/;

/** The preposition right before a name ("at the naval base", "in eastern France"), "the" and a compass word between them allowed, or null. */
function governing(r: Range, c: Claim): string | null {
  const m = textBefore(c, r[0], 40).match(/(?:^|[^\p{L}])(\p{L}+)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{Ll}-]*\s+)?$/u);
  const w = m?.[1]?.toLowerCase();
  if (!w || !PREPOSITION.test(w)) return null;
  return SAME_AS_IN.test(w) ? 'in' : w;
}

/**
 * True when two names stand in different roles, whatever their words: different prepositions of
 * `ROLE_PREPOSITION` govern them ("including Chile" / "at Camp Delta": one of several against
 * the place of the event; a name put in another's place keeps its preposition); one names the thing
 * its noun names and the other is a place ("the supply ship Mount Vernon" / "the Arabian Sea");
 * one is where words were told (`toldAt`) and the other is not; or "on" governs a name that is no
 * place (`placeLike`) where "in" governs the other ("trading on Nasdaq" / "trading in London").
 */
function otherRoles(x: NameSpan, a: Claim, y: NameSpan, b: Claim): boolean {
  const [gx, gy] = [governing(x.range, a), governing(y.range, b)];
  if (gx !== null && gy !== null && gx !== gy && ROLE_PREPOSITION.test(gx) && ROLE_PREPOSITION.test(gy)) return true;
  // The name of a thing its noun names ("the supply ship Mount Vernon") against a place ("in the Arabian Sea").
  if ((thingNamed(x.range, a) && !thingNamed(y.range, b) && placeLike(y)) || (thingNamed(y.range, b) && !thingNamed(x.range, a) && placeLike(x))) return true;
  // Where the words were told ("told a rally in Iowa") against a place in what was said.
  if (toldAt(x.range, a) !== toldAt(y.range, b)) return true;
  // "on" a name that is no place against "in" a place: a market, vessel or medium, not the place ("trading on Nasdaq" / "trading in London").
  return (gx === 'on' && gy === 'in' && !placeLike(x)) || (gy === 'on' && gx === 'in' && !placeLike(y));
}

/** Courtesy titles that make the name after them a person's ("Dr. Pruitt", "Mr Finch"). */
const PERSON_TITLE = /^(?:mr|mrs|ms|dr|sir|dame|miss)\.?\s/i;

/**
 * True when one name is a person's by the courtesy title before it ("Dr. Pruitt") and the other a
 * place by its words ("the Chicago pastor"): a person and a place in two roles. Names alone do not
 * tell them apart (many surnames are towns); a courtesy title does.
 */
function personAgainstPlace(x: NameSpan, a: Claim, y: NameSpan, b: Claim): boolean {
  const person = (n: NameSpan) => PERSON_TITLE.test(n.full);
  const place = (n: NameSpan) => !person(n) && !personLike(n) && placeLike(n);
  // Not where one stands right in the other's place, between the same two words ("But Ms Pruitt said" / "But Lisbon said").
  return ((person(x) && place(y)) || (person(y) && place(x))) && !samePlace(x.range, a, y.range, b);
}

/** Continents and world regions, whose people a demonym names ("African", "European"). */
const CONTINENT = /^(?:africa|asia|europe|america|americas|latin america|north america|south america|oceania|middle east)$/;

/**
 * True when one outlet names a larger place that holds the other's, and says so by the form of the
 * names, not by a gazetteer: a continent's demonym against another demonym ("an African singer" / "a
 * Kenyan singer"), or a place written with its state or country ("Ferndale, Wash.") against a
 * country or state named alone ("the United States"). A place put in another's place keeps its form.
 */
function broaderPlace(x: NameSpan, a: Claim, y: NameSpan, b: Claim): boolean {
  const demonymOf = (n: NameSpan) => {
    const word = n.text.replace(/['’]s$/, '');
    return wordTags(word).has('Demonym') ? (aliasLexicon().demonyms[word] ?? aliasLexicon().demonyms[word.replace(/s$/, '')] ?? '') : null;
  };
  const [dx, dy] = [demonymOf(x), demonymOf(y)];
  if (dx !== null && dy !== null && CONTINENT.test(dx.toLowerCase()) !== CONTINENT.test(dy.toLowerCase())) return true;
  const qualified = (n: NameSpan, c: Claim) => {
    const words = sentenceWords(c);
    const next = spansOf(c).find((o) => o.from === n.to);
    return next !== undefined && locates(next, words, spansOf(c));
  };
  const large = (n: NameSpan) => {
    const tags = n.text.split(/\s+/).map((w) => wordTags(w.replace(/['’]s$/, '')));
    return canonicalOf(n.text).some((c) => countryNames().has(c)) || tags.some((t) => t.has('Country') || t.has('Region'));
  };
  return (qualified(x, a) && !qualified(y, b) && large(y)) || (qualified(y, b) && !qualified(x, a) && large(x));
}

/** True when a name follows an article and a common noun it names ("the supply ship Mount Vernon", "the tanker Aurora"). */
function thingNamed(r: Range, c: Claim): boolean {
  const noun = textBefore(c, r[0], 40).match(/\b(?:the|a|an)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+$/u)?.[1];
  if (noun === undefined || isStopword(noun) || PREPOSITION.test(noun)) return false;
  // A noun, though compromise may read a lone "ship" or "command" as a verb; no adjective or adverb ("the western Balkans").
  const tags = wordTags(noun);
  return !['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction'].some((t) => tags.has(t));
}

/** True when a name is where words were told to a hearer ("told a rally in Iowa", "told the conference at Davos"). */
function toldAt(r: Range, c: Claim): boolean {
  return /\b(?:told|tells)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:in|at)\s+(?:the\s+)?$/u.test(textBefore(c, r[0], 60));
}

/** Titles written before a person's name, skipped to find the word before it ("Mr. Finch has" / "He has"). */
const COURTESY = /^(?:mr|mrs|ms|dr|sir|dame|gen|sen|rep|gov|president|justice|judge)$/;

/**
 * True when the other sentence has a personal pronoun right where a person is named ("Finch was
 * joined" / "He was joined", "Mr. Finch has credited" / "He has credited"): the same word before
 * it (courtesy titles skipped; the sentence's start counts) and the same word after it. The other
 * outlet refers to the person by pronoun; the name it writes elsewhere has another role.
 */
function pronounInPlace(x: Range, a: Claim, y: Range, b: Claim): boolean {
  for (const m of b.raw.matchAll(/(?<![\p{L}])(?:he|she|they|him|her|them)(?![\p{L}])/giu)) {
    const at = b.range[0] + m.index!;
    // Before the other name: a pronoun after it may stand for it ("Marsh's company … behind her").
    if (at < y[0] && samePlace(x, a, [at, at + m[0].length], b)) return true;
  }
  return false;
}

/** The word before a name (courtesy titles skipped; '^' at the sentence's start) and the word after it ('$' at the end), lower-cased. */
function neighbours(r: Range, c: Claim): [string, string] {
  const token = /[\p{L}\p{N}]+|[,;:()]/gu;
  const words = (c.raw.slice(0, r[0] - c.range[0]).match(token) ?? []).map((w) => w.toLowerCase());
  while (words.length > 0 && COURTESY.test(words.at(-1)!)) words.pop();
  const next = (c.raw.slice(r[1] - c.range[0]).replace(/^['’]s\b/, '').match(token) ?? ['$'])[0]!.toLowerCase();
  return [words.at(-1) ?? '^', next];
}

/** True when two names stand between the same two words: one put right in the other's place. */
function samePlace(x: Range, a: Claim, y: Range, b: Claim): boolean {
  const [px, nx] = neighbours(x, a);
  const [py, ny] = neighbours(y, b);
  return px === py && nx === ny;
}

export const entityRule: Rule = {
  id: 'entity/substituted',
  type: 'entity',
  description: 'Aligned claims name different entities of the same kind in the same role.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of claimPairs(group)) {
      // A pair below the relatedness gate is compared only when it would pass it with the two names one name (`relatedBut`).
      const close = related(a, b);
      let found = false;
      for (const kind of KINDS) {
        const ma = named(a, kind).filter((m) => !noParty(m.range, a) && !partOfWritten(m, a, b) && !bodyAsPerson(m, kind));
        const mb = named(b, kind).filter((m) => !noParty(m.range, b) && !partOfWritten(m, b, a) && !bodyAsPerson(m, kind));
        if (ma.length === 0 || mb.length === 0) continue;
        const kb = new Set(mb.map(key));
        const ka = new Set(ma.map(key));
        const onlyA = ma.filter((m) => !kb.has(key(m)) && !mentionedIn(m, b) && !mb.some((o) => similarName(o.canonical, m.canonical)));
        const onlyB = mb.filter((m) => !ka.has(key(m)) && !mentionedIn(m, a) && !ma.some((o) => similarName(o.canonical, m.canonical)));
        if (onlyA.length !== 1 || onlyB.length !== 1) continue;
        const [x, y] = [onlyA[0]!, onlyB[0]!];
        // One person by first name and by surname ("George" / "Harrison", "Fatima" / "Ms. Haque").
        if (kind === 'person' && givenAgainstSurname(x.raw, y.raw)) continue;
        if (differentSorts(x.raw, y.raw) || ownerAgainstPronoun(x.range, a, y.range, b) || otherRoles(asSpan(x), a, asSpan(y), b)) continue;
        if (inShortQuote(x.range, a) && inShortQuote(y.range, b)) continue;
        if (kind === 'person' && (pronounInPlace(x.range, a, y.range, b) || pronounInPlace(y.range, b, x.range, a))) continue;
        // Places and organisations are often named in passing, in another role, in one outlet only: in the same slot only.
        if (kind !== 'person' && !sameSlot(x.range, a, y.range, b)) continue;
        if (!close && !relatedBut(a, b, x.raw, y.raw)) continue;
        found = true;
        out.push({
          severity: kind === 'person' ? 'high' : 'medium',
          message: `${context.outletOf(a.articleId)} names ${x.canonical} where ${context.outletOf(b.articleId)} names ${y.canonical}: ${snippet(a.text, 70)}`,
          why: `a different ${kind} in the same statement`,
          values: [valueOf(a, x.canonical, x.range, textOf(context, a)), valueOf(b, y.canonical, y.range, textOf(context, b))],
        });
      }
      if (found) continue;
      // The names put in one another's place where the sentences differ, else a name moved in a
      // reworded sentence: the first pair of two names of one sort.
      // A pair in two roles is passed over for the next pair, not taken for the sentences' one change.
      const accept: Accept = (x, y) =>
        // Sorts told by the names, or by the whole names the two were cut from ("Valley Forge Council" / "Toledo's council").
        !differentSorts(x.text, y.text) &&
        !differentSorts((x.whole ?? x).text, (y.whole ?? y).text) &&
        !personAgainstPlace(x, a, y, b) &&
        !broaderPlace(x, a, y, b) &&
        !ownerAgainstPronoun(x.range, a, y.range, b) &&
        !noParty(x.range, a) &&
        !noParty(y.range, b) &&
        !otherRoles(x, a, y, b) &&
        // Two short quotations (cries, slogans): their words are the quote rule's to compare.
        !(inShortQuote(x.range, a) && inShortQuote(y.range, b)) &&
        !(personLike(x) && pronounInPlace(x.range, a, y.range, b)) &&
        !(personLike(y) && pronounInPlace(y.range, b, x.range, a)) &&
        (close || relatedBut(a, b, x.text, y.text));
      const names = substitutedName(a, b, accept) ?? movedName(a, b, accept);
      if (!names) continue;
      const [x, y] = names;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(a.articleId)} names ${x.text} where ${context.outletOf(b.articleId)} names ${y.text}: ${snippet(a.text, 70)}`,
        why: 'a different name in the same place of the statement',
        values: [valueOf(a, x.text, x.range, textOf(context, a)), valueOf(b, y.text, y.range, textOf(context, b))],
      });
    }
    return out;
  },
};
