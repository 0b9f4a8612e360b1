/** The sentence context the frame readers share (attribution/context.ts): how it records a draft. */
import { describe, expect, it } from 'vitest';
import { sentenceContext, type ArticleContext } from '../../src/extract/attribution/context.js';

describe('drafts pushed by a sentence context', () => {
  it('gives every draft the same properties in the same order', () => {
    const text = 'Anna Berg said the plan works.';
    const article: ArticleContext = { text, sentences: [{ type: 'sentence', range: [0, text.length], raw: text, paragraph: 0, section: 'body' }], paragraphs: [[0, text.length]], quotesByParagraph: [[]], drafts: [], usedQuotes: new Set() };
    const ctx = sentenceContext(article, 0, [], []);
    ctx.push({ content: [15, 29], kind: 'indirect', speaker: null, cue: null, quote: null });
    ctx.push({ content: [15, 29], kind: 'indirect', speaker: null, cue: null, quote: null, variant: 'clause', relaxed: 'rule', ownSetting: true });
    const [a, b] = article.drafts;
    expect(Object.keys(a!)).toEqual(Object.keys(b!));
    expect(a!.variant).toBeUndefined();
    expect(b!.variant).toBe('clause');
    expect(b!.ownSetting).toBe(true);
  });
});
