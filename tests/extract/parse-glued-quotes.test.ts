/**
 * The parse splits a comma or colon glued to an opening quotation mark (`said,“Look`) into a cue
 * and the quotation's first word, keeping offsets and each term's punctuation as written.
 */
import { describe, expect, it } from 'vitest';
import { parseSegment } from '../../src/extract/01-parse.js';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

describe('glued quotation marks', () => {
  it('splits "said,“Look" into two terms with the comma and the mark kept as punctuation', () => {
    const text = 'Mayor Ann Lowry said,“Look, the budget is broken.”';
    const terms = parseSegment(text, 0, text.length);
    const said = terms.find((t) => t.normal === 'said');
    const look = terms.find((t) => t.normal === 'look');
    expect(said).toBeDefined();
    expect(look).toBeDefined();
    expect(said!.post.startsWith(',')).toBe(true);
    expect(look!.pre).toBe('“');
    for (const t of terms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads the glued quotation as the speaker’s', () => {
    const text = 'Mayor Ann Lowry said,“Look, the budget is broken. We will fix it.”';
    const a = extractClaims(statementArticle(text, 't'), { headline: false }).attributions;
    const q = a.find((x) => x.raw.startsWith('Look, the budget'));
    expect(q?.speaker?.canonical).toBe('Ann Lowry');
  });

  it('leaves a comma before a spaced quotation and a comma inside a number alone', () => {
    const text = 'She said, “Fine.” It cost 1,200 dollars.';
    const terms = parseSegment(text, 0, text.length);
    expect(terms.map((t) => t.text)).toContain('1,200');
    expect(terms.find((t) => t.normal === 'said')!.post.trim()).toBe(',');
  });
});
