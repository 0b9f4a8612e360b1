/**
 * quote: the same words are quoted differently (different wording, or one outlet's quote cut short
 * or cut inside), or quoted in one outlet and paraphrased in the other. Shows a word-level diff.
 *
 * Quotations are found in each claim's sentence by their marks (“…”, "…", «…»), so a differing quote
 * is caught whoever the engine credits it to; two quotations are the same quote when they share at
 * least three words and half the words of the shorter one. A quotation one outlet marks and the
 * other writes without marks (most of its words in order) is compared with those words. A quote
 * its reporting clause splits in two is compared as one ("…," Ward says, "…"), and a quotation
 * that only quotes fewer words is no cut when the words it leaves out stand unquoted in its sentence.
 * Quoted-versus-paraphrased needs the same speaker on both sides (by name). A quote cut short or
 * given as reported speech is low severity: the words may agree, but a shortened quote can change
 * its sense and a paraphrase may not carry the speaker's own words, so the reader should check.
 */
import stringSimilarity from 'string-similarity';
import type { Claim, Range } from '../../types.js';
import { lcsTable, sameWords, wordDiff } from '../diff.js';
import { isStopword, stem } from '../../util/words.js';
import { editSimilarity, lemmaKeys, perClaim, relatedPairs, sameName, sentenceWords, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext } from '../rule.js';

const quoted = (c: Claim) => c.attribution !== null && (c.attribution.kind === 'direct' || c.attribution.kind === 'partial');
const paraphrased = (c: Claim) => c.attribution !== null && (c.attribution.kind === 'indirect' || c.attribution.kind === 'direct-unmarked');

/** The "that" opening a reported clause (lower case: a sentence's first "That" is a word of the content). */
const THAT_OPENING = /^that\s+/u;

/**
 * The words an attribution gives, as text and range into the article: its content without the "that"
 * opening a reported clause ("that the talks failed" gives "the talks failed"), so a finding shows
 * the speaker's words and a diff does not start at the conjunction.
 */
export function attributedWords(c: Claim): { raw: string; range: Range } {
  const a = c.attribution!;
  const cut = THAT_OPENING.exec(a.raw)?.[0].length ?? 0;
  return cut === 0 || cut >= a.raw.length ? { raw: a.raw, range: a.range } : { raw: a.raw.slice(cut), range: [a.range[0] + cut, a.range[1]] };
}

const QUOTATION = /“([^“”]+)”|"([^"]+)"|«([^«»]+)»|„([^„“”]+)[“”]|‘‘([^‘’]+)’’|``([^`']+)''|(?<![\p{L}'])''(?!')(.+?)''(?![\p{L}'])/gu;

/**
 * Quotations inside the claim's sentence, as ranges into the article text (the words, without the
 * marks). A mark left unpaired once the pairs are taken is a quotation the sentence splitter cut: an
 * opening mark quotes to the end of the sentence ('Smith said, "I will go.'), a closing mark from
 * its start ('And now it's over," he said.').
 */
function quotations(c: Claim): Range[] {
  const out: Range[] = [];
  const push = (start: number, inner: string) => {
    if (inner.trim().split(/\s+/).length >= 2) out.push([start, start + inner.length]);
  };
  let rest = c.raw;
  for (const m of c.raw.matchAll(QUOTATION)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? '';
    push(c.range[0] + m.index! + m[0].indexOf(inner), inner);
    rest = rest.slice(0, m.index!) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  }
  const marks = [...rest.matchAll(/["“”«»]/g)];
  if (marks.length !== 1) return out;
  const at = marks[0]!.index!;
  const mark = marks[0]![0];
  const before = c.raw.slice(0, at);
  const after = c.raw.slice(at + 1);
  // A straight mark closes when it follows the punctuation that ends a quotation.
  const closing = mark === '”' || mark === '»' || (mark === '"' && /[,.!?]$/.test(before));
  // Only where the sentence shows whose words they are: a reporting clause after the closing mark,
  // a colon or comma before the opening one ('Smith said, "…'). A stray mark at an end quotes nothing.
  if (closing && /\p{L}/u.test(after)) {
    const inner = before.replace(/^\s+/, '');
    push(c.range[0] + at - inner.length, inner);
  } else if (!closing && /[:,]\s*$/.test(before)) {
    const inner = after.replace(/\s+$/, '');
    push(c.range[0] + at + 1, inner);
  }
  return out;
}

const fold = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Content words (not stopwords) of diff parts with `op`. */
const changedContent = (diff: ReturnType<typeof wordDiff>, op: 'removed' | 'added') =>
  diff.filter((d) => d.op === op).flatMap((d) => fold(d.text)).filter((w) => !isStopword(w) && !/^(?:it's|that's|we're|i'm|'s|s)$/.test(w));

/**
 * True when two wordings of one quote differ in substance: some content word is replaced (by a
 * content word or a function word), or at least three content words are cut from one of them.
 * Differences in function words only ("a", "it is" / "it's") are not discrepancies.
 */
export function quoteDiffers(x: string, y: string): boolean {
  if (sameWords(x, y)) return false;
  // Words an editor put in brackets ("[our]", "(news - web sites)") and ellipses are not the speaker's.
  const editorial = (s: string) => s.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').replace(/(?:\.\s*){3}|…/g, ' ');
  if (editorial(x) !== x || editorial(y) !== y) return quoteDiffers(editorial(x), editorial(y));
  const diff = wordDiff(spelling(x), spelling(y));
  // An inflection or another spelling of the same word ("team" / "teams", "felt" / "feel", "Qaeda" / "Qaida") is no change.
  const removedAll = changedContent(diff, 'removed');
  const addedAll = changedContent(diff, 'added');
  // Joined words are looked for among all the changed words, function words too ("do not call" / "do-not-call").
  const removedWords = diff.filter((d) => d.op === 'removed').flatMap((d) => fold(d.text));
  const addedWords = diff.filter((d) => d.op === 'added').flatMap((d) => fold(d.text));
  // And the pieces of a word the other wording writes joined ("al Qaeda" / "alQaida": "al" and "qaeda").
  const removedPieces = piecesOf(removedWords, addedWords);
  const addedPieces = piecesOf(addedWords, removedWords);
  const removed = removedAll.filter((w) => !addedAll.some((v) => oneWord(w, v)) && !joinedIn(w, addedWords) && !removedPieces.has(w));
  const added = addedAll.filter((w) => !removedAll.some((v) => oneWord(w, v)) && !joinedIn(w, removedWords) && !addedPieces.has(w));
  if (removed.length > 0 && added.length > 0) return true;
  // One word put in another's place, a content word for a function word or the reverse ("we must defend" / "we recent defend").
  if (swappedWord(diff)) return true;
  return removed.length + added.length >= 3;
}

/**
 * A wording folded for comparison: apostrophes dropped ("don't" / "dont"), hyphens inside words
 * dropped ("co-mingling" / "comingling"), a suspended hyphen written out ("short- or long-lived"),
 * British "-our" as American "-or" ("behaviour"), and one thing written two ways: "per cent" /
 * "percent", "F.T.C." / "FTC", "11th" / "11", "Sept. 11" / "September 11".
 */
function spelling(s: string): string {
  return s
    // A suspended hyphen written out ("short- or long-lived" / "short-lived or long-lived").
    .replace(/(\p{L}+)-\s+(or|and|to)\s+(\p{L}+)-(\p{L}+)/gu, '$1-$4 $2 $3-$4')
    .replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''))
    .replace(/\bper\s+cent\b/gi, 'percent')
    .replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase()) + 1))
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\b(jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.(?=\s+\d)/gi, (_, m: string) => MONTHS[m.toLowerCase().slice(0, 3)] ?? m)
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .replace(/(?<=\p{L}{2})our\b/gu, 'or');
}

/** Numbers written in words, one to twelve ("two years" / "2 years"). */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Month abbreviations written out ("Sept. 11" / "September 11"). */
const MONTHS: Readonly<Record<string, string>> = { jan: 'January', feb: 'February', mar: 'March', apr: 'April', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December' };

/** Letter-pair similarity from which two words of five letters or more are one word spelt two ways. */
const SPELLING_SIMILARITY = 0.7;

/** Two forms or spellings of one word: same stem or lemma, or near-identical letters. */
function oneWord(a: string, b: string): boolean {
  if (stem(a) === stem(b)) return true;
  const la = lemmaKeys(a);
  if (lemmaKeys(b).some((k) => la.includes(k))) return true;
  // A transliteration differs by a letter or two and shares fewer letter pairs ("qaeda" / "qaida").
  return a.length >= 5 && b.length >= 5 && (stringSimilarity.compareTwoStrings(a, b) >= SPELLING_SIMILARITY || editSimilarity(a, b) >= EDIT_SIMILARITY);
}

/** Edit-distance similarity (`editSimilarity`) from which two words of five letters or more are one word spelt two ways. */
const EDIT_SIMILARITY = 0.8;

/** A word the other wording splits in two or three ("cyberassets" / "cyber assets", "alqaida" / "al Qaeda"), spelt alike. */
const joinedIn = (w: string, others: readonly string[]) =>
  others.some((o, i) => (i + 1 < others.length && oneWord(o + others[i + 1]!, w)) || (i + 2 < others.length && oneWord(o + others[i + 1]! + others[i + 2]!, w)));

/** The words of `words` that, joined with the next one or two, are a word of `others` spelt alike ("al", "qaeda" of "alqaida"). */
function piecesOf(words: readonly string[], others: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 3]) {
      if (i + n > words.length) break;
      const run = words.slice(i, i + n);
      if (others.some((o) => oneWord(o, run.join('')))) for (const w of run) out.add(w);
    }
  }
  return out;
}

/**
 * True when the diff swaps exactly one word for one other word (removed and added side by side),
 * at least one of them a content word, and the two are not forms of one word ("team" / "teams").
 */
function swappedWord(diff: ReturnType<typeof wordDiff>): boolean {
  return diff.some((d, i) => {
    const next = diff[i + 1];
    if (d.op !== 'removed' || !next || next.op !== 'added') return false;
    const [x, y] = [fold(d.text), fold(next.text)];
    if (x.length !== 1 || y.length !== 1) return false;
    return (!isStopword(x[0]!) || !isStopword(y[0]!)) && !oneWord(x[0]!, y[0]!);
  });
}

/** True when some removed part of the diff sits right next to an added part: a word put in another's place, not a cut. */
function substituted(diff: ReturnType<typeof wordDiff>): boolean {
  return diff.some((d, i) => d.op !== 'same' && diff[i + 1] !== undefined && diff[i + 1]!.op !== 'same' && diff[i + 1]!.op !== d.op);
}

/** Same quote, possibly worded differently: ≥ 3 shared words and ≥ half the shorter quote's words. */
function sameQuote(x: string, y: string): boolean {
  const a = fold(x);
  const b = new Set(fold(y));
  const shared = new Set(a.filter((w) => b.has(w))).size;
  return shared >= 3 && shared >= 0.5 * Math.min(new Set(a).size, b.size);
}

/** Least share of a quotation's words the other sentence must carry in order, unquoted, to be the same words. */
const UNQUOTED_SHARE = 0.75;

/**
 * Where the other sentence carries a quotation's words without quotation marks: the range from the
 * first to the last of its words that match the quotation's in order (longest common subsequence),
 * when they are at least three (all of a shorter quotation's) and `UNQUOTED_SHARE` of the quotation's
 * words.
 */
function unquotedMatch(quote: string, other: Claim): Range | null {
  // Both folded alike, one spelling of a word for both ("stock-car racing's" / "stock-car racings").
  const q = fold(spelling(quote));
  const all = sentenceWords(other);
  const parts = all.flatMap((x) => fold(spelling(x.text)).map((part) => [part, x] as const));
  const words = parts.map(([, x]) => x);
  const w = parts.map(([part]) => part);
  const n = q.length;
  const m = w.length;
  const lcs = lcsTable(q, w);
  // A quotation of one or two words ("called the lawsuit "laughable"") must be there whole.
  if (n === 0 || lcs[0]![0]! < Math.min(3, n) || lcs[0]![0]! < UNQUOTED_SHARE * n) return null;
  const matched: number[] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (q[i] === w[j]) {
      matched.push(j);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return [words[matched[0]!]!.range[0], words[matched.at(-1)!]!.range[1]];
}

/** Against unquoted words only a substitution counts: the other outlet, not quoting, may well stop short or go on. */
const misquoted = (x: string, y: string) => quoteDiffers(x, y) && substituted(wordDiff(x, y));

/**
 * True when the wordings differ only by words before the first or after the last word both share:
 * one outlet quotes part of what the other quotes, and what it quotes agrees.
 */
export function cutAtEnds(diff: ReturnType<typeof wordDiff>): boolean {
  const first = diff.findIndex((d) => d.op === 'same');
  if (first < 0) return false;
  const last = diff.length - 1 - [...diff].reverse().findIndex((d) => d.op === 'same');
  // Words removed and words added at one end are a word put in another's place ("the fullest extent" / "the fullest degree").
  const oneSided = (part: ReturnType<typeof wordDiff>) => new Set(part.map((d) => d.op)).size <= 1;
  return diff.slice(first, last + 1).every((d) => d.op === 'same') && oneSided(diff.slice(0, first)) && oneSided(diff.slice(last + 1));
}

/**
 * True when every content word a quotation cut at its ends leaves out (the words the other gives
 * before or after the shared part) is written, in some form, elsewhere in the shorter quotation's
 * sentence.
 */
function carriedUnquoted(diff: ReturnType<typeof wordDiff>, shorter: Claim): boolean {
  const cut = [...changedContent(diff, 'removed'), ...changedContent(diff, 'added')];
  if (cut.length === 0) return false;
  const own = sentenceStems(shorter);
  return cut.every((w) => own.has(stem(w)) || lemmaKeys(w).some((k) => own.has(k)));
}

/** The stems and lemmas of a claim's sentence words, once per claim. */
const sentenceStems = perClaim((c: Claim): ReadonlySet<string> => new Set(sentenceWords(c).flatMap((w) => fold(w.text).flatMap((x) => [stem(x), ...lemmaKeys(x)]))));

/** The words of several quotations of one sentence, joined in order: a quote its reporting clause splits in two ("…," Ward says, "…"). */
const joined = (text: string, parts: readonly Range[]) => parts.map((r) => text.slice(r[0], r[1]).replace(/[,.;:]+$/, '')).join(' ');

/** The finding for two wordings of one quote: cut short at an end (`cutAtEnds`), cut inside, or reworded. */
function wording(a: Claim, b: Claim, ra: Range, rb: Range, context: RuleContext, who: string | null): Finding | null {
  const ta = textOf(context, a);
  const tb = textOf(context, b);
  const qa = ta.slice(ra[0], ra[1]);
  const qb = tb.slice(rb[0], rb[1]);
  const diff = wordDiff(qa, qb);
  const whomAt = who ? ` ${who}` : '';
  if (cutAtEnds(diff)) {
    const shorter = diff.some((d) => d.op === 'removed') ? b : a;
    const longer = shorter === a ? b : a;
    // The words the shorter quotation leaves out stand in its sentence unquoted ('Okafor says he got
    // carried away and just "started drawing maps"'): the outlet quotes fewer of the words, it cuts none.
    if (carriedUnquoted(diff, shorter)) return null;
    return {
      severity: 'low',
      message: `${context.outletOf(shorter.articleId)} quotes${whomAt} in part; ${context.outletOf(longer.articleId)} gives more of the quote`,
      why: 'a shortened quote can change its sense',
      values: [valueOf(a, qa, ra, ta), valueOf(b, qb, rb, tb)],
      diff,
    };
  }
  const removed = diff.filter((d) => d.op === 'removed').length;
  const added = diff.filter((d) => d.op === 'added').length;
  const truncated = removed === 0 || added === 0;
  const whom = who ? ` ${who}` : '';
  return {
    severity: truncated ? 'low' : 'medium',
    message: truncated
      ? `${context.outletOf(removed === 0 ? a.articleId : b.articleId)} leaves words out of the middle of the quote${whom}; ${context.outletOf(removed === 0 ? b.articleId : a.articleId)} gives them`
      : `${context.outletOf(a.articleId)} and ${context.outletOf(b.articleId)} quote${whom} with different words`,
    why: truncated ? 'a shortened quote can change its sense' : "quoted words should be the speaker's exact words; one version is not",
    values: [valueOf(a, qa, ra, ta), valueOf(b, qb, rb, tb)],
    diff,
  };
}

export const quoteRule: Rule = {
  id: 'quote/wording',
  type: 'quote',
  description: 'The same quotation is worded differently, or has words cut from its middle, in another outlet.',
  check(group, context) {
    const out: Finding[] = [];
    const report = (f: Finding | null) => {
      if (f) out.push(f);
    };
    for (const [a, b] of relatedPairs(group)) {
      const sa = a.attribution?.speaker?.canonical ?? null;
      const sb = b.attribution?.speaker?.canonical ?? null;
      const who = sa && sb && sameName(sa, sb) ? sa : null;
      const ta = textOf(context, a);
      const tb = textOf(context, b);
      const qsa = quotations(a);
      const qsb = quotations(b);
      let reported = false;
      /** Quotations of `a` already compared as a part of a split quote. */
      const done = new Set<Range>();
      for (const ra of qsa) {
        if (done.has(ra)) continue;
        const x = ta.slice(ra[0], ra[1]);
        // Each quotation of the other sentence that is this quote, whole or in part (a quote may be split in two).
        const same = qsb.filter((r) => sameQuote(x, tb.slice(r[0], r[1])));
        // A quote split in two by its reporting clause, on either side: its parts joined in order are
        // compared first, and when they agree no part differs ("…," Ward says, "…" / one quotation).
        const parts = same.length === 0 ? [ra] : qsa.filter((r) => r === ra || same.some((rb) => sameQuote(ta.slice(r[0], r[1]), tb.slice(rb[0], rb[1]))));
        if (parts.length > 1 || same.length > 1) {
          for (const r of parts) done.add(r);
          if (!quoteDiffers(joined(ta, parts), joined(tb, same))) {
            reported = true;
            continue;
          }
        }
        if (same.length === 0) {
          // The other outlet writes the quoted words without quotation marks: compare them all the same.
          const plain = qsb.length === 0 ? unquotedMatch(x, b) : null;
          if (plain && misquoted(x, tb.slice(plain[0], plain[1]))) {
            report(wording(a, b, ra, plain, context, who));
            reported = true;
          }
          continue;
        }
        const found = same.filter((rb) => quoteDiffers(x, tb.slice(rb[0], rb[1]))).map((rb) => wording(a, b, ra, rb, context, who)).find((f) => f !== null);
        report(found ?? null);
        reported = true;
      }
      if (qsa.length === 0) {
        for (const rb of qsb) {
          const y = tb.slice(rb[0], rb[1]);
          const plain = unquotedMatch(y, a);
          if (plain && misquoted(ta.slice(plain[0], plain[1]), y)) {
            report(wording(a, b, plain, rb, context, who));
            reported = true;
            break;
          }
        }
      }
      // No quotation marks in either sentence, but both quote one speaker: compare the quoted words the extraction found.
      if (reported || !who) continue;
      if (quoted(a) && quoted(b) && qsa.length === 0 && qsb.length === 0) {
        const [wa, wb] = [attributedWords(a), attributedWords(b)];
        if (quoteDiffers(wa.raw, wb.raw) && sameQuote(wa.raw, wb.raw)) report(wording(a, b, wa.range, wb.range, context, who));
      } else if ((quoted(a) && paraphrased(b) && qsb.length === 0) || (paraphrased(a) && quoted(b) && qsa.length === 0)) {
        const [q, p] = quoted(a) ? [a, b] : [b, a];
        const [wq, wp] = [attributedWords(q), attributedWords(p)];
        // The other outlet gives the same words without quotation marks: not a paraphrase.
        const plain = unquotedMatch(wq.raw, p);
        if (plain && !quoteDiffers(wq.raw, textOf(context, p).slice(plain[0], plain[1]))) continue;
        out.push({
          severity: 'low',
          message: `${context.outletOf(q.articleId)} quotes ${who} verbatim; ${context.outletOf(p.articleId)} paraphrases: ${snippet(p.text, 70)}`,
          why: "a paraphrase may not carry the speaker's own words",
          values: [valueOf(q, wq.raw, wq.range, textOf(context, q)), valueOf(p, wp.raw, wp.range, textOf(context, p))],
          diff: wordDiff(wq.raw, wp.raw),
        });
      }
    }
    return out;
  },
};
