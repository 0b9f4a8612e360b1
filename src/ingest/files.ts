/**
 * Reading articles for the CLI: files, directories (their article files in name order) and http(s)
 * URLs. Every problem is an `InputError` naming the file or URL; nothing is read half-way. The
 * adapter (HTML or text) is chosen by the content, the extension or content type only settling
 * weak signals.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article } from '../types.js';
import { decodeText, detectFormat } from './detect.js';
import { isFeedPath, readFeedSync, recordToArticle } from './feed.js';
import { ingestHtml } from './html.js';
import { ingestText } from './text.js';

export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InputError';
  }
}

/** Largest file read, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.md']);

/** Expands directories into their article files (sorted by name); files pass through. */
export function expandInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or directory');
    }
    if (st.isDirectory()) {
      const files = readdirSync(p)
        .filter((f) => !f.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()))
        .sort()
        .map((f) => join(p, f));
      if (files.length === 0) throw new InputError(p, `directory has no article files (${[...ARTICLE_EXTENSIONS].join(', ')})`);
      out.push(...files);
    } else out.push(p);
  }
  return out;
}

/**
 * A check that each file is read once: null for a file met the first time, the problem to report for
 * one met again (the same path, another path to it, or inside a directory also given): comparing an
 * article with itself tells nothing, and two copies in one story would corroborate each other.
 */
export function onceEach(): (file: string) => InputError | null {
  const seen = new Map<string, string>();
  return (file) => {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return null; // reading it reports the problem
    }
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, file);
      return null;
    }
    return new InputError(file, first === file ? 'given more than once' : `the same file as ${first}`);
  };
}

/** Reads and ingests one article file; `source` keeps the path as given. */
export function readArticle(path: string): Article {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(path, 'not a regular file');
    if (st.size > MAX_FILE_BYTES) throw new InputError(path, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(e as Error).message}`);
  }
  return articleFromBytes(path, bytes, decodeText(bytes));
}

/**
 * Ingests the bytes of one input (`text`: their decoding, or null when undecodable). `path` names
 * the input in errors and becomes the Article's `source`; its extension only settles weak signals.
 */
function articleFromBytes(path: string, bytes: Buffer, text: string | null, kind: 'file' | 'page' = 'file', servedAsHtml = false): Article {
  if (bytes.length === 0) throw new InputError(path, `${kind} is empty`);
  if (bytes.includes(0)) throw new InputError(path, 'not a text file (binary content)');
  if (text === null) throw new InputError(path, 'not valid UTF-8 text');
  let format = detectFormat(Buffer.from(text, 'utf8'), path);
  if (format === 'text' && servedAsHtml && /<[a-z!/]/iu.test(text)) format = 'html';
  if (format === 'binary') throw new InputError(path, 'not a text file (binary content)');
  if (!text.trim()) throw new InputError(path, `${kind} has no text (only white space)`);
  if (format === 'json' || format === 'jsonl') throw new InputError(path, 'JSON feeds are not read yet; give article text or HTML files');
  const article = format === 'html' ? ingestHtml(text, { source: path }) : ingestText(text, { source: path });
  if (article.paragraphs.length === 0) throw new InputError(path, `no article body found in the ${kind}`);
  return article;
}

/** Reads every input; article ids are made unique by suffixing -2, -3 … to repeated ones. Throws on the first bad input, or on a file given twice (`onceEach`). */
export function readArticles(paths: readonly string[]): Article[] {
  const repeated = onceEach();
  return uniqueIds(
    expandInputs(paths).flatMap((f) => {
      const again = repeated(f);
      if (again) throw again;
      return isFeedPath(f) ? readFeedSync(f).map(recordToArticle) : [readArticle(f)];
    }),
  );
}

function uniqueIds(articles: readonly Article[]): Article[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}-${n}` };
  });
}

/** Limits for reading a URL. */
export interface FetchOptions {
  /** Milliseconds before the request (headers and body) is abandoned. */
  readonly timeoutMs?: number;
  /** Largest body read, in bytes (counted as it streams, whatever Content-Length says). */
  readonly maxBytes?: number;
}

export const FETCH_DEFAULTS: Readonly<Required<FetchOptions>> = Object.freeze({ timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 });

/** True when `input` is an http(s) URL rather than a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//iu.test(input.trim());
}

const ACCEPTED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** The body of `url` as bytes with its media type and charset; every failure is an InputError naming the URL. */
async function fetchPage(url: string, options: FetchOptions): Promise<{ bytes: Buffer; mediaType: string; charset: string | null }> {
  const { timeoutMs, maxBytes } = { ...FETCH_DEFAULTS, ...options };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9' } });
    } catch (e) {
      throw new InputError(url, controller.signal.aborted ? `no response within ${timeoutMs / 1000} s` : `cannot fetch: ${causeOf(e)}`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(mediaType)) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(url, `content type ${mediaType || '(none)'} is not an article page (text/html, application/xhtml+xml or text/plain)`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(url, `page is larger than ${formatBytes(maxBytes)}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          controller.abort();
          throw new InputError(url, `page is larger than ${formatBytes(maxBytes)}`);
        }
        chunks.push(Buffer.from(chunk));
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(url, controller.signal.aborted ? `no complete response within ${timeoutMs / 1000} s` : `cannot read the response: ${causeOf(e)}`);
    }
    const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/iu.exec(contentType)?.[1]?.toLowerCase() ?? null;
    return { bytes: Buffer.concat(chunks), mediaType, charset };
  } finally {
    clearTimeout(timer);
  }
}

const causeOf = (e: unknown): string => {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
};
const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`);

/** Bytes decoded by the declared charset (UTF-8 when none, or when the label is unknown); null when they do not decode. */
function decodeDeclared(bytes: Buffer, charset: string | null): string | null {
  if (!charset || /^utf-?8$/iu.test(charset)) return decodeText(bytes);
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return decodeText(bytes);
  }
}

/** Fetches and ingests one URL: `source` is the URL as given. */
export async function readUrl(url: string, options: FetchOptions = {}): Promise<Article> {
  const { bytes, mediaType, charset } = await fetchPage(url, options);
  return articleFromBytes(url, bytes, decodeDeclared(bytes, charset), 'page', mediaType !== 'text/plain');
}

/** What reading several inputs gave: the articles read, and one InputError per input skipped. */
export interface ReadResult {
  readonly articles: readonly Article[];
  readonly problems: readonly InputError[];
}

/**
 * Reads files, directories and URLs (in the order given, URLs fetched concurrently); an input that
 * cannot be read is skipped and reported in `problems`, so the others are still compared. Article
 * ids are made unique as in `readArticles`.
 */
export async function readArticlesAsync(inputs: readonly string[], options: FetchOptions = {}): Promise<ReadResult> {
  // One slot per input, in order: the files a directory expands to, a URL, or the problem.
  const slots: Array<Promise<Article> | InputError> = [];
  const repeated = onceEach();
  for (const input of inputs) {
    if (isUrl(input)) {
      slots.push(readUrl(input, options));
      continue;
    }
    try {
      for (const file of expandInputs([input])) {
        const again = repeated(file);
        if (again) slots.push(again);
        else if (isFeedPath(file)) slots.push(...readFeedSync(file).map((entry) => Promise.resolve().then(() => recordToArticle(entry))));
        else slots.push(Promise.resolve().then(() => readArticle(file)));
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      slots.push(e);
    }
  }
  const settled = await Promise.allSettled(slots.map((slot) => (slot instanceof InputError ? Promise.reject(slot) : slot)));
  const articles: Article[] = [];
  const problems: InputError[] = [];
  for (const r of settled) {
    if (r.status === 'fulfilled') articles.push(r.value);
    else if (r.reason instanceof InputError) problems.push(r.reason);
    else throw r.reason;
  }
  return { articles: uniqueIds(articles), problems };
}
