/**
 * Evaluation files are checked record by record: a file of another task, a missing file or a bad
 * line fails with the file, the line and the problem, before any record is scored.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/files.js';
import { runEval } from '../../src/eval/index.js';
import { readJsonl } from '../../src/eval/io.js';
import { loadPairs } from '../../src/eval/pairs.js';
import { loadQuoteDocs } from '../../src/eval/quotes.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-records-'));
const file = (name: string, lines: readonly unknown[]) => {
  const p = join(dir, name);
  writeFileSync(p, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return p;
};
const problemOf = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no problem raised');
};

describe('reading evaluation records', () => {
  const pairs = file('pairs.jsonl', [{ id: 'p1', a: 'One.', b: 'Two.', label: 1 }, { id: 'p2', a: 'Three.', b: 'Four.', label: 0, score: 2.5 }]);
  const quotes = file('quotes.jsonl', [{ id: 'd1', text: 'He said so.', quotes: [] }]);

  it('reads records that hold what the task needs', () => {
    expect(loadPairs(pairs, 'paraphrase').map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(loadQuoteDocs(quotes)).toHaveLength(1);
  });
  it('names the file, the line and the missing field of a record of another task', () => {
    const e = problemOf(() => loadPairs(quotes, 'paraphrase'));
    expect(e.path).toBe(`${quotes}:1`);
    expect(e.problem).toMatch(/^record has no "a" \(a string\); records for paraphrase hold id, a, b, label/);
    expect(problemOf(() => loadQuoteDocs(pairs)).problem).toMatch(/^record has no "text"/);
    // Line 1 has no score: a paraphrase file is no similarity file.
    expect(problemOf(() => loadPairs(pairs, 'similarity')).path).toBe(`${pairs}:1`);
  });
  it('names a field of the wrong type, a line that is no JSON object, and a missing file', () => {
    const wrong = file('wrong.jsonl', [{ id: 'p1', a: 'One.', b: ['Two.'], label: 1 }]);
    expect(problemOf(() => loadPairs(wrong, 'paraphrase')).problem).toMatch(/^"b" is not a string;/);
    const bad = file('bad.jsonl', [{ id: 'p1', a: 'One.', b: 'Two.', label: 1 }, '[1, 2]']);
    expect(problemOf(() => readJsonl(bad, { id: 'string' }))).toMatchObject({ path: `${bad}:2`, problem: 'not a JSON object' });
    const broken = file('broken.jsonl', [{ id: 'p1' }, '', '{oops']);
    expect(problemOf(() => readJsonl(broken))).toMatchObject({ path: `${broken}:3`, problem: expect.stringMatching(/^not a JSON line/) });
    expect(problemOf(() => readJsonl(join(dir, 'none.jsonl'))).problem).toBe('no such file');
  });
  it('a stance file may label its pairs with `label` or `stance`', () => {
    const stance = file('stance.jsonl', [{ id: 's1', a: 'Claim.', b: 'Headline.', stance: 'against' }]);
    expect(loadPairs(stance, 'stance')).toHaveLength(1);
  });
  it('the synthetic stance benchmark needs equivalent pairs, and the extraction task its own records', async () => {
    const none = file('contradictions.jsonl', [{ id: 'c1', a: 'One.', b: 'Two.', label: 'contradiction' }]);
    await expect(runEval('stance-synthetic', none)).rejects.toThrow(/no equivalent pair \(label 1\)/);
    await expect(runEval('extraction', pairs)).rejects.toThrow(`${pairs}:1: not an extraction record`);
    await expect(runEval('extraction', join(dir, 'none.jsonl'))).rejects.toBeInstanceOf(InputError);
  });
  it('crossclaim eval on a file of another task exits 2 with one line naming it', () => {
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const r = spawnSync(tsx, [join(process.cwd(), 'src/cli.ts'), 'eval', 'similarity', pairs], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`crossclaim: ${pairs}:1: record has no "score" (a number); records for similarity hold id, a, b, score (../shared/eval/README.md)`]);
  });
});
