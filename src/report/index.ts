/**
 * The reporter registry. A reporter is a pure function from a comparison to the text of a report:
 * it does no I/O, and equal inputs give identical output (no clock, no random ids). The CLI picks
 * a reporter by format name and writes the file.
 */
import type { ComparisonResult } from '../types.js';
import { renderClaimReview } from './claimreview.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export type Reporter = (result: ComparisonResult) => string;

export interface ReporterEntry {
  /** The name the CLI and library callers use (`--format md`). */
  readonly format: string;
  /** File name extension for the report, without the dot. */
  readonly extension: string;
  /** IANA media type of the rendered text. */
  readonly mediaType: string;
  readonly render: Reporter;
}

export const reporters: Readonly<Record<string, ReporterEntry>> = Object.freeze({
  md: Object.freeze({
    format: 'md',
    extension: 'md',
    mediaType: 'text/markdown; charset=utf-8',
    render: renderMarkdown,
  }),
  json: Object.freeze({
    format: 'json',
    extension: 'json',
    mediaType: 'application/json',
    render: renderJson,
  }),
  html: Object.freeze({
    format: 'html',
    extension: 'html',
    mediaType: 'text/html; charset=utf-8',
    render: renderHtml,
  }),
  csv: Object.freeze({
    format: 'csv',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8; header=present',
    render: renderCsv,
  }),
  claimreview: Object.freeze({
    format: 'claimreview',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    render: renderClaimReview,
  }),
});

/** The registered reporter for `format`; throws an Error naming the format and the known ones. */
export function getReporter(format: string): ReporterEntry {
  const entry = Object.hasOwn(reporters, format) ? reporters[format] : undefined;
  if (entry === undefined) {
    throw new Error(
      `Unknown report format "${format}"; known formats: ${Object.keys(reporters).join(', ')}`,
    );
  }
  return entry;
}
