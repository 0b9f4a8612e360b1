/**
 * The data model: the contract between the pipeline stages (ingest → extract → align → compare → report).
 *
 * Positions: every `range` is `[start, end]`, 0-based, end-exclusive, in UTF-16 code units
 * (JavaScript string indices) into the `text` of the article the record belongs to, and
 * `article.text.slice(range[0], range[1]) === raw` holds for every record that carries both.
 * Normalised values sit beside `raw`, never in place of it.
 */

/** `[start, end)` in UTF-16 code units into an article's `text`. */
export type Range = readonly [number, number];

/** A piece of an article's text: its range and the exact slice. */
export interface TextSpan {
  readonly range: Range;
  readonly raw: string;
}

export type CreditKind = 'photo' | 'wire' | 'inputs' | 'edition' | 'byline';

/** A credit line found on the page: photo credit, wire credit, "inputs from wire services". */
export interface Credit extends TextSpan {
  readonly type: 'credit';
  readonly kind: CreditKind;
  /** Wire agencies named in the credit, by canonical name ("AP", "TT", "Bloomberg"). */
  readonly agencies: readonly string[];
}

export type Section = 'headline' | 'lede' | 'body';

export interface Article {
  readonly type: 'article';
  readonly id: string;
  /** The path or URL as given by the caller. */
  readonly source: string;
  readonly outlet: string | null;
  readonly headline: string | null;
  readonly headlineRange: Range | null;
  /** ISO 8601 as the page gave it: a date-time with the page's UTC offset ("2025-04-25T04:48:00+02:00"), a local date-time where the page wrote no zone, or a date ("2011-11-12"); or null. */
  readonly published: string | null;
  readonly publishedRange: Range | null;
  readonly byline: string | null;
  readonly credits: readonly Credit[];
  /** Wire agencies credited for the article as a whole (from credits and the byline). */
  readonly agencies: readonly string[];
  /** The text all offsets point into: for scraped text, the file's content unchanged. */
  readonly text: string;
  /** Range of the article body inside `text` (first to last body paragraph). */
  readonly body: Range;
  /** Body paragraphs, in order; boilerplate inside the body range is not among them. */
  readonly paragraphs: readonly Range[];
  readonly language: string;
  /** Problems found while reading this article (the report lists them). */
  readonly warnings: readonly string[];
}

export type MentionKind = 'person' | 'organization' | 'place' | 'other';

/** An entity in text. Co-referring mentions share `canonical`. */
export interface Mention extends TextSpan {
  readonly type: 'mention';
  readonly kind: MentionKind;
  readonly canonical: string;
  /** How the mention names its entity: by name, by a pronoun, or by a description ("the aide"). */
  readonly form: 'name' | 'pronoun' | 'description';
}

export type QuantityKind =
  | 'count'
  | 'ordinal'
  | 'money'
  | 'percent'
  | 'duration'
  | 'measure'
  | 'year';

/** A number in text. "fourth", "4th" and "4" have the same `value`. */
export interface Quantity extends TextSpan {
  readonly type: 'quantity';
  readonly value: number;
  /** Upper bound of a range ("10-12"); equals `value` otherwise. */
  readonly max: number;
  /** Singular, lower-case unit ("hour", "people", "usd"), or null. */
  readonly unit: string | null;
  readonly kind: QuantityKind;
  /** "at least 12" → at-least, "about 300" → about. */
  readonly bound: 'exact' | 'at-least' | 'at-most' | 'about';
}

/** A date or time in text, resolved against the article's publication time. */
export interface TimeRef extends TextSpan {
  readonly type: 'time';
  /** Resolved interval, ISO 8601 dates (day grain) or date-times; null when it cannot be resolved. */
  readonly start: string | null;
  readonly end: string | null;
  readonly grain: 'instant' | 'day' | 'week' | 'month' | 'year';
  /** True when it was resolved relative to the publication time ("on Monday", "last month"). */
  readonly relative: boolean;
}

export type ChannelKind = 'agency' | 'interview' | 'media' | 'statement' | 'social' | 'report' | 'other';

/** The channel an outlet credits for a statement: "according to Xinhua", "told CBS". */
export interface Channel extends TextSpan {
  readonly type: 'channel';
  /** Canonical channel name ("AFP", "Bloomberg", "CBS", "Der Spiegel"). */
  readonly name: string;
  readonly kind: ChannelKind;
  /** True when the channel is not named in the statement's own sentence but carried from its context. */
  readonly inferred: boolean;
}

export type AttributionKind = 'direct' | 'partial' | 'indirect' | 'direct-unmarked';

/** Who said what, through whom. `range`/`raw` are the reported content. */
export interface Attribution extends TextSpan {
  readonly type: 'attribution';
  readonly id: string;
  readonly articleId: string;
  readonly kind: AttributionKind;
  readonly speaker: Mention | null;
  /** The reporting verb or phrase: "said", "told reporters", "according to". */
  readonly cue: TextSpan | null;
  readonly via: Channel | null;
}

export type Polarity = 'asserted' | 'negated';
export type Modality = 'certain' | 'hedged' | 'reported' | 'future';

export interface Sentence extends TextSpan {
  readonly type: 'sentence';
  readonly paragraph: number;
  readonly section: Section;
}

/** One assertion. `range`/`raw` is the whole sentence; `text`/`textRange` the assertion without its attribution frame. */
export interface Claim extends TextSpan {
  readonly type: 'claim';
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly textRange: Range;
  readonly attribution: Attribution | null;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeRef[];
  /**
   * The mentions of the whole sentence, attribution frame included ("…, Mayor Jane Doe said in
   * Springfield"): `mentions` hold the claim text's only. Optional: claims built elsewhere may lack
   * it, and the rules then read `mentions` (`sentenceMentionsOf` in src/compare/rule.ts).
   */
  readonly sentenceMentions?: readonly Mention[];
  /** The quantities of the whole sentence, attribution frame included ("Jane Doe, 31, said …"); optional as `sentenceMentions`. */
  readonly sentenceQuantities?: readonly Quantity[];
  readonly polarity: Polarity;
  /** The negation cue, when negated. */
  readonly negation: TextSpan | null;
  readonly modality: Modality;
  /** The hedge or modal cue, when not certain. */
  readonly modalCue: TextSpan | null;
  readonly section: Section;
  readonly paragraph: number;
}

/** Everything extracted from one article. */
export interface ArticleClaims {
  readonly type: 'article-claims';
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeRef[];
  readonly attributions: readonly Attribution[];
  readonly claims: readonly Claim[];
}

/** Similarity evidence between two claims of different articles. */
export interface PairEvidence {
  readonly type: 'pair';
  readonly a: string;
  readonly b: string;
  /** Combined similarity in [0, 1]. */
  readonly score: number;
  readonly features: Readonly<Record<string, number>>;
}

/** Claims from different articles that state the same thing. A group of one is a claim only one outlet makes. */
export interface ClaimGroup {
  readonly type: 'group';
  readonly id: string;
  readonly claims: readonly Claim[];
  readonly evidence: readonly PairEvidence[];
  /** Mean pairwise score of the aligned claims (1 for a group of one). */
  readonly similarity: number;
}

export type DiscrepancyType =
  | 'number'
  | 'date'
  | 'entity'
  | 'speaker'
  | 'source'
  | 'quote'
  | 'modality'
  | 'polarity'
  | 'omission';

export type Severity = 'high' | 'medium' | 'low';

/** One side of a discrepancy: what one article says, where. */
export interface DiscrepancyValue extends TextSpan {
  readonly articleId: string;
  readonly claimId: string;
  /** The normalised value compared ("4", "2025-04-25", "Jane Doe", "AFP"), or null for "none". */
  readonly value: string | null;
}

export interface Discrepancy {
  /** The discriminant is the discrepancy type itself. */
  readonly type: DiscrepancyType;
  readonly id: string;
  readonly severity: Severity;
  readonly groupId: string;
  readonly ruleId: string;
  readonly message: string;
  /** Why it ranks where it does. */
  readonly why: string;
  readonly values: readonly DiscrepancyValue[];
  /** For omissions: the articles that do not make the claim. */
  readonly absentFrom?: readonly string[];
  /** For quote differences: a word-level diff of the two wordings. */
  readonly diff?: readonly WordDiff[];
}

export interface WordDiff {
  readonly op: 'same' | 'removed' | 'added';
  readonly text: string;
}

export interface ComparisonResult {
  readonly engine: EngineInfo;
  readonly articles: readonly Article[];
  readonly extractions: readonly ArticleClaims[];
  readonly groups: readonly ClaimGroup[];
  readonly discrepancies: readonly Discrepancy[];
  /** Inputs given to the run that could not be read and were left out of the comparison. */
  readonly skipped?: readonly SkippedInput[];
}

/** An input (file, URL, feed record as `file:line`) that could not be read, and why. */
export interface SkippedInput {
  readonly source: string;
  readonly problem: string;
}

export interface EngineInfo {
  readonly name: string;
  readonly version: string;
  readonly stages: readonly string[];
  readonly rules: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
}
