/**
 * Nouns and adjectives that report (attribution/noun-complement.ts): a possessed noun with a
 * prepositional object or a "that" clause, a noun of thinking or saying without a possessor, a
 * predicate adjective with a preposition, and a reporting noun after a copula (no report).
 */
import { describe, expect, it } from 'vitest';
import { candidates, drafts, show } from './attribution-cases.js';

describe('nouns that report', () => {
  it('a possessed noun with a prepositional object credits the possessor with the object', () => {
    const text = 'Title\n\nTom Hardy praised the mayor. His support for the bridge plan surprised the council. Her insistence that the bridge would reopen was ignored.';
    const found = drafts(text);
    const support = found.find((a) => a.cue?.raw === 'support for');
    expect(support?.raw).toBe('the bridge plan');
    expect(support?.speaker?.raw).toBe('His');
    // A noun with a "that" clause is proposed to the filter, the clause as its content.
    expect(found.find((a) => a.cue?.raw === 'insistence')?.raw).toBe('that the bridge would reopen was ignored.');
  });

  it('a noun of thinking or saying without a possessor reports for the clause subject', () => {
    const text = 'Anna Berg had harsh words about the harbour tax.';
    const candidate = candidates(text).find((x) => x.attribution.cue?.raw === 'words about');
    expect(candidate, show(text)).toBeDefined();
    expect(candidate!.attribution.raw).toBe('the harbour tax.');
    expect(candidate!.attribution.speaker?.raw).toBe('Anna Berg');
    // Read by the noun frame without a possessor, which marks the draft for the filter.
    expect(candidate!.tokens).toContain('relaxed=noun-class');
    // A noun of no such class (a harbour) has no speaker without a possessor.
    expect(drafts('Anna Berg built a harbour of stone.').some((x) => x.cue?.raw === 'harbour of')).toBe(false);
  });

  it('a predicate adjective with a preposition reports the subject’s attitude', () => {
    const aboutCandidate = candidates('Anna Berg is upbeat about the harbour plan.').find((x) => x.attribution.cue?.raw === 'upbeat about');
    expect(aboutCandidate?.tokens).toContain('relaxed=adjective');
    const about = aboutCandidate?.attribution;
    expect(about, show('Anna Berg is upbeat about the harbour plan.')).toBeDefined();
    expect(about!.raw).toBe('the harbour plan.');
    expect(about!.speaker?.raw).toBe('Anna Berg');
    const to = drafts('The council was eager to reopen the ferry line.').find((x) => x.cue?.raw === 'eager');
    expect(to, show('The council was eager to reopen the ferry line.')).toBeDefined();
    expect(to!.raw).toBe('to reopen the ferry line.');
    // Without a copula the adjective reports nothing.
    expect(drafts('An upbeat crowd about the harbour cheered.').some((x) => x.cue?.raw === 'upbeat about')).toBe(false);
  });
});

describe('a reporting noun after a copula', () => {
  it('is no draft: the sentence describes, nobody reports', () => {
    const text = 'It was a discussion about the possibility of new talks between the two sides.';
    expect(drafts(text).some((x) => x.raw.startsWith('the possibility')), show(text)).toBe(false);
  });
  it('after another verb the subject still reports', () => {
    const text = 'Anna Berg had harsh words about the harbour tax.';
    expect(drafts(text).some((x) => x.raw.startsWith('the harbour tax') && x.speaker?.raw === 'Anna Berg'), show(text)).toBe(true);
  });
});
