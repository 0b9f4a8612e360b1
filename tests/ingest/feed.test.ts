/** JSON and JSON Lines feeds: streaming records with their lines, errors naming file:line, record → Article. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed, readFeedSync, recordToArticle, type FeedEntry } from '../../src/ingest/feed.js';
import { InputError, readArticles } from '../../src/ingest/files.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-feed-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
async function all(path: string): Promise<FeedEntry[]> {
  const out: FeedEntry[] = [];
  for await (const e of readFeed(path)) out.push(e);
  return out;
}
const body = 'The council approved the new budget on Tuesday after a long debate.\n\nThe mayor said the vote was "a good day for the city" and thanked the members.';

describe('readFeed', () => {
  it('streams JSON Lines records with their 1-based line, skipping blank lines', async () => {
    const p = file('a.jsonl', `{"id":"x","text":"one"}\n\n{"id":"y","html":"<p>two</p>","outlet":"Daily"}\n`);
    const entries = await all(p);
    expect(entries.map((e) => [e.record.id, e.line])).toEqual([['x', 1], ['y', 3]]);
    expect(entries[1]!.record.outlet).toBe('Daily');
    expect(readFeedSync(p).map((e) => e.line)).toEqual([1, 3]);
  });
  it('reads a JSON array whole, positions as lines', async () => {
    const p = file('b.json', JSON.stringify([{ text: 'one' }, { text: 'two', title: 'Two' }]));
    expect((await all(p)).map((e) => [e.record.text, e.line])).toEqual([['one', 1], ['two', 2]]);
  });
  it.each([
    ['bad JSON', '{"text":"ok"}\n{"text": oops}\n', ':2', /not a JSON line/],
    ['no text or html', '{"text":"ok"}\n{"title":"only a title"}\n', ':2', /neither "text" nor "html"/],
    ['a field of the wrong type', '{"text":"ok"}\n{"text":"x","published":2020}\n', ':2', /"published" must be a string/],
    ['not an object', '{"text":"ok"}\n[1,2]\n', ':2', /must be a JSON object/],
  ])('%s → InputError naming file:line', async (_name, content, line, message) => {
    const p = file(`bad-${_name.replace(/\W/g, '')}.jsonl`, content);
    const error = await all(p).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).path).toBe(`${p}${line}`);
    expect((error as InputError).message).toMatch(message);
    expect(() => readFeedSync(p)).toThrow(message);
  });
  it('an empty feed is an error', async () => {
    const p = file('empty.jsonl', '\n\n');
    await expect(all(p)).rejects.toThrow(/no records/);
  });
});

describe('recordToArticle', () => {
  it('takes id, url, outlet, published and title from the record', () => {
    const a = recordToArticle({ record: { id: 'r1', url: 'https://example.org/news/1', outlet: 'Example News', published: '2024-03-05T10:00:00Z', title: 'Council approves budget', text: body }, file: 'f.jsonl', line: 4 });
    expect(a).toMatchObject({ id: 'r1', source: 'https://example.org/news/1', outlet: 'Example News', published: '2024-03-05T10:00:00+00:00', headline: 'Council approves budget', headlineRange: null });
    expect(a.paragraphs.length).toBeGreaterThan(0);
    for (const p of a.paragraphs) expect(a.text.slice(...p).length).toBeGreaterThan(0);
  });
  it('defaults: id from the feed name and line, source file:line; html goes through the HTML adapter', () => {
    const html = `<html><body><article><h1>Council approves budget</h1>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const a = recordToArticle({ record: { html }, file: '/tmp/feeds/wire.jsonl', line: 7 });
    expect(a.id).toBe('wire-7');
    expect(a.source).toBe('/tmp/feeds/wire.jsonl:7');
    expect(a.text).toContain('approved the new budget');
    expect(a.text).not.toContain('<p>');
  });
  it('an unreadable published value is a warning, not an error', () => {
    const a = recordToArticle({ record: { text: body, published: 'someday' }, file: 'f.jsonl', line: 1 });
    expect(a.warnings.join(' ')).toMatch(/"published" is not a date/);
  });
});

describe('files.ts reads feeds', () => {
  it('readArticles expands a .jsonl feed into its articles', () => {
    const p = file('c.jsonl', [{ id: 'a', text: body }, { id: 'b', text: body.replace('Tuesday', 'Monday') }].map((r) => JSON.stringify(r)).join('\n'));
    expect(readArticles([p]).map((a) => a.id)).toEqual(['a', 'b']);
  });
});
