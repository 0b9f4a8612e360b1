/** Invariants on any input: no exception, every range valid and pointing at its raw text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, ingestText } from '../src/index.js';

describe('properties', () => {
  it('ingest and extract never throw and every range indexes the text', () => {
    const sentence = fc.constantFrom('The minister said on Friday that 12 people died.', '“We will win,” she said.', 'According to Reuters, talks resumed.', '» Published: Mon 3 Mar 2024 10:00 CET', '  • Home', 'Tags', "It's “unbalanced", 'مرحبا بالعالم', '😀 emoji line with words in it.');
    const text = fc.array(fc.oneof(sentence, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 20 }).map((parts) => parts.join('\n\n'));
    fc.assert(
      fc.property(text, (t) => {
        const article = ingestText(t);
        const ex = extractClaims(article);
        for (const r of [...article.paragraphs, article.body]) expect(r[0] <= r[1] && r[1] <= t.length).toBe(true);
        for (const rec of [...ex.sentences, ...ex.mentions, ...ex.quantities, ...ex.times, ...ex.attributions, ...ex.claims]) {
          expect(t.slice(rec.range[0], rec.range[1])).toBe(rec.raw);
        }
      }),
      { numRuns: 60 },
    );
  });
});
