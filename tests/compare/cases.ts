/**
 * Table tests of a discrepancy type through the matcher: pairs of made-up sentences where the type
 * must be reported, and pairs where it must not. Shared by the rule tests named by topic.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';
import type { DiscrepancyType } from '../../src/types.js';

/** [what the case shows, sentence a, sentence b]. */
export type Case = readonly [string, string, string];

const published = '2025-04-25T10:00:00+02:00';

/** The types of the discrepancies the matcher reports between two statements, sorted, each once. */
export const typesOf = (a: string, b: string): DiscrepancyType[] => [...new Set(compareStatements(a, b, { published }).discrepancies.map((d) => d.type))].sort();

/** A describe block whose every case must report `type`. */
export function flaggedCases(title: string, type: DiscrepancyType, cases: readonly Case[]): void {
  describe(title, () => {
    for (const [what, a, b] of cases) it(what, () => expect(typesOf(a, b)).toContain(type));
  });
}

/** A describe block where no case may report `type`. */
export function silentCases(title: string, type: DiscrepancyType, cases: readonly Case[]): void {
  describe(title, () => {
    for (const [what, a, b] of cases) it(what, () => expect(typesOf(a, b)).not.toContain(type));
  });
}

/** [what the case shows, sentence a, sentence b, the discrepancy type]. */
export type TypedCase = readonly [string, string, string, DiscrepancyType];

/** Cases whose own type must be reported both ways round (a against b, b against a). */
export function flaggedBothWays(cases: readonly TypedCase[]): void {
  for (const [what, a, b, type] of cases) {
    it(what, () => {
      expect(typesOf(a, b)).toContain(type);
      expect(typesOf(b, a)).toContain(type);
    });
  }
}

/** Cases whose own type must not be reported either way round. */
export function silentBothWays(cases: readonly TypedCase[]): void {
  for (const [what, a, b, type] of cases) {
    it(what, () => {
      expect(typesOf(a, b)).not.toContain(type);
      expect(typesOf(b, a)).not.toContain(type);
    });
  }
}

/** Cases where nothing but an omission may be reported, either way round. */
export function quietBothWays(cases: readonly Case[]): void {
  for (const [what, a, b] of cases) {
    it(what, () => {
      expect(typesOf(a, b).filter((t) => t !== 'omission')).toEqual([]);
      expect(typesOf(b, a).filter((t) => t !== 'omission')).toEqual([]);
    });
  }
}
