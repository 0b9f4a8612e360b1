/**
 * Attribution rules of the sixth round, on sentences written for the test: a subject separated
 * from the cue by a comma, verbs of saying the cue lexicon lacks (WordNet classes), the
 * clause reading of a nominal object beside its noun-phrase reading, nouns of saying without a
 * possessor, predicate adjectives with a preposition, and a fronted subordinate clause inside
 * reported content.
 */
import { describe, expect, it } from 'vitest';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { documentArticle } from '../../src/eval/quotes.js';
import { cueLemma } from '../../src/extract/attribution/cues.js';
import { lemmaCandidates, nounClass, verbClass } from '../../src/extract/attribution/verb-class.js';

/** Every candidate the frames propose for a one-paragraph text, before the filter. */
function candidates(text: string) {
  const article = documentArticle('t', text);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  return findAttributionCandidates(attributionInput('t', article.text, units, terms));
}
const drafts = (text: string) => candidates(text).map((c) => c.attribution);

const show = (text: string) => drafts(text).map((x) => `${x.raw} <${x.cue?.raw ?? '-'}|${x.speaker?.raw ?? '-'}>`).join(' ; ');

describe('WordNet word classes', () => {
  it('reads the class of inflected verbs and of nouns', () => {
    expect(verbClass('berated')).toBe('communication');
    expect(verbClass('reckons')).toBe('cognition');
    expect(verbClass('swimming')).not.toBe('communication');
    expect(nounClass('criticisms')).toBe('communication');
    expect(nounClass('harbour')).toBeUndefined();
  });

  it('undoes regular endings', () => {
    expect(lemmaCandidates('slammed')).toContain('slam');
    expect(lemmaCandidates('chiding')).toContain('chide');
    expect(lemmaCandidates('replies')).toContain('reply');
  });
});

describe('attribution rules, round 6', () => {
  it('a mention before a comma is not the subject of the cue after it', () => {
    const text = 'Whatever progress Anna Berg has made, officials said, could easily be undone.';
    const found = drafts(text).filter((x) => x.cue?.raw === 'said');
    expect(found.length, show(text)).toBeGreaterThan(0);
    for (const a of found) expect(a.speaker?.raw ?? '').not.toMatch(/Berg/u);
  });

  it('a verb of saying the cue lexicon lacks is a cue by its WordNet class', () => {
    const text = 'The harbour master berated the ferry company for its late boats.';
    expect(cueLemma('berated')).toBeUndefined();
    const found = drafts(text).find((x) => x.cue?.raw === 'berated');
    expect(found, show(text)).toBeDefined();
    expect(found!.speaker?.raw).toMatch(/harbour master/u);
    expect(found!.raw).toMatch(/^the ferry company/u);
    // A verb of motion is no cue.
    expect(drafts('The harbour master swam the channel after the race.').some((x) => x.cue?.raw === 'swam')).toBe(false);
  });

  it('proposes the clause beside the noun phrase of a nominal object', () => {
    const text = 'The union backed the harbour plan because it saves jobs.';
    const found = candidates(text).filter((x) => x.attribution.cue?.raw === 'backed');
    expect(found.map((x) => x.attribution.raw), show(text)).toEqual(['the harbour plan', 'the harbour plan because it saves jobs.']);
    expect(found.map((x) => x.tokens.includes('variant=clause'))).toEqual([false, true]);
    // A listed speech verb reads the clause only: no second reading.
    expect(drafts('Anna Berg said the harbour plan saves jobs.').filter((x) => x.cue?.raw === 'said')).toHaveLength(1);
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

  it('a fronted subordinate clause followed by its main clause is reported content', () => {
    const text = 'When the plan failed, the council lost money, Tom Reed said.';
    const found = drafts(text).find((x) => x.cue?.raw === 'said');
    expect(found, show(text)).toBeDefined();
    expect(found!.raw).toBe('When the plan failed, the council lost money');
    expect(found!.speaker?.raw).toBe('Tom Reed');
    // A fronted subordinate clause alone is no content ("As X spoke, Y responded").
    expect(drafts('As the mayor spoke, the crowd cheered.').some((x) => x.cue?.raw === 'spoke' && /^As/u.test(x.raw))).toBe(false);
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
