/**
 * An Article over text that has no page around it (a statement, an evaluation document): the
 * given paragraphs, or the whole trimmed text as one paragraph. No headline, credits or outlet.
 */
import type { Article, Range } from '../types.js';
import { trimRange } from '../util/text.js';

export function plainArticle(id: string, text: string, options: { paragraphs?: readonly Range[]; published?: string | null; outlet?: string | null } = {}): Article {
  const whole = trimRange(text, 0, text.length);
  const paragraphs = options.paragraphs ?? (whole[1] > whole[0] ? [whole] : []);
  return {
    type: 'article',
    id,
    source: id,
    outlet: options.outlet ?? null,
    headline: null,
    headlineRange: null,
    published: options.published ?? null,
    publishedRange: null,
    byline: null,
    credits: [],
    agencies: [],
    text,
    body: paragraphs.length ? [paragraphs[0]![0], paragraphs[paragraphs.length - 1]![1]] : [0, 0],
    paragraphs,
    language: 'en',
    warnings: [],
  };
}

/** Paragraph ranges of `text`: runs of non-blank lines separated by blank lines, trimmed. */
export function blankLineParagraphs(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const start = m.index ?? 0;
    const r = trimRange(text, start, start + m[0].length);
    if (r[1] > r[0]) out.push(r);
  }
  return out;
}
