/**
 * The sample pair against the hand annotation in tests/fixtures/gold.json (a copy of
 * ../shared/seeds/gold.json): every required item holds, and no consistent item is flagged.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, ingestText, type ComparisonResult, type Range } from '../src/index.js';

interface Gold {
  articles: Record<'A' | 'B', { file: string; outlet: string; wireAgency?: string; byline?: string; headline: string; published: string; bodyStartsWith: string; bodyEndsWith: string; credits: string[]; sourcesCitedInBody: string[]; notInBody: string[] }>;
  quotes: Array<{ article: 'A' | 'B'; quote: string; speaker: string; cue: string; via?: string; kind: string; required: boolean }>;
  alignments: Array<{ a: string; b: string; required: boolean }>;
  discrepancies: Array<{ type: string; required: boolean; a?: string; b?: string; onlyIn?: 'A' | 'B' }>;
  consistent: Array<{ a: string; b: string }>;
}

const gold = JSON.parse(readFileSync(new URL('./fixtures/gold.json', import.meta.url), 'utf8')) as Gold;
const sampleDir = new URL('../data/samples/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, sampleDir), 'utf8');

/** Every occurrence of `needle` in `text`, as ranges. */
function occurrences(text: string, needle: string): Range[] {
  const out: Range[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const overlapRatio = (a: Range, b: Range) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));

let result: ComparisonResult;
const idOf: Record<'A' | 'B', string> = { A: '', B: '' };
const textOf = (k: 'A' | 'B') => result.articles.find((a) => a.id === idOf[k])!.text;
const extractionOf = (k: 'A' | 'B') => result.extractions.find((e) => e.article.id === idOf[k])!;

beforeAll(() => {
  const inputs = (['A', 'B'] as const).map((k) => ingestText(read(gold.articles[k].file), { source: `data/samples/${gold.articles[k].file}` }));
  idOf.A = inputs[0]!.id;
  idOf.B = inputs[1]!.id;
  result = compareArticles(inputs);
});

describe('sample pair: ingest', () => {
  for (const k of ['A', 'B'] as const) {
    const g = gold.articles[k];
    it(`${k}: headline, publication time, outlet, byline`, () => {
      const a = result.articles.find((x) => x.id === idOf[k])!;
      expect(a.headline).toBe(g.headline);
      expect(a.published).toBe(g.published);
      expect(a.outlet).toBe(g.outlet);
      if (g.byline) expect(a.byline).toBe(g.byline);
      if (g.wireAgency) expect(a.agencies).toContain(g.wireAgency);
    });
    it(`${k}: body bounds and excluded boilerplate`, () => {
      const a = result.articles.find((x) => x.id === idOf[k])!;
      const body = a.text.slice(a.body[0], a.body[1]);
      expect(body.startsWith(g.bodyStartsWith)).toBe(true);
      expect(body.endsWith(g.bodyEndsWith)).toBe(true);
      const paragraphs = a.paragraphs.map(([s, e]) => a.text.slice(s, e)).join('\n');
      for (const bad of g.notInBody) expect(paragraphs, bad).not.toContain(bad);
      for (const cited of g.sourcesCitedInBody) expect(paragraphs, cited).toContain(cited);
    });
    it(`${k}: credits`, () => {
      const a = result.articles.find((x) => x.id === idOf[k])!;
      for (const c of g.credits) expect(a.credits.some((x) => x.raw.includes(c)), c).toBe(true);
    });
  }
});

describe('sample pair: quotes', () => {
  for (const q of gold.quotes.filter((x) => x.required)) {
    it(`${q.article}: ${q.speaker} — ${q.quote.slice(0, 50)}`, () => {
      const text = textOf(q.article);
      const spots = occurrences(text, q.quote);
      expect(spots.length).toBeGreaterThan(0);
      const found = extractionOf(q.article).attributions.filter((a) => spots.some((s) => overlapRatio(a.range, s) >= 0.8));
      expect(found.length, 'an attribution covering the quote').toBeGreaterThan(0);
      const match = found.find((a) => a.speaker?.canonical === q.speaker);
      expect(match, `speaker ${q.speaker}; got ${found.map((a) => a.speaker?.canonical).join(', ')}`).toBeDefined();
      expect(match!.cue).not.toBeNull();
      const cue = match!.cue!.raw.toLowerCase();
      expect(q.cue.toLowerCase().includes(cue) || cue.includes(q.cue.toLowerCase()), `cue ${q.cue} vs ${cue}`).toBe(true);
      if (q.via) expect(match!.via?.name).toBe(q.via);
      expect(match!.kind).toBe(q.kind);
      expect(text.slice(match!.range[0], match!.range[1])).toBe(match!.raw);
    });
  }
});

describe('sample pair: alignments and discrepancies', () => {
  const groupOfRange = (k: 'A' | 'B', needle: string) => {
    const spots = occurrences(textOf(k), needle);
    return result.groups.filter((g) => g.claims.some((c) => c.articleId === idOf[k] && spots.some((s) => overlaps(c.range, s))));
  };
  for (const al of gold.alignments.filter((x) => x.required)) {
    it(`aligned: ${al.a.slice(0, 60)}`, () => {
      const ga = groupOfRange('A', al.a);
      const gb = groupOfRange('B', al.b);
      expect(ga.some((g) => gb.includes(g))).toBe(true);
    });
  }
  const valueTouches = (d: ComparisonResult['discrepancies'][number], k: 'A' | 'B', needle: string) =>
    d.values.some((v) => v.articleId === idOf[k] && occurrences(textOf(k), needle).some((s) => overlaps(v.range, s)));

  for (const d of gold.discrepancies.filter((x) => x.required)) {
    it(`${d.type}: ${d.onlyIn ? `only in ${d.onlyIn}: ` : ''}${(d.a ?? d.b ?? '').slice(0, 50)}`, () => {
      if (d.type === 'omission') {
        const k = d.onlyIn!;
        const other = k === 'A' ? 'B' : 'A';
        const needle = (k === 'A' ? d.a : d.b)!;
        const hit = result.discrepancies.find((x) => x.type === 'omission' && valueTouches(x, k, needle));
        expect(hit, `omission of ${needle}`).toBeDefined();
        expect(hit!.absentFrom).toContain(idOf[other]);
      } else {
        const hit = result.discrepancies.find((x) => x.type === d.type && valueTouches(x, 'A', d.a!) && valueTouches(x, 'B', d.b!));
        expect(hit, `${d.type} discrepancy ${d.a} / ${d.b}`).toBeDefined();
      }
    });
  }
  for (const c of gold.consistent) {
    it(`consistent, not flagged: ${c.a} / ${c.b}`, () => {
      const flagged = result.discrepancies.filter((x) => ['number', 'date', 'entity', 'speaker'].includes(x.type) && valueTouches(x, 'A', c.a) && valueTouches(x, 'B', c.b));
      expect(flagged.map((x) => x.message)).toEqual([]);
    });
  }
  it('every discrepancy value points at its raw text', () => {
    for (const d of result.discrepancies) {
      for (const v of d.values) {
        const text = result.articles.find((a) => a.id === v.articleId)!.text;
        expect(text.slice(v.range[0], v.range[1])).toBe(v.raw);
      }
    }
  });
});

describe('nothing from the gold file in src/', () => {
  it('no name, sentence or value of the samples appears in the engine source', () => {
    // Names, sentences and values of the samples. Generic vocabulary the gold file also uses (wire
    // agency names, page furniture such as "Advertisement", short phrases such as "on Friday") is
    // general knowledge the engine may hold in data/lexicon, so it is not searched for.
    const agencies = JSON.parse(readFileSync(new URL('../data/lexicon/agencies.json', import.meta.url), 'utf8')) as { agencies: Record<string, string[]> };
    const generic = new Set(Object.values(agencies.agencies).flat().map((s) => s.toLowerCase()));
    const strings = new Set<string>();
    for (const a of Object.values(gold.articles)) {
      for (const s of [a.outlet, a.byline, a.headline, a.bodyStartsWith, a.bodyEndsWith]) if (s) strings.add(s);
    }
    for (const q of gold.quotes) strings.add(q.quote).add(q.speaker);
    for (const x of [...gold.alignments, ...gold.consistent, ...gold.discrepancies]) for (const s of [x.a, x.b]) if (s && s.length >= 10) strings.add(s);
    const needles = [...strings].map((s) => s.toLowerCase()).filter((s) => s.length >= 6 && !generic.has(s));
    for (const name of ['ushakov', 'witkoff', 'lavrov', 'kormilitsyna', 'dmitriev', 'firstpost', 'sweden herald']) needles.push(name);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(new URL('../src', import.meta.url).pathname);
    const hits: string[] = [];
    for (const f of files) {
      const content = readFileSync(f, 'utf8').toLowerCase();
      for (const n of needles) if (content.includes(n)) hits.push(`${f}: ${n}`);
    }
    expect(hits).toEqual([]);
  });
});
