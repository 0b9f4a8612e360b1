/**
 * The extract stage: Article → ArticleClaims. Each text unit (headline, body paragraphs) is parsed
 * by compromise exactly once; every later step reads those terms.
 */
import type { Article, ArticleClaims, Range, Section, Sentence } from '../types.js';
import { isTitleCase } from '../util/text.js';
import { parseSegment, type Term } from './01-parse.js';
import { splitSentences } from './02-sentences.js';
import { findMentions } from './03-mentions.js';
import { findQuoteSpans } from './04-quotes.js';
import { findAttributions, type AttributionInput } from './05-attributions.js';
import { buildClaims } from './06-claims.js';
import { extractQuantities } from './quantities.js';
import { extractTimes } from './times.js';

export interface ExtractOptions {
  /** Also read the headline as a claim (default true). */
  readonly headline?: boolean;
}

export const defaultExtractOptions: Readonly<Required<ExtractOptions>> = Object.freeze({ headline: true });

/** The text units of an article: the headline (when asked for), then the body paragraphs. */
export function textUnits(article: Article, options: ExtractOptions = {}): Array<{ range: Range; section: Section }> {
  const withHeadline = options.headline ?? defaultExtractOptions.headline;
  const units: Array<{ range: Range; section: Section }> = [];
  if (withHeadline && article.headlineRange) units.push({ range: article.headlineRange, section: 'headline' });
  article.paragraphs.forEach((p, i) => units.push({ range: p, section: i === 0 ? 'lede' : 'body' }));
  return units;
}

/**
 * What attribution reads, from the parsed units of one text: sentences (a headline is one
 * sentence), the mention index, and the paragraphs. Shared with the scripts that mine cues and
 * analyse attribution on PolNeAR (they cache the parse), so they see exactly what the engine sees.
 */
export function attributionInput(articleId: string, text: string, units: ReadonlyArray<{ range: Range; section: Section }>, terms: readonly Term[]): AttributionInput {
  const sentences: Sentence[] = [];
  // Each paragraph's quotations, found once: the sentence split and the frame readers both read them.
  const quotesByParagraph = units.map((unit) => findQuoteSpans(text, unit.range[0], unit.range[1]));
  units.forEach((unit, paragraph) => {
    const ranges = unit.section === 'headline' ? [unit.range] : splitSentences(text, unit.range[0], unit.range[1], quotesByParagraph[paragraph]);
    for (const r of ranges) sentences.push({ type: 'sentence', range: r, raw: text.slice(r[0], r[1]), paragraph, section: unit.section });
  });
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    sentenceStarts.add(s.range[0]);
    const lead = /^["“‘'(]+/u.exec(s.raw);
    if (lead) sentenceStarts.add(s.range[0] + lead[0].length);
  }
  const titleCase = units.filter((u) => isTitleCase(text.slice(u.range[0], u.range[1]))).map((u) => u.range);
  const mentions = findMentions(text, terms, sentenceStarts, titleCase);
  return { articleId, text, sentences, paragraphs: units.map((u) => u.range), terms, mentions, quotesByParagraph };
}

/** Extracts sentences, mentions, quantities, times, attributions and claims from one article. */
export function extractClaims(article: Article, options: ExtractOptions = {}): ArticleClaims {
  const { text } = article;
  const units = textUnits(article, options);
  const terms: Term[] = units.flatMap((unit) => parseSegment(text, unit.range[0], unit.range[1]));
  const input = attributionInput(article.id, text, units, terms);
  const { sentences, mentions: mentionIndex } = input;
  const attributions = findAttributions(input);
  const quantities = units.flatMap((u) => extractQuantities(text, u.range[0], u.range[1]));
  const times = units.flatMap((u) => extractTimes(text, u.range[0], u.range[1], article.published));
  const claims = buildClaims({ articleId: article.id, text, sentences, attributions, mentions: mentionIndex.mentions, quantities, times });
  return { type: 'article-claims', article, sentences, mentions: mentionIndex.mentions, quantities, times, attributions, claims };
}

