/**
 * date: aligned claims place the event on different days or times ("on Monday" vs "on Tuesday").
 * Times resolved against each article's publication time compare as intervals; times that could not
 * be resolved compare by the calendar fields they name (weekday, month, day, year).
 */
import type { TimeRef } from '../../types.js';
import { timesConflict } from '../values.js';
import { relatedPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

const label = (t: TimeRef) => (t.start === t.end || !t.end ? (t.start ?? t.raw) : `${t.start}/${t.end}`);

export const dateRule: Rule = {
  id: 'date/different-time',
  type: 'date',
  description: 'Aligned claims resolve to non-overlapping dates or times.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      for (const ta of a.times) {
        const resolved = b.times;
        if (resolved.length === 0 || resolved.some((tb) => !timesConflict(ta, tb))) continue;
        if (a.times.some((other) => other !== ta && resolved.some((tb) => !timesConflict(other, tb)))) continue;
        const tb = resolved[0]!;
        out.push({
          severity: 'medium',
          message: `${context.outletOf(a.articleId)} dates it "${ta.raw}" (${label(ta)}) where ${context.outletOf(b.articleId)} says "${tb.raw}" (${label(tb)}): ${snippet(a.text, 70)}`,
          why: 'the two outlets place the same event at different times',
          values: [valueOf(a, label(ta), ta.range, textOf(context, a)), valueOf(b, label(tb), tb.range, textOf(context, b))],
        });
      }
    }
    return out;
  },
};
