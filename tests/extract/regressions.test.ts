/** Inputs that once crashed or misread; each stays fixed. */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { extractTimes } from '../../src/extract/times.js';

describe('regressions', () => {
  it('a year followed by "to" and a scaled number is not a year range, and times do not throw', () => {
    const t = 'At the same time, the number of injuries dropped, from 3.03 million in 2001 to 2.92 million in 2002.';
    expect(() => extractTimes(t, 0, t.length, null)).not.toThrow();
    const years = extractQuantities(t, 0, t.length).filter((q) => q.kind === 'year');
    for (const y of years) expect(y.max).toBeLessThanOrEqual(2100);
  });
});
