/**
 * What each worker thread loads: compromise from its single-file build (src/util/nlp.ts) and
 * chrono-node's English module, never the package roots, which load their whole source trees (every
 * locale, in chrono's case) one module at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp from '../../src/util/nlp.js';

const src = join(process.cwd(), 'src');
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gmu)].map((m) => ({ typeOnly: m[1] !== undefined, from: m[2]! }));

describe('module loading', () => {
  it('no module but src/util/nlp.ts loads compromise itself', () => {
    const direct = files.filter((f) => importsOf(f).some((i) => i.from === 'compromise' && !i.typeOnly)).map((f) => f.slice(src.length + 1));
    expect(direct).toEqual([]);
  });
  it('chrono-node is loaded by its English module only (a type import aside)', () => {
    const roots = files.filter((f) => importsOf(f).some((i) => i.from === 'chrono-node' && !i.typeOnly)).map((f) => f.slice(src.length + 1));
    expect(roots).toEqual([]);
  });
  it('the loaded compromise is the single-file build, and parses', () => {
    expect(require.resolve('compromise')).toMatch(/builds\/three\/compromise-three\.cjs$/);
    expect(nlp('The council said it would vote on Monday.').verbs().out('array')).toContain('said');
  });
});
