/** Reading JSON Lines and writing prediction files atomically (a temp file renamed at the end). */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export function readJsonl<T>(file: string): T[] {
  const out: T[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as T);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not a JSON line (${(e as Error).message})`);
    }
  });
  return out;
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
