/** The CLI as a user runs it: stdout carries only the report, bad input exits 2 and writes nothing. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
function run(args: string[], cwd = root) {
  const r = spawnSync(tsx, [join(root, 'src/cli.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const samples = join(root, 'data/samples');

describe('crossclaim compare', () => {
  it('--format json prints nothing but one JSON document', () => {
    const r = run(['compare', samples, '--format', 'json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { engine: { name: string }; articles: unknown[]; discrepancies: unknown[] };
    expect(parsed.engine.name).toBe('crossclaim');
    expect(parsed.articles).toHaveLength(2);
    expect(parsed.discrepancies.length).toBeGreaterThan(0);
  });
  it('prints nothing but JSON even with a .env file in the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-env-'));
    writeFileSync(join(dir, '.env'), 'SOMETHING=1\n');
    const r = run(['compare', samples, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
  it('--out writes report.md, report.json and the review page, and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-out-'));
    const r = run(['compare', samples, '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.json', 'report.md']);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# /);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
  it('an unreadable input is skipped: named on stderr and in every report, the others compared', () => {
    const out = mkdtempSync(join(tmpdir(), 'cc-skip-'));
    const missing = join(out, 'missing.txt');
    const r = run(['compare', samples, missing, '--out', out, '--format', 'md,json,html']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${missing}: no such file or directory (skipped)`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { articles: unknown[]; skipped: Array<{ source: string; problem: string }> };
    expect(report.articles).toHaveLength(2);
    expect(report.skipped).toEqual([{ source: missing, problem: 'no such file or directory' }]);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(`- \`${missing}\`: no such file or directory`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/class="skipped"[^]*missing\.txt: no such file/);
  });
  it('--out with a list of formats writes each of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-formats-'));
    const r = run(['compare', samples, '--out', dir, '--format', 'csv,claimreview']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['report.csv', 'report.jsonld']);
  });
  it('an unknown format, or several formats without --out, exits 2 naming the problem', () => {
    const unknown = run(['compare', samples, '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown report format "pdf"/);
    const several = run(['compare', samples, '--format', 'md,json']);
    expect(several.code).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr).toMatch(/--out/);
  });
  it('--fail-on high exits 1 only when a high-severity finding exists', () => {
    const r = run(['compare', samples, '--format', 'json', '--fail-on', 'low']);
    const parsed = JSON.parse(r.stdout) as { discrepancies: Array<{ severity: string }> };
    expect(parsed.discrepancies.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });

  const bad: Array<[string, (dir: string) => string[], RegExp]> = [
    ['a missing file', (d) => [join(d, 'nope.txt'), join(samples, '000_d070f9367dbc458a.txt')], /nope\.txt: no such file/],
    ['an empty file', (d) => { writeFileSync(join(d, 'empty.txt'), ''); return [join(d, 'empty.txt'), join(samples, '000_d070f9367dbc458a.txt')]; }, /empty\.txt: file is empty/],
    ['a binary file', (d) => { writeFileSync(join(d, 'x.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7])); return [join(d, 'x.txt'), join(samples, '000_d070f9367dbc458a.txt')]; }, /x\.txt: not a text file/],
    ['undecodable text', (d) => { writeFileSync(join(d, 'latin1.txt'), Buffer.from('Caf\xe9 au lait and more words here.\n', 'latin1')); return [join(d, 'latin1.txt'), join(samples, '000_d070f9367dbc458a.txt')]; }, /latin1\.txt: not valid UTF-8/],
    ['one article only', () => [join(samples, '000_d070f9367dbc458a.txt')], /at least two articles/],
    ['one article given twice', () => [join(samples, '000_d070f9367dbc458a.txt'), join(samples, '000_d070f9367dbc458a.txt')], /000_d070f9367dbc458a\.txt: given more than once/],
  ];
  for (const [name, args, message] of bad) {
    it(`${name} → exit 2, one line on stderr naming the problem, nothing written`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-bad-'));
      const out = join(dir, 'out');
      const r = run(['compare', ...args(dir), '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  }
  it('an unknown format is a usage error (exit 2)', () => {
    const r = run(['compare', samples, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });
});

describe('crossclaim --help, --version, extract', () => {
  it('--help lists the commands and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/compare/);
    expect(r.stdout).toMatch(/extract/);
    expect(r.stdout).toMatch(/eval/);
  });
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
  it('extract --json gives the attributions of one article', () => {
    const r = run(['extract', join(samples, '002_4c12d9ab1cff5c25.txt'), '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { attributions: Array<{ speaker: { canonical: string } | null }> };
    expect(parsed.attributions.length).toBeGreaterThan(5);
  });
  it('extract reads a URL (served on loopback) as well as a file', async () => {
    const page = '<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>The council approved the budget on Tuesday, Mayor Ann Ortiz told reporters after the vote in the city hall.</p><p>“It is a fair budget for every district,” she said in a statement.</p></article></body></html>';
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/budget.html`;
      const r = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = spawn(tsx, [join(root, 'src/cli.ts'), 'extract', url, '--json'], { cwd: root });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        child.on('close', (code) => done({ code, stdout }));
      });
      expect(r.code).toBe(0);
      const parsed = JSON.parse(r.stdout) as { article: { source: string; headline: string }; attributions: Array<{ speaker: { canonical: string } | null }> };
      expect(parsed.article.source).toBe(url);
      expect(parsed.article.headline).toBe('Council approves budget');
      expect(parsed.attributions.map((q) => q.speaker?.canonical)).toContain('Ann Ortiz');
    } finally {
      server.close();
    }
  });
  it('eval with an unknown task exits 2', () => {
    const r = run(['eval', 'nonsense', 'x.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown eval task/);
  });
});
