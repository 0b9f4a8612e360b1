/**
 * The sentence splitter: stops inside a quotation, initials and honorifics do not end a sentence,
 * nor does a question mark closing a quotation that its frame follows; a very long quotation is
 * still split.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/02-sentences.js';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map(([s, e]) => text.slice(s, e));
}

describe('splitSentences', () => {
  it('splits at a full stop before a capital', () => {
    expect(split('The talks ended. The delegates went home.')).toEqual(['The talks ended.', 'The delegates went home.']);
  });

  it('does not split inside a quotation', () => {
    expect(split('“We are ready. The talks can start tomorrow,” she said. Then she left.')).toEqual(['“We are ready. The talks can start tomorrow,” she said.', 'Then she left.']);
  });

  it('keeps a quotation ending in a question mark with its frame', () => {
    expect(split('“Why not now?” Jane Doe asked. Nobody answered.')).toEqual(['“Why not now?” Jane Doe asked.', 'Nobody answered.']);
    expect(split('“Why not now?” The room went quiet.')).toEqual(['“Why not now?”', 'The room went quiet.']);
  });

  it('does not split after dotted initials or a company abbreviation, and still splits after a sentence', () => {
    expect(split('Retailers J.C. Penney Co. and Sears said sales fell.')).toEqual(['Retailers J.C. Penney Co. and Sears said sales fell.']);
    expect(split('The show is made by Warner Bros. Television. It airs Monday.')).toEqual(['The show is made by Warner Bros. Television.', 'It airs Monday.']);
    expect(split('He met J.R.R. Tolkien once. She did not.')).toEqual(['He met J.R.R. Tolkien once.', 'She did not.']);
    // A capitalised word that is not an initial still ends a sentence.
    expect(split('The vote went to the GOP. Democrats objected.')).toEqual(['The vote went to the GOP.', 'Democrats objected.']);
  });

  it('splits a very long quotation at its stops', () => {
    const long = `“${'The plan will fail. '.repeat(30).trim()}” she said.`;
    expect(split(long).length).toBeGreaterThan(10);
  });

  it('does not split after a middle initial or an honorific', () => {
    expect(split('Gene B. Sperling met Sen. Roe and Mr. Doe on Monday. They talked.')).toEqual(['Gene B. Sperling met Sen. Roe and Mr. Doe on Monday.', 'They talked.']);
  });
  it('splits before a quotation opened with doubled apostrophes or backquotes, as the NYT and LaTeX write them', () => {
    expect(split("He said it was over.'' ''She will go,'' he added. ``It is done,'' she said.")).toEqual(["He said it was over.''", "''She will go,'' he added.", "``It is done,'' she said."]);
    // Not before a lower-case word.
    expect(split("He said it was over.'' ''and then some,'' he added.")).toHaveLength(1);
  });
});
