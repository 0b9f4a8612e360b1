/**
 * The quote rule on the wording of one quotation: a changed word is a misquote, also in an unclosed
 * quotation, a quote its reporting clause splits in two, or a quotation cut short whose missing words
 * its sentence does not carry; the same words are no misquote with an unclosed mark, without marks,
 * with an editor's brackets or ellipses (`quoteDiffers`), split by the reporting clause, cut at the
 * ends with the other words unquoted in the sentence, with a suspended hyphen, "2" for "two", a name
 * spelt or transliterated otherwise, a contraction without its apostrophe, or one word quoted on one
 * side only. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, quietBothWays, silentBothWays, type Case, type TypedCase } from './cases.js';
import { quoteDiffers } from '../../src/compare/rules/quote.js';


describe('quote: a changed word is flagged both ways', () => {
  flaggedBothWays([
    // An unclosed quotation is still a quotation.
    ['a changed word in an unclosed quotation', 'Asked about the parade, the mayor said, "I did not see either one today, but I will certainly wave to them.', '"I did not see either one today, but I will certainly shout to them," the mayor said.', 'quote'],
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
  ] satisfies TypedCase[]);
});

describe('one quote written two ways: nothing but an omission is reported either way', () => {
  quietBothWays([
    ['the same quote with an unclosed mark', 'Asked about the parade, the mayor said, "I did not see either one today, but I will certainly wave to them.', '"I did not see either one today, but I will certainly wave to them," the mayor said.'],
    ['the quoted words given without marks', 'But Peterson added, "I don\'t know anybody in the committee who\'s fighting to keep it out completely."', "But Peterson added, I dont know anybody in the committee whos fighting to keep it out completely."],
    ['words an editor put in brackets', '"Ximian brings Novell unparalleled expertise, strengthening our ability to work with [our] customers," he said.', '"Ximian brings Novell unparalleled expertise, strengthening our ability to work with customers," he said.'],
    ['the same negation written two ways', '"They want common-sense solutions, and recall isnt one of them," the adviser Roger Salazar said.', '"They want commonsense solutions, and recall isn\'t one of them," said the adviser Roger Salazar.'],
  ] satisfies Case[]);
});

describe('quote: one quote written two ways is not flagged either way', () => {
  silentBothWays([
    [
      'one quote with "2" and "two", a trailing question mark, an acronym with full stops',
      '"The question is how did 38 visits over 2 years not stop the abuse of these children?" the F.T.C. chairman said.',
      '"The question is, how did 38 visits over two years not stop the abuse of these children," the FTC chairman said.',
      'quote',
    ],
    [
      'one quote with a name transliterated and hyphenated differently',
      'Harold Finch said the group "provided material support to bin Laden and al-Qaeda".',
      'Harold Finch said the group "provided material support to bin Laden and al-Qaida."',
      'quote',
    ],
    [
      'a two-word quotation inside the other outlet\'s whole quote',
      "He said that it would be ''very difficult'' to establish a cause of death.",
      'Even with time, he said, "it\'s going to be very difficult to determine the cause of death."',
      'quote',
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
  ] satisfies TypedCase[]);
});

describe('helpers', () => {
  it('quoteDiffers ignores editorial brackets and ellipses, not a changed word', () => {
    expect(quoteDiffers('work with [our] customers and leverage open source', 'work with customers and leverage open source')).toBe(false);
    expect(quoteDiffers('we want peace . . . it is always a last resort', 'we want peace it is always a last resort')).toBe(false);
    expect(quoteDiffers('work with [our] customers and leverage open source', 'work with rivals and leverage open source')).toBe(true);
  });
});
