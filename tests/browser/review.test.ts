/**
 * The HTML review page in a real browser: headless Debian Chromium driven by playwright-core.
 * Without /usr/bin/chromium the suite is skipped locally and fails in CI (CI=true).
 * Set CROSSCLAIM_SCREENSHOT=1 to refresh reports/review.png.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, ingestText, type ComparisonResult } from '../../src/index.js';
import { renderHtml } from '../../src/report/html.js';
import { toJsonReport } from '../../src/report/json.js';
import { reportValidator } from '../report/schema.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('browser prerequisites', () => {
  it.runIf(process.env.CI === 'true')('Debian chromium is installed in CI', () => {
    expect(available, `${CHROMIUM} is missing: .ci/run installs it with apt-get`).toBe(true);
  });
});

const samples = ['000_d070f9367dbc458a.txt', '002_4c12d9ab1cff5c25.txt'];

describe.runIf(available)('HTML review page in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let sample: ComparisonResult;
  let sampleFile: string;
  const errors: string[] = [];

  const open = async (file: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${file}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`${file}: ${e.message}`));
    page.on('dialog', (d) => { errors.push(`${file}: dialog ${d.message()}`); void d.dismiss(); });
    await page.goto(pathToFileURL(file).href);
    return page;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossclaim-review-'));
    const inputs = samples.map((f) => ingestText(readFileSync(new URL(`../../data/samples/${f}`, import.meta.url), 'utf8'), { source: `data/samples/${f}` }));
    sample = compareArticles(inputs);
    sampleFile = join(dir, 'review.html');
    writeFileSync(sampleFile, renderHtml(sample));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the sample report validates against the JSON Schema', () => {
    const validate = reportValidator();
    expect(validate(toJsonReport(sample)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loads with no console error and highlights every discrepancy in its articles', async () => {
    errors.length = 0;
    const page = await open(sampleFile);
    expect(sample.discrepancies.length).toBeGreaterThan(0);
    for (const d of sample.discrepancies) {
      for (const articleId of new Set(d.values.map((v) => v.articleId))) {
        const n = await page.locator(`section.article[data-article="${articleId}"] mark.hl[data-ids~="${d.id}"]`).count();
        expect(n, `${d.id} in ${articleId}`).toBeGreaterThan(0);
      }
      const text = (await page.locator(`section.article[data-article="${d.values[0]!.articleId}"] mark.hl[data-ids~="${d.id}"]`).allTextContents()).join('');
      expect(text.length).toBeGreaterThan(0);
    }
    if (process.env.CROSSCLAIM_SCREENSHOT) {
      const first = sample.discrepancies.find((d) => new Set(d.values.map((v) => v.articleId)).size > 1) ?? sample.discrepancies[0]!;
      await page.locator(`#item-${first.id}`).click();
      await page.screenshot({ path: new URL('../../reports/review.png', import.meta.url).pathname });
    }
    await page.close();
    expect(errors).toEqual([]);
  });

  it('clicking a discrepancy scrolls every article text to it', async () => {
    errors.length = 0;
    const page = await open(sampleFile);
    // The two-sided discrepancy whose highlights sit furthest down both texts.
    const twoSided = sample.discrepancies.filter((d) => new Set(d.values.map((v) => v.articleId)).size === 2);
    expect(twoSided.length).toBeGreaterThan(0);
    const d = [...twoSided].sort((x, y) => Math.min(...y.values.map((v) => v.range[0])) - Math.min(...x.values.map((v) => v.range[0])))[0]!;
    const scrollTops = () => page.evaluate(`Array.from(document.querySelectorAll('section.article .text')).map(function (t) { return t.scrollTop; })`) as Promise<number[]>;
    const before = await scrollTops();
    await page.locator(`#item-${d.id}`).click();
    const after = await scrollTops();
    expect(after.some((t, i) => t !== before[i])).toBe(true);
    for (const articleId of new Set(d.values.map((v) => v.articleId))) {
      const inView = await page.evaluate(`(function () {
        var col = document.querySelector('section.article[data-article="${articleId}"] .text');
        var m = Array.from(col.querySelectorAll('mark.hl')).find(function (x) { return x.getAttribute('data-ids').split(' ').indexOf('${d.id}') >= 0; });
        var a = col.getBoundingClientRect(), b = m.getBoundingClientRect();
        return b.top >= a.top && b.bottom <= a.bottom && m.classList.contains('active');
      })()`);
      expect(inView, `${d.id} visible and active in ${articleId}`).toBe(true);
    }
    await page.close();
    expect(errors).toEqual([]);
  });

  it('filters by type, severity and article', async () => {
    const page = await open(sampleFile);
    const shown = () => page.locator('#list .item:not([hidden])').count();
    const type = sample.discrepancies[0]!.type;
    await page.selectOption('#f-type', type);
    expect(await shown()).toBe(sample.discrepancies.filter((d) => d.type === type).length);
    await page.selectOption('#f-type', '');
    await page.selectOption('#f-severity', 'low');
    expect(await shown()).toBe(sample.discrepancies.filter((d) => d.severity === 'low').length);
    await page.selectOption('#f-severity', '');
    const article = sample.articles[0]!.id;
    await page.selectOption('#f-article', article);
    expect(await shown()).toBe(sample.discrepancies.filter((d) => d.values.some((v) => v.articleId === article) || d.absentFrom?.includes(article)).length);
    await page.close();
  });

  it('keyboard: j/k move, c confirms; a mark and note survive a reload; export and import round-trip', async () => {
    errors.length = 0;
    const page = await open(sampleFile);
    await page.evaluate('localStorage.clear()');
    await page.reload();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = sample.discrepancies[1]!.id;
    expect(await page.locator('#list .item.current').getAttribute('data-id')).toBe(second);
    await page.keyboard.press('k');
    const first = sample.discrepancies[0]!.id;
    expect(await page.locator('#list .item.current').getAttribute('data-id')).toBe(first);
    await page.keyboard.press('c');
    await page.locator(`#item-${second} button[data-act="dismissed"]`).click();
    await page.locator(`#item-${second} .note`).fill('wire copy, same source');
    await page.reload();
    expect(await page.locator(`#item-${first}`).getAttribute('class')).toContain('confirmed');
    expect(await page.locator(`#item-${second}`).getAttribute('class')).toContain('dismissed');
    expect(await page.locator(`#item-${second} .note`).inputValue()).toBe('wire copy, same source');
    await page.locator('#export').click();
    const exported = JSON.parse(await page.locator('#exported').inputValue()) as { format: string; decisions: Array<{ id: string; status: string; note: string }> };
    expect(exported.format).toBe('crossclaim-review');
    expect(exported.decisions).toEqual(expect.arrayContaining([{ id: first, status: 'confirmed', note: '' }, { id: second, status: 'dismissed', note: 'wire copy, same source' }]));
    await page.evaluate('localStorage.clear()');
    await page.reload();
    expect(await page.locator('#list .item.confirmed').count()).toBe(0);
    const file = join(dir, 'marks.json');
    writeFileSync(file, JSON.stringify(exported));
    await page.locator('#import').setInputFiles(file);
    await expect.poll(() => page.locator('#import-status').textContent()).toMatch(/imported 2 decisions/);
    expect(await page.locator(`#item-${first}`).getAttribute('class')).toContain('confirmed');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('an article containing <script> runs nothing and shows as text', async () => {
    errors.length = 0;
    const evil = [
      'Evil Gazette',
      '',
      'Mayor says <script>window.__pwned = 1; alert(1)</script> budget has 12 items. </script><img src=x onerror="window.__pwned = 2"> The mayor said the budget was approved on Monday.',
      '',
    ].join('\n');
    const plain = ['Plain Post', '', 'Mayor says the budget has 9 items. The mayor said the budget was approved on Monday.', ''].join('\n');
    const result = compareArticles([{ text: evil, id: 'evil', outlet: 'Evil Gazette' }, { text: plain, id: 'plain', outlet: 'Plain Post' }]);
    const file = join(dir, 'evil.html');
    writeFileSync(file, renderHtml(result));
    const page = await open(file);
    await page.waitForTimeout(200);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('section.article[data-article="evil"] img').count()).toBe(0);
    expect(await page.locator('section.article[data-article="evil"] .text').textContent()).toContain('<script>window.__pwned = 1; alert(1)</script>');
    await page.close();
    expect(errors).toEqual([]);
  });
});
