/**
 * Reading article files from disk for the CLI: files and directories (their article files in name
 * order). Every problem is an `InputError` naming the file; nothing is read half-way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article } from '../types.js';
import { decodeText, detectFormat } from './detect.js';
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
  if (bytes.length === 0) throw new InputError(path, 'file is empty');
  if (bytes.includes(0)) throw new InputError(path, 'not a text file (binary content)');
  const text = decodeText(bytes);
  if (text === null) throw new InputError(path, 'not valid UTF-8 text');
  const format = detectFormat(bytes, path);
  if (format === 'binary') throw new InputError(path, 'not a text file (binary content)');
  if (!text.trim()) throw new InputError(path, 'file has no text (only white space)');
  if (format === 'json' || format === 'jsonl') throw new InputError(path, 'JSON feeds are not read yet; give article text or HTML files');
  const article = format === 'html' ? ingestHtml(text, { source: path }) : ingestText(text, { source: path });
  if (article.paragraphs.length === 0) throw new InputError(path, 'no article body found in the file');
  return article;
}

/** Reads every input; article ids are made unique by suffixing -2, -3 … to repeated ones. */
export function readArticles(paths: readonly string[]): Article[] {
  const files = expandInputs(paths);
  const seen = new Map<string, number>();
  return files.map((f) => {
    const a = readArticle(f);
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}-${n}` };
  });
}
