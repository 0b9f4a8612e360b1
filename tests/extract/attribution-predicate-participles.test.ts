/**
 * A participle of a mined cue after a copula, before a "that" clause ("some Democrats are
 * concerned that …", "X is not convinced that …"): no verb frame reads it (the tagger reads it as
 * an adjective, or the passive frame finds no agent), so noun-complement.ts reads it like a
 * predicate adjective ("Y was adamant that …"), credited to the copula's subject. A participle of
 * a hand-listed cue ("was told that") names the addressee, not the source, and is left unread.
 */
import { describe, expect, it } from 'vitest';
import { drafts } from './attribution-cases.js';

/** The drafts as "content | speaker | cue". */
const read = (text: string) => drafts(text).map((a) => `${a.raw.replace(/\.$/u, '')} | ${a.speaker?.raw ?? '-'} | ${a.cue?.raw ?? '-'}`);

describe('participles after a copula with a "that" clause', () => {
  it('reads the clause as the subject’s, from its "that"', () => {
    expect(read('The government is worried that the rhetoric could hurt investment.')).toContain('that the rhetoric could hurt investment | The government | worried');
    expect(read('But some Democrats are concerned that the tactics could make it harder to unite.').some((r) => r.startsWith('that the tactics could make it harder to unite | ') && r.endsWith('| concerned'))).toBe(true);
  });

  it('reads across "not" and adverbs between the copula and the participle', () => {
    expect(read('Her advisers are not convinced that the plan will work.').some((r) => r.startsWith('that the plan will work | ') && r.endsWith('| convinced'))).toBe(true);
  });

  it('leaves an addressee passive and a participle without a copula unread', () => {
    // "was told that": the subject heard it; nobody in the sentence said it.
    expect(read('He was told that the plan would fail.').some((r) => r.endsWith('| He | told'))).toBe(false);
    // No copula before the participle ("got" is no copula here): not read as a predicate.
    expect(read('The aides got worried that the plan would fail.').some((r) => r.endsWith('| worried'))).toBe(false);
    // A comma between the copula and the participle breaks the predicate.
    expect(read('The aides were, worried that the plan would fail.').some((r) => r.endsWith('| worried'))).toBe(false);
  });
});
