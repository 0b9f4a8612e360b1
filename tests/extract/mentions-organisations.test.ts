/**
 * Organisation and place names the mention finder used to cut or misread: a sentence-initial
 * adjective that begins a name ("United Airlines", "Big Blue"), a name compromise knows as an
 * organisation throughout that starts with a title word ("General Motors"), and a lone first name
 * after a locative preposition ("in Adelaide").
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

function names(text: string) {
  return (extractClaims(statementArticle(text, 't'), { headline: false }).mentions ?? []).filter((m) => m.form === 'name');
}

describe('organisation names', () => {
  it('keeps a sentence-initial adjective that begins a name', () => {
    const raws = names('The fares rose. United Airlines said it would cut jobs. Big Blue said sales fell.').map((m) => m.raw);
    expect(raws).toContain('United Airlines');
    expect(raws).toContain('Big Blue');
    expect(raws).not.toContain('Airlines');
  });

  it('does not join an adjective that ranks or counts a group to the name after it', () => {
    const raws = names('The vote was close. Other Republicans said the bill would fail.').map((m) => m.raw);
    expect(raws).toContain('Republicans');
    expect(raws).not.toContain('Other Republicans');
  });

  it('reads "General Motors" as one organisation, not a person with a title', () => {
    const m = names('Sales were strong. General Motors said sales rose in March.');
    const gm = m.find((x) => x.raw === 'General Motors');
    expect(gm?.kind).toBe('organization');
    expect(m.some((x) => x.raw === 'Motors')).toBe(false);
  });

  it('still splits a military title from a person’s name', () => {
    const m = names('The troops left. General John Allen said the mission was over.');
    expect(m.find((x) => x.raw === 'John Allen')?.kind).toBe('person');
  });
});

describe('places that are also first names', () => {
  it('reads a lone first name after "in" as a place', () => {
    const m = names('The rally in Adelaide drew large crowds on Sunday.');
    expect(m.find((x) => x.raw === 'Adelaide')?.kind).toBe('place');
  });

  it('keeps a full name with that first name a person', () => {
    const m = names('The crowd cheered when Adelaide Brooks said the plan was dead.');
    expect(m.find((x) => x.raw === 'Adelaide Brooks')?.kind).toBe('person');
  });

  it('finds a two-word place after "in"', () => {
    const m = names('The shooting in Fort Lauderdale left five dead.');
    expect(m.find((x) => x.raw === 'Fort Lauderdale')?.kind).toBe('place');
  });
});
