/** Round 5: group subjects of a known cue (respondents with a participle, partitives), on sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

const rows: ReadonlyArray<{ text: string; content: string; speaker: string; cue: string }> = [
  { text: 'Those polled said the harbour tax was the top issue.', content: 'the harbour tax was the top issue.', speaker: 'Those polled', cue: 'said' },
  { text: 'Farmers interviewed say the new canal will help them.', content: 'the new canal will help them.', speaker: 'Farmers interviewed', cue: 'say' },
  { text: 'Most of them said the ferry should keep running.', content: 'the ferry should keep running.', speaker: 'Most of them', cue: 'said' },
  { text: 'Three of whom said the ferry should keep running.', content: 'the ferry should keep running.', speaker: 'Three of whom', cue: 'said' },
];

describe('attribution round 5: group subjects', () => {
  for (const row of rows) {
    it(row.text, () => {
      const ex = extractClaims(statementArticle(row.text, 't'), { headline: false });
      const a = ex.attributions.find((x) => x.raw === row.content);
      expect(a, `found: ${ex.attributions.map((x) => JSON.stringify(x.raw)).join(', ')}`).toBeDefined();
      expect(a!.speaker?.raw).toBe(row.speaker);
      expect(a!.cue?.raw).toBe(row.cue);
    });
  }

  it('does not take a participle after a comma as part of a group subject', () => {
    const ex = extractClaims(statementArticle('The voters, polled last week, said the canal will help.', 't'), { headline: false });
    const a = ex.attributions.find((x) => x.raw === 'the canal will help.');
    expect(a?.speaker?.raw ?? '').not.toMatch(/polled/u);
  });
});
