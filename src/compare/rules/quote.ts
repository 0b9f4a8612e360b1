/**
 * quote: the same words are quoted differently (different wording, or one outlet's quote cut short),
 * or quoted in one outlet and paraphrased in the other. Shows a word-level diff.
 *
 * Quotations are found in each claim's sentence by their marks (“…”, "…", «…»), so a differing quote
 * is caught whoever the engine credits it to; two quotations are the same quote when they share at
 * least three words and half the words of the shorter one. Quoted-versus-paraphrased needs the same
 * speaker on both sides (by name).
 */
import type { Claim, Range } from '../../types.js';
import { sameWords, wordDiff } from '../diff.js';
import { isStopword, stem } from '../../util/words.js';
import { relatedPairs, sameName, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext } from '../rule.js';

const quoted = (c: Claim) => c.attribution !== null && (c.attribution.kind === 'direct' || c.attribution.kind === 'partial');
const paraphrased = (c: Claim) => c.attribution !== null && (c.attribution.kind === 'indirect' || c.attribution.kind === 'direct-unmarked');

const QUOTATION = /“([^“”]+)”|"([^"]+)"|«([^«»]+)»|„([^„“”]+)[“”]/g;

/** Quotations inside the claim's sentence, as ranges into the article text (the words, without the marks). */
function quotations(c: Claim): Range[] {
  const out: Range[] = [];
  for (const m of c.raw.matchAll(QUOTATION)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const start = c.range[0] + m.index! + 1;
    if (inner.trim().split(/\s+/).length >= 2) out.push([start, start + inner.length]);
  }
  return out;
}

const fold = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Content words (not stopwords) of diff parts with `op`. */
const changedContent = (diff: ReturnType<typeof wordDiff>, op: 'removed' | 'added') =>
  diff.filter((d) => d.op === op).flatMap((d) => fold(d.text)).filter((w) => !isStopword(w) && !/^(?:it's|that's|we're|i'm|'s|s)$/.test(w));

/**
 * True when two wordings of one quote differ in substance: some content word is replaced, or at
 * least three content words are cut from one of them. Differences in function words only ("a",
 * "it is" / "it's") are not discrepancies.
 */
export function quoteDiffers(x: string, y: string): boolean {
  if (sameWords(x, y)) return false;
  const diff = wordDiff(x, y);
  // An inflection of the same word ("team" / "teams") is no change.
  const removedAll = changedContent(diff, 'removed');
  const addedAll = changedContent(diff, 'added');
  const removedStems = new Set(removedAll.map((w) => stem(w)));
  const addedStems = new Set(addedAll.map((w) => stem(w)));
  const removed = removedAll.filter((w) => !addedStems.has(stem(w)));
  const added = addedAll.filter((w) => !removedStems.has(stem(w)));
  if (removed.length > 0 && added.length > 0) return true;
  return removed.length + added.length >= 3;
}

/** Same quote, possibly worded differently: ≥ 3 shared words and ≥ half the shorter quote's words. */
function sameQuote(x: string, y: string): boolean {
  const a = fold(x);
  const b = new Set(fold(y));
  const shared = new Set(a.filter((w) => b.has(w))).size;
  return shared >= 3 && shared >= 0.5 * Math.min(new Set(a).size, b.size);
}

function wording(a: Claim, b: Claim, ra: Range, rb: Range, context: RuleContext, who: string | null): Finding {
  const ta = textOf(context, a);
  const tb = textOf(context, b);
  const qa = ta.slice(ra[0], ra[1]);
  const qb = tb.slice(rb[0], rb[1]);
  const diff = wordDiff(qa, qb);
  const removed = diff.filter((d) => d.op === 'removed').length;
  const added = diff.filter((d) => d.op === 'added').length;
  const truncated = removed === 0 || added === 0;
  const whom = who ? ` ${who}` : '';
  return {
    severity: truncated ? 'low' : 'medium',
    message: truncated
      ? `${context.outletOf(removed === 0 ? a.articleId : b.articleId)} quotes${whom} in part; ${context.outletOf(removed === 0 ? b.articleId : a.articleId)} gives more of the quote`
      : `${context.outletOf(a.articleId)} and ${context.outletOf(b.articleId)} quote${whom} with different words`,
    why: truncated ? 'a shortened quote can change its sense' : "quoted words should be the speaker's exact words; one version is not",
    values: [valueOf(a, qa, ra, ta), valueOf(b, qb, rb, tb)],
    diff,
  };
}

export const quoteRule: Rule = {
  id: 'quote/wording',
  type: 'quote',
  description: 'The same quotation is worded differently or cut short, or quoted in one outlet and paraphrased in another.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const sa = a.attribution?.speaker?.canonical ?? null;
      const sb = b.attribution?.speaker?.canonical ?? null;
      const who = sa && sb && sameName(sa, sb) ? sa : null;
      const ta = textOf(context, a);
      const tb = textOf(context, b);
      const qsa = quotations(a);
      const qsb = quotations(b);
      let reported = false;
      for (const ra of qsa) {
        const x = ta.slice(ra[0], ra[1]);
        const rb = qsb.find((r) => sameQuote(x, tb.slice(r[0], r[1])));
        if (!rb) continue;
        if (quoteDiffers(x, tb.slice(rb[0], rb[1]))) out.push(wording(a, b, ra, rb, context, who));
        reported = true;
      }
      if (reported || !who) continue;
      if (quoted(a) && quoted(b) && qsa.length === 0 && qsb.length === 0) {
        if (quoteDiffers(a.attribution!.raw, b.attribution!.raw) && sameQuote(a.attribution!.raw, b.attribution!.raw)) out.push(wording(a, b, a.attribution!.range, b.attribution!.range, context, who));
      } else if ((quoted(a) && paraphrased(b) && qsb.length === 0) || (paraphrased(a) && quoted(b) && qsa.length === 0)) {
        const [q, p] = quoted(a) ? [a, b] : [b, a];
        out.push({
          severity: 'low',
          message: `${context.outletOf(q.articleId)} quotes ${who} verbatim; ${context.outletOf(p.articleId)} paraphrases: ${snippet(p.text, 70)}`,
          why: "a paraphrase may not carry the speaker's own words",
          values: [valueOf(q, q.attribution!.raw, q.attribution!.range, textOf(context, q)), valueOf(p, p.attribution!.raw, p.attribution!.range, textOf(context, p))],
          diff: wordDiff(q.attribution!.raw, p.attribution!.raw),
        });
      }
    }
    return out;
  },
};
