/**
 * crossclaim's library entry point: the pipeline stages, the matcher, the rules, the reporters and
 * the data model. Every range in every record is `[start, end)` in UTF-16 code units into the text
 * of the article the record belongs to.
 */
export { ingestText, articleIdFor, type IngestTextOptions } from './ingest/text.js';
export { ingestHtml } from './ingest/html.js';
export { extractClaims, defaultExtractOptions, type ExtractOptions } from './extract/index.js';
export { alignClaims, alignPair, scoreClaims, defaultModel, type AlignOptions, type Alignment, type SimilarityModel } from './align/index.js';
export { compareGroups, rules, type CompareOptions, type Rule, type RuleContext, type Finding } from './compare/index.js';
export { compareArticles, ENGINE, STAGES, type CompareArticlesOptions, type TextInput } from './pipeline.js';
export { compareStatements, PRESENTATION_TYPES, statementClaims, type StatementComparison } from './matcher.js';
export { reporters, getReporter, type Reporter, type ReporterEntry } from './report/index.js';
export type * from './types.js';
