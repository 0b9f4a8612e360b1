/**
 * Extraction evaluation (see ../shared/eval/README.md, "extraction"). Two kinds of record:
 *
 * - trafilatura `{id, file, url, with, without, title, author, date}`: snippets the main text must
 *   (`with`) and must not (`without`) contain;
 * - readability `{id, file, expected, title, author, date, site, lang}`: the page and the content
 *   Readability extracts from it, scored by 4-token shingles.
 *
 * `file` and `expected` are relative to the folder of the JSONL file. Nothing here writes except the
 * optional predictions file.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { decodeText } from '../ingest/detect.js';
import { ingestHtml, renderHtmlText } from '../ingest/html.js';
import { ingestText } from '../ingest/text.js';
import type { Article } from '../types.js';
import { parseJsonl, unreadable } from './io.js';

export interface ExtractionOptions {
  /** Where to write one `{id, title, author, date, body}` line per record. */
  readonly predictions?: string;
  /** 'html' (default): `ingestHtml` on the page; 'text': `ingestText` on `w3m -dump` of the page. */
  readonly mode?: 'html' | 'text';
}

export interface Accuracy {
  readonly total: number;
  readonly correct: number;
  /** correct / total, or null when no record gives the field. */
  readonly accuracy: number | null;
}

export interface SnippetScore {
  readonly pages: number;
  readonly withTotal: number;
  readonly withFound: number;
  readonly withoutTotal: number;
  readonly withoutFound: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Shingle figures averaged over pages (macro average; `f1` is the mean of the per-page F1). */
export interface ShingleScore {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface PageResult {
  readonly id: string;
  readonly kind: 'snippets' | 'shingles';
  readonly ms: number;
  readonly missedWith: readonly string[];
  readonly foundWithout: readonly string[];
  readonly shingle: { readonly precision: number; readonly recall: number; readonly f1: number } | null;
  readonly title: boolean | null;
  readonly author: boolean | null;
  readonly date: boolean | null;
  readonly error: string | null;
}

export interface ExtractionReport {
  readonly task: 'extraction';
  readonly file: string;
  readonly mode: 'html' | 'text';
  readonly records: number;
  /** Over trafilatura records; null when there are none. */
  readonly snippets: SnippetScore | null;
  /** Over readability records; null when there are none. */
  readonly shingles: ShingleScore | null;
  readonly title: Accuracy;
  readonly author: Accuracy;
  readonly date: Accuracy;
  /** Median wall time per page in milliseconds, from HTML string to Article (including the w3m render in text mode). */
  readonly medianMs: number;
  /** Records whose page could not be read; they are scored as an empty extraction. */
  readonly errors: readonly { readonly id: string; readonly message: string }[];
  readonly pages: readonly PageResult[];
}

interface SnippetRecord {
  readonly id: string;
  readonly file: string;
  readonly url?: string | null;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly title?: string | null;
  readonly author?: string | null;
  readonly date?: string | null;
}

interface ShingleRecord {
  readonly id: string;
  readonly file: string;
  readonly expected: string;
  readonly title?: string | null;
  readonly author?: string | null;
  readonly date?: string | null;
}

type ExtractionRecord = SnippetRecord | ShingleRecord;

const isSnippetRecord = (r: ExtractionRecord): r is SnippetRecord => Array.isArray((r as SnippetRecord).with);

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const fold = (s: string) => collapse(s).toLowerCase();
/** A title folded for comparison: case, white space, and straight vs typographic quotes do not count. */
const foldTitle = (s: string) => fold(s.replace(/[‘’‚‛`´]/gu, "'").replace(/[“”„‟«»]/gu, '"'));

/**
 * The extracted text that is scored and written as `body`: the headline (when there is one) and
 * the body paragraphs, one per line. The headline is included because a page's title is part of
 * its main text for the snippet annotations.
 */
export function extractedBody(article: Article): string {
  const parts: string[] = [];
  if (article.headlineRange) parts.push(article.text.slice(article.headlineRange[0], article.headlineRange[1]));
  for (const [s, e] of article.paragraphs) parts.push(article.text.slice(s, e));
  return parts.join('\n');
}

/** 4-token shingles of lower-cased word tokens; `\w+` is taken in its Unicode sense (letters, digits, "_"), as Python's `re` reads it. */
export function shingles(text: string, size = 4): Set<string> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Set<string>();
  if (tokens.length > 0 && tokens.length < size) out.add(tokens.join(' '));
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Precision and recall of predicted against expected shingle sets (both empty: 1; one empty: 0). */
export function shingleScore(predicted: ReadonlySet<string>, expected: ReadonlySet<string>): { precision: number; recall: number; f1: number } {
  if (predicted.size === 0 && expected.size === 0) return { precision: 1, recall: 1, f1: 1 };
  let shared = 0;
  for (const s of predicted) if (expected.has(s)) shared++;
  const precision = predicted.size > 0 ? shared / predicted.size : 0;
  const recall = expected.size > 0 ? shared / expected.size : 0;
  return { precision, recall, f1: f1Of(precision, recall) };
}

const f1Of = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Gold author matches when either case-folded name contains the other. */
function authorMatches(predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const p = fold(predicted);
  const g = fold(gold);
  return p !== '' && (p.includes(g) || g.includes(p));
}

/** Same calendar day, as written (the page's own offset, not UTC). */
function dateMatches(predicted: string | null, gold: string): boolean {
  const day = (s: string) => /^\d{4}-\d{2}-\d{2}/u.exec(s.trim())?.[0] ?? null;
  const p = predicted ? day(predicted) : null;
  return p !== null && p === day(gold);
}

async function readPage(path: string): Promise<string> {
  const bytes = await readFile(path);
  return decodeText(bytes) ?? new TextDecoder('windows-1252').decode(bytes);
}

/** `w3m -dump` of an HTML page, as UTF-8 text. Rejects with an install hint when w3m is missing. */
export function renderWithW3m(html: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('w3m', ['-dump', '-cols', '10000', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'ENOENT' ? new Error('w3m is not installed (apt-get install w3m)') : e),
    );
    child.on('close', (code) => {
      if (code === 0) done(Buffer.concat(out).toString('utf8'));
      else fail(new Error(`w3m exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(html);
  });
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function accuracy(results: readonly (boolean | null)[]): Accuracy {
  const given = results.filter((r): r is boolean => r !== null);
  const correct = given.filter(Boolean).length;
  return { total: given.length, correct, accuracy: given.length > 0 ? correct / given.length : null };
}

/** What an extraction record must hold: an id, a page file, and snippets (with/without) or an expected text. */
function extractionProblem(value: unknown): string | null {
  const r = value as Partial<SnippetRecord & ShingleRecord> | null;
  const ok = r !== null && typeof r === 'object' && typeof r.id === 'string' && typeof r.file === 'string' && (Array.isArray(r.with) || typeof r.expected === 'string');
  return ok ? null : 'not an extraction record (needs id, file, and with/without or expected)';
}

/**
 * Scores extraction over the records of the JSONL `file` and optionally writes predictions (to a
 * temporary file renamed into place once complete). Throws when the file is not extraction data,
 * or in text mode when w3m is missing; a page that cannot be read is scored as empty and listed in
 * `errors`.
 */
export async function evalExtraction(file: string, options: ExtractionOptions = {}): Promise<ExtractionReport> {
  const mode = options.mode ?? 'html';
  const folder = dirname(resolve(file));
  const source = await readFile(file, 'utf8').catch((e: unknown) => {
    throw unreadable(file, e);
  });
  const records = parseJsonl<ExtractionRecord>(source, file, extractionProblem);
  if (mode === 'text') await renderWithW3m('<p>w3m check</p>');

  const pages: PageResult[] = [];
  const predictions: string[] = [];
  const errors: { id: string; message: string }[] = [];
  let withTotal = 0;
  let withFound = 0;
  let withoutTotal = 0;
  let withoutFound = 0;

  for (const record of records) {
    let article: Article | null = null;
    let ms = 0;
    let error: string | null = null;
    const source = (isSnippetRecord(record) ? record.url : null) ?? record.file;
    try {
      const html = await readPage(resolve(folder, record.file));
      const t0 = performance.now();
      article = mode === 'text' ? ingestText(await renderWithW3m(html), { source }) : ingestHtml(html, { source });
      ms = performance.now() - t0;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      errors.push({ id: record.id, message: error });
    }
    const body = article ? extractedBody(article) : '';
    const flat = collapse(body);
    const headline = article?.headline ?? null;
    const byline = article?.byline ?? null;
    const published = article?.published ?? null;
    predictions.push(JSON.stringify({ id: record.id, title: headline, author: byline, date: published, body }));

    const title = record.title ? foldTitle(record.title) === foldTitle(headline ?? '') : null;
    const author = record.author ? authorMatches(byline, record.author) : null;
    const date = record.date ? dateMatches(published, record.date) : null;

    if (isSnippetRecord(record)) {
      const missedWith = record.with.filter((s) => !flat.includes(collapse(s)));
      const foundWithout = record.without.filter((s) => flat.includes(collapse(s)));
      withTotal += record.with.length;
      withFound += record.with.length - missedWith.length;
      withoutTotal += record.without.length;
      withoutFound += foundWithout.length;
      pages.push({ id: record.id, kind: 'snippets', ms, missedWith, foundWithout, shingle: null, title, author, date, error });
    } else {
      let expected = '';
      try {
        expected = renderHtmlText(await readPage(resolve(folder, record.expected)));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        errors.push({ id: record.id, message });
        error ??= message;
      }
      const shingle = shingleScore(shingles(body), shingles(expected));
      pages.push({ id: record.id, kind: 'shingles', ms, missedWith: [], foundWithout: [], shingle, title, author, date, error });
    }
  }

  if (options.predictions) {
    const target = resolve(options.predictions);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, predictions.map((l) => `${l}\n`).join(''), 'utf8');
      await rename(temporary, target);
    } catch (e) {
      await unlink(temporary).catch(() => undefined);
      throw e;
    }
  }

  const snippetPages = pages.filter((p) => p.kind === 'snippets');
  const shinglePages = pages.filter((p) => p.shingle !== null);
  const precision = withFound + withoutFound > 0 ? withFound / (withFound + withoutFound) : 0;
  const recall = withTotal > 0 ? withFound / withTotal : 0;
  const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    task: 'extraction',
    file,
    mode,
    records: records.length,
    snippets:
      snippetPages.length > 0
        ? { pages: snippetPages.length, withTotal, withFound, withoutTotal, withoutFound, precision, recall, f1: f1Of(precision, recall) }
        : null,
    shingles:
      shinglePages.length > 0
        ? {
            pages: shinglePages.length,
            precision: mean(shinglePages.map((p) => p.shingle!.precision)),
            recall: mean(shinglePages.map((p) => p.shingle!.recall)),
            f1: mean(shinglePages.map((p) => p.shingle!.f1)),
          }
        : null,
    title: accuracy(pages.map((p) => p.title)),
    author: accuracy(pages.map((p) => p.author)),
    date: accuracy(pages.map((p) => p.date)),
    medianMs: median(pages.filter((p) => p.error === null).map((p) => p.ms)),
    errors,
    pages,
  };
}
