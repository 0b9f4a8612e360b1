/**
 * Builds data/idf.json: document frequencies of content-word stems over news text in the training
 * splits of ../shared/eval (ECB+ train articles, PolNeAR train articles). Deterministic.
 * Usage: npx tsx scripts/build-idf.ts [EVAL_DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentStems } from '../src/util/words.js';

const evalDir = process.argv[2] ?? '../shared/eval';
const files = [join(evalDir, 'events/ecbplus-train-docs.jsonl'), join(evalDir, 'quotes/polnear-train.jsonl')];
const df = new Map<string, number>();
let docs = 0;
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { text?: string };
    if (!record.text) continue;
    docs++;
    for (const s of new Set(contentStems(record.text))) df.set(s, (df.get(s) ?? 0) + 1);
  }
}
const kept = [...df.entries()].filter(([, n]) => n >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out = { about: 'Document frequencies of Porter stems of content words, from the ECB+ and PolNeAR training articles (scripts/build-idf.ts). Stems seen in one document only are left out.', docs, df: Object.fromEntries(kept) };
writeFileSync('data/idf.json', JSON.stringify(out) + '\n');
console.log(`docs ${docs}, stems ${kept.length}`);
