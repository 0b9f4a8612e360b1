/**
 * Participial cues outside a finite clause (attribution/participle-phrases.ts): a participle after
 * the noun it modifies credits that noun phrase ("a group backing X"), a participle opening the
 * sentence credits the main clause's subject ("After thanking X, he …"); and participles that
 * compromise reads as adjectives out of context ("supporting") are mined as cue forms.
 */
import { describe, expect, it } from 'vitest';
import { minedCue } from '../../src/extract/attribution/cues.js';
import { FEATURE_NAMES } from '../../src/extract/attribution/filter.js';
import { candidates, firstByCue } from './attribution-cases.js';

/** The frame a candidate's features mark. */
function frameOf(features: readonly number[]): string | undefined {
  const i = features.findIndex((v, k) => v === 1 && FEATURE_NAMES[k]!.startsWith('frame='));
  return i >= 0 ? FEATURE_NAMES[i]!.slice('frame='.length) : undefined;
}

/** The frames of the candidates whose cue is exactly `cue`. */
function framesOf(text: string, cue: string): string[] {
  return candidates(text).filter((c) => c.attribution.cue?.raw === cue).map((c) => frameOf(c.features) ?? '');
}

describe('mined participles', () => {
  it('mines a participle that compromise reads as an adjective out of context', () => {
    expect(minedCue('supporting')?.lemma).toBe('support');
    expect(minedCue('morning')).toBeUndefined();
  });
});

describe('a participle after the noun it modifies', () => {
  it('credits the modified noun phrase, inside another draft’s content too', () => {
    const text = 'Last year, the company gave $10 million to a group backing Jane Roe, the former governor.';
    const d = firstByCue(text, 'backing');
    expect(d?.raw.startsWith('Jane Roe')).toBe(true);
    expect(d?.speaker?.raw).toBe('a group');
    expect(framesOf(text, 'backing')).toContain('modifier');
  });

  it('reads a clause after a saying participle, with a partitive phrase as speaker', () => {
    const d = firstByCue('The shootings have left 62 percent of voters saying race relations are growing worse.', 'saying');
    expect(d?.raw.replace(/\.$/u, '')).toBe('race relations are growing worse');
    expect(d?.speaker?.raw).toBe('62 percent of voters');
  });

  it('ends a nominal object before the main verb when the phrase is the subject', () => {
    const text = 'Democrats supporting Jane Roe were angry about the vote.';
    const found = candidates(text).filter((c) => c.attribution.cue?.raw === 'supporting');
    expect(found.map((c) => c.attribution.raw)).toEqual(['Jane Roe']);
    expect(found[0]!.attribution.speaker?.raw).toBe('Democrats');
  });

  it('leaves progressive verbs and nouns in "-ing" to the other frames', () => {
    expect(framesOf('The unions are supporting the plan.', 'supporting')).not.toContain('modifier');
    expect(firstByCue('The backing of the board helped the mayor.', 'backing')).toBeUndefined();
  });
});

describe('a participle opening the sentence', () => {
  it('credits the main clause’s subject, past a relative clause on the object', () => {
    const text = 'After thanking the crowd, which chanted his name, he touted his record.';
    const d = firstByCue(text, 'thanking');
    expect(d?.raw).toBe('the crowd');
    expect(d?.speaker?.raw).toBe('he');
    expect(framesOf(text, 'thanking')).toEqual(['fronted']);
  });

  it('starts a "that" clause at its "that" and ends it at the comma', () => {
    const d = firstByCue('Declaring that he alone could fix the economy, the developer offered himself as a candidate.', 'Declaring');
    expect(d?.raw).toBe('that he alone could fix the economy');
    expect(d?.speaker?.raw).toBe('the developer');
  });

  it('proposes nothing without a main clause after the comma, or for a participle that is no cue', () => {
    expect(firstByCue('Saying that the plan failed, and that it cost too much.', 'Saying')).toBeUndefined();
    expect(candidates('Rising from his chair, he left the room.')).toHaveLength(0);
  });
});
