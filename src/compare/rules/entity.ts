/**
 * entity: in aligned claims, one outlet names a person, place or organisation where the other names
 * a different one of the same kind, and neither name appears in the other's sentence. Aliases,
 * demonyms and capitals resolve to one canonical name before comparing.
 *
 * A second check does not depend on the kind the extraction gave a name (it may take a person for a
 * place, or miss a name): the two sentences are matched word by word, and where one sentence has a
 * capitalised name in the stretch between two matched words and the other has a different name in
 * the same stretch, neither written anywhere in the other sentence in any form (surname, alias,
 * acronym, demonym), one name was put in the other's place ("in Vienna" / "in Lisbon").
 */
import { aliasIndex, aliasLexicon, titleLexicon } from '../../lexicon.js';
import stringSimilarity from 'string-similarity';
import type { Claim, Mention, MentionKind, Range } from '../../types.js';
import { isStopword } from '../../util/words.js';
import { relatedPairs, sameName, sentenceWords, snippet, textOf, unmatchedStretches, valueOf, type Finding, type Rule, type SentenceWord } from '../rule.js';

const KINDS: readonly MentionKind[] = ['person', 'place', 'organization'];

function key(m: Mention): string {
  const capitals = aliasLexicon().capitals;
  return (capitals[m.canonical] ?? m.canonical).toLowerCase();
}

function named(claim: Claim, kind: MentionKind): Mention[] {
  const speaker = claim.attribution?.speaker?.canonical;
  return claim.mentions.filter((m) => m.kind === kind && m.form === 'name' && m.canonical !== speaker);
}

/** One name, or one spelt two ways ("Laczynski" / "Lacsynski"). */
const foldName = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
const similarName = (x: string, y: string) => sameName(x, y) || stringSimilarity.compareTwoStrings(foldName(x), foldName(y)) >= SPELLING_SIMILARITY;

/** True when the other claim's whole sentence mentions the entity in any written form or alias. */
function mentionedIn(m: Mention, other: Claim): boolean {
  const raw = other.raw.toLowerCase();
  const surname = m.canonical.split(/\s+/).pop()!.toLowerCase();
  return raw.includes(m.canonical.toLowerCase()) || raw.includes(m.raw.toLowerCase()) || (m.kind === 'person' && raw.includes(surname));
}

/** A capitalised name of a sentence: its words' indexes (in `sentenceWords`) and its text. */
interface NameSpan {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** The name with the capitalised titles before it ("General Electric" where the name is "Electric"), for acronyms. */
  readonly full: string;
  readonly range: Range;
}

/** Capitalised words that are not names: calendar words, pronouns and common sentence openers. */
const NOT_NAME = /^(?:i|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|jr|sr|inc|corp|co|ltd|plc|llc)$/;
/** Lower-case words allowed inside a name ("Bank of America", "Muqtada al Sadr"). */
const CONNECTOR = /^(?:of|de|da|del|der|van|von|al|bin|ibn|la|le|du)$/;

let titleWords: ReadonlySet<string> | null = null;
/** Words of titles and roles ("President", "Gov", "Prime Minister"): capitalised before a name, not part of it. */
function isTitle(key: string): boolean {
  titleWords ??= new Set(titleLexicon().titles.flatMap((t) => t.split(' ')).filter((t) => !CONNECTOR.test(t) && t !== 'state').map((t) => t.replace(/\.$/, '')));
  return titleWords.has(key.replace(/\.$/, ''));
}

/**
 * The capitalised names of a sentence: runs of capitalised words (connectors inside), titles and
 * calendar words left out. A capitalised first word of the sentence starts a name only when the next
 * word is capitalised too (a lone first word is capitalised whatever it is).
 */
export function nameSpans(words: readonly SentenceWord[]): NameSpan[] {
  const capital = (w: SentenceWord | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text) && !NOT_NAME.test(w.key) && !isTitle(w.key);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    if (!capital(words[i]) || (words[i]!.initial && (!capital(words[i + 1]) || isStopword(words[i]!.key)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && (capital(words[j]) || (CONNECTOR.test(words[j]!.text) && capital(words[j + 1]))) && !words[j]!.initial) j++;
    const range: Range = [words[i]!.range[0], words[j - 1]!.range[1]];
    let k = i;
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && isTitle(words[k - 1]!.key)) k--;
    const text = words.slice(i, j).map((w) => w.text).join(' ');
    out.push({ from: i, to: j, text, full: words.slice(k, j).map((w) => w.text).join(' '), range });
    i = j;
  }
  return out;
}

/** Initials of a name's capitalised words ("International Atomic Energy Agency" → "iaea"). */
const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');

let dotless: ReadonlyMap<string, string> | null = null;
/** The alias index with full stops removed from its keys ("U.S." and "U.S" are one form). */
function aliasKeyed(): ReadonlyMap<string, string> {
  dotless ??= new Map([...aliasIndex()].map(([k, v]) => [k.replace(/\./g, ''), v] as const));
  return dotless;
}

/** The canonical entity of a name or any of its words by the alias lexicon (aliases, demonyms, capitals), lower-cased. */
function canonicalOf(name: string): string[] {
  const lex = aliasLexicon();
  const index = aliasKeyed();
  const out: string[] = [];
  for (const form of [name, ...name.split(/\s+/)]) {
    const canonical = index.get(form.toLowerCase().replace(/\./g, '').replace(/['’]s$/, '')) ?? lex.demonyms[form] ?? null;
    if (canonical) out.push((lex.capitals[canonical] ?? canonical).toLowerCase(), canonical.toLowerCase());
    const capitalOf = lex.capitals[form];
    if (capitalOf) out.push(capitalOf.toLowerCase());
  }
  return out;
}

/** True when the other sentence writes the name in some form: one of its words, an alias, its acronym or expansion. */
function writtenIn(name: NameSpan, words: readonly SentenceWord[], spans: readonly NameSpan[]): boolean {
  const keys = new Set(words.map((w) => w.key.replace(/\./g, '')));
  const parts = name.text.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/\./g, '')).filter((w) => w.length > 2 && !CONNECTOR.test(w) && !isTitle(w));
  if (parts.some((p) => keys.has(p))) return true;
  const canon = new Set(canonicalOf(name.text));
  // An acronym as written, its full stops, spaces, ampersands and possessive dropped ("S.& P.", "CDC's").
  const acronym = name.text.replace(/['’]s$/, '').replace(/[.\s&]/g, '').toLowerCase();
  const fold = foldName;
  for (const other of spans) {
    if (canonicalOf(other.text).some((c) => canon.has(c))) return true;
    if (initials(other.full).length > 1 && (initials(other.full) === acronym || initials(name.full) === other.text.replace(/['’]s$/, '').replace(/[.\s&]/g, '').toLowerCase())) return true;
    // One name spelt two ways ("Laczynski" / "Lacsynski", "MSBlast" / "MBlast").
    if (sameName(other.text, name.text) || stringSimilarity.compareTwoStrings(fold(other.text), fold(name.text)) >= SPELLING_SIMILARITY) return true;
  }
  // A word of the name written in short or spelt differently in the other sentence ("Tim" / "Timothy", "Brig" / "Brigadier", "Day's" / "Days").
  const otherWords = words.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => fold(w.text)).filter((w) => w.length > 2);
  return parts.some((p) => otherWords.some((o) => o.startsWith(fold(p)) || fold(p).startsWith(o) || stringSimilarity.compareTwoStrings(o, fold(p)) >= SPELLING_SIMILARITY));
}

/** Longest stretch of unmatched words on either side that can hold a substitution. */
const MAX_STRETCH = 8;
/** Most difference in length (words) between the two stretches of a substitution. */
const MAX_LENGTH_GAP = 2;
/** Letter-pair similarity from which two names are one name spelt two ways. */
const SPELLING_SIMILARITY = 0.6;

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
    let k = lo;
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && isTitle(words[k - 1]!.key)) k--;
    const text = words.slice(lo, hi).map((w) => w.text).join(' ');
    out.push({ from: lo, to: hi, text, full: lo === s.from ? s.full : text, range: [words[lo]!.range[0], words[hi - 1]!.range[1]] });
  }
  return out;
}

/**
 * A name of `a` and a different name of `b` in the same stretch between two words the sentences
 * share (longest common subsequence of their words), neither written anywhere in the other sentence.
 */
export function substitutedName(a: Claim, b: Claim): [NameSpan, NameSpan] | null {
  const wa = sentenceWords(a);
  const wb = sentenceWords(b);
  const sa = nameSpans(wa);
  const sb = nameSpans(wb);
  for (const s of unmatchedStretches(wa, wb)) {
    if (s.a1 - s.a0 > MAX_STRETCH || s.b1 - s.b0 > MAX_STRETCH) continue;
    // A name put in another's place leaves the two stretches of about one length; a reworded passage need not.
    if (Math.abs(s.a1 - s.a0 - (s.b1 - s.b0)) > MAX_LENGTH_GAP) continue;
    const x = namesIn(wa, sa, s.a0, s.a1).find((n) => !writtenIn(n, wb, sb));
    const y = x && namesIn(wb, sb, s.b0, s.b1).find((n) => !writtenIn(n, wa, sa));
    if (x && y) return [x, y];
  }
  return null;
}

export const entityRule: Rule = {
  id: 'entity/substituted',
  type: 'entity',
  description: 'Aligned claims name different entities of the same kind in the same role.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      let found = false;
      for (const kind of KINDS) {
        const ma = named(a, kind);
        const mb = named(b, kind);
        if (ma.length === 0 || mb.length === 0) continue;
        const kb = new Set(mb.map(key));
        const ka = new Set(ma.map(key));
        const onlyA = ma.filter((m) => !kb.has(key(m)) && !mentionedIn(m, b) && !mb.some((o) => similarName(o.canonical, m.canonical)));
        const onlyB = mb.filter((m) => !ka.has(key(m)) && !mentionedIn(m, a) && !ma.some((o) => similarName(o.canonical, m.canonical)));
        if (onlyA.length !== 1 || onlyB.length !== 1) continue;
        const [x, y] = [onlyA[0]!, onlyB[0]!];
        found = true;
        out.push({
          severity: kind === 'person' ? 'high' : 'medium',
          message: `${context.outletOf(a.articleId)} names ${x.canonical} where ${context.outletOf(b.articleId)} names ${y.canonical}: ${snippet(a.text, 70)}`,
          why: `a different ${kind} in the same statement`,
          values: [valueOf(a, x.canonical, x.range, textOf(context, a)), valueOf(b, y.canonical, y.range, textOf(context, b))],
        });
      }
      if (found) continue;
      const names = substitutedName(a, b);
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
