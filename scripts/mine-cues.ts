/**
 * Mines reporting-cue verbs from the PolNeAR training split and writes the mined part of
 * data/lexicon/cues.json (`mined`, `minedStats`); the hand-written fields are kept as they are.
 *
 * For each annotated cue, its head is the first word of the cue span that compromise reads as a
 * lexical verb (auxiliaries, modals and adverbs skipped: "has also said" → "said"). For each head
 * word form: `cue` = how often it heads an annotated cue, `seen` = how often the form occurs in the
 * training texts, `precision` = cue / seen, `after` = share of its cues whose content follows the
 * cue, `direct` = share of those whose content starts within a few characters of the cue (no
 * addressee, no "that"), `lemma` = compromise's root. Only forms seen as a cue at least MIN_CUE
 * times are kept; nothing of the texts is copied. Deterministic.
 * Usage: npx tsx scripts/mine-cues.ts [TRAIN_JSONL]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';

const MIN_CUE = 3;
const file = process.argv[2] ?? '../shared/eval/quotes/polnear-train.jsonl';
const out = 'data/lexicon/cues.json';

interface Record_ {
  readonly text: string;
  readonly quotes: ReadonlyArray<{ content_spans: Array<[number, number]>; cue_spans: Array<[number, number]> }>;
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
/** Auxiliaries and negations compromise may read as lexical verbs out of context. */
const AUXILIARY = /^(?:have|has|had|having|s|is|am|are|was|were|be|been|being|do|does|did|done|will|would|shall|should|can|could|may|might|must|not|never|also|(?:do|does|did|is|are|was|were|has|have|had|would|could|should|can|won|wo)n[’']t)$/u;
const headCache = new Map<string, { lemma: string; verb: boolean }>();
function readWord(word: string): { lemma: string; verb: boolean } {
  let r = headCache.get(word);
  if (!r) {
    const doc = nlp(`they ${word}`);
    doc.compute('root');
    const term = (doc.json({ terms: {} }) as Array<{ terms: Array<{ root?: string; normal?: string; tags: string[] }> }>)[0]?.terms[1];
    const tags = new Set(term?.tags ?? []);
    const verb = tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !tags.has('Modal') && !tags.has('Adverb') && !tags.has('Negative');
    r = { lemma: term?.root ?? term?.normal ?? word, verb };
    headCache.set(word, r);
  }
  return r;
}

const stats = new Map<string, { cue: number; after: number; direct: number }>();
const seen = new Map<string, number>();
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
for (const line of lines) {
  const doc = JSON.parse(line) as Record_;
  for (const m of doc.text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  for (const q of doc.quotes) {
    const [cs, ce] = q.cue_spans[0] ?? [0, 0];
    if (ce <= cs) continue;
    const words = [...doc.text.slice(cs, ce).matchAll(WORD)].map((m) => m[0].toLowerCase());
    const head = words.find((w) => !AUXILIARY.test(w) && readWord(w).verb);
    if (!head) continue;
    const s = stats.get(head) ?? { cue: 0, after: 0, direct: 0 };
    s.cue++;
    const content = q.content_spans[0];
    if (content && content[0] >= ce) {
      s.after++;
      if (/^[\s,:—–-]{0,3}["“‘']?$/u.test(doc.text.slice(ce, content[0]))) s.direct++;
    }
    stats.set(head, s);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const minedStats: Record<string, { lemma: string; cue: number; seen: number; precision: number; after: number; direct: number }> = {};
for (const [form, s] of [...stats.entries()].sort((a, b) => b[1].cue - a[1].cue || (a[0] < b[0] ? -1 : 1))) {
  if (s.cue < MIN_CUE) continue;
  const n = Math.max(seen.get(form) ?? 0, s.cue);
  minedStats[form] = { lemma: readWord(form).lemma, cue: s.cue, seen: n, precision: round(s.cue / n), after: round(s.after / s.cue), direct: round(s.direct / s.cue) };
}
const mined = [...new Set(Object.values(minedStats).map((s) => s.lemma))].sort();
const lexicon = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
lexicon.mined = mined;
lexicon.minedStats = minedStats;
lexicon.minedFrom = `scripts/mine-cues.ts over ${lines.length} PolNeAR training documents; forms heading at least ${MIN_CUE} annotated cues`;
writeFileSync(out, JSON.stringify(lexicon, null, 1) + '\n');
console.log(`${lines.length} documents, ${Object.keys(minedStats).length} cue forms, ${mined.length} lemmas`);
