/**
 * Stopwords of the page's language, for the line classifier of text without markup
 * (./lines.ts): jusText measures a line's stopword density with the list of the page's language,
 * so that German or Portuguese prose is told from menus as English prose is. The lists are in
 * `data/lexicon/stopwords.json` (from stopwords-iso, MIT); English stays the project's own list
 * (util/words.ts). Chinese and Japanese are written without spaces: their lines are measured in
 * characters, with one-character function words standing in for stopwords.
 */
import { readFileSync } from 'node:fs';
import { isStopword } from '../util/words.js';

interface StopwordLexicon {
  readonly languages: Readonly<Record<string, readonly string[]>>;
  readonly cjk: readonly string[];
}

let lexicon: { languages: Map<string, ReadonlySet<string>>; languagesOf: Map<string, string[]>; cjk: ReadonlySet<string> } | undefined;
function stopwordLexicon() {
  if (!lexicon) {
    // Same layout as ../lexicon.ts: this file sits two folders below the package root in src/ and dist/.
    const url = new URL('../../data/lexicon/stopwords.json', import.meta.url);
    const raw = JSON.parse(readFileSync(url, 'utf8')) as StopwordLexicon;
    const languages = new Map(Object.entries(raw.languages).map(([lang, words]) => [lang, new Set(words)] as const));
    // Word → the languages listing it, so that telling a page's language looks each word up once.
    const languagesOf = new Map<string, string[]>();
    for (const [lang, words] of languages) for (const w of words) (languagesOf.get(w) ?? languagesOf.set(w, []).get(w)!).push(lang);
    lexicon = { languages, languagesOf, cjk: new Set(raw.cjk) };
  }
  return lexicon;
}

/** A Han, Hiragana or Katakana character (scripts written without spaces between words). */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

/** Every Han, Hiragana or Katakana character is written with UTF-16 code units from U+2E80 up (surrogates included). */
const WIDE_UNIT = /[\u2e80-\uffff]/;

/** How many Han, Hiragana or Katakana characters `text` holds. */
export function cjkCount(text: string): number {
  if (!WIDE_UNIT.test(text)) return 0;
  return text.match(CJK_CHARS)?.length ?? 0;
}

/** The share of the CJK characters of `text` that are function words (的, 了, の, は …); 0 when there are none. */
export function cjkStopDensity(text: string): number {
  const chars = text.match(CJK_CHARS) ?? [];
  if (chars.length === 0) return 0;
  const set = stopwordLexicon().cjk;
  return chars.filter((c) => set.has(c)).length / chars.length;
}

const fold = (w: string) => w.toLowerCase().replace(/’/g, "'");

/** Lines of fewer tokens (menus, titles) do not take part in telling the language. */
const MIN_PROSE_TOKENS = 8;

/**
 * The language of a page, from the tokens of its lines. A page whose text is mostly CJK characters
 * is Chinese, or Japanese when it has kana. Otherwise, over the lines of some length (menus and
 * titles left out), each language scores the tokens in its list that are not English stopwords (so
 * "die", "in", "a" do not count for German or Italian), each word once per line; the best one is
 * the page's language when it scores above English, else English.
 * Returns a language code of the lexicon, 'zh', 'ja' or 'en'.
 */
export function pageLanguage(lines: readonly (readonly string[])[]): string {
  const { languagesOf } = stopwordLexicon();
  let cjk = 0;
  let letters = 0;
  let kana = false;
  for (const tokens of lines) {
    for (const t of tokens) {
      letters += t.length;
      const n = cjkCount(t);
      cjk += n;
      if (n > 0 && !kana) kana = KANA.test(t);
    }
  }
  if (cjk * 2 > letters) return kana ? 'ja' : 'zh';
  let english = 0;
  const counts = new Map<string, number>();
  for (const tokens of lines) {
    if (tokens.length < MIN_PROSE_TOKENS) continue;
    // A word counts once per line, so that a token printed over and over ("[INS:…:INS]") does not decide.
    for (const w of new Set(tokens.map(fold))) {
      if (isStopword(w)) {
        english++;
        continue;
      }
      for (const lang of languagesOf.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best = 'en';
  let bestCount = english;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

/** A stopword test for a page in `language`: English stopwords, and those of the language when it is another. */
export function stopwordsFor(language: string): (token: string) => boolean {
  const set = language === 'en' ? undefined : stopwordLexicon().languages.get(language);
  if (!set) return isStopword;
  return (token) => isStopword(token) || set.has(fold(token));
}
