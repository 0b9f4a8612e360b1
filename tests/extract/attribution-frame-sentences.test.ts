/**
 * Speakers and extents around a quotation's frame: a sentence that is only a frame ("“… .” Jane
 * Doe said."), a party affiliation in parentheses before the cue, "That's according to X", a
 * relative clause with commas between the subject and the cue, fronted adjuncts before the main
 * clause of a participle, a participle after a closing quotation mark, a cue the tagger reads as a
 * noun, and line breaks inside a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { isFrameSentence } from '../../src/extract/attribution/content-first.js';
import { attributions, drafts } from './attribution-cases.js';

describe('a sentence that is only a frame', () => {
  it('recognises a bare frame sentence and rejects a sentence with content', () => {
    expect(isFrameSentence('Jane Doe said.')).toBe(true);
    expect(isFrameSentence('Rep. Jane Doe (D-Ore.) said Tuesday.')).toBe(true);
    expect(isFrameSentence('She added.')).toBe(true);
    expect(isFrameSentence('Jane Doe said the plan was dead.')).toBe(false);
    expect(isFrameSentence('Jane Doe left.')).toBe(false);
  });

  it('gives the quotation before it to its speaker, not to the previous speaker', () => {
    const a = attributions('Sen. Tom Reyes said the bill would pass. “I hope the bill fails before the vote next week.” Mayor Ann Lowry said.');
    const q = a.find((x) => x.raw.startsWith('I hope the bill fails'));
    expect(q?.speaker?.canonical).toBe('Ann Lowry');
  });
});

describe('speakers before the cue', () => {
  it('skips a party affiliation in parentheses between the name and the cue', () => {
    const a = attributions('The vote was close. “There is real energy in the races this year,” Rep. Ann Lowry (D-Ore.) said.');
    const q = a.find((x) => x.raw.startsWith('There is real energy'));
    expect(q?.speaker?.canonical).toBe('Ann Lowry');
  });

  it('takes the subject before a relative clause that has commas of its own', () => {
    const a = attributions('Ambassador Tom Reyes, who served in Peru, Chile and Brazil, praised the trade deal in an interview.');
    const q = a.find((x) => x.raw.startsWith('the trade deal'));
    expect(q?.speaker?.canonical).toBe('Tom Reyes');
  });

  it('gives a participle the main clause’s subject, not a speaker in a fronted clause', () => {
    const a = drafts('In a September debate, while most of his rivals called for a bigger army, Senator Tom Reyes kept to his plan, noting that the two groups are enemies.');
    const q = a.find((x) => x.cue?.raw === 'noting');
    expect(q?.speaker?.canonical).toBe('Tom Reyes');
    const rivals = a.find((x) => x.cue?.raw.startsWith('called'));
    expect(rivals?.speaker?.raw).not.toBe('Tom Reyes');
  });

  it('reads "tells" as a cue after an apposition even when tagged as a noun', () => {
    const a = attributions('“Yes, I support the governor,” Tom Reyes, founder of the Civic Trust, tells the Daily Ledger in an interview.');
    const q = a.find((x) => x.raw.startsWith('Yes, I support'));
    expect(q?.speaker?.canonical).toBe('Tom Reyes');
  });
});

describe('"That\'s according to X"', () => {
  it('makes the demonstrative the content and X the source', () => {
    const a = drafts('Turnout rose by a fifth. That’s according to early results of exit polls.');
    const d = a.find((x) => x.cue?.raw === 'according to');
    expect(d?.raw).toBe('That');
    expect(d?.speaker?.raw.startsWith('early results')).toBe(true);
  });

  it('keeps the clause as content when something else precedes the frame', () => {
    const a = drafts('Turnout rose by a fifth in the state, according to early results of exit polls.');
    const d = a.find((x) => x.cue?.raw === 'according to');
    expect(d?.raw).toBe('Turnout rose by a fifth in the state');
  });
});

describe('extents', () => {
  it('ends indirect content at a participle after a closing quotation mark', () => {
    const a = drafts('Senator Tom Reyes said that there is “only one real conservative in this race,” adding that his rivals had failed.');
    const d = a.find((x) => x.cue?.raw === 'said');
    expect(d?.raw.includes('adding')).toBe(false);
    expect(d?.raw.startsWith('that there is')).toBe(true);
  });

  it('reads each line of a paragraph with single line breaks as a paragraph', () => {
    const text = 'The debate went on.\n“We will win this state,” Ann Lowry said. “Voters know what we stand for.\n“The other side has no plan at all,” Tom Reyes said.';
    const a = drafts(text);
    const first = a.find((x) => x.raw.startsWith('We will win'));
    expect(first?.speaker?.canonical).toBe('Ann Lowry');
    // The unclosed quotation ends with its line: the next line's quotation is Tom Reyes's.
    expect(first?.raw.includes('other side')).toBe(false);
    const second = a.find((x) => x.raw.startsWith('The other side'));
    expect(second?.speaker?.canonical).toBe('Tom Reyes');
  });
});
