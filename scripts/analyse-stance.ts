/**
 * Error analysis for the by-construction stance benchmark (`eval stance-synthetic`): builds the same
 * cases as `src/eval/stance.ts`, runs the matcher on each, and prints the missed changes and the
 * falsely flagged unchanged pairs with what the extraction found on each side (quantities, times,
 * named mentions, attribution, polarity, modality), so that a miss can be traced to the extraction,
 * to the relatedness gate of the rules (`related`: no rule runs on an unrelated pair) or to a rule.
 *
 * Usage: npx tsx scripts/analyse-stance.ts FILE [--type number,date,…,unchanged] [--limit N]
 *          [--half even|odd] [--summary] [--outcomes OUT]
 * --half keeps every other record (by line number) so that one half can be studied and the other
 * kept to check a change on; --summary prints only the counts (misses split into "not related"
 * and "rule silent"); --outcomes writes one line per case (id, hit or miss, the types flagged) so
 * that two runs can be compared case by case with `diff`.
 */
import { writeFileSync } from 'node:fs';
import { compareStatements, statementClaims } from '../src/matcher.js';
import { related } from '../src/compare/rule.js';
import { buildSyntheticCases, CHANGES, EXPECTED, type Change } from '../src/eval/stance.js';
import { readJsonl } from '../src/eval/io.js';
import type { PairRecord } from '../src/eval/pairs.js';
import type { Claim } from '../src/types.js';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--outcomes' && !/^\d+$/.test(a) && !/^(?:even|odd)$/.test(a) && !(CHANGES as readonly string[]).includes(a) && a !== 'unchanged');
if (!file) {
  process.stderr.write('usage: npx tsx scripts/analyse-stance.ts FILE [--type T] [--limit N] [--half even|odd] [--summary]\n');
  process.exit(2);
}
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--type');
const limit = Number(opt('--limit') ?? 20);
const half = opt('--half');
const summary = args.includes('--summary');
const outcomesFile = opt('--outcomes');
const outcomes: string[] = [];

let records = readJsonl<PairRecord>(file);
if (half === 'even' || half === 'odd') records = records.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
const kinds = only?.split(',');
const cases = buildSyntheticCases(records).filter((c) => !kinds || kinds.includes(c.change ?? 'unchanged'));

/** One line per extracted detail of a claim. */
function describe(c: Claim | undefined): string {
  if (!c) return '    (no claim)';
  const lines = [
    `    quantities: ${c.quantities.map((q) => `${q.raw}=${q.value}${q.max !== q.value ? `-${q.max}` : ''}/${q.kind}/${q.unit ?? '-'}/${q.bound}`).join(' | ') || '-'}`,
    `    times: ${c.times.map((t) => `${t.raw}=${t.start ?? '?'}/${t.grain}`).join(' | ') || '-'}`,
    `    mentions: ${c.mentions.map((m) => `${m.raw}[${m.kind}/${m.form}→${m.canonical}]`).join(' | ') || '-'}`,
    `    attribution: ${c.attribution ? `${c.attribution.kind} speaker=${c.attribution.speaker ? `${c.attribution.speaker.raw}[${c.attribution.speaker.kind}/${c.attribution.speaker.form}]` : '-'}` : '-'}`,
    `    polarity: ${c.polarity}${c.negation ? ` (${c.negation.raw})` : ''}  modality: ${c.modality}${c.modalCue ? ` (${c.modalCue.raw})` : ''}`,
  ];
  return lines.join('\n');
}

interface Tally { cases: number; hit: number; unrelated: number; silent: number }
const tallies = new Map<string, Tally>();
const shown = new Map<string, number>();
/** Unchanged pairs flagged, by discrepancy type (a pair counts once per type). */
const falseFlags = new Map<string, number>();
for (const c of cases) {
  const kind = c.change ?? 'unchanged';
  const t = tallies.get(kind) ?? tallies.set(kind, { cases: 0, hit: 0, unrelated: 0, silent: 0 }).get(kind)!;
  t.cases++;
  const result = compareStatements(c.a, c.b);
  const ca = statementClaims(c.a, 'a').claims[0];
  const cb = statementClaims(c.b, 'b').claims[0];
  const isRelated = ca !== undefined && cb !== undefined && related(ca, cb);
  const types = result.discrepancies.map((d) => d.type);
  const ok = c.change === null ? types.length === 0 : types.includes(EXPECTED[c.change as Change]);
  if (c.change === null) for (const type of new Set(types)) falseFlags.set(type, (falseFlags.get(type) ?? 0) + 1);
  outcomes.push(`${c.id}\t${ok ? 'hit' : 'miss'}\t${[...new Set(types)].sort().join(',')}`);
  if (ok) {
    t.hit++;
    continue;
  }
  if (!isRelated) t.unrelated++;
  else t.silent++;
  if (summary || (shown.get(kind) ?? 0) >= limit) continue;
  shown.set(kind, (shown.get(kind) ?? 0) + 1);
  process.stdout.write(`\n=== ${c.id} [${kind}] ${c.detail ?? ''} side=${c.side ?? '-'} related=${isRelated} aligned=${result.aligned}\n`);
  process.stdout.write(`  A: ${c.a}\n${describe(ca)}\n  B: ${c.b}\n${describe(cb)}\n`);
  for (const d of result.discrepancies) process.stdout.write(`  -> ${d.type}: ${d.message}\n`);
}

if (outcomesFile) writeFileSync(outcomesFile, `${outcomes.join('\n')}\n`);
process.stdout.write('\n');
const unchanged = tallies.get('unchanged')?.cases ?? 0;
if (unchanged > 0) process.stdout.write(`false flags by type: ${[...falseFlags].sort((x, y) => y[1] - x[1]).map(([type, n]) => `${type} ${(n / unchanged).toFixed(3)}`).join(', ')}\n`);
let changedCases = 0;
let changedHits = 0;
for (const [kind, t] of tallies) if (kind !== 'unchanged') [changedCases, changedHits] = [changedCases + t.cases, changedHits + t.hit];
if (changedCases > 0) process.stdout.write(`recall (all changed cases) ${(changedHits / changedCases).toFixed(3)}\n`);
for (const [kind, t] of tallies) {
  const rate = t.cases === 0 ? 0 : t.hit / t.cases;
  process.stdout.write(`${kind.padEnd(10)} cases ${String(t.cases).padStart(5)}  ${kind === 'unchanged' ? 'clean' : 'recall'} ${rate.toFixed(3)}  ${kind === 'unchanged' ? 'flagged' : 'missed'}: not related ${t.unrelated}, related ${t.silent}\n`);
}
