/**
 * The quote rule's quoted-versus-paraphrased finding shows the attributed words: a reported clause's
 * content starts at its "that" in the extraction, and the finding's values and diff leave it out.
 * A quotation whose own first word is "That" keeps it (upper case: a word of the quote, no conjunction).
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const published = '2025-04-25T10:00:00+02:00';

/** The quote finding between two statements (either way round), or undefined. */
const quoteFinding = (a: string, b: string) => compareStatements(a, b, { published }).discrepancies.find((d) => d.type === 'quote');

/** [what the case shows, sentence a, sentence b, first word of each value (the quoted side's first)]. */
const cases: ReadonlyArray<readonly [string, string, string, readonly [string, string]]> = [
  ['a reported clause loses its "that"', 'Smith said, "That plan will fail badly in the north."', 'Smith said that the plan would not work in the north.', ['That', 'the']],
  ['the paraphrase given first', 'Smith said that the plan would not work in the north.', 'Smith said, "That plan will fail badly in the north."', ['That', 'the']],
  ['a reported clause after a speaker with a title', 'Minister Jones said, "Our soldiers will stay in the region all winter."', 'Minister Jones said that their soldiers would remain in the region over winter.', ['Our', 'their']],
];

describe('quote: paraphrase values and diff without the clause\'s "that"', () => {
  for (const [what, a, b, firsts] of cases) {
    it(what, () => {
      const f = quoteFinding(a, b);
      expect(f).toBeDefined();
      expect(f!.values.map((v) => v.raw.split(' ')[0])).toEqual(firsts);
      // The value is the text at its range, and neither it nor the diff opens with the conjunction.
      for (const v of f!.values) expect(v.value).toBe(v.raw);
      for (const v of f!.values) expect(v.raw).not.toMatch(/^that\b/);
      expect(f!.diff![0]!.text).not.toMatch(/^that\b/);
    });
  }
});
