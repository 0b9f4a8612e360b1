/**
 * Attribution rules of the second round, on sentences written for the test: a speaker before a
 * colon, a party-and-state parenthesis between speaker and cue, a coordinated cue after a verb with
 * an object, a quotation that opens mixed content, a coordinated clause with a pronoun subject, and
 * the filter's lexical tokens.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';
import { draftTokens } from '../../src/extract/attribution/filter.js';
import type { Draft } from '../../src/extract/attribution/context.js';

function attributions(text: string) {
  return extractClaims(statementArticle(text, 't'), { headline: false }).attributions;
}

describe('attribution rules, round 2', () => {
  it('a title-cased name before a colon speaks the rest of the sentence', () => {
    const a = attributions('Hank Mills: The Budget Deal Will Collapse by Friday.');
    const found = a.find((x) => x.raw === 'The Budget Deal Will Collapse by Friday');
    expect(found, a.map((x) => x.raw).join(' | ')).toBeDefined();
    expect(found!.speaker?.raw).toBe('Hank Mills');
  });

  it('a lower-case lead before a colon is no speaker', () => {
    const a = attributions('The reason is simple: the budget deal will collapse by Friday.');
    expect(a.some((x) => x.raw.startsWith('the budget deal'))).toBe(false);
  });

  it('a party-and-state parenthesis is skipped to the name before it', () => {
    const a = attributions('Sen. Olga Petrova (D-Vt.) said the budget would fail.');
    const found = a.find((x) => x.raw === 'the budget would fail.');
    expect(found?.speaker?.canonical).toBe('Olga Petrova');
  });

  it('a cue coordinated after a verb with a named object keeps the first subject', () => {
    const a = attributions('Tom Hardy called both Anna Berg and Paul Reed “reckless” and said the city could not afford the plan.');
    const found = a.find((x) => x.raw === 'the city could not afford the plan.');
    expect(found?.speaker?.canonical).toBe('Tom Hardy');
  });

  it('a quotation that opens a longer clause is part of mixed content', () => {
    const a = attributions('Tom Hardy said “it makes me angry” every time the council delays the vote.');
    const found = a.find((x) => x.cue?.raw === 'said');
    expect(found?.raw).toBe('“it makes me angry” every time the council delays the vote.');
    expect(found?.kind).toBe('partial');
  });

  it('indirect content ends before a coordinated clause with a pronoun subject', () => {
    const a = attributions('Tom Hardy said the plan was dead, and he railed against the council for weeks.');
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the plan was dead');
  });
});

describe('attribution filter tokens', () => {
  const text = 'Tom Hardy never said the plan was dead.';
  const draft = {
    content: [text.indexOf('the plan'), text.length - 1],
    kind: 'indirect',
    speaker: { type: 'mention', range: [0, 9], raw: 'Tom Hardy', kind: 'person', canonical: 'Tom Hardy', form: 'name' },
    cue: { range: [text.indexOf('said'), text.indexOf('said') + 4], raw: 'said' },
    via: null,
    sentence: 0,
    paragraph: 0,
    quote: null,
    ownSetting: false,
    frame: 'speaker-first',
    paragraphStart: 0,
  } as unknown as Draft & { paragraphStart: number };

  it('name the cue, its neighbours, the content edges and the speaker position', () => {
    const tokens = draftTokens(text, [0, text.length], draft, 'speaker-first');
    expect(tokens).toEqual(expect.arrayContaining(['cue=said', 'speaker-first|cue=said', 'cuePrev=never', 'cueNext=the', 'contentFirst=the', 'contentLast=dead', 'speaker@start', 'cue.negated']));
    expect(tokens).not.toContain('cue.modal');
  });

  it('mark a draft proposed against a hand rule', () => {
    const tokens = draftTokens(text, [0, text.length], { ...draft, relaxed: 'short' }, 'speaker-first');
    expect(tokens).toEqual(expect.arrayContaining(['relaxed=short', 'relaxed=short|cue=said']));
  });
});
