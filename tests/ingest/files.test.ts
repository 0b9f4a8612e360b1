/**
 * Reading inputs: URLs served by a local HTTP server on 127.0.0.1 (never the internet), and a mix of
 * good and bad inputs where the bad ones are skipped with a problem that names them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, isUrl, readArticlesAsync, readUrl } from '../../src/ingest/files.js';

const paragraphs = [
  'The city bridge reopened to traffic on Sunday after two years of repairs that cost the city more than 40 million dollars.',
  'Mayor Tom Hardy said the work had finished three weeks ahead of schedule and that buses would return to the route on Monday.',
  'Engineers replaced the deck and strengthened the piers, according to a statement from the transport department of the city.',
  'Residents who had used the ferry during the closure said they were glad to have the shorter route back before the winter.',
];
const page = `<!doctype html><html lang="en"><head><title>Bridge Reopens After Two Years | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"><meta property="article:published_time" content="2024-03-03T10:15:00-05:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Bridge Reopens After Two Years</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Copyright 2024 Daily Planet</footer></body></html>`;
const text = ['Bridge Reopens After Two Years', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  '/article.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  '/article': (_, res) => res.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end(page),
  '/article.txt': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(text),
  '/latin1': (_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from(page.replace('Mayor Tom Hardy', 'Mayor Zoë Hardy'), 'latin1')),
  '/missing': (_, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>not here</p>'),
  '/report.pdf': (_, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
  '/empty': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(''),
  '/menu': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><ul><li>Home</li><li>World</li><li>Sports</li></ul></body></html>'),
  '/big-declared': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000) }).end('x'.repeat(10_000)),
  '/big-streamed': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    let sent = 0;
    const more = (): void => {
      if (sent >= 20) {
        res.end();
        return;
      }
      sent++;
      res.write('<p>' + 'word '.repeat(200) + '</p>', more);
    };
    more();
  },
  '/slow': () => undefined,
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing']!)(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

async function problemOf(url: string, options = {}): Promise<InputError> {
  try {
    await readUrl(url, options);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${url} was read`);
}

describe('isUrl', () => {
  it.each([
    ['https://example.org/a', true],
    ['HTTP://example.org', true],
    ['data/samples/a.txt', false],
    ['ftp://example.org/a', false],
  ])('%s → %s', (input, expected) => expect(isUrl(input)).toBe(expected));
});

describe('readUrl (local server)', () => {
  it('reads an HTML page: body, headline, time, outlet; source is the URL', async () => {
    const a = await readUrl(`${base}/article.html`);
    expect(a.source).toBe(`${base}/article.html`);
    expect(a.headline).toBe('Bridge Reopens After Two Years');
    expect(a.published).toBe('2024-03-03T10:15:00-05:00');
    expect(a.outlet).toBe('Daily Planet');
    expect(a.paragraphs.map(([s, e]) => a.text.slice(s, e))).toEqual(paragraphs);
  });
  it('reads XHTML by content type and plain text by content', async () => {
    expect((await readUrl(`${base}/article`)).paragraphs).toHaveLength(4);
    const t = await readUrl(`${base}/article.txt`);
    expect(t.text).toBe(text);
    expect(t.paragraphs.map(([s, e]) => t.text.slice(s, e))).toEqual(paragraphs);
  });
  it('decodes the declared charset', async () => {
    const a = await readUrl(`${base}/latin1`);
    expect(a.text).toContain('Mayor Zoë Hardy');
  });
  const bad: Array<[string, RegExp, object?]> = [
    ['/missing', /HTTP 404/],
    ['/report.pdf', /content type application\/pdf is not an article page/],
    ['/empty', /page is empty/],
    ['/menu', /no article body found in the page/],
    ['/big-declared', /larger than 1000 bytes/, { maxBytes: 1000 }],
    ['/big-streamed', /larger than 5000 bytes/, { maxBytes: 5000 }],
    ['/slow', /no response within 0.2 s/, { timeoutMs: 200 }],
  ];
  for (const [path, message, options] of bad) {
    it(`${path} → an InputError naming the URL`, async () => {
      const e = await problemOf(`${base}${path}`, options);
      expect(e.path).toBe(`${base}${path}`);
      expect(e.message.startsWith(`${base}${path}: `)).toBe(true);
      expect(e.problem).toMatch(message);
    });
  }
  it('names a URL no server answers', async () => {
    const e = await problemOf('http://127.0.0.1:1/none', { timeoutMs: 2000 });
    expect(e.problem).toMatch(/cannot fetch|no response/);
  });
});

describe('readArticlesAsync', () => {
  it('skips bad inputs with a problem each, keeps the input order, and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-read-'));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'empty.txt'), '');
    const { articles, problems } = await readArticlesAsync([join(dir, 'a.txt'), join(dir, 'nope.txt'), `${base}/article.html`, join(dir, 'empty.txt'), `${base}/missing`]);
    expect(articles.map((a) => a.source)).toEqual([join(dir, 'a.txt'), `${base}/article.html`]);
    expect(problems.map((p) => p.path)).toEqual([join(dir, 'nope.txt'), join(dir, 'empty.txt'), `${base}/missing`]);
  });
  it('reads a file given twice, or again inside a directory given, once: the repeat is a problem naming the first path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-twice-'));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), text.replace('Sunday', 'Monday'));
    const { articles, problems } = await readArticlesAsync([join(dir, 'a.txt'), join(dir, 'a.txt'), dir]);
    expect(articles.map((a) => a.source)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(problems.map((p) => [p.path, p.problem])).toEqual([
      [join(dir, 'a.txt'), 'given more than once'],
      [join(dir, 'a.txt'), 'given more than once'],
    ]);
    // Another path to the same file (a symbolic link) is the same file.
    symlinkSync(join(dir, 'b.txt'), join(dir, 'link.txt'));
    const linked = await readArticlesAsync([join(dir, 'b.txt'), join(dir, 'link.txt')]);
    expect(linked.articles).toHaveLength(1);
    expect(linked.problems.map((p) => [p.path, p.problem])).toEqual([[join(dir, 'link.txt'), `the same file as ${join(dir, 'b.txt')}`]]);
  });
  it('makes repeated ids unique', async () => {
    const { articles } = await readArticlesAsync([`${base}/article.html`, `${base}/article.html`]);
    expect(articles.map((a) => a.id)).toEqual(['article', 'article-2']);
  });
});
