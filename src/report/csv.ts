/**
 * The CSV report: one discrepancy a row, in the engine's ranking order, for spreadsheets. RFC 4180:
 * a header row, CRLF line breaks (also after the last row), every field quoted when it contains a
 * comma, a double quote, CR or LF, and quotes inside a field doubled. Text cells that a spreadsheet
 * would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading apostrophe.
 *
 * Columns: the rank, the discrepancy's fields, then its first two sides (`a_*`, `b_*`: article,
 * outlet, normalised value, range start and end as 0-based UTF-16 offsets, exact text); further sides,
 * when a rule gives more than two, go into `more_values` as `article [start, end): value` joined by
 * " | ". `absent_from` lists article ids joined by a space; `diff` writes a word diff as
 * `[-removed-]` and `{+added+}`.
 */
import type { ComparisonResult, Discrepancy, DiscrepancyValue } from '../types.js';
import type { Reporter } from './index.js';

export const CSV_COLUMNS = Object.freeze([
  'rank', 'id', 'severity', 'type', 'rule', 'group', 'message', 'why',
  'a_article', 'a_outlet', 'a_value', 'a_start', 'a_end', 'a_text',
  'b_article', 'b_outlet', 'b_value', 'b_start', 'b_end', 'b_text',
  'more_values', 'absent_from', 'diff',
] as const);

/** One RFC 4180 field. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function side(v: DiscrepancyValue | undefined, outletOf: (id: string) => string | null): Array<string | number | null> {
  if (!v) return [null, null, null, null, null, null];
  return [v.articleId, outletOf(v.articleId), v.value, v.range[0], v.range[1], v.raw];
}

function row(d: Discrepancy, rank: number, outletOf: (id: string) => string | null): string {
  const [a, b, ...more] = d.values;
  const cells: Array<string | number | null> = [
    rank, d.id, d.severity, d.type, d.ruleId, d.groupId, d.message, d.why,
    ...side(a, outletOf),
    ...side(b, outletOf),
    more.length > 0 ? more.map((v) => `${v.articleId} [${v.range[0]}, ${v.range[1]}): ${v.value ?? v.raw}`).join(' | ') : null,
    d.absentFrom && d.absentFrom.length > 0 ? d.absentFrom.join(' ') : null,
    d.diff ? d.diff.map((w) => (w.op === 'same' ? w.text : w.op === 'removed' ? `[-${w.text}-]` : `{+${w.text}+}`)).join(' ') : null,
  ];
  return cells.map(csvField).join(',');
}

export const renderCsv: Reporter = (result: ComparisonResult) => {
  const outlets = new Map(result.articles.map((a) => [a.id, a.outlet] as const));
  const outletOf = (id: string) => outlets.get(id) ?? null;
  const lines = [CSV_COLUMNS.join(','), ...result.discrepancies.map((d, i) => row(d, i + 1, outletOf))];
  return lines.map((l) => `${l}\r\n`).join('');
};
