/**
 * Where indirect content ends (attribution/extent.ts): before "and" with auxiliaries and a
 * reporting verb ("… and has said …"), before an adverbial clause with its own subject after a
 * nominal or infinitive object ("… ⟦elites⟧ as he accepts …", "voted ⟦to ban X⟧ as Congress …"),
 * before a clause with a pronoun subject after a comma (", it lists …") or after "and", before a
 * coordinated participle or a further act of the subject; the noun-phrase object of a non-speech
 * cue (with the clause after it as a second reading), and a frame's time adjunct and setting.
 */
import { describe, expect, it } from 'vitest';
import { attributions, byCue, candidates, firstByCue, show, titled } from './attribution-cases.js';

/** The contents of the drafts whose cue is `cue`, without a final period. */
const contents = (text: string, cue: string): string[] => byCue(text, cue).map((a) => a.raw.replace(/\.$/u, ''));

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

  it('indirect content ends before a coordinated clause with a pronoun subject', () => {
    const a = attributions('Tom Hardy said the plan was dead, and he railed against the council for weeks.');
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the plan was dead');
  });

  it('keeps a coordinated subject in the content, and ends the content at a coordinated clause after its verb', () => {
    const body = titled('Ms. Roe said that she and her husband had opted not to join the photo line.');
    expect(byCue(body, 'said').map((x) => x.raw), show(body)).toEqual(['that she and her husband had opted not to join the photo line.']);
    const clause = titled('Jane Roe said the plan was dead and the mayor would vote against it.');
    expect(byCue(clause, 'said').map((x) => x.raw), show(clause)).toEqual(['the plan was dead']);
  });

  it('a clause after a speech cue is not cut as a noun phrase', () => {
    const a = attributions('Tom Hardy said the plan is cruel and costs far too much.');
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the plan is cruel and costs far too much.');
  });

  it('a participle coordinated after the content ends it', () => {
    const a = attributions('Tom Hardy said the vote was rigged and vowing to sue the county.');
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the vote was rigged');
  });

  it('a reporting verb after a comma starts the next act of the subject, not the content', () => {
    const found = firstByCue('Tom Hardy suggested the vote was rigged, called the count “a farce” and left the hall.', 'suggested');
    expect(found?.raw).toBe('the vote was rigged');
  });

  it('a cue in a relative clause ends its content at the comma before the main verb', () => {
    const found = firstByCue('Olga Petrova, who declined to comment, returned the letters to the council.', 'declined');
    // Either no draft or one that stops before the main clause.
    expect(found?.raw ?? '').not.toContain('returned');
  });
});

describe('nominal objects', () => {
  it('the object of a non-speech cue ends with its noun phrase', () => {
    const a = attributions('Tom Hardy opposed the bridge plan because the city could not pay for it.');
    const found = a.find((x) => x.cue?.raw === 'opposed');
    expect(found?.raw).toBe('the bridge plan');
    expect(found?.speaker?.canonical).toBe('Tom Hardy');
  });

  it('a restrictive relative clause stays in the object, a comma ends it', () => {
    const a = attributions('Mayor Anna Berg endorsed Paul Reed, who runs the bakery on Main Street.');
    expect(a.find((x) => x.cue?.raw === 'endorsed')?.raw).toBe('Paul Reed');
  });

  it('a time adjunct ends a nominal object', () => {
    const found = firstByCue('Mayor Anna Berg endorsed Paul Reed last week in a short letter.', 'endorsed');
    expect(found?.raw).toBe('Paul Reed');
    const onDay = firstByCue('The union backed the harbour plan on Tuesday despite the cost.', 'backed');
    expect(onDay?.raw).toBe('the harbour plan');
  });

  it('proposes the clause beside the noun phrase of a nominal object', () => {
    const text = 'The union backed the harbour plan because it saves jobs.';
    const found = candidates(text).filter((x) => x.attribution.cue?.raw === 'backed');
    expect(found.map((x) => x.attribution.raw), show(text)).toEqual(['the harbour plan', 'the harbour plan because it saves jobs.']);
    expect(found.map((x) => x.tokens.includes('variant=clause'))).toEqual([false, true]);
    // A listed speech verb reads the clause only: no second reading.
    expect(byCue('Anna Berg said the harbour plan saves jobs.', 'said')).toHaveLength(1);
  });
});

describe('a frame’s time adjunct and setting', () => {
  it('ends a frame at a time adjunct followed by its setting', () => {
    const body = titled('The company will cut 300 jobs, the agency said Tuesday in a statement.');
    const found = firstByCue(body, 'said');
    expect(found?.raw, show(body)).toBe('The company will cut 300 jobs');
    expect(found!.speaker?.raw).toBe('the agency');
    // Speaker first: the content follows the setting, not the time word.
    const first = titled('The agency said Tuesday in a statement that the company will cut 300 jobs.');
    expect(firstByCue(first, 'said')?.raw, show(first)).toBe('that the company will cut 300 jobs.');
  });
});
