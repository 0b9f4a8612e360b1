/**
 * Builds data/lexicon/stopwords.json, the per-language stopword lists the text-mode line classifier
 * uses to recognise prose in languages other than English (src/ingest/stopwords.ts). Source: the
 * stopwords-iso package (MIT), installed with `natural`. Keeps, for each language below, the
 * lower-cased words made of letters only, in the source's order without repeats; and, for Chinese
 * and Japanese, the one-character words. Usage: npm run build:stopwords
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const path = require.resolve('stopwords-iso/stopwords-iso.json');
const pkg = JSON.parse(readFileSync(path.replace(/stopwords-iso\.json$/, 'package.json'), 'utf8')) as { version: string };
const lists = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;

const LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'no', 'fi', 'pl', 'cs', 'sk', 'ro', 'hu', 'tr', 'id', 'ru'];
const unique = (words: Iterable<string>) => [...new Set(words)];
const languages: Record<string, string[]> = {};
for (const lang of LANGUAGES) languages[lang] = unique((lists[lang] ?? []).map((w) => w.toLowerCase()).filter((w) => /^[\p{L}\p{M}'’-]+$/u.test(w) && /\p{L}/u.test(w)));
const cjk = unique(['zh', 'ja'].flatMap((lang) => (lists[lang] ?? []).filter((w) => [...w].length === 1 && /^\p{L}$/u.test(w)))).sort();

const out = {
  source: `stopwords-iso ${pkg.version} (MIT, github.com/stopwords-iso): the lists of these languages, lower-cased, words of letters only; cjk: its one-character Chinese and Japanese function words`,
  languages,
  cjk,
};
writeFileSync(new URL('../data/lexicon/stopwords.json', import.meta.url), JSON.stringify(out));
process.stderr.write(`wrote data/lexicon/stopwords.json: ${LANGUAGES.length} languages, ${cjk.length} CJK characters\n`);
