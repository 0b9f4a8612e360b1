/** Reading JSON Lines and writing prediction files atomically (a temp file renamed at the end). */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { InputError } from '../ingest/files.js';

/** A field a record must have, by its JSON type ("array" for a list). */
export type FieldType = 'string' | 'number' | 'array' | 'string|number';

/**
 * Reads a JSON Lines file. `fields` names what each record must hold for the task, so that a file
 * of another task fails on its first record with the file, line and missing field, not deep inside
 * the engine.
 */
export function readJsonl<T>(file: string, fields: Readonly<Record<string, FieldType>> = {}, task?: string): T[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw unreadable(file, e);
  }
  const hint = task ? `; records for ${task} hold ${Object.keys(fields).join(', ')} (../shared/eval/README.md)` : '';
  return parseJsonl<T>(content, file, (value) => {
    const problem = recordProblem(value, fields);
    return problem ? problem + hint : null;
  });
}

/** The problem to report for a file that cannot be read (missing, a directory, …). */
export function unreadable(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a JSON Lines file' : (e as Error).message);
}

/**
 * The records of JSON Lines `content` read from `file`, blank lines skipped. `check` returns the
 * problem of a record that is not what the caller reads (null when it is); the first bad line
 * throws an `InputError` naming `file:line`.
 */
export function parseJsonl<T>(content: string, file: string, check: (value: unknown) => string | null): T[] {
  const out: T[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new InputError(`${file}:${i + 1}`, `not a JSON line (${(e as Error).message})`);
    }
    const problem = check(value);
    if (problem) throw new InputError(`${file}:${i + 1}`, problem);
    out.push(value as T);
  });
  return out;
}

function recordProblem(value: unknown, fields: Readonly<Record<string, FieldType>>): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  for (const [name, type] of Object.entries(fields)) {
    const v = record[name];
    const ok = type === 'array' ? Array.isArray(v) : type === 'string|number' ? typeof v === 'string' || typeof v === 'number' : typeof v === type;
    if (!ok) return v === undefined ? `record has no "${name}" (${type === 'array' ? 'a list' : `a ${type.replace('|', ' or ')}`})` : `"${name}" is not ${type === 'array' ? 'a list' : `a ${type.replace('|', ' or ')}`}`;
  }
  return null;
}

/** Writes `content` to `file` through a temporary file, so a reader never sees it half-written. */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export function writeJsonlAtomic(file: string, records: readonly unknown[]): void {
  writeFileAtomic(file, records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
}

/** Calls `onProgress(done, total)` at most every `everyMs` milliseconds. */
export function throttle(onProgress: ((done: number, total: number) => void) | undefined, everyMs = 200): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    if (!onProgress) return;
    const now = Date.now();
    if (now - last >= everyMs || done === total) {
      last = now;
      onProgress(done, total);
    }
  };
}
