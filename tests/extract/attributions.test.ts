/** Attribution extraction on tables of sentences written for the test: speaker, cue, channel, kind. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

interface Row {
  readonly text: string;
  readonly content: string;
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly via: string | null;
  readonly kind: string;
}

const rows: Row[] = [
  { text: '“We are ready to talk,” said Maria Gonzalez, the foreign minister.', content: 'We are ready to talk,', speaker: 'Maria Gonzalez', cue: 'said', via: null, kind: 'direct' },
  { text: 'Health Minister Anna Berg said: “The hospital will reopen next month.”', content: 'The hospital will reopen next month.', speaker: 'Anna Berg', cue: 'said', via: null, kind: 'direct' },
  { text: 'Mayor Tom Hardy told reporters that the bridge would stay closed until May.', content: 'that the bridge would stay closed until May.', speaker: 'Tom Hardy', cue: 'told reporters', via: null, kind: 'indirect' },
  { text: 'The storm caused damage worth millions of dollars, according to Xinhua.', content: 'The storm caused damage worth millions of dollars', speaker: null, cue: 'according to', via: 'Xinhua', kind: 'indirect' },
  { text: 'We have no plans to raise taxes this year, says finance chief Olga Petrova.', content: 'We have no plans to raise taxes this year', speaker: 'Olga Petrova', cue: 'says', via: null, kind: 'direct-unmarked' },
  { text: 'In an interview with CNN, senator Paul Reed said the bill would pass easily.', content: 'the bill would pass easily.', speaker: 'Paul Reed', cue: 'said', via: 'CNN', kind: 'indirect' },
];

describe('attributions', () => {
  for (const row of rows) {
    it(row.text, () => {
      const ex = extractClaims(statementArticle(row.text, 't'), { headline: false });
      const a = ex.attributions.find((x) => x.raw === row.content);
      expect(a, `found: ${ex.attributions.map((x) => JSON.stringify(x.raw)).join(', ')}`).toBeDefined();
      expect(a!.speaker?.canonical ?? null).toBe(row.speaker);
      expect(a!.cue?.raw ?? null).toBe(row.cue);
      expect(a!.via?.name ?? null).toBe(row.via);
      expect(a!.kind).toBe(row.kind);
    });
  }

  it('a pronoun speaker resolves to the person named before it', () => {
    const text = 'Chancellor Erik Lund met the unions on Monday.\n\n“This was a good day,” he said.';
    const ex = extractClaims({ ...statementArticle(text, 't'), paragraphs: [[0, 46], [48, text.length]] }, { headline: false });
    const a = ex.attributions.find((x) => x.raw.startsWith('This was'));
    expect(a?.speaker?.raw).toBe('he');
    expect(a?.speaker?.canonical).toBe('Erik Lund');
  });

  it('every range indexes the text', () => {
    for (const row of rows) {
      const ex = extractClaims(statementArticle(row.text, 't'), { headline: false });
      for (const rec of [...ex.attributions, ...ex.claims, ...ex.mentions, ...ex.quantities, ...ex.times, ...ex.sentences]) {
        expect(row.text.slice(rec.range[0], rec.range[1])).toBe(rec.raw);
      }
    }
  });
});
