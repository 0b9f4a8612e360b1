/**
 * polarity: one outlet affirms what the other negates, denies or calls false. Three checks on
 * related claims:
 * - negation: the claims differ in polarity and share the negated predicate (one of the two content
 *   words after the negation cue, by stem), so that unrelated negations stay silent;
 * - antonyms: one claim uses a word whose WordNet antonym the other uses ("won" / "lost",
 *   "approved" / "rejected"), and neither uses both (data/lexicon/antonyms.json);
 * - refutation: one claim calls the matter false or denies it ("hoax", "fake", "debunked",
 *   "denies", "not true") and the other does not.
 */
import { readFileSync } from 'node:fs';
import type { Claim, Range } from '../../types.js';
import { contentStems } from '../../util/words.js';
import { relatedPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

/** Stems of the two content words after the negation cue ("did not agree to" → agre). */
function negatedPredicate(c: Claim): string[] {
  const after = c.text.slice(c.negation!.range[1] - c.textRange[0]);
  return contentStems(after).slice(0, 2);
}

let antonymIndex: Map<string, Set<string>> | null = null;
/** Word → its antonyms, both ways, from data/lexicon/antonyms.json (loaded once). */
export function antonyms(): ReadonlyMap<string, ReadonlySet<string>> {
  if (antonymIndex) return antonymIndex;
  const data = JSON.parse(readFileSync(new URL('../../../data/lexicon/antonyms.json', import.meta.url), 'utf8')) as { pairs: string[] };
  const index = new Map<string, Set<string>>();
  for (const pair of data.pairs) {
    const [a, b] = pair.split(' ') as [string, string];
    for (const [x, y] of [[a, b], [b, a]] as const) (index.get(x) ?? index.set(x, new Set()).get(x)!).add(y);
  }
  antonymIndex = index;
  return index;
}

/** Lemma candidates of an inflected word ("rejected" → rejected, reject, rejecte…). */
function lemmas(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), w.replace(/(\w)\1ed$/, '$1'));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.replace(/(\w)\1ing$/, '$1'));
  const irregular: Record<string, string> = { won: 'win', lost: 'lose', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', gave: 'give', took: 'take', left: 'leave', began: 'begin', ended: 'end', sold: 'sell', bought: 'buy', found: 'find' };
  if (irregular[w]) out.push(irregular[w]);
  return out;
}

interface Word { readonly lemmas: readonly string[]; readonly range: Range }

function words(c: Claim): Word[] {
  return [...c.raw.matchAll(/\p{L}+/gu)].map((m) => ({ lemmas: lemmas(m[0]), range: [c.range[0] + m.index!, c.range[0] + m.index! + m[0].length] as Range }));
}

/** A word of `a` whose antonym `b` uses, where neither claim uses both. */
function antonymPair(a: Claim, b: Claim): [Word, Word] | null {
  const index = antonyms();
  const wa = words(a);
  const wb = words(b);
  const has = (ws: Word[], lemma: string) => ws.some((w) => w.lemmas.includes(lemma));
  for (const x of wa) {
    for (const l of x.lemmas) {
      const opposite = index.get(l);
      if (!opposite || has(wb, l)) continue;
      const y = wb.find((w) => w.lemmas.some((m) => opposite.has(m) && !has(wa, m)));
      if (y) return [x, y];
    }
  }
  return null;
}

const REFUTATION = /\b(?:hoax(?:es)?|fake|false(?:ly)?|untrue|debunk(?:s|ed|ing)?|myth|fabricat(?:ed|ion)|baseless|bogus|unfounded|den(?:y|ies|ied)|refut(?:e|es|ed)|not true|no (?:\w+ )?evidence|rumou?rs? (?:are|is) (?:false|wrong))\b/i;

/**
 * Words that carry a negative sense without a negation cue ("failed to", "refused", "rejected",
 * "without", "lack"): a claim using one is not the affirmative counterpart of a negated or refuted one.
 */
const NEGATIVE_SENSE = /\b(?:not|no|never|none|nothing|nobody|without|\w+n['’]t|fail(?:s|ed|ing|ure)?|refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ial)|lack(?:s|ed|ing)?|unable|declin(?:e|es|ed|ing)|un\p{L}{4,}(?:ed|able))\b/iu;
const negativeSense = (c: Claim) => NEGATIVE_SENSE.test(c.raw);

function refutation(c: Claim): Range | null {
  const m = c.raw.match(REFUTATION);
  return m ? [c.range[0] + m.index!, c.range[0] + m.index! + m[0].length] : null;
}

export const polarityRule: Rule = {
  id: 'polarity/negated',
  type: 'polarity',
  description: 'One outlet affirms what another negates, denies or calls false.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const ta = textOf(context, a);
      const tb = textOf(context, b);
      if (a.polarity !== b.polarity) {
        const [neg, pos] = a.polarity === 'negated' ? [a, b] : [b, a];
        const predicate = negatedPredicate(neg);
        const posStems = new Set(contentStems(pos.text));
        if (predicate.some((s) => posStems.has(s)) && !negativeSense(pos)) {
          out.push({
            severity: 'high',
            message: `${context.outletOf(neg.articleId)} says "${neg.negation!.raw}" where ${context.outletOf(pos.articleId)} affirms: ${snippet(pos.text, 70)}`,
            why: 'the outlets say opposite things',
            values: [valueOf(pos, 'asserted', pos.textRange, textOf(context, pos)), valueOf(neg, 'negated', neg.negation!.range, textOf(context, neg))],
          });
          continue;
        }
      }
      const ra = refutation(a);
      const rb = refutation(b);
      if ((ra === null) !== (rb === null) && !negativeSense(ra ? b : a)) {
        const [den, pos, range] = ra ? [a, b, ra] : [b, a, rb!];
        const raw = textOf(context, den).slice(range[0], range[1]);
        out.push({
          severity: 'high',
          message: `${context.outletOf(den.articleId)} calls it "${raw}" where ${context.outletOf(pos.articleId)} reports it: ${snippet(pos.text, 70)}`,
          why: 'one outlet refutes what the other reports as fact',
          values: [valueOf(pos, 'asserted', pos.textRange, textOf(context, pos)), valueOf(den, 'refuted', range, textOf(context, den))],
        });
        continue;
      }
      const pair = antonymPair(a, b);
      if (pair) {
        const [x, y] = pair;
        out.push({
          severity: 'high',
          message: `${context.outletOf(a.articleId)} says "${ta.slice(...x.range)}" where ${context.outletOf(b.articleId)} says "${tb.slice(...y.range)}": ${snippet(a.text, 70)}`,
          why: 'the outlets use opposite words for the same thing',
          values: [valueOf(a, ta.slice(...x.range), x.range, ta), valueOf(b, tb.slice(...y.range), y.range, tb)],
        });
      }
    }
    return out;
  },
};
