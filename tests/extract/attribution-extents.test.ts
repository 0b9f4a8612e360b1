/**
 * Where indirect content ends (attribution/extent.ts): before "and" with auxiliaries and a
 * reporting verb ("… and has said …"), before an adverbial clause with its own subject after a
 * nominal or infinitive object ("… ⟦elites⟧ as he accepts …", "voted ⟦to ban X⟧ as Congress …"),
 * and before a clause with a pronoun subject after a comma (", it lists …").
 */
import { describe, expect, it } from 'vitest';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { documentArticle } from '../../src/eval/quotes.js';

/** The contents of the drafts whose cue is `cue`. */
function contents(text: string, cue: string): string[] {
  const article = documentArticle('t', text);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  return findAttributionCandidates(attributionInput('t', article.text, units, terms))
    .map((c) => c.attribution)
    .filter((a) => a.cue?.raw === cue)
    .map((a) => a.raw.replace(/\.$/u, ''));
}

describe('indirect content extents', () => {
  it('ends before "and" with auxiliaries and a reporting verb', () => {
    expect(contents('She describes herself as a moderate and has said that she would sign the bill.', 'describes')).toContain('herself as a moderate');
    // "and has been" with no reporting verb after it stays in the content.
    expect(contents('Jane Roe said the bridge is closed and has been for years.', 'said')).toContain('the bridge is closed and has been for years');
  });

  it('ends a nominal or infinitive object before an adverbial clause with its own subject', () => {
    expect(contents('The governor assails elites as he accepts the nomination.', 'assails')).toContain('elites');
    expect(contents('In the House, Jane Roe voted to ban the practice in 2001 and 2003 as Congress grappled with the ethics of the research.', 'voted')).toContain('to ban the practice in 2001 and 2003');
    // "as" without a clause after it ("described it as …") stays in.
    expect(contents('The governor described the plan as a disaster for the state.', 'described').some((c) => c.includes('as a disaster'))).toBe(true);
  });

  it('ends a content clause before a comma and a clause with a pronoun subject', () => {
    expect(contents('The mayor said the city would cut its budget, it added three new taxes.', 'said')).toContain('the city would cut its budget');
    // After a conditional, the clause after the comma is the content's main clause.
    expect(contents('The mayor said if the budget fails, they will cut jobs.', 'said')).toContain('if the budget fails, they will cut jobs');
  });
});
