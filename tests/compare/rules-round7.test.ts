/**
 * Round 7 of the discrepancy rules (issue 6): tables of true and false cases for the changes of this
 * round. Source: one channel named with and without its kind word. Quote: a quote its reporting
 * clause splits in two, a quotation cut at its ends whose other words stand unquoted in its sentence,
 * a suspended hyphen ("short- or long-lived"), a name written as two words and as one, a quotation
 * of one word the other sentence writes unquoted. Modality: a hedging adverb answered by its own
 * word in another form ("allegedly" / "alleged that"). Number: a figure written with fewer decimals.
 * Entity: a name in a compound adjective. Speaker (`sameName`): two surnames a slip apart ("Kowalczyk"
 * / "Kowalcyzk"). Polarity: converse verbs ("gave" / "taking"), a word all but denied ("barely changed"
 * / "stayed"), a negation in brackets, "neither … nor" and "failure to" as negative words. The
 * sentences are made up for the tests.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';
import { bareChannel, sameChannel } from '../../src/compare/rules/source.js';
import { compoundAdjective } from '../../src/compare/rules/entity.js';
import { sameName } from '../../src/compare/rule.js';
import { statementClaims } from '../../src/matcher.js';


/** [why, a, b, the discrepancy type that must be flagged both ways]. */
const flagged: TypedCase[] = [
  [
    'two different channels',
    'He told The Guardian newspaper that the family had Scottish universities in mind when they asked to stay.',
    '"The family had Scottish universities in mind when they asked to stay," he told The Herald newspaper.',
    'source',
  ],
  [
    'a split quote with a word changed',
    '"With costs continuing to climb," Ward says, "shoppers are putting their money into cheaper brands."',
    '"With costs continuing to climb, shoppers are putting their money into rival brands," said Ward.',
    'quote',
  ],
  [
    'a quotation cut short whose missing words the sentence does not carry',
    'Okafor said the council "will close the harbour to all traffic for the winter."',
    'Okafor said: "We have no choice, the council will close the harbour to all traffic for the winter."',
    'quote',
  ],
  [
    'a hedging adverb the other sentence does not answer',
    'The two men were allegedly trying to recruit exiles living abroad into the plot.',
    'The two men were trying to recruit exiles living abroad into the plot, the informant said.',
    'modality',
  ],
  [
    'a figure that is not the other rounded',
    "Shares of the carrier climbed 3.6 percent or 70 cents to $19.80, adding to the previous day's gain of 6 percent.",
    "Shares of the carrier climbed 5 percent, adding to the previous day's 6 percent rise.",
    'number',
  ],
  [
    'opposite verbs that are no converses',
    'Crude oil for March delivery rose 45 cents to $31.20 a barrel in London.',
    'Crude oil for March delivery fell 45 cents to $31.20 a barrel in London.',
    'polarity',
  ],
  [
    'a negation in a relative clause set off by commas',
    'The two men, who did not use forged passports, were arrested at the airport on Friday.',
    'The two men, who used forged passports, were arrested at the airport on Friday.',
    'polarity',
  ],
];

describe('round 7: a changed detail is flagged', () => {
  flaggedBothWays(flagged);
});

/** [why, a, b, the discrepancy type that must not be flagged either way]. */
const silent: TypedCase[] = [
  [
    'one channel named with and without its kind word',
    'He told The Guardian newspaper that the family had Scottish universities in mind when they asked to stay.',
    '"The family had Scottish universities in mind when they asked to stay -- especially the medical schools," he told The Guardian.',
    'source',
  ],
  [
    'a quote split in two by its reporting clause',
    '"With costs continuing to climb," Ward says, "shoppers are putting their money into cheaper brands."',
    '"With costs continuing to climb, shoppers are putting their money into cheaper brands," said Ward.',
    'quote',
  ],
  [
    'a shorter quotation whose other words stand unquoted in its sentence',
    '"I just got carried away and started drawing maps," Okafor said.',
    'Okafor says he got carried away with his sketchbook and just "started drawing maps."',
    'quote',
  ],
  [
    'a suspended hyphen written out',
    '"It still remains to be seen whether the ferry service will be short-lived or long-lived," Mr. Halvorsen said.',
    '"It remains to be seen whether the ferry service will be short- or long-lived," said Mr. Halvorsen.',
    'quote',
  ],
  [
    'a quoted name written as two words and as one',
    '"I conclude that the plaintiffs have shown that the group gave money to al Shabaab and Boko Haram," Lindqvist said.',
    '"I conclude that the plaintiffs have shown that the group gave money to al-Shabab and BokoHaram," Lindqvist said.',
    'quote',
  ],
  [
    'a quotation of one word that the other sentence writes unquoted',
    'Officials with Save Our Harbour, one of the groups leading the campaign, called the lawsuit laughable.',
    'The director of Save Our Harbour, the group leading the campaign, called the lawsuit "laughable."',
    'quote',
  ],
  [
    'a hedging adverb answered by its own word in another form',
    'The two men were allegedly trying to recruit exiles living abroad into the plot.',
    'The informant alleged that the two men were trying to recruit exiles living abroad into the plot.',
    'modality',
  ],
  [
    'a figure written with fewer decimals',
    "Shares of the carrier climbed 3.6 percent or 70 cents to $19.80, adding to the previous day's gain of 5 percent.",
    "Shares of the carrier climbed 4 percent, adding to the previous day's 5 percent rise.",
    'number',
  ],
  [
    'a speaker by surname and by full name with two letters swapped',
    'Kowalczyk, for example, wrote in the paper on Monday: "Voters have long suspected that the harbour board keeps its accounts in a locked drawer.',
    '"Voters have long suspected that the harbour board keeps its accounts in a locked drawer," Michael Kowalcyzk wrote.',
    'speaker',
  ],
  [
    '"neither … nor" in both sentences, one of them read as affirming',
    'Police said they believe Marsh knew of the boy through one of her former pupils - though neither the boy nor his family knew her.',
    'Police said on Monday they believed Marsh knew of the boy through one of her former pupils, although neither the boy nor his family knew her.',
    'polarity',
  ],
  [
    'a negation against "failure to" before the same word',
    "The first fault is a pressure drop that results from the pump's failure to properly seal a valve fitted at the factory.",
    'First up, the maker said a pressure drop fault occurs because the pump does not properly seal a valve fitted at the factory.',
    'polarity',
  ],
  [
    'converse verbs',
    'The vote came after the Greens swept the council elections, taking the largest share of seats on the council.',
    'The vote followed council elections that gave the Greens the largest share of seats on the council.',
    'polarity',
  ],
  [
    'a word all but denied against its opposite',
    'Bond prices were barely changed but within a few cents of their yearly highs.',
    'Bond prices slipped but stayed within a few cents of their yearly highs.',
    'polarity',
  ],
  [
    'a negation in brackets',
    'Shareholders of the firm will receive 0.25 shares of the parent (and no shares of its software unit) for each share they own.',
    'Shareholders of the firm will get 0.25 shares of the parent for each share they currently own.',
    'polarity',
  ],
];

describe('round 7: an equal detail written differently is not flagged', () => {
  silentBothWays(silent);
});

describe('channel names', () => {
  const table: Array<[string, string, boolean]> = [
    ['The Courier newspaper', 'The Courier', true],
    ['the Xinhua news agency', 'Xinhua', true],
    ['Fox News', 'Fox News', true],
    ['The Courier', 'The Herald', false],
    ['Sky News', 'CNN', false],
  ];
  for (const [x, y, expected] of table) it(`${x} / ${y} → ${expected}`, () => expect(sameChannel(x, y)).toBe(expected));
  it('keeps a capitalised kind word as part of the name', () => expect(bareChannel('Fox News')).toBe('Fox News'));
  it('drops a lower-case kind word and the article', () => expect(bareChannel('The Courier newspaper')).toBe('Courier'));
});

describe('compoundAdjective', () => {
  const claim = (s: string) => statementClaims(s, 'x').claims[0]!;
  it('reads the name of "Ill.-based" as part of an adjective', () => {
    const c = claim('The Schaumburg, Ill.-based company had scheduled its earnings report for Tuesday.');
    const m = c.mentions.find((x) => x.raw.startsWith('Ill'))!;
    expect(compoundAdjective(m, c)).toBe(true);
  });
  it('leaves a name standing alone', () => {
    const c = claim('The Schaumburg, Ill.-based company had scheduled its earnings report for Tuesday.');
    const m = c.mentions.find((x) => x.raw === 'Schaumburg')!;
    expect(compoundAdjective(m, c)).toBe(false);
  });
});


describe('sameName: surnames a slip apart', () => {
  const table: Array<[string, string, boolean]> = [
    ['Kowalczyk', 'Anna Kowalcyzk', true],
    ['Jeffrey', 'Jeffery', true],
    ['Johnson', 'Jackson', false],
    ['Harrison', 'Morrison', false],
    ['Vin Diesel', 'Samuel Adeyemi', false],
  ];
  for (const [x, y, expected] of table) it(`${x} / ${y} → ${expected}`, () => expect(sameName(x, y)).toBe(expected));
});

describe('stance builder: no negation case from a sentence that negates already', () => {
  it('leaves a "neither … nor" pair without a negation case', async () => {
    const { buildSyntheticCases } = await import('../../src/eval/stance.js');
    const record = { id: 't1', a: 'Neither the mayor nor his aides attended the meeting on Friday.', b: 'Neither the mayor nor his aides went to the meeting on Friday, officials said.', label: 1 };
    const cases = buildSyntheticCases([record as never]);
    expect(cases.some((c) => c.change === null)).toBe(true);
    expect(cases.some((c) => c.change === 'negation')).toBe(false);
  });
});

describe('stance builder: a place case replaces a place name, never a common noun', () => {
  it('takes no lower-case word compromise reads as a place', async () => {
    const { buildSyntheticCases } = await import('../../src/eval/stance.js');
    // compromise reads "euro zone" as a place.
    const zone = { id: 't2', a: 'It was too early to discuss further interest rate cuts for the euro zone.', b: 'It was too soon to discuss more rate cuts in the euro zone, he said.', label: 1 };
    expect(buildSyntheticCases([zone as never]).some((c) => c.change === 'place')).toBe(false);
    const named = { id: 't3', a: 'The plant in Houston closed on Friday, the company said.', b: 'The company said its Houston plant closed on Friday.', label: 1 };
    const place = buildSyntheticCases([named as never]).find((c) => c.change === 'place');
    expect(place?.detail).toMatch(/^Houston → /);
  });
});
