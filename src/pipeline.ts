/**
 * The whole comparison: ingest → extract → align → compare. Pure: no I/O; the CLI reads files and
 * writes reports.
 */
import { createRequire } from 'node:module';
import { alignClaims, type AlignOptions, type Alignment } from './align/index.js';
import { compareGroups, rules, selectRules, type CompareOptions } from './compare/index.js';
import { extractClaims, type ExtractOptions } from './extract/index.js';
import { ingestText, type IngestTextOptions } from './ingest/text.js';
import type { Article, ArticleClaims, ComparisonResult, EngineInfo } from './types.js';

export interface CompareArticlesOptions extends ExtractOptions, AlignOptions, CompareOptions {}

export const STAGES = Object.freeze(['ingest', 'extract', 'align', 'compare'] as const);

const require = createRequire(import.meta.url);
/** The engine's name and version, from package.json. */
export const ENGINE: { readonly name: string; readonly version: string } = (() => {
  const pkg = require('../package.json') as { name: string; version: string };
  return Object.freeze({ name: pkg.name, version: pkg.version });
})();

/** A text to compare: its content and where it came from. */
export interface TextInput {
  readonly text: string;
  readonly source?: string;
  readonly id?: string;
  readonly outlet?: string;
}

function toArticle(input: Article | TextInput): Article {
  if ('type' in input && input.type === 'article') return input;
  const t = input as TextInput;
  const options: IngestTextOptions = { ...(t.source !== undefined ? { source: t.source } : {}), ...(t.id !== undefined ? { id: t.id } : {}), ...(t.outlet !== undefined ? { outlet: t.outlet } : {}) };
  return ingestText(t.text, options);
}

/**
 * Compares two or more articles about one event. Accepts ingested `Article`s or raw texts (read as
 * scraped text). Article ids must be distinct.
 */
export function compareArticles(inputs: ReadonlyArray<Article | TextInput>, options: CompareArticlesOptions = {}): ComparisonResult {
  const articles = inputs.map(toArticle);
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new Error(`two articles have the id "${a.id}"; give them distinct ids`);
    ids.add(a.id);
  }
  selectRules(options.rules);
  return compareExtractions(articles.map((a) => extractClaims(a, options)), options);
}

/**
 * The align and compare stages over articles already extracted (by `extractClaims`, possibly in
 * worker threads). `align` replaces `alignClaims` (a story of many articles uses a candidate-capped
 * aligner, src/scale/align-story.ts).
 */
export function compareExtractions(
  extractions: readonly ArticleClaims[],
  options: CompareArticlesOptions & { readonly align?: (extractions: readonly ArticleClaims[], options: AlignOptions) => Alignment } = {},
): ComparisonResult {
  const articles = extractions.map((e) => e.article);
  const selected = selectRules(options.rules);
  const alignment = (options.align ?? alignClaims)(extractions, options);
  // The aligner's coverage only stands in for the omission check when both used the same model.
  const discrepancies = compareGroups(extractions, alignment.groups, alignment.coverage ? { ...options, coverage: alignment.coverage } : options);
  const model = options.model;
  const engine: EngineInfo = {
    name: ENGINE.name,
    version: ENGINE.version,
    stages: [...STAGES],
    rules: selected.map((r) => r.id),
    options: {
      headline: options.headline ?? true,
      rules: options.rules ?? rules.map((r) => r.id),
      model: model?.source ?? 'default',
    },
  };
  return { engine, articles, extractions, groups: alignment.groups, discrepancies };
}
