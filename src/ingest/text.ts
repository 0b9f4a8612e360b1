/**
 * Ingest of plain text as copied from a browser or dumped by a text-mode browser. `Article.text` is
 * the input unchanged, so every range points into the original.
 */
import { createHash } from 'node:crypto';
import type { Article, Range } from '../types.js';
import { articleRun, classifyLines, isArticleLine, isBoilerplateLine, isCallToAction, type Line } from './lines.js';
import { findByline, findCredits, findOutlet, findPublished, timesOnLine, wireAgencies } from './metadata.js';

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

/** A line that can be a headline: 3 to 30 words, capitalised, no full stop, not furniture, a bullet, a byline or a date. */
function isTitleLike(l: Line): boolean {
  if (l.words < 3 || l.words > 30 || l.bullet || l.class === 'end') return false;
  const t = l.text;
  if (/[.:,;]$/u.test(t) || !/^[\p{Lu}\p{N}"“‘'«¿¡]/u.test(t) || /[\[\]©@]|\s[|»›/]\s.*\s[|»›/]\s|https?:/u.test(t)) return false;
  if (t === t.toUpperCase() && /\p{Lu}{4}/u.test(t)) return false;
  if (/^(?:by|von|par|por)\s/iu.test(t) || isBoilerplateLine(t) || isCallToAction(t)) return false;
  return timesOnLine(l).length === 0;
}

/**
 * The headline: among title-like lines in the 25 lines before `anchor` (the date line or the
 * article's first prose line), the one nearest to it, a line the page repeats (the headline often
 * stands twice, in the breadcrumb or a share box) counting as six lines nearer; null when none.
 */
function findHeadline(lines: readonly Line[], anchor: number): Line | null {
  let best: Line | null = null;
  let bestScore = -Infinity;
  for (let i = anchor - 1; i >= 0 && i >= anchor - 25; i--) {
    const l = lines[i]!;
    if (!isTitleLike(l)) continue;
    const score = -(anchor - i) + (l.repeats > 1 ? 6 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = l;
    }
  }
  return best;
}

/** Reads one article from scraped text. Never throws on content; an article with no body gets a warning. */
export function ingestText(text: string, options: IngestTextOptions = {}): Article {
  const source = options.source ?? '<text>';
  const id = options.id ?? articleIdFor(options.source, text);
  const lines = classifyLines(text);
  const warnings: string[] = [];

  const run = articleRun(lines);
  let body: Range = [0, 0];
  let paragraphs: Range[] = [];
  const bodyLines = new Set<number>();
  if (run) {
    const [first, last] = run;
    for (let i = first; i <= last; i++) {
      const l = lines[i]!;
      if (isArticleLine(l)) {
        paragraphs.push([l.contentStart, l.end]);
        bodyLines.add(l.index);
      }
    }
    body = [lines[first]!.start, lines[last]!.end];
  } else {
    warnings.push('no article body found: no run of prose lines');
  }

  const published = findPublished(lines, bodyLines);
  const dateLine = published ? lines.find((l) => l.start <= published.range[0] && published.range[1] <= l.end) : undefined;
  // The lede: the run's first prose line; headings before it may be the headline.
  const lede = run ? (lines.slice(run[0], run[1] + 1).find((l) => l.class === 'good') ?? lines[run[0]]!).index : lines.length;
  const anchor = dateLine && dateLine.index < lede ? dateLine.index : lede;
  const headlineLine = findHeadline(lines, anchor) ?? findHeadline(lines, lede) ?? lines.find(isTitleLike) ?? null;
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
