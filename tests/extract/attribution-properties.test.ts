/**
 * Invariants of quotation and attribution extraction on any Unicode text: no exception, every
 * range within the text and pointing at its raw slice, quotation spans well nested in their
 * paragraph, and speakers, cues and channels citing the text too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { parseSegment, type Term } from '../../src/extract/01-parse.js';
import { findMentions } from '../../src/extract/03-mentions.js';
import { findQuoteSpans } from '../../src/extract/04-quotes.js';
import { findAttributions } from '../../src/extract/05-attributions.js';
import { documentArticle } from '../../src/eval/quotes.js';
import type { Attribution, Sentence } from '../../src/types.js';

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

  it('a long paragraph without a full stop: attribution stays valid', () => {
    // The attribution stage on one parse of a 100 KB single-sentence paragraph. (1 MB: same result,
    // but per-sentence work is still super-linear in quotations and cues, about 4 minutes.)
    const unit = 'and he said “the talks, according to officials, would go on” while critics say ‘nothing’ changed ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const unitTerms = parseSegment(unit, 0, unit.length);
    const terms: Term[] = [];
    for (let at = 0; at < text.length; at += unit.length) for (const t of unitTerms) terms.push({ ...t, start: t.start + at, end: t.end + at });
    const sentences: Sentence[] = [{ type: 'sentence', range: [0, text.length], raw: text, paragraph: 0, section: 'body' }];
    const mentions = findMentions(text, terms, new Set([0]));
    const attributions = findAttributions({ articleId: 'long', text, sentences, paragraphs: [[0, text.length]], terms, mentions });
    for (const a of attributions) checkAttribution(text, a);
    expect(attributions.length).toBeGreaterThan(0);
  }, 120_000);
});
