/**
 * Name chunks of the mention finder: middle initials, a person qualified by a place, and the
 * lower-case words of a title.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

function mentions(text: string) {
  return (extractClaims(statementArticle(text, 't'), { headline: false }).mentions ?? []).filter((m) => m.form === 'name');
}

describe('mentions', () => {
  it('a middle initial does not end the name', () => {
    const m = mentions('Yesterday Gene B. Sperling, a former adviser, said the plan would fail.');
    expect(m.map((x) => x.raw)).toContain('Gene B. Sperling');
    expect(m.map((x) => x.raw)).not.toContain('Gene B');
  });

  it('a person "of" a place is the person, and the place stays a place', () => {
    const m = mentions('Sen. Bernie Sanders of Vermont called on the administration to block the deal.');
    expect(m.find((x) => x.raw === 'Bernie Sanders')?.kind).toBe('person');
    expect(m.find((x) => x.raw === 'Vermont')?.kind).toBe('place');
  });

  it('an organisation "of" a place stays one name', () => {
    const m = mentions('Officials at the University of Texas said the program was over.');
    expect(m.map((x) => x.raw)).toContain('University of Texas');
  });

  it('a title with "of" before a name is split off as a role', () => {
    const m = mentions('Secretary of State John Kerry said the talks would resume.');
    expect(m.find((x) => x.raw === 'John Kerry')?.kind).toBe('person');
  });
});
