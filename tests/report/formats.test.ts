/** CSV, ClaimReview JSON-LD, the HTML page's static contract, and the JSON Schema. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, renderCsv } from '../../src/report/csv.js';
import { renderClaimReview, toClaimReview } from '../../src/report/claimreview.js';
import { escapeHtml, highlightText, jsonForScript, renderHtml } from '../../src/report/html.js';
import { toJsonReport } from '../../src/report/json.js';
import type { ComparisonResult } from '../../src/types.js';
import { comparisonFixture } from './fixture.js';
import { parseCsv, reportValidator } from './schema.js';

describe('CSV report', () => {
  const rows = parseCsv(renderCsv(comparisonFixture));
  it('has a header and one row per discrepancy, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(comparisonFixture.discrepancies.length + 1);
    for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
  });
  it('carries ids, ranges and exact text per side, in rank order', () => {
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    comparisonFixture.discrepancies.forEach((d, i) => {
      const r = rows[i + 1]!;
      expect(r[col('rank')]).toBe(String(i + 1));
      expect(r[col('id')]).toBe(d.id);
      expect(r[col('type')]).toBe(d.type);
      const a = d.values[0]!;
      expect([r[col('a_article')], r[col('a_start')], r[col('a_end')], r[col('a_text')]]).toEqual([a.articleId, String(a.range[0]), String(a.range[1]), a.raw]);
    });
  });
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-2 dead', "'-2 dead"],
    ['', ''],
  ])('field %j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
  it('writes numbers and nulls plainly', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

describe('ClaimReview JSON-LD', () => {
  const doc = toClaimReview(comparisonFixture) as { '@context': string; '@graph': Array<Record<string, any>> };
  it('is one ClaimReview per claim group with discrepancies, each outlet as an appearance', () => {
    expect(doc['@context']).toBe('https://schema.org');
    const groups = [...new Set(comparisonFixture.discrepancies.map((d) => d.groupId))];
    expect(doc['@graph'].map((r) => r['@id'])).toEqual(groups.map((g) => `#${g}`));
    for (const review of doc['@graph']) {
      expect(review['@type']).toBe('ClaimReview');
      const group = comparisonFixture.groups.find((g) => `#${g.id}` === review['@id'])!;
      const articleIds = [...new Set(group.claims.map((c) => c.articleId))];
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance.map((a: { identifier: string }) => a.identifier)).toEqual(articleIds);
      for (const d of comparisonFixture.discrepancies.filter((x) => x.groupId === group.id)) expect(review.reviewRating.ratingExplanation).toContain(d.message);
    }
  });
  it('gives no verdict: no rating value, best or worst', () => {
    for (const review of doc['@graph']) {
      expect(Object.keys(review.reviewRating).sort()).toEqual(['@type', 'alternateName', 'ratingExplanation']);
    }
  });
  it('uses URLs only where the source is one', () => {
    const appearances = doc['@graph'].flatMap((r) => r.itemReviewed.appearance as Array<Record<string, unknown>>);
    for (const a of appearances) if ('url' in a) expect(a.url).toMatch(/^https?:/);
    expect(appearances.some((a) => a.url === 'https://beta.example/blast')).toBe(true);
  });
  it('renders pretty JSON with a trailing newline', () => {
    expect(renderClaimReview(comparisonFixture)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});

describe('HTML review page (static)', () => {
  const html = renderHtml(comparisonFixture);
  it('escapes text and keeps JSON islands closed', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ s: '</script><!--\u2028' })).not.toMatch(/<|\u2028/);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('highlights overlapping ranges as segments listing every id', () => {
    expect(highlightText('abcdef', [{ id: 'd1', range: [1, 4] }, { id: 'd2', range: [3, 5] }])).toBe(
      'a<mark class="hl" data-ids="d1">bc</mark><mark class="hl" data-ids="d1 d2">d</mark><mark class="hl" data-ids="d2">e</mark>f',
    );
    expect(highlightText('a<b', [])).toBe('a&lt;b');
  });
  it('marks every discrepancy value in its article, and loads nothing from the network', () => {
    for (const d of comparisonFixture.discrepancies) expect(html).toContain(`id="item-${d.id}"`);
    expect(html).not.toMatch(/\b(?:src|href)="https?:/);
    expect(html).toMatch(/Content-Security-Policy/);
  });
  it('is deterministic', () => {
    expect(renderHtml(comparisonFixture)).toBe(html);
  });
  it("shows an article's warnings and the skipped inputs, escaped", () => {
    expect(html).toContain('<p class="warning">⚠ no publication date found</p>');
    expect(html).not.toContain('class="skipped"');
    const skipped = renderHtml({ ...comparisonFixture, skipped: [{ source: 'feed.jsonl:3', problem: 'not a JSON line (<bad>)' }] });
    expect(skipped).toContain('<p class="skipped" role="alert"><strong>Skipped:</strong> feed.jsonl:3: not a JSON line (&lt;bad&gt;)</p>');
  });
});

describe('JSON Schema', () => {
  const validate = reportValidator();
  it('accepts the fixture report', () => {
    const ok = validate(toJsonReport(comparisonFixture));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('rejects a report with a bad discrepancy type or a missing field', () => {
    const report = JSON.parse(JSON.stringify(toJsonReport(comparisonFixture))) as { discrepancies: Array<Record<string, unknown>> };
    report.discrepancies[0]!.type = 'vibe';
    expect(validate(report)).toBe(false);
    const missing = JSON.parse(JSON.stringify(toJsonReport(comparisonFixture))) as Record<string, unknown>;
    delete missing.groups;
    expect(validate(missing)).toBe(false);
  });
  it('accepts an empty comparison', () => {
    const empty: ComparisonResult = { ...comparisonFixture, groups: [], discrepancies: [] };
    expect(validate(toJsonReport(empty))).toBe(true);
  });
  it('accepts a publication date as a page gives it (a date, a local time, a time with its offset) and nothing else', () => {
    const withPublished = (published: string) => {
      const [first, ...rest] = comparisonFixture.articles;
      return toJsonReport({ ...comparisonFixture, articles: [{ ...first!, published }, ...rest] });
    };
    for (const ok of ['2011-11-12', '2011-11-12T01:19:00', '2011-11-11T20:09:00+05:30', '2024-12-06T22:00:40Z']) {
      expect(validate(withPublished(ok))).toBe(true);
    }
    for (const bad of ['Nov 12, 2011', '2011-11-12 01:19', '12/11/2011']) expect(validate(withPublished(bad))).toBe(false);
  });
});
