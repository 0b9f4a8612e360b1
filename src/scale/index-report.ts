/**
 * The index of a corpus run: one entry per story, with its articles, its discrepancy counts by
 * severity and the report files written for it. Pure: the CLI writes the files.
 */
import type { Severity, SkippedInput } from '../types.js';
import type { StoryComparison } from './corpus.js';

export interface StoryIndexEntry {
  readonly story: string;
  readonly articles: ReadonlyArray<{ readonly id: string; readonly source: string; readonly outlet: string | null; readonly headline: string | null }>;
  readonly discrepancies: Readonly<Record<Severity, number>>;
  /** Report files of the story, relative to the index; empty for a story of one article. */
  readonly reports: readonly string[];
}

export function indexEntry(comparison: StoryComparison, articles: ReadonlyArray<{ id: string; source: string; outlet: string | null; headline: string | null }>, reports: readonly string[]): StoryIndexEntry {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of comparison.result?.discrepancies ?? []) counts[d.severity]++;
  return { story: comparison.story.id, articles: articles.map((a) => ({ id: a.id, source: a.source, outlet: a.outlet, headline: a.headline })), discrepancies: counts, reports };
}

export function renderIndexJson(entries: readonly StoryIndexEntry[], engine: { name: string; version: string }, skipped: readonly SkippedInput[] = []): string {
  return JSON.stringify({ engine, stories: entries, skipped }, null, 2) + '\n';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function renderIndexMarkdown(entries: readonly StoryIndexEntry[], skipped: readonly SkippedInput[] = []): string {
  const articles = entries.reduce((n, e) => n + e.articles.length, 0);
  const lines = [`# Stories`, '', `${articles} articles in ${entries.length} stories.`, '', '| story | articles | high | medium | low | report | first headline |', '|---|---:|---:|---:|---:|---|---|'];
  for (const e of entries) {
    const report = e.reports.length ? e.reports.map((r) => `[${r.replace(/^.*\./, '')}](${r})`).join(' ') : '(one article)';
    const headline = e.articles.find((a) => a.headline)?.headline ?? e.articles[0]?.id ?? '';
    lines.push(`| ${e.story} | ${e.articles.length} | ${e.discrepancies.high} | ${e.discrepancies.medium} | ${e.discrepancies.low} | ${report} | ${cell(headline)} |`);
  }
  if (skipped.length > 0) {
    lines.push('', `## Skipped inputs (${skipped.length})`, '', 'These could not be read and are in no story.', '', '| input | problem |', '|---|---|');
    for (const k of skipped) lines.push(`| ${cell(k.source)} | ${cell(k.problem)} |`);
  }
  return lines.join('\n') + '\n';
}
