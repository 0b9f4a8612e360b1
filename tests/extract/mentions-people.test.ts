/**
 * Persons whose given name compromise does not know, found by the frame they stand in; month names
 * in a date frame are no names. Made-up sentences and names.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

const kinds = (text: string) => Object.fromEntries(extractClaims(statementArticle(text, 'x', null)).mentions.filter((m) => m.form === 'name').map((m) => [m.raw, m.kind]));

describe('unfamiliar names in a person slot', () => {
  it.each([
    ['The lawsuit names Tavish Orunmila, a Democrat, and two registrars.', 'Tavish Orunmila'],
    ['The report was confirmed by Tavish Orunmila, 45, on Monday.', 'Tavish Orunmila'],
    ['The quote came from Tavish Orunmila, director of the state agency.', 'Tavish Orunmila'],
    ['The singer and her husband, Tavish Orunmila, have split up.', 'Tavish Orunmila'],
    ['The board heard that Tavish Orunmila said the plan had failed.', 'Tavish Orunmila'],
    ["He said Tavish Orunmila's attorney declined to comment.", 'Tavish Orunmila'],
    // Sharing a surname with a named person elsewhere in the text.
    ['Kerry Kennedy Orunmila and Tavish Orunmila have been married 13 years.', 'Tavish Orunmila'],
  ])('%s: %s is a person', (text, name) => {
    expect(kinds(text)[name]).toBe('person');
  });
  it.each([
    // The same form of words with no person frame: a company, a unit, a product.
    ['Shares of Tavish Orunmila rose 5 percent on Monday.', 'Tavish Orunmila'],
    ['The new commander of the Masaka Armoured Brigade was named on Monday.', 'Masaka Armoured Brigade'],
    ['They sell a medicine called Tavish Orunmila in two markets.', 'Tavish Orunmila'],
  ])('%s: %s is not a person', (text, name) => {
    expect(kinds(text)[name]).not.toBe('person');
  });
  it('a relative sharing a surname keeps a canonical name of its own', () => {
    const mentions = extractClaims(statementArticle('Kerry Kennedy Orunmila and Tavish Orunmila have been married 13 years.', 'x', null)).mentions;
    expect(mentions.find((m) => m.raw === 'Tavish Orunmila')?.canonical).toBe('Tavish Orunmila');
  });
});

describe('month names in a date frame', () => {
  it.each([
    ['The downtime, to take place in May and June, will cut production.', ['May', 'June']],
    ['The plant will close until August, the company said.', ['August']],
    ['Theresa Doe said so in April and May.', ['April', 'May']],
  ])('%s: %j are no names', (text, months) => {
    const k = kinds(text);
    for (const m of months) expect(k[m]).toBeUndefined();
  });
  it.each([
    ['He met June Carter in Ohio.', 'June Carter'],
    ['Theresa May said the talks would go on.', 'Theresa May'],
    ["The committee backed May's plan on Monday.", 'May'],
  ])('%s: %s is still a name', (text, name) => {
    expect(kinds(text)[name]).toBeDefined();
  });
});
