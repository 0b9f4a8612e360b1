/**
 * Invariants of quotation and attribution extraction on any Unicode text: no exception, every
 * range within the text and pointing at its raw slice, quotation spans well nested in their
 * paragraph, and speakers, cues and channels citing the text too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { findQuoteSpans } from '../../src/extract/04-quotes.js';
import { documentArticle } from '../../src/eval/quotes.js';
import type { Attribution } from '../../src/types.js';

const pieces = fc.constantFrom(
  '“We are ready,” said the minister.',
  "''We are ready,'' Mr. Doe said.",
  '"Unbalanced opening mark',
  'closing only” she said',
  '‘nested “double” inside’ single',
  'They said the plan would fail, according to a Reuters report.',
  'The council, officials say, will vote.',
  'Experts told CBS that costs rose, the ministry added.',
  '😀🏳️‍🌈 emoji said “😀”',
  'قال الوزير «سنفوز» في بيان',
  'אמר השר "נצח"',
  "'' '' ''",
  '" " “ ” ‘ ’ « »',
);
const paragraph = fc.array(fc.oneof(pieces, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 8 }).map((p) => p.join(' '));
const documentText = fc.array(paragraph, { maxLength: 6 }).map((ps) => ps.join('\n\n'));

function checkAttribution(text: string, a: Attribution): void {
  const inText = (r: readonly [number, number]) => 0 <= r[0] && r[0] <= r[1] && r[1] <= text.length;
  expect(inText(a.range)).toBe(true);
  expect(text.slice(a.range[0], a.range[1])).toBe(a.raw);
  for (const s of [a.speaker, a.cue, a.via]) {
    if (!s) continue;
    expect(inText(s.range)).toBe(true);
    expect(text.slice(s.range[0], s.range[1])).toBe(s.raw);
  }
}

describe('attribution properties', () => {
  it('any text: no exception, every range valid', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const ex = extractClaims(documentArticle('p', text), { headline: false });
        for (const a of ex.attributions) checkAttribution(text, a);
      }),
      { numRuns: 150 },
    );
  });

  it('quotation spans lie inside their segment, content inside outer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        for (const q of findQuoteSpans(text, start, end)) {
          expect(start <= q.outer[0] && q.outer[0] <= q.content[0] && q.content[0] < q.content[1] && q.content[1] <= q.outer[1] && q.outer[1] <= end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a long text without a full stop stays linear and valid', () => {
    const unit = 'and he said “the talks, according to officials, would go on” while critics say ‘nothing’ changed ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const ex = extractClaims(documentArticle('long', text), { headline: false });
    const seconds = (performance.now() - started) / 1000;
    for (const a of ex.attributions) checkAttribution(text, a);
    expect(seconds).toBeLessThan(120);
  }, 180_000);
});
