/**
 * Ingest of plain text as copied from a browser or dumped by a text-mode browser. `Article.text` is
 * the input unchanged, so every range points into the original.
 */
import { createHash } from 'node:crypto';
import type { Article, Range } from '../types.js';
import { bestRun, classifyLines, type Line } from './lines.js';
import { findByline, findCredits, findOutlet, findPublished, wireAgencies } from './metadata.js';

export interface IngestTextOptions {
  /** The path or URL the text came from (kept as given). */
  readonly source?: string;
  /** Article id; by default derived from the source and a hash of the text. */
  readonly id?: string;
  /** The outlet's name when the caller knows it better than the page does. */
  readonly outlet?: string;
}

/** A short stable id: the source's base name without extension, else a hash of the text. */
export function articleIdFor(source: string | undefined, text: string): string {
  if (source) {
    const base = source.replace(/[?#].*$/, '').replace(/\/+$/, '').split(/[\\/]/).pop() ?? '';
    const stem = base.replace(/\.[a-z0-9]{1,5}$/i, '');
    if (stem) return stem;
  }
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/**
 * The headline: a title-like line (4 to 30 words, no terminal full stop) that repeats on the page,
 * the nearest one before the date line or the body; else the first title-like line.
 */
function findHeadline(lines: readonly Line[], anchor: number): Line | null {
  const titleLike = (l: Line) => l.words >= 4 && l.words <= 30 && !/[.]$/u.test(l.text) && l.class !== 'end';
  const repeated = lines.filter((l) => titleLike(l) && l.repeats > 1 && l.index < anchor);
  if (repeated.length > 0) return repeated[repeated.length - 1]!;
  const anyBefore = lines.filter((l) => titleLike(l) && l.index < anchor && l.class !== 'bad');
  if (anyBefore.length > 0) return anyBefore[0]!;
  return lines.find(titleLike) ?? null;
}

/** Reads one article from scraped text. Never throws on content; an article with no body gets a warning. */
export function ingestText(text: string, options: IngestTextOptions = {}): Article {
  const source = options.source ?? '<text>';
  const id = options.id ?? articleIdFor(options.source, text);
  const lines = classifyLines(text);
  const warnings: string[] = [];

  const run = bestRun(lines);
  let body: Range = [0, 0];
  let paragraphs: Range[] = [];
  const bodyLines = new Set<number>();
  if (run) {
    const [first, last] = run;
    for (let i = first; i <= last; i++) {
      const l = lines[i]!;
      if (l.class === 'good' || l.class === 'short') {
        paragraphs.push([l.start, l.end]);
        bodyLines.add(l.index);
      }
    }
    body = [lines[first]!.start, lines[last]!.end];
  } else {
    warnings.push('no article body found: no run of prose lines');
  }

  const published = findPublished(lines, bodyLines);
  const dateLine = published ? lines.find((l) => l.start <= published.range[0] && published.range[1] <= l.end) : undefined;
  const firstBody = run ? run[0] : lines.length;
  const anchor = dateLine ? Math.min(dateLine.index, firstBody) : firstBody;
  const headlineLine = findHeadline(lines, Math.max(anchor, 1)) ?? findHeadline(lines, lines.length);
  if (headlineLine && bodyLines.has(headlineLine.index)) {
    bodyLines.delete(headlineLine.index);
    paragraphs = paragraphs.filter((p) => p[0] !== headlineLine.start);
  }
  if (!published) warnings.push('no publication time found');
  else if (!published.hasZone) warnings.push('publication time has no time zone');

  const credits = findCredits(text, lines, bodyLines);
  return {
    type: 'article',
    id,
    source,
    outlet: options.outlet ?? findOutlet(lines, bodyLines),
    headline: headlineLine ? headlineLine.text : null,
    headlineRange: headlineLine ? [headlineLine.start, headlineLine.end] : null,
    published: published ? published.iso : null,
    publishedRange: published ? published.range : null,
    byline: findByline(text, published, lines, bodyLines),
    credits,
    agencies: wireAgencies(credits),
    text,
    body,
    paragraphs,
    language: 'en',
    warnings,
  };
}
