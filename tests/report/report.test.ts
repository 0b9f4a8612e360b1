import { describe, expect, it } from 'vitest';
import { getReporter, reporters } from '../../src/report/index.js';
import { renderJson, toJsonReport } from '../../src/report/json.js';
import { escapeLineStart, escapeMarkdown, inlineCode, renderMarkdown, renderWordDiff } from '../../src/report/markdown.js';
import type { ComparisonResult, Discrepancy } from '../../src/types.js';
import { alphaArticle, alphaClaims, comparisonFixture } from './fixture.js';

const sortedKeys = (o: object): string[] => Object.keys(o).sort();
const keys = (...names: string[]): string[] => [...names].sort();

/** Every `{range, raw}` reachable from `value`, with the path to it. */
function spans(value: unknown, path = '$'): { path: string; range: [number, number]; raw: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spans(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own =
    Array.isArray(o.range) && typeof o.raw === 'string'
      ? [{ path, range: o.range as [number, number], raw: o.raw }]
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => spans(v, `${path}.${k}`))];
}

const withQuoteDiscrepancy: ComparisonResult = {
  ...comparisonFixture,
  discrepancies: [
    ...comparisonFixture.discrepancies,
    {
      type: 'quote',
      id: 'd3',
      severity: 'medium',
      groupId: 'g1',
      ruleId: 'quote/wording',
      message: 'The quote is worded differently.',
      why: 'Quoted words differ.',
      values: [
        { articleId: 'alpha', claimId: 'alpha-c2', value: 'We are investigating every lead,', range: alphaClaims.attributions[1]!.range, raw: alphaClaims.attributions[1]!.raw },
      ],
      diff: [
        { op: 'same', text: 'We are investigating' },
        { op: 'removed', text: 'every' },
        { op: 'added', text: 'each' },
        { op: 'same', text: 'lead' },
      ],
    } satisfies Discrepancy,
  ],
};

describe('fixture', () => {
  it('cites its article text at every range', () => {
    const texts = new Map(comparisonFixture.articles.map((a) => [a.id, a.text]));
    const checks = [
      ...comparisonFixture.extractions.flatMap((e) => spans(e).map((s) => ({ ...s, text: e.article.text }))),
      ...comparisonFixture.groups.flatMap((g) =>
        g.claims.flatMap((c) => spans(c).map((s) => ({ ...s, text: texts.get(c.articleId)! }))),
      ),
      ...comparisonFixture.discrepancies.flatMap((d) =>
        d.values.map((v) => ({ path: d.id, range: v.range as [number, number], raw: v.raw, text: texts.get(v.articleId)! })),
      ),
    ];
    expect(checks.length).toBeGreaterThan(20);
    for (const { path, range, raw, text } of checks) {
      expect(text.slice(range[0], range[1]), path).toBe(raw);
    }
  });
});

describe('JSON report', () => {
  const report = toJsonReport(comparisonFixture);

  it('has exactly the documented keys, top level and per record', () => {
    expect(sortedKeys(report)).toEqual(keys('engine', 'articles', 'claims', 'quotes', 'groups', 'discrepancies', 'skipped'));
    expect(sortedKeys(report.engine)).toEqual(keys('name', 'version', 'stages', 'rules', 'options'));
    for (const a of report.articles) {
      expect(sortedKeys(a)).toEqual(
        keys('id', 'source', 'outlet', 'headline', 'published', 'byline', 'credits', 'text', 'body', 'paragraphs', 'agencies', 'warnings'),
      );
      for (const c of a.credits) expect(sortedKeys(c)).toEqual(keys('kind', 'range', 'raw', 'agencies'));
    }
    expect(report.claims).toHaveLength(4);
    for (const c of report.claims) {
      expect(sortedKeys(c)).toEqual(
        keys('id', 'articleId', 'range', 'raw', 'text', 'section', 'polarity', 'modality', 'attribution', 'mentions', 'quantities', 'times'),
      );
      if (c.attribution !== null) {
        expect(sortedKeys(c.attribution)).toEqual(keys('speaker', 'cue', 'via', 'kind'));
        if (c.attribution.speaker !== null) expect(sortedKeys(c.attribution.speaker)).toEqual(keys('range', 'raw', 'name'));
        if (c.attribution.cue !== null) expect(sortedKeys(c.attribution.cue)).toEqual(keys('range', 'raw'));
      }
      for (const m of c.mentions) expect(sortedKeys(m)).toEqual(keys('range', 'raw', 'kind', 'canonical'));
      for (const q of c.quantities) expect(sortedKeys(q)).toEqual(keys('range', 'raw', 'value', 'max', 'unit', 'kind', 'bound'));
      for (const t of c.times) expect(sortedKeys(t)).toEqual(keys('range', 'raw', 'start', 'end', 'grain'));
    }
    expect(report.quotes).toHaveLength(3);
    for (const q of report.quotes) {
      expect(sortedKeys(q)).toEqual(
        keys('id', 'articleId', 'range', 'raw', 'kind', 'speaker', 'cue', 'via', 'viaRange', 'viaInferred'),
      );
    }
    for (const g of report.groups) expect(sortedKeys(g)).toEqual(keys('id', 'claimIds', 'similarity'));
    const [number, omission] = report.discrepancies;
    const base = ['id', 'type', 'severity', 'groupId', 'ruleId', 'message', 'why', 'values'];
    expect(sortedKeys(number!)).toEqual(keys(...base));
    expect(sortedKeys(omission!)).toEqual(keys(...base, 'absentFrom'));
    for (const d of report.discrepancies) {
      for (const v of d.values) expect(sortedKeys(v)).toEqual(keys('articleId', 'claimId', 'value', 'range', 'raw'));
    }
  });

  it('writes ranges as plain arrays, copied from the input', () => {
    const ranges = [
      ...spans(report).map((s) => s.range),
      ...report.articles.flatMap((a) => [a.body, ...a.paragraphs]),
      ...report.quotes.flatMap((q) => (q.viaRange === null ? [] : [q.viaRange])),
    ];
    expect(ranges.length).toBeGreaterThan(20);
    for (const r of ranges) {
      expect(Array.isArray(r)).toBe(true);
      expect(r).toHaveLength(2);
    }
    expect(report.articles[0]!.body).not.toBe(alphaArticle.body);
    expect(report.articles[0]!.body).toEqual([...alphaArticle.body]);
  });

  it('names speakers by canonical name and channels by name', () => {
    const claim = report.claims.find((c) => c.id === 'alpha-c2')!;
    expect(claim.attribution).toEqual({
      speaker: { range: [...alphaClaims.attributions[1]!.speaker!.range], raw: 'police chief Anna Berg', name: 'Anna Berg' },
      cue: { range: [...alphaClaims.attributions[1]!.cue!.range], raw: 'told' },
      via: 'AFP',
      kind: 'direct',
    });
    const quote = report.quotes.find((q) => q.id === 'alpha-a2')!;
    expect(quote.speaker?.name).toBe('Anna Berg');
    expect(quote.via).toBe('AFP');
    expect(quote.viaRange).toEqual([...alphaClaims.attributions[1]!.via!.range]);
    expect(quote.viaInferred).toBe(false);
    const unattributed = report.quotes.find((q) => q.id === 'alpha-a1')!;
    expect([unattributed.via, unattributed.viaRange, unattributed.viaInferred]).toEqual([null, null, false]);
    expect(report.claims.find((c) => c.id === 'alpha-c3')!.attribution).toBeNull();
  });

  it('lists claims in article order and groups by claim id', () => {
    expect(report.claims.map((c) => c.id)).toEqual(['alpha-c1', 'alpha-c2', 'alpha-c3', 'beta-c1']);
    const reversed = toJsonReport({ ...comparisonFixture, extractions: [...comparisonFixture.extractions].reverse() });
    expect(reversed.claims.map((c) => c.id)).toEqual(['alpha-c1', 'alpha-c2', 'alpha-c3', 'beta-c1']);
    expect(report.groups).toEqual([
      { id: 'g1', claimIds: ['alpha-c1', 'beta-c1'], similarity: 0.8 },
      { id: 'g2', claimIds: ['alpha-c3'], similarity: 1 },
    ]);
  });

  it('keeps absentFrom and diff only where the input has them', () => {
    const withDiff = toJsonReport(withQuoteDiscrepancy).discrepancies[2]!;
    expect(withDiff.diff).toEqual([
      { op: 'same', text: 'We are investigating' },
      { op: 'removed', text: 'every' },
      { op: 'added', text: 'each' },
      { op: 'same', text: 'lead' },
    ]);
    expect('absentFrom' in withDiff).toBe(false);
    expect(report.discrepancies[1]!.absentFrom).toEqual(['beta']);
  });

  it('renders pretty JSON with a trailing newline', () => {
    const text = renderJson(comparisonFixture);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "engine": {\n    "name": "crossclaim"')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });
});

describe('Markdown report', () => {
  const md = renderMarkdown(comparisonFixture);

  it('states each discrepancy with its message, values, ranges and why', () => {
    expect(md).toContain('Alpha News reports at least 12 killed; Beta Times reports 9.');
    expect(md).toContain('A death toll differs between outlets.');
    const [s, e] = alphaClaims.quantities[0]!.range;
    expect(md).toContain(`\`[${s}, ${e})\``);
    expect(md).toContain('> **At least 12** people were killed in the blast on Friday, police said.');
    expect(md).toContain('Not in: Beta Times (`beta`)');
  });

  it('escapes article text that could break the layout', () => {
    expect(md).toContain('A witness wrote \\`boom \\| bang\\` &lt;script>alert(1)&lt;/script> on social media.');
    expect(md).toContain('  > A witness wrote \\`boom');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('`boom | bang`');
  });

  it('groups discrepancies under severity headings in order, keeping the given rank', () => {
    expect(md.indexOf('### High')).toBeGreaterThan(-1);
    expect(md.indexOf('### High')).toBeLessThan(md.indexOf('### Low'));
    expect(md).not.toContain('### Medium');
    const all = renderMarkdown(withQuoteDiscrepancy);
    const order = ['### High', '#### 1. Number', '### Medium', '#### 3. Quote', '### Low', '#### 2. Omission'];
    const at = order.map((h) => all.indexOf(h));
    expect(at.every((i) => i > -1)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).toContain('Wording: We are investigating ~~every~~ **each** lead');
  });

  it('summarises discrepancies by severity and type', () => {
    expect(md).toContain('**2 discrepancies**. By severity: 1 high, 0 medium, 1 low. By type: 1 number, 1 omission.');
  });

  it('tabulates the articles', () => {
    expect(md).toContain('| Article | Outlet | Headline | Published | Byline | Agencies | Claims | Quotes | Warnings |');
    expect(md).toContain(
      '| `alpha` | Alpha News | Blast kills 12 in port city | `2025-04-25T18:00:00+02:00` | — | AFP | 3 | 2 | — |',
    );
    expect(md).toContain('| `beta` | Beta Times | Nine dead after port blast | — | By Jo Park | — | 1 | 1 | no publication date found |');
  });

  it('lists aligned groups of two or more claims, then quotes per article', () => {
    const aligned = md.indexOf('## Aligned claims');
    const quotes = md.indexOf('## Quotes and attributions');
    expect(aligned).toBeGreaterThan(md.indexOf('## Discrepancies'));
    expect(quotes).toBeGreaterThan(aligned);
    const section = md.slice(aligned, quotes);
    expect(section).toContain('### Group `g1` · similarity 0.80');
    expect(section).not.toContain('`g2`');
    expect(md.slice(quotes)).toContain('- **Anna Berg** → “We are investigating every lead,” · cue “told” · via AFP · direct');
  });

  it('trims long claims with an ellipsis', () => {
    const long = `${'word '.repeat(80)}end.`;
    const article = { ...alphaArticle, text: long, paragraphs: [], body: [0, long.length] as const };
    const claim = { ...alphaClaims.claims[2]!, range: [0, long.length] as const, raw: long };
    const result: ComparisonResult = {
      ...comparisonFixture,
      articles: [article],
      extractions: [{ ...alphaClaims, article, claims: [claim], attributions: [] }],
      groups: [{ ...comparisonFixture.groups[0]!, claims: [claim, claim] }],
      discrepancies: [],
    };
    const line = renderMarkdown(result).split('\n').find((l) => l.includes('claim `alpha-c3`'))!;
    expect(line.endsWith('word…')).toBe(true);
    expect(line.length).toBeLessThan(300);
  });

  it('is deterministic and leaves its input unchanged', () => {
    const before = structuredClone(comparisonFixture);
    expect(renderMarkdown(comparisonFixture)).toBe(md);
    expect(comparisonFixture).toEqual(before);
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['<b>x</b>', '&lt;b>x&lt;/b>'],
    ['2*3*4', '2\\*3\\*4'],
    ['# not a heading', '\\# not a heading'],
    ['version 0.1.0 - beta', 'version 0.1.0 - beta'],
    ['line\nbreak', 'line break'],
    ['AT&T &amp; co', 'AT&T &amp;amp; co'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['> not a quote', '\\> not a quote'],
    ['1. not a list', '1\\. not a list'],
    ['12) not a list', '12\\) not a list'],
    ['0.1.0 is a version', '0\\.1.0 is a version'],
  ])('at line start %j → %j', (input, expected) => {
    expect(escapeLineStart(escapeMarkdown(input))).toBe(expected);
  });

  it('fences inline code longer than any backtick run', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
  });

  it('renders word diffs', () => {
    expect(renderWordDiff([{ op: 'removed', text: ' old ' }, { op: 'added', text: 'new*' }, { op: 'same', text: '' }])).toBe(
      '~~old~~ **new\\***',
    );
  });
});

describe('reporter registry', () => {
  it('registers md, json, html, csv and claimreview, frozen', () => {
    expect(Object.keys(reporters)).toEqual(['md', 'json', 'html', 'csv', 'claimreview']);
    expect(Object.isFrozen(reporters)).toBe(true);
    expect(getReporter('md')).toMatchObject({ format: 'md', extension: 'md', mediaType: 'text/markdown; charset=utf-8' });
    expect(getReporter('json')).toMatchObject({ format: 'json', extension: 'json', mediaType: 'application/json' });
    expect(getReporter('json').render(comparisonFixture)).toBe(renderJson(comparisonFixture));
    expect(getReporter('md').render(comparisonFixture)).toBe(renderMarkdown(comparisonFixture));
  });

  it('throws on an unknown format, naming it and the known ones', () => {
    expect(() => getReporter('xml')).toThrow(/"xml".*md, json, html, csv, claimreview/);
    expect(() => getReporter('toString')).toThrow(/toString/);
  });
});
