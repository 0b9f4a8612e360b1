/**
 * JSON and JSON Lines feeds: one record per article, `{text | html, id?, url?, outlet?, published?,
 * title?}` (other fields are ignored). JSON Lines files are read as a stream, one line at a time;
 * a JSON file (an array of records, or one record) is read whole, up to `MAX_JSON_FEED_BYTES`.
 * Every problem is an `InputError` naming `file:line` (line 1-based; for a JSON array, the record's
 * 1-based position).
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../types.js';
import { InputError } from './files.js';
import { ingestHtml, normaliseDate } from './html.js';
import { ingestText, type IngestTextOptions } from './text.js';

/** Largest JSON (not JSON Lines) feed read whole, in bytes. */
export const MAX_JSON_FEED_BYTES = 64 * 1024 * 1024;
/** Longest JSON Lines record, in UTF-16 code units. */
export const MAX_FEED_LINE = 20 * 1024 * 1024;

/** One feed record, as validated: exactly one of `text` / `html` is used (`html` first). */
export interface FeedRecord {
  readonly text?: string;
  readonly html?: string;
  readonly id?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly title?: string;
}

/** A record with where it came from: the feed file and its 1-based line (or position). */
export interface FeedEntry {
  readonly record: FeedRecord;
  readonly file: string;
  readonly line: number;
}

const FEED_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json']);

/** True for a path whose extension names a feed (.jsonl, .ndjson, .json). */
export function isFeedPath(path: string): boolean {
  return FEED_EXTENSIONS.has(extname(path).toLowerCase());
}

function optionalString(o: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && key === 'id') return String(v);
  if (typeof v !== 'string') throw new InputError(where, `field "${key}" must be a string`);
  return v;
}

/** Checks one parsed value as a feed record; `where` is `file:line` for messages. */
export function toFeedRecord(value: unknown, where: string): FeedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InputError(where, 'a feed record must be a JSON object');
  const o = value as Record<string, unknown>;
  const record: { -readonly [K in keyof FeedRecord]: FeedRecord[K] } = {};
  for (const key of ['text', 'html', 'id', 'url', 'outlet', 'published', 'title'] as const) {
    const v = optionalString(o, key, where);
    if (v !== undefined) record[key] = v;
  }
  if (!record.text?.trim() && !record.html?.trim()) throw new InputError(where, 'record has neither "text" nor "html"');
  return record;
}

function parseLine(line: string, where: string): FeedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(where, `not a JSON line (${(e as Error).message})`);
  }
  return toFeedRecord(value, where);
}

function statFeed(file: string): number {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new InputError(file, 'no such file');
  }
  if (!st.isFile()) throw new InputError(file, 'not a regular file');
  return st.size;
}

/** The first non-blank character of a file (its first 4 KB), after a byte order mark. */
function firstChar(file: string): string {
  return head(file, 4096).replace(/^\uFEFF/u, '').trimStart().charAt(0);
}

/** The first `bytes` bytes of a file as UTF-8 (a character cut at the end is dropped). */
function head(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').replace(/\uFFFD$/u, '');
  } finally {
    closeSync(fd);
  }
}

export interface ReadFeedOptions {
  /**
   * Called with the problem of a record that cannot be read (not JSON, not an object, a field of the
   * wrong type, no text): the record is skipped and the rest still read. Without it the first such
   * problem throws. Problems of the whole file (missing, empty, no records) always throw.
   */
  readonly onError?: (e: InputError) => void;
}

/**
 * Streams the records of a feed file. JSON Lines: one record per non-blank line, read as a stream.
 * JSON: the whole file (an array of records or a single record), bounded by `MAX_JSON_FEED_BYTES`.
 */
export async function* readFeed(file: string, options: ReadFeedOptions = {}): AsyncGenerator<FeedEntry> {
  const size = statFeed(file);
  if (size === 0) throw new InputError(file, 'file is empty');
  if (firstChar(file) === '[' || (extname(file).toLowerCase() === '.json' && !looksLikeJsonLines(file))) {
    yield* jsonRecords(file, size, options.onError);
    return;
  }
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let records = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
      if (!line.trim()) continue;
      records++;
      let record: FeedRecord;
      try {
        if (line.length > MAX_FEED_LINE) throw new InputError(`${file}:${n}`, `line is longer than ${MAX_FEED_LINE} characters`);
        record = parseLine(line, `${file}:${n}`);
      } catch (e) {
        if (!(e instanceof InputError) || !options.onError) throw e;
        options.onError(e);
        continue;
      }
      yield { record, file, line: n };
    }
  } finally {
    lines.close();
  }
  if (records === 0) throw new InputError(file, 'feed has no records');
}

function looksLikeJsonLines(file: string): boolean {
  const text = head(file, 65536);
  const lines = text.split(/\r?\n/u).filter((l) => l.trim());
  return lines.length >= 2 && lines.slice(0, -1).every((l) => /^\s*\{.*\}\s*$/u.test(l));
}

function* jsonRecords(file: string, size: number, onError?: (e: InputError) => void): Generator<FeedEntry> {
  if (size > MAX_JSON_FEED_BYTES) throw new InputError(file, `JSON feed is larger than ${MAX_JSON_FEED_BYTES / 1024 / 1024} MB; write it as JSON Lines (one record a line) to stream it`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''));
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new InputError(file, 'feed has no records');
  for (let i = 0; i < list.length; i++) {
    let record: FeedRecord;
    try {
      record = toFeedRecord(list[i], `${file}:${i + 1}`);
    } catch (e) {
      if (!(e instanceof InputError) || !onError) throw e;
      onError(e);
      continue;
    }
    yield { record, file, line: i + 1 };
  }
}

/** Every record of a feed, read synchronously (the whole file, bounded by `MAX_JSON_FEED_BYTES`). */
export function readFeedSync(file: string): FeedEntry[] {
  const size = statFeed(file);
  if (size === 0) throw new InputError(file, 'file is empty');
  if (firstChar(file) === '[' || (extname(file).toLowerCase() === '.json' && !looksLikeJsonLines(file))) return [...jsonRecords(file, size)];
  if (size > MAX_JSON_FEED_BYTES) throw new InputError(file, `feed is larger than ${MAX_JSON_FEED_BYTES / 1024 / 1024} MB; read it as a stream (readFeed)`);
  const out: FeedEntry[] = [];
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim()) out.push({ record: parseLine(line, `${file}:${i + 1}`), file, line: i + 1 });
    });
  if (out.length === 0) throw new InputError(file, 'feed has no records');
  return out;
}

/**
 * The Article of one feed record: the `html` through `ingestHtml`, else the `text` through
 * `ingestText`; then the record's fields override what the page says: `id` (default: from the URL,
 * else `<feed name>-<line>`), `url` as `source` (default `file:line`), `outlet`, `published`
 * (normalised to ISO 8601; a value that cannot be read is a warning), `title` as the headline (its
 * range only when the title occurs in the text).
 */
export function recordToArticle(entry: FeedEntry): Article {
  const { record, file, line } = entry;
  const source = record.url ?? `${file}:${line}`;
  const id = record.id ?? (record.url ? undefined : `${basename(file).replace(/\.[a-z0-9]{1,7}$/iu, '')}-${line}`);
  const options: IngestTextOptions = { source, ...(id !== undefined ? { id } : {}), ...(record.outlet !== undefined ? { outlet: record.outlet } : {}) };
  const base = record.html?.trim() ? ingestHtml(record.html, options) : ingestText(record.text ?? '', options);
  const warnings = [...base.warnings];
  let published = base.published;
  let publishedRange = base.publishedRange;
  if (record.published !== undefined) {
    const date = normaliseDate(record.published);
    if (date) {
      published = date.iso;
      publishedRange = null;
    } else warnings.push(`feed field "published" is not a date: ${JSON.stringify(record.published)}`);
  }
  let headline = base.headline;
  let headlineRange = base.headlineRange;
  if (record.title !== undefined && record.title.trim()) {
    headline = record.title.trim();
    const at = base.text.indexOf(headline);
    headlineRange = at >= 0 ? [at, at + headline.length] : null;
  }
  return { ...base, published, publishedRange, headline, headlineRange, warnings: warnings.filter((w) => !(published && /no publication time/u.test(w))) };
}
