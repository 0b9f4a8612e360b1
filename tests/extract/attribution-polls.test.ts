/**
 * A poll as the source of a finding (attribution/survey.ts): `In a … poll …, <clause>` and
 * `<clause> in the polls …`; no frame when the survey noun modifies another noun or no clause goes
 * with it.
 */
import { describe, expect, it } from 'vitest';
import { byCue, drafts, show, titled } from './attribution-cases.js';

describe('polls as sources', () => {
  it('reads a poll as the source of the clause it frames', () => {
    const leading = titled('In a Springfield Gazette poll released Monday, 50 percent of respondents chose the mayor.');
    const lead = byCue(leading, 'In');
    expect(lead.map((x) => x.raw), show(leading)).toEqual(['50 percent of respondents chose the mayor.']);
    expect(lead[0]!.speaker?.raw).toBe('a Springfield Gazette poll released Monday');
    const trailing = titled('The mayor has a decisive lead in the polls ahead of the primary.');
    const trail = byCue(trailing, 'in');
    expect(trail.map((x) => x.raw), show(trailing)).toEqual(['The mayor has a decisive lead']);
    expect(trail[0]!.speaker?.raw).toBe('the polls ahead of the primary');
  });

  it('reads no poll frame when the survey noun modifies another noun or no clause goes with it', () => {
    for (const sentence of ['He lives in the polls district near the river.', 'She worked in polling for years.', 'In a poll of that kind, nothing.']) {
      const body = titled(sentence);
      expect(drafts(body).filter((x) => /^in$/iu.test(x.cue?.raw ?? '')), show(body)).toEqual([]);
    }
  });
});
