/**
 * The Markdown report, for a person reading in a terminal or on a repository page (GitHub
 * Flavored Markdown). Text taken from articles is escaped so that it renders as written and cannot
 * break the layout: white space is collapsed to single spaces, Markdown punctuation is
 * backslash-escaped, `<` and entity-like `&` become `&lt;` / `&amp;`. Ranges are printed as
 * `[start, end)`, 0-based UTF-16 code unit offsets into the article's text. Output depends only on
 * the input: no dates, no random ids.
 */
import type {
  Article,
  Attribution,
  Claim,
  ComparisonResult,
  Discrepancy,
  DiscrepancyType,
  DiscrepancyValue,
  Range,
  Severity,
  WordDiff,
} from '../types.js';
import type { Reporter } from './index.js';
import { extractionsInArticleOrder } from './json.js';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

const TYPES: readonly DiscrepancyType[] = [
  'number',
  'date',
  'entity',
  'speaker',
  'source',
  'quote',
  'modality',
  'polarity',
  'omission',
];

/** Longest excerpt of a claim shown in lists, in UTF-16 code units before escaping. */
const CLAIM_CHARS = 200;
/** Context kept on each side of a highlighted value inside its sentence. */
const CONTEXT_CHARS = 160;

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Plain text as inline Markdown that renders as the same text inside a line. Collapses white space
 * (so a value never spans lines or table rows) but does not trim. Text that starts a line also
 * needs `escapeLineStart`.
 */
export function escapeMarkdown(s: string): string {
  return collapse(s)
    .replace(/[\\`*_~[\]|#]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;');
}

/** Escaped inline Markdown that will start a line: a leading list, quote or heading marker is escaped too. */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(\s*)([>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Inline code showing `s` verbatim: a fence longer than any backtick run inside it. */
export function inlineCode(s: string): string {
  const text = collapse(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** `inlineCode` for a GFM table cell, where `|` must be escaped even inside code. */
const codeCell = (s: string): string => inlineCode(s).replace(/\|/g, '\\|');

const formatRange = (r: Range): string => `\`[${r[0]}, ${r[1]})\``;

/** A cut index at or before `at` that does not split a surrogate pair. */
function safeCut(s: string, at: number): number {
  const code = s.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** The first `max` code units of collapsed, trimmed `s`, cut at a word boundary when one is near, with `…`. */
export function clip(s: string, max: number): string {
  return keepHead(collapse(s).trim(), max);
}

/** The first `max` code units of collapsed `s` (leading space kept), cut at a word boundary when one is near, with `…`. */
function keepHead(s: string, max: number): string {
  const text = collapse(s);
  if (text.length <= max) return text.trimEnd();
  const space = text.lastIndexOf(' ', max);
  const cut = space > max * 0.6 ? space : safeCut(text, max);
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** The last `max` code units of collapsed `s` (trailing space kept), cut at a word boundary when one is near, with `…`. */
function keepTail(s: string, max: number): string {
  const text = collapse(s);
  if (text.length <= max) return text.trimStart();
  const from = text.length - max;
  const space = text.indexOf(' ', from);
  const cut = space !== -1 && space < from + max * 0.4 ? space + 1 : safeCut(text, from + 1);
  return `…${text.slice(cut).trimStart()}`;
}

/**
 * The slice `outer` of `text`, escaped, with `mark` (when it is a non-blank part of `outer`) in
 * bold and at most `CONTEXT_CHARS` of context kept on either side.
 */
function excerpt(text: string, outer: Range, mark: Range | null): string {
  const [s, e] = outer;
  const marked = mark === null ? '' : collapse(text.slice(mark[0], mark[1]));
  const inside = mark !== null && mark[0] >= s && mark[1] <= e && mark[1] - mark[0] < e - s;
  if (mark === null || !inside || marked.trim() === '') {
    return escapeMarkdown(clip(text.slice(s, e), CLAIM_CHARS));
  }
  const before = keepTail(text.slice(s, mark[0]) + (marked.startsWith(' ') ? ' ' : ''), CONTEXT_CHARS);
  const after = keepHead((marked.endsWith(' ') ? ' ' : '') + text.slice(mark[1], e), CONTEXT_CHARS);
  const core = escapeMarkdown(clip(marked, CLAIM_CHARS));
  return `${escapeMarkdown(before)}**${core}**${escapeMarkdown(after)}`;
}

/** Word diff: unchanged words plain, `~~removed~~`, `**added**`; segments joined by single spaces. */
export function renderWordDiff(diff: readonly WordDiff[]): string {
  return diff
    .map((w) => ({ op: w.op, text: collapse(w.text).trim() }))
    .filter((w) => w.text !== '')
    .map((w) => {
      const text = escapeMarkdown(w.text);
      return w.op === 'removed' ? `~~${text}~~` : w.op === 'added' ? `**${text}**` : text;
    })
    .join(' ');
}

interface Lookup {
  readonly article: (id: string) => Article | undefined;
  readonly claim: (id: string) => Claim | undefined;
}

function lookup(result: ComparisonResult): Lookup {
  const articles = new Map(result.articles.map((a) => [a.id, a] as const));
  const claims = new Map<string, Claim>();
  for (const e of result.extractions) {
    for (const c of e.claims) claims.set(c.id, c);
  }
  for (const g of result.groups) {
    for (const c of g.claims) if (!claims.has(c.id)) claims.set(c.id, c);
  }
  return { article: (id) => articles.get(id), claim: (id) => claims.get(id) };
}

/** "Outlet (`id`)", or "`id`" when the outlet is unknown. */
function articleLabel(at: Lookup, id: string): string {
  const outlet = at.article(id)?.outlet;
  return outlet ? `${escapeMarkdown(outlet)} (${inlineCode(id)})` : inlineCode(id);
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function articlesTable(result: ComparisonResult): string[] {
  const perArticle = new Map(result.extractions.map((e) => [e.article.id, e] as const));
  const cell = (s: string | null, max = CLAIM_CHARS): string =>
    s === null || s.trim() === '' ? '—' : escapeMarkdown(clip(s, max));
  const rows = result.articles.map((a) => {
    const e = perArticle.get(a.id);
    return [
      codeCell(a.id),
      cell(a.outlet),
      cell(a.headline, 120),
      a.published === null ? '—' : codeCell(a.published),
      cell(a.byline, 80),
      cell(a.agencies.join(', ')),
      e === undefined ? '—' : String(e.claims.length),
      e === undefined ? '—' : String(e.attributions.length),
      cell(a.warnings.join('; '), 300),
    ];
  });
  const header = ['Article', 'Outlet', 'Headline', 'Published', 'Byline', 'Agencies', 'Claims', 'Quotes', 'Warnings'];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 6 || i === 7 ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function summaryLine(discrepancies: readonly Discrepancy[]): string {
  const bySeverity = SEVERITIES.map(
    (s) => `${discrepancies.filter((d) => d.severity === s).length} ${s}`,
  ).join(', ');
  const known = TYPES.filter((t) => discrepancies.some((d) => d.type === t));
  const other = [...new Set(discrepancies.map((d) => d.type))].filter((t) => !TYPES.includes(t));
  const byType = [...known, ...other]
    .map((t) => `${discrepancies.filter((d) => d.type === t).length} ${t}`)
    .join(', ');
  return `**${count(discrepancies.length, 'discrepancy', 'discrepancies')}**. By severity: ${bySeverity}. By type: ${byType}.`;
}

function valueLines(at: Lookup, v: DiscrepancyValue): string[] {
  const claim = at.claim(v.claimId);
  const text = at.article(v.articleId)?.text;
  const value = v.value === null ? '_none_' : `**${escapeMarkdown(clip(v.value, CLAIM_CHARS))}**`;
  const head = `- ${articleLabel(at, v.articleId)}, claim ${inlineCode(v.claimId)}, at ${formatRange(v.range)}: ${value}`;
  const quoted =
    text !== undefined && claim !== undefined && text.slice(claim.range[0], claim.range[1]) === claim.raw
      ? excerpt(text, claim.range, v.range)
      : v.raw.trim() !== ''
        ? escapeMarkdown(clip(v.raw, CLAIM_CHARS))
        : claim !== undefined
          ? escapeMarkdown(clip(claim.raw, CLAIM_CHARS))
          : '';
  return quoted === '' ? [head] : [head, `  > ${escapeLineStart(quoted)}`];
}

function discrepancyLines(at: Lookup, d: Discrepancy, rank: number): string[] {
  const lines = [
    `#### ${rank}. ${capitalize(d.type)}: ${escapeMarkdown(d.message)}`,
    '',
    `${inlineCode(d.id)} · rule ${inlineCode(d.ruleId)} · group ${inlineCode(d.groupId)}`,
    '',
    ...d.values.flatMap((v) => valueLines(at, v)),
    '',
    `Why: ${escapeMarkdown(d.why)}`,
  ];
  if (d.absentFrom !== undefined && d.absentFrom.length > 0) {
    lines.push('', `Not in: ${d.absentFrom.map((id) => articleLabel(at, id)).join(', ')}`);
  }
  if (d.diff !== undefined && d.diff.some((w) => w.op !== 'same')) {
    lines.push('', `Wording: ${renderWordDiff(d.diff)}`);
  }
  lines.push('');
  return lines;
}

function discrepancySection(at: Lookup, discrepancies: readonly Discrepancy[]): string[] {
  const lines = ['## Discrepancies', ''];
  if (discrepancies.length === 0) return [...lines, 'No discrepancies found.', ''];
  lines.push(summaryLine(discrepancies), '');
  const ranked = discrepancies.map((d, i) => ({ d, rank: i + 1 }));
  for (const severity of SEVERITIES) {
    const these = ranked.filter(({ d }) => d.severity === severity);
    if (these.length === 0) continue;
    lines.push(`### ${capitalize(severity)}`, '');
    for (const { d, rank } of these) lines.push(...discrepancyLines(at, d, rank));
  }
  return lines;
}

function alignedSection(at: Lookup, result: ComparisonResult): string[] {
  const lines = ['## Aligned claims', ''];
  const aligned = result.groups.filter((g) => g.claims.length >= 2);
  if (aligned.length === 0) return [...lines, 'No claims aligned across articles.', ''];
  for (const g of aligned) {
    lines.push(`### Group ${inlineCode(g.id)} · similarity ${g.similarity.toFixed(2)}`, '');
    for (const c of g.claims) {
      lines.push(
        `- ${articleLabel(at, c.articleId)}, claim ${inlineCode(c.id)}, at ${formatRange(c.range)}: ${escapeMarkdown(clip(c.raw, CLAIM_CHARS))}`,
      );
    }
    lines.push('');
  }
  return lines;
}

function attributionLine(a: Attribution): string {
  const speaker = a.speaker === null ? '_unknown speaker_' : `**${escapeMarkdown(a.speaker.canonical)}**`;
  const cue = a.cue === null ? 'no cue' : `cue “${escapeMarkdown(clip(a.cue.raw, 60))}”`;
  const via =
    a.via === null ? 'no channel' : `via ${escapeMarkdown(a.via.name)}${a.via.inferred ? ' (inferred)' : ''}`;
  return `- ${speaker} → “${escapeMarkdown(clip(a.raw, CLAIM_CHARS))}” · ${cue} · ${via} · ${a.kind} · ${formatRange(a.range)}`;
}

function quotesSection(at: Lookup, result: ComparisonResult): string[] {
  const lines = ['## Quotes and attributions', ''];
  const extractions = extractionsInArticleOrder(result);
  if (extractions.length === 0) return [...lines, 'No articles were extracted.', ''];
  for (const e of extractions) {
    lines.push(`### ${articleLabel(at, e.article.id)}`, '');
    if (e.attributions.length === 0) lines.push('No quotes or attributions found.');
    else lines.push(...e.attributions.map(attributionLine));
    lines.push('');
  }
  return lines;
}

/** The whole report; one trailing newline, no trailing blank lines. */
/** Inputs that could not be read: named with their problem, so the reader knows the comparison left them out. */
function skippedSection(result: ComparisonResult): string[] {
  const skipped = result.skipped ?? [];
  if (skipped.length === 0) return [];
  return [
    `**Skipped:** ${count(skipped.length, 'input')} could not be read and ${skipped.length === 1 ? 'is' : 'are'} not compared.`,
    '',
    ...skipped.map((k) => `- ${inlineCode(k.source)}: ${escapeMarkdown(k.problem)}`),
    '',
  ];
}

export const renderMarkdown: Reporter = (result) => {
  const at = lookup(result);
  const { engine } = result;
  const claims = result.extractions.reduce((n, e) => n + e.claims.length, 0);
  const aligned = result.groups.filter((g) => g.claims.length >= 2).length;
  const lines = [
    '# Comparison report',
    '',
    `${count(result.articles.length, 'article')}, ${count(claims, 'claim')}, ` +
      `${count(aligned, 'aligned group')}, ${count(result.discrepancies.length, 'discrepancy', 'discrepancies')}.`,
    '',
    `Engine: ${escapeMarkdown(engine.name)} ${escapeMarkdown(engine.version)} · stages: ${
      engine.stages.map(escapeMarkdown).join(', ') || '—'
    } · rules: ${engine.rules.map(escapeMarkdown).join(', ') || '—'}`,
    '',
    '## Articles',
    '',
    ...articlesTable(result),
    '',
    ...skippedSection(result),
    ...discrepancySection(at, result.discrepancies),
    ...alignedSection(at, result),
    ...quotesSection(at, result),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
};
