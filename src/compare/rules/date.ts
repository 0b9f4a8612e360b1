/**
 * date: aligned claims place the event on different days or times ("on Monday" vs "on Tuesday").
 * Times resolved against each article's publication time compare as intervals (clock times as
 * instants, each in the zone it writes); times that could not be resolved compare by the calendar
 * fields they name (weekday, month, day, year) and the clock time they write. A time both sides
 * write alike is matched to its twin first and left out.
 *
 * When the extracted times give no conflict (the extraction may miss a time, or pair the wrong two
 * when a claim names several), the calendar words of the two sentences are compared directly: each
 * side names weekdays and the two sets share none, or each side names a month or a year the other
 * does not ("in 2000 and 2002" / "in 2000 and 2004"); "mid-May" names May. A weekday that a
 * reporting verb gives ("X said Tuesday") dates the statement, and is compared with the other side's
 * statement day only, not with the day of the event (`statementDays`).
 */
import type { Claim, Range, TimeRef } from '../../types.js';
import { timesComparable, timesConflict } from '../values.js';
import { perClaim, relatedPairs, sentenceWords, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext, type SentenceWord } from '../rule.js';

const label = (t: TimeRef) => (t.start === t.end || !t.end ? (t.start ?? t.raw) : `${t.start}/${t.end}`);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Month abbreviations as written in news copy ("Nov. 11", "Sept. 3"). */
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
/** A prefix joined to a month or weekday by a hyphen that places a time inside it ("mid-May", "early-July", "late-Monday"). */
const PART_OF = /^(?:mid|early|late)-/i;
/** Words before "May" that make it the month, not the modal. */
const MAY_BEFORE = /^(?:in|of|since|until|till|by|from|to|early|late|mid|last|next|this|through|during|between|and|before|after)$/;

/**
 * A calendar word of a sentence: its field, value and range, and what it dates: the event, the
 * statement (`statementDays`), or both (a day opening the sentence, "Saturday, officials said …").
 */
interface CalendarWord {
  readonly field: 'weekday' | 'month' | 'year';
  readonly value: number;
  readonly raw: string;
  readonly range: Range;
  readonly role: 'event' | 'statement' | 'both';
}

/** Verbs that report a statement: a day right after one dates the statement, not the event it reports. */
const REPORTING = /^(?:said|says|say|told|tells|announced|announces|stated|added|adds|confirmed|wrote|testified|conceded|acknowledged|insisted|explained)$/;
/** Words that may stand between a reporting verb and its day ("said in an interview Tuesday", "told reporters late Monday"). */
const STATEMENT_FILLER = /^(?:in|an|a|the|on|at|during|interview|statement|conference|news|press|briefing|telephone|phone|reporters|journalists|late|early|last|this)$/;
/** How many words may stand between a reporting verb and the day it gives. */
const STATEMENT_REACH = 4;

/**
 * The start offsets of the sentence's words that date the statement: a weekday right after a
 * reporting verb, or after it and a few words of `STATEMENT_FILLER` ("Lefforge said Sunday, a day
 * after the attack", "she said in an interview Tuesday"), or right before one ("BEA on Tuesday said"). That day is when the outlet was told, and
 * compares only with the other outlet's statement day, not with the day of the event. ("First
 * reported Monday" is no such verb: the report is the event.)
 */
const statementDays = perClaim((c: Claim): ReadonlySet<number> => {
  const ws = sentenceWords(c);
  const out = new Set<number>();
  ws.forEach((w, i) => {
    if (!WEEKDAYS.includes(w.key)) return;
    // An active reporting verb, or a passive one reporting a clause ("It was announced on Sunday
    // that …"): without one ("will be announced Monday morning in Dallas") the saying is the event itself.
    const reporting = (j: number) => REPORTING.test(ws[j]!.key) && (!BE.test(ws[j - 1]?.key ?? '') || ws[i + 1]?.key === 'that');
    // "BEA on Tuesday said …": the day right before the verb.
    if (ws[i + 1] && !/[,;:.]/.test(ws[i + 1]!.gap) && reporting(i + 1)) {
      out.add(w.range[0]);
      return;
    }
    for (let j = i - 1; j >= Math.max(0, i - 1 - STATEMENT_REACH); j--) {
      if (/[,;:.]/.test(ws[j + 1]!.gap)) return;
      if (reporting(j)) {
        out.add(w.range[0]);
        return;
      }
      if (!STATEMENT_FILLER.test(ws[j]!.key)) return;
    }
  });
  return out;
});
const BE = /^(?:be|been|being|is|are|was|were)$/;

/** The weekdays, months and years a sentence names, read from its capitalised words and four-digit years; once per claim. */
export const calendarWords = perClaim((c: Claim, text: string): readonly CalendarWord[] => Object.freeze(calendarWordsOf(c, text)));

function calendarWordsOf(c: Claim, text: string): CalendarWord[] {
  const words = sentenceWords(c);
  const out: CalendarWord[] = [];
  let w: SentenceWord;
  const said = statementDays(c);
  const push = (field: CalendarWord['field'], value: number) =>
    out.push({ field, value, raw: w.text, range: w.range, role: said.has(w.range[0]) ? 'statement' : w.initial && /^,/.test(text.slice(w.range[1], w.range[1] + 1)) ? 'both' : 'event' });
  for (let i = 0; i < words.length; i++) {
    w = words[i]!;
    const after = text.slice(w.range[1], w.range[1] + 4);
    // "mid-May", "late-July": one word of the sentence, the month after its prefix.
    const name = w.text.replace(PART_OF, '');
    const key = w.key.replace(PART_OF, '');
    if (/^\p{Lu}/u.test(name)) {
      const weekday = WEEKDAYS.indexOf(key);
      if (weekday >= 0) {
        push('weekday', weekday);
        continue;
      }
      const month = MONTHS.indexOf(key);
      if (month >= 0 && (key !== 'may' || name !== w.text || /^\s*\d/.test(after) || MAY_BEFORE.test(words[i - 1]?.key ?? ''))) {
        push('month', month);
        continue;
      }
      const abbreviation = MONTH_ABBREVIATIONS[key];
      if (abbreviation !== undefined && /^\.?\s*\d/.test(after)) {
        push('month', abbreviation);
        continue;
      }
    }
    // A four-digit year, not a sum, a count with a unit or part of a larger number ("$2005", "2,000", "2000s").
    if (/^(?:1[89]|20)\d\d$/.test(w.text) && !/[$€£,.]$/.test(text.slice(w.range[0] - 1, w.range[0])) && !/^(?:,\d|\.\d|\s*(?:%|percent|per cent|people|units|troops|acres|feet|miles|km|tons|tonnes|barrels|shares|jobs))/i.test(after + text.slice(w.range[1] + 4, w.range[1] + 12))) {
      push('year', Number(w.text));
    }
  }
  return out;
}

/** The calendar fields in the order compared, each for event days and for statement days. */
const FIELDS = [['year', false], ['month', false], ['weekday', false], ['weekday', true]] as const;

/** The first field in which the two sentences name different calendar values, as a pair of words. */
function calendarConflict(a: Claim, b: Claim, context: RuleContext): [CalendarWord, CalendarWord] | null {
  const wa = calendarWords(a, textOf(context, a));
  const wb = calendarWords(b, textOf(context, b));
  for (const [field, statement] of FIELDS) {
    // A statement's day against an event's day is no conflict ("ambushed the convoy Saturday" / "said Sunday").
    const role = statement ? 'statement' : 'event';
    const xa = wa.filter((w) => w.field === field && (w.role === role || w.role === 'both'));
    const xb = wb.filter((w) => w.field === field && (w.role === role || w.role === 'both'));
    if (xa.length === 0 || xb.length === 0) continue;
    const va = new Set(xa.map((w) => w.value));
    const vb = new Set(xb.map((w) => w.value));
    const onlyA = xa.filter((w) => !vb.has(w.value));
    const onlyB = xb.filter((w) => !va.has(w.value));
    if (onlyA.length === 0 || onlyB.length === 0) continue;
    // Weekdays: the two sets share no value ("early Sunday … by early Tuesday" / "Saturday … early
    // Tuesday" may date two moments of one story). Months and years: each side names one the other
    // does not ("May through July" / "May through December", "in July last year … in March" /
    // "last November … this March").
    if (field === 'weekday' && (onlyA.length !== xa.length || onlyB.length !== xb.length)) continue;
    return [onlyA[0]!, onlyB[0]!];
  }
  return null;
}

/**
 * True when two times are written alike: the same words (case aside), or resolved to the same
 * interval at the same grain. Such a pair is matched, whatever else either side names.
 */
function sameTime(x: TimeRef, y: TimeRef): boolean {
  if (x.start !== null && y.start !== null) return x.start === y.start && x.end === y.end && x.grain === y.grain;
  return x.raw.toLowerCase() === y.raw.toLowerCase();
}

export const dateRule: Rule = {
  id: 'date/different-time',
  type: 'date',
  description: 'Aligned claims resolve to non-overlapping dates or times.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const before = out.length;
      // A time both sides write alike is matched there, and no match for a changed one beside it
      // ("since March 11 … lows in October" / "since June 11 … lows in October").
      const own = a.times.filter((ta) => !b.times.some((tb) => sameTime(ta, tb)));
      const resolved = b.times.filter((tb) => !a.times.some((ta) => sameTime(ta, tb)));
      // A clock time of no named day meets clock times only, a day or month days and months only (`timesComparable`).
      const partners = (t: TimeRef) => resolved.filter((tb) => timesComparable(t, tb));
      for (const ta of own) {
        const others = partners(ta);
        if (others.length === 0 || others.some((tb) => !timesConflict(ta, tb))) continue;
        if (own.some((other) => other !== ta && partners(other).some((tb) => timesComparable(ta, other) && !timesConflict(other, tb)))) continue;
        const tb = others[0]!;
        out.push({
          severity: 'medium',
          message: `${context.outletOf(a.articleId)} dates it "${ta.raw}" (${label(ta)}) where ${context.outletOf(b.articleId)} says "${tb.raw}" (${label(tb)}): ${snippet(a.text, 70)}`,
          why: 'the two outlets place the same event at different times',
          values: [valueOf(a, label(ta), ta.range, textOf(context, a)), valueOf(b, label(tb), tb.range, textOf(context, b))],
        });
      }
      if (out.length > before) continue;
      const words = calendarConflict(a, b, context);
      if (!words) continue;
      const [x, y] = words;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(a.articleId)} says "${x.raw}" where ${context.outletOf(b.articleId)} says "${y.raw}": ${snippet(a.text, 70)}`,
        why: 'the two outlets place the same event at different times',
        values: [valueOf(a, x.raw, x.range, textOf(context, a)), valueOf(b, y.raw, y.range, textOf(context, b))],
      });
    }
    return out;
  },
};
