/**
 * A small hand-built comparison: two articles on the same blast, a number discrepancy (12 vs nine
 * killed) and an omission. Every range is computed from the article text, so
 * `text.slice(...range) === raw` holds for every record. The second claim of `alpha` carries a
 * direct quote through AFP; its third claim contains `|`, a backtick and `<script>` so that
 * reporters can be checked for escaping.
 */
import type {
  Article,
  ArticleClaims,
  Attribution,
  Channel,
  Claim,
  ClaimGroup,
  ComparisonResult,
  Discrepancy,
  Mention,
  Quantity,
  Range,
  Sentence,
  TextSpan,
  TimeRef,
} from '../../src/types.js';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, nth = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not found (occurrence ${nth})`);
  }
  return { range: [at, at + needle.length], raw: needle };
}

const ALPHA_TEXT = [
  'Blast kills 12 in port city',
  '',
  'Alpha News | 25 April 2025, 18:00 CEST',
  '',
  'At least 12 people were killed in the blast on Friday, police said.',
  '',
  '"We are investigating every lead," police chief Anna Berg told AFP.',
  '',
  'A witness wrote `boom | bang` <script>alert(1)</script> on social media.',
  '',
  'With inputs from AFP',
  '',
].join('\n');

const BETA_TEXT = [
  'Nine dead after port blast',
  '',
  'Nine people were killed in the blast on Friday, according to officials.',
  '',
].join('\n');

const paragraph = (text: string, line: string): Range => spanOf(text, line).range;

const ALPHA_PARAGRAPHS: readonly Range[] = [
  paragraph(ALPHA_TEXT, 'At least 12 people were killed in the blast on Friday, police said.'),
  paragraph(ALPHA_TEXT, '"We are investigating every lead," police chief Anna Berg told AFP.'),
  paragraph(ALPHA_TEXT, 'A witness wrote `boom | bang` <script>alert(1)</script> on social media.'),
];

const BETA_PARAGRAPHS: readonly Range[] = [
  paragraph(BETA_TEXT, 'Nine people were killed in the blast on Friday, according to officials.'),
];

const alphaHeadline = spanOf(ALPHA_TEXT, 'Blast kills 12 in port city');
const alphaCredit = spanOf(ALPHA_TEXT, 'With inputs from AFP');

export const alphaArticle: Article = {
  type: 'article',
  id: 'alpha',
  source: 'samples/alpha.txt',
  outlet: 'Alpha News',
  headline: alphaHeadline.raw,
  headlineRange: alphaHeadline.range,
  published: '2025-04-25T18:00:00+02:00',
  publishedRange: spanOf(ALPHA_TEXT, '25 April 2025, 18:00 CEST').range,
  byline: null,
  credits: [{ type: 'credit', kind: 'inputs', ...alphaCredit, agencies: ['AFP'] }],
  agencies: ['AFP'],
  text: ALPHA_TEXT,
  body: [ALPHA_PARAGRAPHS[0]![0], ALPHA_PARAGRAPHS[2]![1]],
  paragraphs: ALPHA_PARAGRAPHS,
  language: 'en',
  warnings: [],
};

const betaHeadline = spanOf(BETA_TEXT, 'Nine dead after port blast');

export const betaArticle: Article = {
  type: 'article',
  id: 'beta',
  source: 'https://beta.example/blast',
  outlet: 'Beta Times',
  headline: betaHeadline.raw,
  headlineRange: betaHeadline.range,
  published: null,
  publishedRange: null,
  byline: 'By Jo Park',
  credits: [],
  agencies: [],
  text: BETA_TEXT,
  body: BETA_PARAGRAPHS[0]!,
  paragraphs: BETA_PARAGRAPHS,
  language: 'en',
  warnings: ['no publication date found'],
};

function mention(text: string, raw: string, kind: Mention['kind'], canonical: string, nth = 0): Mention {
  return { type: 'mention', ...spanOf(text, raw, nth), kind, canonical, form: 'name' };
}

function sentence(text: string, raw: string, paragraphIndex: number): Sentence {
  return { type: 'sentence', ...spanOf(text, raw), paragraph: paragraphIndex, section: paragraphIndex === 0 ? 'lede' : 'body' };
}

// alpha

const alphaC1Sentence = sentence(ALPHA_TEXT, 'At least 12 people were killed in the blast on Friday, police said.', 0);
const alphaC2Sentence = sentence(ALPHA_TEXT, '"We are investigating every lead," police chief Anna Berg told AFP.', 1);
const alphaC3Sentence = sentence(ALPHA_TEXT, 'A witness wrote `boom | bang` <script>alert(1)</script> on social media.', 2);

const alphaPolice = mention(ALPHA_TEXT, 'police', 'organization', 'police');
const alphaBerg = mention(ALPHA_TEXT, 'police chief Anna Berg', 'person', 'Anna Berg');
const alphaWitness = mention(ALPHA_TEXT, 'A witness', 'person', 'witness');

const alphaTwelve: Quantity = {
  type: 'quantity',
  ...spanOf(ALPHA_TEXT, 'At least 12'),
  value: 12,
  max: 12,
  unit: 'people',
  kind: 'count',
  bound: 'at-least',
};

const alphaFriday: TimeRef = {
  type: 'time',
  ...spanOf(ALPHA_TEXT, 'on Friday'),
  start: '2025-04-25',
  end: '2025-04-25',
  grain: 'day',
  relative: true,
};

const afp: Channel = { type: 'channel', ...spanOf(ALPHA_TEXT, 'AFP'), name: 'AFP', kind: 'agency', inferred: false };

const alphaPoliceSaid: Attribution = {
  type: 'attribution',
  id: 'alpha-a1',
  articleId: 'alpha',
  ...spanOf(ALPHA_TEXT, 'At least 12 people were killed in the blast on Friday'),
  kind: 'indirect',
  speaker: alphaPolice,
  cue: spanOf(ALPHA_TEXT, 'said'),
  via: null,
};

const alphaBergQuote: Attribution = {
  type: 'attribution',
  id: 'alpha-a2',
  articleId: 'alpha',
  ...spanOf(ALPHA_TEXT, 'We are investigating every lead,'),
  kind: 'direct',
  speaker: alphaBerg,
  cue: spanOf(ALPHA_TEXT, 'told'),
  via: afp,
};

const alphaC1: Claim = {
  type: 'claim',
  id: 'alpha-c1',
  articleId: 'alpha',
  ...spanOf(ALPHA_TEXT, alphaC1Sentence.raw),
  text: alphaPoliceSaid.raw,
  textRange: alphaPoliceSaid.range,
  attribution: alphaPoliceSaid,
  mentions: [alphaPolice],
  quantities: [alphaTwelve],
  times: [alphaFriday],
  polarity: 'asserted',
  negation: null,
  modality: 'reported',
  modalCue: alphaPoliceSaid.cue,
  section: 'lede',
  paragraph: 0,
};

const alphaC2: Claim = {
  type: 'claim',
  id: 'alpha-c2',
  articleId: 'alpha',
  ...spanOf(ALPHA_TEXT, alphaC2Sentence.raw),
  text: alphaBergQuote.raw,
  textRange: alphaBergQuote.range,
  attribution: alphaBergQuote,
  mentions: [alphaBerg],
  quantities: [],
  times: [],
  polarity: 'asserted',
  negation: null,
  modality: 'reported',
  modalCue: alphaBergQuote.cue,
  section: 'body',
  paragraph: 1,
};

const alphaC3: Claim = {
  type: 'claim',
  id: 'alpha-c3',
  articleId: 'alpha',
  ...spanOf(ALPHA_TEXT, alphaC3Sentence.raw),
  text: alphaC3Sentence.raw,
  textRange: alphaC3Sentence.range,
  attribution: null,
  mentions: [alphaWitness],
  quantities: [],
  times: [],
  polarity: 'asserted',
  negation: null,
  modality: 'certain',
  modalCue: null,
  section: 'body',
  paragraph: 2,
};

export const alphaClaims: ArticleClaims = {
  type: 'article-claims',
  article: alphaArticle,
  sentences: [alphaC1Sentence, alphaC2Sentence, alphaC3Sentence],
  mentions: [alphaPolice, alphaBerg, alphaWitness],
  quantities: [alphaTwelve],
  times: [alphaFriday],
  attributions: [alphaPoliceSaid, alphaBergQuote],
  claims: [alphaC1, alphaC2, alphaC3],
};

// beta

const betaC1Sentence = sentence(BETA_TEXT, 'Nine people were killed in the blast on Friday, according to officials.', 0);

const betaOfficials = mention(BETA_TEXT, 'officials', 'organization', 'officials');

const betaNine: Quantity = {
  type: 'quantity',
  ...spanOf(BETA_TEXT, 'Nine', 1),
  value: 9,
  max: 9,
  unit: 'people',
  kind: 'count',
  bound: 'exact',
};

const betaFriday: TimeRef = {
  type: 'time',
  ...spanOf(BETA_TEXT, 'on Friday'),
  start: null,
  end: null,
  grain: 'day',
  relative: true,
};

const betaOfficialsSaid: Attribution = {
  type: 'attribution',
  id: 'beta-a1',
  articleId: 'beta',
  ...spanOf(BETA_TEXT, 'Nine people were killed in the blast on Friday'),
  kind: 'indirect',
  speaker: betaOfficials,
  cue: spanOf(BETA_TEXT, 'according to'),
  via: null,
};

const betaC1: Claim = {
  type: 'claim',
  id: 'beta-c1',
  articleId: 'beta',
  ...spanOf(BETA_TEXT, betaC1Sentence.raw),
  text: betaOfficialsSaid.raw,
  textRange: betaOfficialsSaid.range,
  attribution: betaOfficialsSaid,
  mentions: [betaOfficials],
  quantities: [betaNine],
  times: [betaFriday],
  polarity: 'asserted',
  negation: null,
  modality: 'reported',
  modalCue: betaOfficialsSaid.cue,
  section: 'lede',
  paragraph: 0,
};

export const betaClaims: ArticleClaims = {
  type: 'article-claims',
  article: betaArticle,
  sentences: [betaC1Sentence],
  mentions: [betaOfficials],
  quantities: [betaNine],
  times: [betaFriday],
  attributions: [betaOfficialsSaid],
  claims: [betaC1],
};

// comparison

export const deathTollGroup: ClaimGroup = {
  type: 'group',
  id: 'g1',
  claims: [alphaC1, betaC1],
  evidence: [{ type: 'pair', a: 'alpha-c1', b: 'beta-c1', score: 0.8, features: { lexical: 0.7, entities: 0.9 } }],
  similarity: 0.8,
};

export const witnessGroup: ClaimGroup = {
  type: 'group',
  id: 'g2',
  claims: [alphaC3],
  evidence: [],
  similarity: 1,
};

export const deathTollDiscrepancy: Discrepancy = {
  type: 'number',
  id: 'd1',
  severity: 'high',
  groupId: 'g1',
  ruleId: 'number/count-mismatch',
  message: 'Alpha News reports at least 12 killed; Beta Times reports 9.',
  why: 'A death toll differs between outlets.',
  values: [
    { articleId: 'alpha', claimId: 'alpha-c1', value: '12', range: alphaTwelve.range, raw: alphaTwelve.raw },
    { articleId: 'beta', claimId: 'beta-c1', value: '9', range: betaNine.range, raw: betaNine.raw },
  ],
};

export const witnessOmission: Discrepancy = {
  type: 'omission',
  id: 'd2',
  severity: 'low',
  groupId: 'g2',
  ruleId: 'omission/single-outlet',
  message: 'Only Alpha News reports the witness post.',
  why: 'A body claim reported by one outlet of two.',
  values: [{ articleId: 'alpha', claimId: 'alpha-c3', value: null, range: alphaC3.range, raw: alphaC3.raw }],
  absentFrom: ['beta'],
};

export const comparisonFixture: ComparisonResult = {
  engine: {
    name: 'crossclaim',
    version: '0.0.0-test',
    stages: ['ingest', 'extract', 'align', 'compare'],
    rules: ['number/count-mismatch', 'omission/single-outlet'],
    options: { threshold: 0.5 },
  },
  articles: [alphaArticle, betaArticle],
  extractions: [alphaClaims, betaClaims],
  groups: [deathTollGroup, witnessGroup],
  discrepancies: [deathTollDiscrepancy, witnessOmission],
};
