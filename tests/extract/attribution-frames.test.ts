/**
 * Attribution frames on sentences written for the test: participles, progressive and infinitive
 * cues, appositions between a quotation and its cue, quotations interrupted by their frame,
 * quantified and coordinated subjects, where indirect content ends, the passive frame with its
 * agent, a participle after a comma and an adverb, and the trained filter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftScore, FEATURE_NAMES } from '../../src/extract/attribution/filter.js';
import { attributions, byCue, candidates, drafts, frameOf, show, titled } from './attribution-cases.js';

interface Row {
  readonly name: string;
  readonly text: string;
  /** The attribution's exact content, its speaker's canonical name and its cue. */
  readonly content: string;
  readonly speaker: string;
  readonly cue: string;
}

const rows: Row[] = [
  {
    name: 'a participle after a comma reports the main subject',
    text: 'Mayor Tom Hardy said the bridge would stay closed, adding that repairs would cost millions.',
    content: 'that repairs would cost millions.',
    speaker: 'Tom Hardy',
    cue: 'adding',
  },
  {
    name: 'the content before a participle ends at its comma',
    text: 'Mayor Tom Hardy said the bridge would stay closed, adding that repairs would cost millions.',
    content: 'the bridge would stay closed',
    speaker: 'Tom Hardy',
    cue: 'said',
  },
  {
    name: 'a progressive cue is no passive',
    text: 'Senator Paul Reed is saying that the bill will pass next year.',
    content: 'that the bill will pass next year.',
    speaker: 'Paul Reed',
    cue: 'saying',
  },
  {
    name: 'a named speaker with an apposition between quotation and cue',
    text: '“The plan is dead,” Anna Berg, a professor of law at the university, told reporters.',
    content: 'The plan is dead,',
    speaker: 'Anna Berg',
    cue: 'told',
  },
  {
    name: 'a short tail after the cue of a quotation',
    text: '“It was a good day,” Anna Berg told the radio station then.',
    content: 'It was a good day,',
    speaker: 'Anna Berg',
    cue: 'told',
  },
  {
    name: 'a quotation interrupted by its frame is one attribution',
    text: '“We are ready,” said Maria Gonzalez, the foreign minister of the republic. “The talks can start tomorrow.”',
    content: 'We are ready,” said Maria Gonzalez, the foreign minister of the republic. “The talks can start tomorrow.',
    speaker: 'Maria Gonzalez',
    cue: 'said',
  },
  {
    name: 'a subject with an apposition is no content',
    text: 'Jane Doe, a professor at the university, said the plan would fail.',
    content: 'the plan would fail.',
    speaker: 'Jane Doe',
    cue: 'said',
  },
  {
    name: 'a coordinated verb keeps the subject, and the first content ends before it',
    text: 'Tom Hardy criticized the budget plan and said the city could not afford it.',
    content: 'the city could not afford it.',
    speaker: 'Tom Hardy',
    cue: 'said',
  },
  {
    name: 'inside a fronted subordinate clause the content ends at its comma',
    text: 'When Olga Petrova said she would debate on that day, her rival looked surprised.',
    content: 'she would debate on that day',
    speaker: 'Olga Petrova',
    cue: 'said',
  },
];

describe('attribution frames', () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = attributions(row.text);
      const a = found.find((x) => x.raw === row.content);
      expect(a, `found: ${found.map((x) => JSON.stringify(x.raw)).join(', ')}`).toBeDefined();
      expect(a!.speaker?.canonical).toBe(row.speaker);
      expect(a!.cue?.raw).toBe(row.cue);
      expect(row.text.slice(a!.range[0], a!.range[1])).toBe(a!.raw);
    });
  }

  it('a quantified group is a speaker', () => {
    const a = attributions('About one in five said they would not vote at all.').find((x) => x.raw === 'they would not vote at all.');
    expect(a?.speaker).not.toBeNull();
    expect(a?.speaker?.raw).toMatch(/five/);
  });

  it('no attribution reads the subject phrase or the frame as content', () => {
    for (const text of ['Jane Doe, a professor at the university, said the plan would fail.', 'When Olga Petrova said she would debate on that day, her rival looked surprised.']) {
      expect(attributions(text).map((a) => a.raw)).toHaveLength(1);
    }
  });

  it('"that" as a determiner does not open the content', () => {
    const text = 'Olga Petrova said she would debate on that day, and her rival agreed.';
    const a = attributions(text).find((x) => x.cue?.raw === 'said');
    expect(a?.raw.startsWith('she would debate')).toBe(true);
  });
});

describe('passive, participial and infinitive cues', () => {
  it('a passive cue credits its agent with the subject', () => {
    // The frame's draft, before the filter (whose decision on this one sentence is close to its threshold).
    const a = drafts('The council vote was first reported by the Daily Planet.');
    const found = a.find((x) => x.raw === 'The council vote');
    expect(found, a.map((x) => x.raw).join(' | ')).toBeDefined();
    expect(found!.speaker?.raw).toContain('Daily Planet');
    expect(found!.cue?.raw).toBe('was first reported by');
  });

  it('reads a participle after a comma and an adverb', () => {
    const body = titled('Jane Doe has raised questions about the mayor’s birthplace and religion, falsely suggesting that the mayor was born abroad.');
    const found = candidates(body).find((x) => x.attribution.cue?.raw === 'suggesting');
    expect(found?.attribution.raw, show(body)).toBe('that the mayor was born abroad.');
    expect(found!.attribution.speaker?.raw).toBe('Jane Doe');
    expect(frameOf(found!)).toBe('participial');
    // Without the comma, the adverb and participle open no participial frame.
    const plain = titled('Jane Doe kept falsely suggesting that the mayor was born abroad.');
    expect(candidates(plain).some((x) => x.attribution.cue?.raw === 'suggesting' && frameOf(x) === 'participial'), show(plain)).toBe(false);
  });

  it('reads a cue in an infinitive that opens another cue\'s content', () => {
    const body = titled('Jane Roe has continued to push for a single-payer health care system.');
    const push = byCue(body, 'push for');
    expect(push.map((x) => x.raw), show(body)).toEqual(['a single-payer health care system.']);
    expect(push[0]!.speaker?.raw).toBe('Jane Roe');
  });
});

describe('attribution filter', () => {
  const model = JSON.parse(readFileSync(new URL('../../data/lexicon/attribution-filter.json', import.meta.url), 'utf8')) as { features: string[]; weights: number[]; threshold: number };

  it('the committed model matches the features the code computes', () => {
    expect(model.features).toEqual([...FEATURE_NAMES]);
    expect(model.weights).toHaveLength(FEATURE_NAMES.length);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('scores a well-formed "X said that …" above a cue-less, speaker-less draft', () => {
    const f = (on: string[], values: Record<string, number> = {}) => FEATURE_NAMES.map((n) => (n === 'bias' || on.includes(n) ? 1 : values[n] ?? 0));
    const said = f(['frame=speaker-first', 'kind=indirect', 'speakerForm=name', 'speakerKind=person', 'cue.listed', 'cue.mined', 'cue.say', 'content.that'], { 'cue.precision': 0.92, 'cue.after': 0.38, 'cue.direct': 0.35, 'cue.logCount': 3.6, 'cue.words': 0.25, 'content.logChars': 1.8, 'content.sentenceShare': 0.7 });
    const bare = f(['frame=speaker-first', 'kind=indirect', 'speaker=none', 'cue=none', 'content.short'], { 'content.logChars': 0.8, 'content.sentenceShare': 0.1 });
    expect(draftScore(said)).toBeGreaterThan(model.threshold);
    expect(draftScore(bare)).toBeLessThan(draftScore(said));
  });
});
