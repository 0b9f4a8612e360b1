/**
 * Ingest of plain text as copied from a browser or dumped by a text-mode browser. `Article.text` is
 * the input unchanged, so every range points into the original.
 */
import { createHash } from 'node:crypto';
import type { Article, Range } from '../types.js';
import { articleRun, classifyLines, defaultLineWeights, isArticleLine, isAuthorNote, isBoilerplateLine, isCallToAction, type Line, type LineWeights } from './lines.js';
import { pageLanguage } from './stopwords.js';
import { findByline, findCredits, findOutlet, findPublished, timesOnLine, wireAgencies } from './metadata.js';

export interface IngestTextOptions {
  /** The path or URL the text came from (kept as given). */
  readonly source?: string;
  /** Article id; by default derived from the source and a hash of the text. */
  readonly id?: string;
  /** The outlet's name when the caller knows it better than the page does. */
  readonly outlet?: string;
  /** Line scores of the body finder (scripts/tune-text.ts tries others); the tuned ones by default. */
  readonly weights?: LineWeights;
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

/** A line ending in a preposition or an article is a label cut short ("Advertising by"), not a headline. */
const UNFINISHED_TITLE = /\s(?:by|of|the|a|an|and|or|with|for|to|from|in|on|at)$/iu;
/** A caption ending in a photo credit ("Jane Doe Getty Images"). */
const PHOTO_CREDIT_END = /\b(?:getty images|images|shutterstock|photo|photograph|ap photo|afp|reuters|epa|alamy)$/iu;

/** A line that can be a headline: 3 to 30 words, capitalised, no full stop, not furniture, a bullet, a byline or a date. */
function isTitleLike(l: Line): boolean {
  if (l.words < 3 || l.words > 30 || l.bullet || l.class === 'end') return false;
  const t = l.text;
  if (/[.:,;]$/u.test(t) || !/^[\p{Lu}\p{N}"“‘'«¿¡]/u.test(t) || /[\[\]©@]|\s[|»›/]\s.*\s[|»›/]\s|https?:/u.test(t)) return false;
  if (t === t.toUpperCase() && /\p{Lu}{4}/u.test(t)) return false;
  if (/^(?:by|von|par|por)\s/iu.test(t) || isBoilerplateLine(t) || isCallToAction(t)) return false;
  if (UNFINISHED_TITLE.test(t) || PHOTO_CREDIT_END.test(t)) return false;
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

/**
 * A line that only dates the article ("17 April 2012 • 2:54pm", "Updated: March 3, 2024"): a
 * heading whose words, once its dates are taken out, are two at most. It is metadata, not body.
 */
function isDateLine(l: Line): boolean {
  if (l.class !== 'heading') return false;
  const times = timesOnLine(l);
  if (times.length === 0) return false;
  let rest = l.text;
  for (const t of [...times].reverse()) rest = rest.slice(0, t.range[0] - l.start) + ' ' + rest.slice(t.range[1] - l.start);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 2;
}

/** How many lines after the headline the article's run may start for the prose between them to be its standfirst. */
const STANDFIRST_REACH = 15;

/** A standfirst line: prose (a sentence, not a list item, not a note about the author) that the page prints once. */
function isStandfirst(l: Line): boolean {
  return (l.class === 'good' || l.class === 'short') && !l.bullet && l.repeats === 1 && !isAuthorNote(l.text);
}

/** Reads one article from scraped text. Never throws on content; an article with no body gets a warning. */
export function ingestText(text: string, options: IngestTextOptions = {}): Article {
  const source = options.source ?? '<text>';
  const id = options.id ?? articleIdFor(options.source, text);
  const weights = options.weights ?? defaultLineWeights;
  const lines = classifyLines(text, weights);
  const warnings: string[] = [];

  const run = articleRun(lines, weights);
  let body: Range = [0, 0];
  let paragraphs: Range[] = [];
  const bodyLines = new Set<number>();
  if (run) {
    const [first, last] = run;
    for (let i = first; i <= last; i++) {
      const l = lines[i]!;
      if (isArticleLine(l) && !isDateLine(l)) {
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
  // The standfirst: prose between the headline and the run (a dek, a one-line lede set apart from
  // the body by a share bar or a photo) belongs to the article.
  // When the page prints the headline again before the run, the standfirst follows that last print.
  let header = headlineLine ? headlineLine.index : -1;
  if (run && headlineLine) for (let i = header + 1; i < run[0]; i++) if (lines[i]!.norm === headlineLine.norm) header = i;
  if (run && headlineLine && header < run[0] && run[0] - header <= STANDFIRST_REACH) {
    const lead = lines.slice(header + 1, run[0]).filter(isStandfirst);
    if (lead.length > 0) {
      paragraphs = [...lead.map((l): Range => [l.contentStart, l.end]), ...paragraphs];
      for (const l of lead) bodyLines.add(l.index);
      body = [lead[0]!.start, body[1]];
    }
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
    byline: findByline(text, published, lines, bodyLines, run ? run[0] : undefined),
    credits,
    agencies: wireAgencies(credits),
    text,
    body,
    paragraphs,
    language: pageLanguage(lines.map((l) => l.norm.match(/[\p{L}\p{N}'’-]+/gu) ?? [])),
    warnings,
  };
}
