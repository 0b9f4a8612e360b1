/**
 * speaker: aligned claims credited to different speakers, or to a speaker in one outlet and to the
 * outlet's own voice in the other. Descriptions and pronouns the engine could not resolve to a name
 * are not compared, and two spellings of one name ("Jane Smith" / "Smith") are one speaker. The
 * own-voice case is raised only for quoted words (direct, partial or unmarked quotations): a
 * paraphrase credited to someone in one outlet and stated plainly by another is ordinary reporting.
 * A named speaker in one outlet against a sentence of the other that names no speaker but opens on
 * another person ("Jane Smith said he would announce" / "Jones is to announce") counts as a
 * different speaker when one of the two is a person's full name.
 *
 * Not different speakers: a title or party member read as a name ("the Prime Minister", "the Ohio
 * Democrat": `roleName`), a lone given name against a lone surname, one name misspelt, a body whose
 * first word the other sentence writes before a person's role ("Corvana Chips" / "Corvana CEO
 * …": `bodyNamed`), a body against a person with a role beside the name (`roleBeside`), and a person
 * given a party or employer by a possessive ("Labor's …": `affiliated`) against a described speaker.
 * Words in the first person are someone's words, never the outlet's own voice (`FIRST_PERSON`).
 */
import { aliasIndex, aliasLexicon, titleLexicon } from '../../lexicon.js';
import { contentStems, isStopword } from '../../util/words.js';
import type { Claim, Range } from '../../types.js';
import { singularise } from '../values.js';
import { givenAgainstSurname, isTitle, similarName, wordTags } from './entity.js';
import { perClaim, acronymIn, claimPairs, knownWord, related, relatedBut, sameName, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext } from '../rule.js';

/** A speaker as named in the sentence: the name and where it is written in the article text. */
interface Speaker {
  readonly name: string;
  readonly range: Range;
}

/** Connecting words allowed in lower case inside a name ("Secretary of State", "Muqtada al Sadr"). */
const NAME_CONNECTOR = /^(?:of|de|da|del|der|van|von|al|bin|ibn|la|le|du|the|and|for)$/;

/** True when every word of the name is capitalised, connectors aside: a written name, not a description ("his lawyer"). */
function looksLikeName(s: string): boolean {
  const words = s.split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTOR.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

/**
 * The speaker the extraction credits, when it names one: any kind of mention (the extraction may
 * take a person's name for a place), but not a pronoun or a description in lower-case words.
 */
function extractedSpeaker(c: Claim, text: string): Speaker | null {
  const s = c.attribution?.speaker;
  if (!s || !/\p{Lu}/u.test(s.canonical)) return null;
  if (s.form === 'pronoun') return resolvedPronoun(c, s.range);
  const sure = s.form === 'name' && (s.kind === 'person' || s.kind === 'organization');
  if (sure) return { name: s.canonical, range: s.range };
  // A lone common word opening the sentence as a label ("Notes: …") is no speaker's name.
  const label = !/\s/.test(s.raw.trim()) && knownWord(s.raw) && /^[\s"“‘'(]*$/.test(text.slice(c.range[0], s.range[0])) && /^\s*:/.test(text.slice(s.range[1]));
  // A lone common word after an article modifies the noun after it ("an Internet fraud sweep"): no speaker's name.
  const modifier = !/\s/.test(s.raw.trim()) && knownWord(s.raw) && /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, s.range[0] - 5), s.range[0]));
  if (!looksLikeName(s.raw) || commonNoun(s.raw) || label || modifier) return null;
  // The tail of a longer name ("Douali" of "Mohcine Douali") is read with the rest of the name.
  const whole = wholeName(s.range, text, c.range[0]);
  if (fragment(whole, text)) return null;
  return whole[0] === s.range[0] ? { name: s.canonical, range: s.range } : { name: text.slice(whole[0], whole[1]), range: whole };
}

/** A pronoun speaker the extraction resolved to a name (a pronoun mention at its place with a named canonical form). */
function resolvedPronoun(c: Claim, range: Range): Speaker | null {
  const m = c.mentions.find((x) => x.form === 'pronoun' && x.range[0] === range[0] && x.range[1] === range[1]);
  if (!m || !looksLikeName(m.canonical) || NOT_A_NAME.test(m.canonical)) return null;
  return { name: m.canonical, range };
}

/**
 * The range of the whole name a speaker's words end: the capitalised words written right before
 * them, joined by spaces or "of" ("Mohcine Douali", "Bank of America"), but not a sentence opener
 * ("But", "In") nor a common word capitalised only because it opens the sentence ("Recent").
 */
function wholeName(range: Range, text: string, sentenceStart: number): Range {
  let start = range[0];
  for (;;) {
    const before = text.slice(Math.max(0, start - 40), start);
    const m = before.match(/(\p{Lu}[\p{L}.'’-]*)\s+(?:of\s+)?$/u);
    if (!m || isStopword(m[1]!) || NOT_A_NAME.test(m[1]!)) break;
    const at = start - m[0].length;
    if (/^[\s"“‘'(]*$/.test(text.slice(sentenceStart, at)) && knownWord(m[1]!)) break;
    start = at;
  }
  return [start, range[1]];
}

let roleNouns: ReadonlySet<string> | null = null;
/** A capitalised common noun opening the sentence ("Police say", "Prosecutors said"): a role or body from the titles lexicon. */
function commonNoun(raw: string): boolean {
  roleNouns ??= new Set([...titleLexicon().titles, ...titleLexicon().orgHeads].filter((t) => !t.includes(' ')).map((t) => t.replace(/\.$/, '')));
  return raw.split(/\s+/).every((w) => roleNouns!.has(singularise(w.toLowerCase().replace(/\.$/, ''))));
}

/**
 * True when a capitalised speaker is a role rather than a name: its last word is a title or body of
 * the titles lexicon ("Minister" of "The Prime Minister") or a party member ("the Ohio
 * Democrat"), after an article (`before`: the text before it): a lone "King" or "Judge" with no
 * article may be a surname.
 */
function roleName(raw: string, before: string): boolean {
  const words = raw.split(/\s+/).filter(Boolean);
  // Capitalised as a name is ("the spokesman" is a description the sentence may name: "the spokesman, Jane Smith, said").
  if (words.length === 0 || words.length > 3 || !/^\p{Lu}/u.test(words.at(-1)!)) return false;
  const last = words.at(-1)!.replace(/['’]s$/, '').toLowerCase();
  const article = /^(?:the|a|an)$/i.test(words[0]!) || /\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(before);
  return article && (isTitle(last) || PARTY_MEMBER.test(last));
}

/** Members of parties, named by the party ("a Democrat", "the Tory"). */
const PARTY_MEMBER = /^(?:democrats?|republicans?|tory|tories|conservatives?|liberals?|socialists?|communists?|labourite|laborite)$/;

/**
 * True when a name the extraction was unsure of (read whole by `wholeName`: "Bank of America", not
 * "America") is a piece of something else: a state after a city ("Redmond, Wash."), or a place after
 * a preposition ("officials in California").
 */
function fragment(range: Range, text: string): boolean {
  const before = text.slice(Math.max(0, range[0] - 40), range[0]);
  const after = text.slice(range[1], range[1] + 2);
  if (/\p{Lu}[\p{L}'’-]*,\s*$/u.test(before) && /^\./.test(after)) return true;
  return /\b(?:in|at|from|of|near|outside)\s+$/i.test(before);
}

const REPORTING = '(?:said|says|told|tells|added|adds|stated|noted|wrote|writes|explained|announced|insisted|argued|warned|claimed|stressed|declared|replied|responded|acknowledged|conceded)';
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|de|al|bin|van|von|la|le|du)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}";
/** "NAME said" (the name right before a reporting verb) and "said NAME," (the name closing the clause). */
const NAME_BEFORE = new RegExp(`(${NAME})\\s+${REPORTING}\\b`, 'gu');
const NAME_AFTER = new RegExp(`\\b(?:${REPORTING}|according to)\\s+(${NAME})(?=\\s*(?:[,.;:!?"”]|$))`, 'gu');
/** A name set off by commas before the reporting verb ("an official, Jane Smith, said"). */
const NAME_APPOSED = new RegExp(`,\\s+(${NAME}),\\s+${REPORTING}\\b`, 'gu');
/** A name with its description set off by commas before the reporting verb ("Jane Smith, her sister, said"). */
const NAME_DESCRIBED = new RegExp(`(?<![\\p{L}'’.-])(${NAME}),\\s+[^,;:"“”]{3,60},\\s+${REPORTING}\\b`, 'gu');
/** A name closing the sentence after a description of the speaker ("said the chairman of the board, Jane Smith."). */
const NAME_CLOSING = new RegExp(`\\b${REPORTING}\\s+(?:the|a|an)\\s+[^,;:"“”]{3,80},\\s+(${NAME})(?=\\s*(?:[.;!?"”]|$))`, 'gu');
/**
 * A name after the reporting verb and the speaker's role, closing the clause ("said county health
 * director Dr. Melinda Rowe.", "said CNN president Jim Walton, was"); the word before the name must
 * be a role noun (group 1, checked where it is used; the name is group 2).
 */
const NAME_ROLE = new RegExp(`\\b${REPORTING}\\s+(?:[\\p{L}'’.-]+\\s+){0,3}(\\p{Ll}+)\\s+(?:(?:Dr|Mr|Mrs|Ms|Lt|Col|Gen|Sen|Rep|Gov|Capt|Sgt)\\.?\\s+)*(${NAME})(?=\\s*(?:[,.;:!?"”]|$))`, 'gu');
/** Capitalised words that are not a speaker's name: pronouns, determiners, sentence openers, dates. */
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|We|I|You|This|That|These|Those|But|And|Or|So|In|On|At|However|Officials?|Police|Sources?|Reports?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr)\b/;

/**
 * The speaker of a claim: the extraction's when it names one, else a name written next to a
 * reporting verb in the sentence ("…, Jane Smith said." / "said Jane Smith, a lawyer"), the
 * attribution the extraction may have missed.
 */
const speakerOf = perClaim((c: Claim, text: string) => findSpeaker(c, text));

function findSpeaker(c: Claim, text: string): Speaker | null {
  // A title or role read as a name ("The Prime Minister", "the Ohio Democrat"): a description of the speaker, no name to compare.
  const s = c.attribution?.speaker;
  if (s && roleName(s.raw, text.slice(Math.max(c.range[0], s.range[0] - 30), s.range[0]))) return null;
  const extracted = extractedSpeaker(c, text);
  if (extracted || s?.form === 'pronoun') return extracted;
  for (const re of [NAME_BEFORE, NAME_AFTER, NAME_APPOSED, NAME_DESCRIBED, NAME_CLOSING, NAME_ROLE]) {
    for (const m of c.raw.matchAll(re)) {
      // After a role, only a role noun right before the name ("said CNN president Jim Walton").
      if (re === NAME_ROLE && !commonNoun(m[1]!)) continue;
      const written = re === NAME_ROLE ? m[2]! : m[1]!;
      // A sentence opener or a courtesy title before the name is not part of it ("But Advani said").
      const cut = written.match(/^(?:(?:But|And|So|Yet|Still|Then|Also|Mr|Mrs|Ms|Dr)\.?\s+)*/)![0];
      const name = written.slice(cut.length).replace(/[.'’]+$/, '');
      if (NOT_A_NAME.test(name) || name.length < 3 || commonNoun(name)) continue;
      const start = c.range[0] + m.index! + m[0].lastIndexOf(written) + cut.length;
      return { name, range: [start, start + name.length] };
    }
  }
  return null;
}

/** The capitalised name opening a sentence, after an opener ("But Smith …"): up to three capitalised words. */
const OPENING_NAME = /^[\s"“‘'(]*(?:(?:But|And|So|Yet|Still|Then|Also|Meanwhile|Mr|Mrs|Ms|Dr)\.?,?\s+)*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,4})(?=[\s,:])/u;

/**
 * The person a sentence with no named speaker opens on as its subject ("Jones fired back: …, he
 * said", "Jones is to announce"): a name of capitalised words that is not a common word
 * (`knownWord`: "Police", "Shares"), a pronoun or opener, a role noun, nor a country or capital.
 * Where the other outlet credits the same words to another named speaker, one side put someone
 * else in the speaker's place; one of the two names must be a person's full name (`fullPersonName`).
 */
const openingName = perClaim((c: Claim, text: string) => findOpeningName(c, text));

function findOpeningName(c: Claim, text: string): Speaker | null {
  const sentence = sentenceOf(c, text);
  const m = sentence.match(OPENING_NAME);
  if (!m) return null;
  let words = m[1]!.replace(/['’]s$/, '').split(/\s+/);
  // A title and what stands before it are not the name ("Ontario Premier Ernie Eves" → "Ernie Eves").
  const title = words.findLastIndex((w) => commonNoun(w));
  if (title >= 0 && title < words.length - 1) words = words.slice(title + 1);
  if (words.length > 3) return null;
  const name = words.join(' ');
  if (NOT_A_NAME.test(name) || commonNoun(name) || countryOrCapital(name) || countryOrCapital(words.at(-1)!)) return null;
  if (words.some((w) => knownWord(w.replace(/['’]s$/, '')) || isStopword(w.toLowerCase()))) return null;
  const start = c.range[0] + m.index! + m[0].lastIndexOf(name);
  return { name, range: [start, start + name.length] };
}

/**
 * A person's full name: two or three capitalised words, the first a first name ("Jane Smith"). A
 * single word may name a company as well as a person ("Virgin" / "Branson" for its founder).
 */
function fullPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && wordTags(words[0]!).has('FirstName');
}

/** Channels, not speakers: a description naming one ("a statement read in court") credits no one. */
const CHANNEL = /^(?:statement|report|releas|interview|file|filing|websit|site|survey|studi|poll|document|letter|data|figur|record|paper|newspap|email|note|memo|transcript|broadcast|televis|radio|past|time)$/;

/**
 * The speaker of a claim when the extraction credits a description ("Police", "the company", "a
 * rival distributor"), with the stem of its last content word (its head), or null for a pronoun, a
 * name, or a channel.
 */
function describedSpeaker(c: Claim): { raw: string; range: Range; head: string } | null {
  const s = c.attribution?.speaker;
  if (!s || s.form !== 'description') return null;
  const head = contentStems(s.raw).at(-1);
  if (!head || CHANNEL.test(head)) return null;
  return { raw: s.raw, range: s.range, head };
}

const quotedWords = (c: Claim) => c.attribution !== null && c.attribution.kind !== 'indirect';

/** The claim's whole sentence, attribution frame included. */
const sentenceOf = (c: Claim, text: string) => text.slice(c.range[0], c.range[1]);

/** The name, or its last word, appears in the sentence (the other outlet names the same source in its frame). */
function named(name: string, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  // Inside words ("Fed" / "Federal"), but an initial ("H" of "H. Carl McCall") only as a word: every sentence has the letter.
  const has = (form: string) => form !== '' && (form.length > 2 ? lower.includes(form) : new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower));
  return has(name.toLowerCase().trim()) || (words.length > 0 && has(words.at(-1)!));
}

/** A country, union or capital of the alias lexicon ("United States", "U.S.", "Washington"). */
const countryOrCapital = (name: string) => aliasIndex().has(name.toLowerCase()) || aliasLexicon().capitals[name] !== undefined;

/** A pronoun of the first person: a sentence written in it speaks for someone, not for the outlet. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I'm|I’m|Im|I've|I’ve|I'd|I’d|I'll|I’ll|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Oo]ur|[Mm]y|[Mm]e|[Uu]s)(?![\p{L}'’])/u;

/** True when a possessive name stands right before the speaker's name ("Labor's Jane Smith", "Acme's Jane Smith"): the person's party or employer. */
function affiliated(range: Range, text: string): boolean {
  return /\p{Lu}[\p{L}.&-]*['’]s\s+$/u.test(text.slice(Math.max(0, range[0] - 40), range[0]));
}

/**
 * True when `name` names a body in several capitalised words ("Corvana Chips", "Meridex
 * Software Inc.") and the other sentence writes its first word, no common word, before a role
 * ("Corvana CEO Jane Smith", "Meridex's chief executive"): the other speaker is one of its people.
 */
function bodyNamed(name: string, sentence: string): boolean {
  const words = name.split(/\s+/);
  // Not a person's name with a place or title before it ("Toledo Harbormaster Jane Smith").
  if (words.length < 2 || words.some((w) => wordTags(w).has('FirstName') || wordTags(w).has('Person'))) return false;
  const first = words[0]!.replace(/['’]s$/, '');
  if (first.length <= 2 || knownWord(first) || isStopword(first.toLowerCase())) return false;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s)?\\s+(\\p{L}+)`, 'gu');
  return [...sentence.matchAll(at)].some((m) => isTitle(m[1]!.toLowerCase()));
}

/** True when the extraction reads the claim's speaker as an organisation ("Acme", "the FBI"). */
const bodySpeaker = (c: Claim) => c.attribution?.speaker?.kind === 'organization';

/**
 * True when a person's role stands right beside their name: a title before it ("Assistant US
 * Attorney Jane Smith") or an apposition after it that holds one ("Jane Smith, director at Acme UK").
 */
function roleBeside(range: Range, text: string): boolean {
  const before = text.slice(Math.max(0, range[0] - 30), range[0]).match(/(\p{L}+)\.?\s+$/u)?.[1];
  if (before !== undefined && isTitle(before.toLowerCase())) return true;
  const after = text.slice(range[1], range[1] + 60).match(/^,\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u)?.[1];
  return after !== undefined && after.split(/\s+/).some((w) => isTitle(w.toLowerCase()));
}

/** A sentence with quotation marks quotes someone: unattributed, it is not the outlet's own voice. */
const hasQuotationMarks = (sentence: string) => /["“”„«»]/.test(sentence);

/** The finding for one statement credited to `xName` by one outlet and to `yName` by another. */
function differentMouths(context: RuleContext, x: Claim, xName: string, xRange: Range, y: Claim, yName: string, yRange: Range): Finding {
  return {
    severity: 'high',
    message: `${context.outletOf(x.articleId)} credits this to ${xName}, ${context.outletOf(y.articleId)} to ${yName}: ${snippet(x.text, 70)}`,
    why: 'the same statement is put in different mouths',
    values: [valueOf(x, xName, xRange, textOf(context, x)), valueOf(y, yName, yRange, textOf(context, y))],
  };
}

export const speakerRule: Rule = {
  id: 'speaker/different-speaker',
  type: 'speaker',
  description: 'Aligned claims are credited to different speakers, or to a speaker in one outlet and to the outlet itself in another.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of claimPairs(group)) {
      // A pair below the relatedness gate is compared only for two named speakers, and only when it
      // would pass the gate with the two names one name (`relatedBut`): the swap took a shared word away.
      const close = related(a, b);
      const spa = speakerOf(a, textOf(context, a));
      const spb = speakerOf(b, textOf(context, b));
      const sa = spa?.name ?? null;
      const sb = spb?.name ?? null;
      if (!close && !(sa && sb && !sameName(sa, sb) && relatedBut(a, b, sa, sb))) continue;
      const sentA = sentenceOf(a, textOf(context, a));
      const sentB = sentenceOf(b, textOf(context, b));
      if (sa && sb && !sameName(sa, sb)) {
        // One speaker named in the other's sentence (a person "of" an organisation) is one source, read two ways.
        if (named(sa, sentB) || named(sb, sentA)) continue;
        // One written as the acronym of a name the other sentence writes in full ("EDS" / "Electronic Data Systems Corp.").
        if (acronymIn(sa, sentB) || acronymIn(sb, sentA)) continue;
        // A country or capital speaking for its government ("the United States wants" / "Washington", "the Bush administration").
        if (countryOrCapital(sa) || countryOrCapital(sb)) continue;
        // A body against a person the other sentence gives a role beside the name ("Acme" / "Jane Smith, director at Acme UK"): the person may speak for it.
        if ((bodySpeaker(a) && fullPersonName(sb) && roleBeside(spb!.range, textOf(context, b))) || (bodySpeaker(b) && fullPersonName(sa) && roleBeside(spa!.range, textOf(context, a)))) continue;
        // One person by a lone given name and by a lone surname ("Sir Harold" / "Mr. Finch"), or one name misspelt ("Corvana Airlines" / "Corvana Airways").
        if (givenAgainstSurname(sa, sb) || similarName(sa, sb)) continue;
        // A body of several words whose first word the other sentence writes: the person speaks for it ("Corvana Chips" / "Corvana CEO Jane Smith").
        if (bodyNamed(sa, sentB) || bodyNamed(sb, sentA)) continue;
        out.push(differentMouths(context, a, sa, spa!.range, b, sb, spb!.range));
        continue;
      }
      if ((sa && !sb) || (sb && !sa)) {
        // A named speaker against a sentence that names none but opens on another person.
        const [said, other, sp] = sa ? [a, b, spa!] : [b, a, spb!];
        const [sentSaid, sentOther] = sa ? [sentA, sentB] : [sentB, sentA];
        const subject = openingName(other, textOf(context, other));
        if (subject && (fullPersonName(sp.name) || fullPersonName(subject.name)) && !sameName(sp.name, subject.name) && !named(sp.name, sentOther) && !named(subject.name, sentSaid) && !countryOrCapital(sp.name)) {
          out.push(differentMouths(context, said, sp.name, sp.range, other, subject.name, subject.range));
          continue;
        }
        // A named person against a speaker the other outlet only describes, in words the first sentence does not use ("Police said" / "Jane Smith said").
        const described = describedSpeaker(other);
        // Not when the first sentence gives the person a role ("Chief Financial Officer Jane Smith", "a spokeswoman for"): the person may speak for the body described.
        // A person given a body's name before their own ("Labor's Jane Smith") speaks for it too.
        const role = sentSaid.split(/[^\p{L}]+/u).some((w) => w !== '' && commonNoun(w)) || affiliated(sp.range, textOf(context, said));
        if (described && !role && fullPersonName(sp.name) && !named(sp.name, sentOther) && !contentStems(sentSaid).includes(described.head)) {
          out.push(differentMouths(context, said, sp.name, sp.range, other, described.raw, described.range));
          continue;
        }
      }
      if ((sa && quotedWords(a) && !b.attribution) || (sb && quotedWords(b) && !a.attribution)) {
        const [said, own] = sa && quotedWords(a) && !b.attribution ? [a, b] : [b, a];
        if (hasQuotationMarks(own === a ? sentA : sentB)) continue;
        // Words in the first person ("we preserve", "I listened") are someone's words, quoted without marks: not the outlet's voice.
        if (FIRST_PERSON.test(own.raw)) continue;
        const sp = (said === a ? spa : spb)!;
        const who = sp.name;
        out.push({
          severity: 'low',
          message: `${context.outletOf(said.articleId)} presents this as ${who}'s words; ${context.outletOf(own.articleId)} states it in its own voice: ${snippet(own.text, 70)}`,
          why: 'a reader of one outlet takes as reported speech what the other asserts as fact',
          values: [valueOf(said, who, sp.range, textOf(context, said)), valueOf(own, null, own.textRange, textOf(context, own))],
        });
      }
    }
    return out;
  },
};
