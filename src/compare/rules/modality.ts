/**
 * modality: one outlet asserts what the other hedges or reports as unconfirmed ("will resign" vs "may
 * resign"). Two checks on related claims: the claims' modality as extracted (certain or future
 * against hedged or reported), and, whatever the extraction made of it, a hedging adverb in one
 * sentence ("reportedly", "allegedly", "possibly", from the modality lexicon) before a word that the
 * other sentence states with no hedge or modal in the few words before it, or, where the other
 * sentence words the predicate differently, after a subject both sentences share and the other
 * leaves unhedged (`subjectBefore`: "Powell reportedly brushed off" / "Powell ruled out"). Against
 * the extracted modality, a sentence that hedges in words of its own the other does not use
 * ("almost surely", "presumably": `OWN_HEDGE`), or that hedges the very word the other hedges with a
 * verb of appearance or belief or a preliminary source ("it appeared his side had fallen" / "may have
 * fallen": `FRAME_HEDGE`), states nothing as fact: two hedges, no difference. "More / most likely to"
 * compares chances and hedges nothing.
 */
import { modalityLexicon } from '../../lexicon.js';
import type { Claim } from '../../types.js';
import { isStopword } from '../../util/words.js';
import { closeParaphrase, lemmaKeys, perClaim, relatedPairs, subjectBefore, sentenceWords, snippet, textOf, valueOf, type Finding, type Rule, type SentenceWord } from '../rule.js';

/**
 * A cue that does not hedge the claim: the month "May" (capitalised inside the sentence, or before a
 * day number), "suspect" as a noun, and "(an) estimated" before a figure, an approximation the number
 * rule judges.
 */
function falseCue(c: Claim, context: Parameters<Rule['check']>[1]): boolean {
  const cue = c.modalCue;
  if (!cue) return false;
  const text = context.articles.get(c.articleId)?.text ?? '';
  const after = text.slice(cue.range[1], cue.range[1] + 12);
  if (/^May$/.test(cue.raw) && (cue.range[0] > c.textRange[0] || /^\s*\d/.test(after))) return true;
  // "suspect" as a noun ("sniper suspect Lee Malvo", "a suspect in the case"): no hedge.
  const before = text.slice(Math.max(0, cue.range[0] - 12), cue.range[0]);
  if (/^suspect$/i.test(cue.raw) && (/^\s+\p{Lu}/u.test(after) || /\b(?:a|an|the|fellow|prime|main|key|chief|top)\s+$/i.test(before))) return true;
  // "most likely to be taught by", "less likely to": a comparison of chances, a statistical claim, not a hedge.
  if (/^likely$/i.test(cue.raw) && /\b(?:more|most|less|least)\s+$/i.test(before)) return true;
  if (/^(?:an\s+)?estimated$/i.test(cue.raw) && /^\s*(?:\$|€|£)?\d|^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/i.test(after)) return true;
  // "the total estimated value", "its estimated cost": an estimate qualifying a noun, a figure the number rule judges.
  if (/^estimated$/i.test(cue.raw) && /\b(?:a|an|the|its|their|his|her|our|total|average)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:to|that|at|by)\b/i.test(after)) return true;
  return false;
}

/** A forecast cue: what is expected or projected to happen ("is expected to", "likely", "projected"). */
const FORECAST = /^(?:(?:is|are|was|were|be|been)\s+)?(?:expected|projected|forecast|predicted|likely|due|set|poised)(?:\s+to)?$/i;

/**
 * True when the soft claim forecasts ("is expected to decline") what the firm claim puts in the
 * future tense ("will decline"): both speak of what is to come, and a news "will" states a forecast,
 * not a fact; the difference in wording is not one a fact-checker would flag.
 */
const forecastAgainstFuture = (soft: Claim, firm: Claim) => firm.modality === 'future' && soft.modalCue !== null && FORECAST.test(soft.modalCue.raw.trim());

const firm = (c: Claim) => c.modality === 'certain' || c.modality === 'future';
const soft = (c: Claim) => c.modality === 'hedged' || c.modality === 'reported';

let cueSets: { adverbs: ReadonlySet<string>; reported: ReadonlySet<string>; cues: ReadonlySet<string> } | null = null;
/**
 * From the modality lexicon: the hedging adverbs (one word, "-ly" or "perhaps"; "roughly" is an
 * approximation the number rule judges) and every one-word hedging or reporting cue ("may", "could",
 * "claims"); future cues ("will") do not hedge.
 */
function hedgeWords(): { adverbs: ReadonlySet<string>; reported: ReadonlySet<string>; cues: ReadonlySet<string> } {
  if (cueSets) return cueSets;
  const lex = modalityLexicon();
  const single = [...lex.hedged, ...lex.reported].filter((w) => !w.includes(' '));
  const adverbs = new Set(single.filter((w) => (/ly$/.test(w) || w === 'perhaps') && w !== 'roughly' && w !== 'likely' && w !== 'unlikely'));
  const reported = new Set(lex.reported.filter((w) => !w.includes(' ')));
  cueSets = { adverbs, reported, cues: new Set([...single, 'expected', 'expects', 'believed', 'seems', 'seemed', 'appears', 'appeared', 'maybe']) };
  return cueSets;
}

/**
 * Hedges the modality lexicon does not list ("presumably", "almost certainly"): a sentence that uses
 * one hedges too, and the other's modal is no difference of certainty ("could be targets" / "almost
 * surely would become targets"). Not applied to a hedging adverb (`hedgedWord`): "apparently"
 * added to a sentence is read as a change even where the other presumes.
 */
const OWN_HEDGE = /\b(?:presumably|almost (?:certain(?:ly)?|sure(?:ly)?)|in all likelihood)\b/i;

/** The claim's `OWN_HEDGE` phrase, lower-cased, and its sentence lower-cased: once per claim. */
const ownHedgeOf = perClaim((c: Claim) => ({ hedge: c.raw.match(OWN_HEDGE)?.[0].toLowerCase() ?? null, lower: c.raw.toLowerCase() }));

/** True when `firm` hedges with an `OWN_HEDGE` phrase that `soft` does not use: a hedge both share answers neither's other hedge. */
function ownHedge(firm: Claim, soft: Claim): boolean {
  const { hedge } = ownHedgeOf(firm);
  return hedge !== null && !ownHedgeOf(soft).lower.includes(hedge);
}

/**
 * Words by which a sentence hedges what follows in its own words, beyond the lexicon's cues: verbs of
 * appearance, inference and belief ("it appeared his side had fallen", "initial information
 * indicated it had veered", "the fund also thinks 10,000 birds are caught") and preliminary sources
 * ("Initial reports said"). A sentence that so hedges the very word another hedges does not state it
 * as fact: two hedges, no difference.
 */
const FRAME_HEDGE = /^(?:appears?|appeared|seems?|seemed|indicated?|indicates|suggests?|suggested|thinks?|thought|believes?|believed|estimates?|estimated|expects?|expected|probably|likely|apparently|possibly|perhaps|presumably|may|might|could|initial|preliminary)$/;
/** How many words before a word a verb of `FRAME_HEDGE` may frame it. */
const FRAME_REACH = 8;

/**
 * True when the word at `j` of `ws` stands under a hedge of its sentence (`FRAME_HEDGE` within
 * `FRAME_REACH` words before it, in the same sentence part: no ";", ":" or full stop between).
 */
function framedByHedge(ws: readonly SentenceWord[], j: number): boolean {
  for (let i = j - 1; i >= Math.max(0, j - FRAME_REACH); i--) {
    if (/[;:.!?]/.test(ws[i + 1]!.gap)) return false;
    if (FRAME_HEDGE.test(ws[i]!.key)) return true;
  }
  return false;
}

/** Forms of "have" and "be" that are no stopwords but carry no predicate ("having lost", "being held"). */
const AUXILIARY_FORM = /^(?:having|being)$/;

/** How many words after a hedging adverb its predicate may lie, and how many words before a word a hedge qualifies it. */
const PREDICATE_REACH = 3;
const HEDGE_REACH = 4;

/** How many words after the shared subject (`subjectBefore`) the firm sentence must not hedge. */
const ANCHOR_REACH = 6;

/** A hedging adverb of `soft` before a content word that `firm` states unqualified; `firm` must not use that adverb. */
function hedgedWord(soft: Claim, firm: Claim): { cue: SentenceWord; word: SentenceWord } | null {
  const { adverbs, reported, cues: hedges } = hedgeWords();
  const ws = sentenceWords(soft);
  const wf = sentenceWords(firm);
  if (wf.some((w) => adverbs.has(w.key))) return null;
  for (let i = 0; i < ws.length; i++) {
    if (!adverbs.has(ws[i]!.key)) continue;
    // A reporting adverb ("reportedly", "allegedly") is answered only by a reporting cue: "could" in the other outlet does not report.
    const cues = reported.has(ws[i]!.key) ? reported : hedges;
    // The other sentence reports the claim with the adverb's own word as the verb that frames it
    // ("allegedly" / "the informant alleged that", "reportedly claims" / "was reported as saying").
    if (wf.some((w, j) => w.key !== ws[i]!.key && w.key.slice(0, CUE_PREFIX) === ws[i]!.key.slice(0, CUE_PREFIX) && /^(?:that|as)$/.test(wf[j + 1]?.key ?? ''))) continue;
    // The predicate: the first content word, past auxiliaries ("apparently having lost": lost).
    const word = ws.slice(i + 1, i + 1 + PREDICATE_REACH).find((w) => !isStopword(w.key) && !AUXILIARY_FORM.test(w.key) && !/ly$/.test(w.key) && !/^\d/.test(w.key));
    if (word) {
      const keys = new Set(lemmaKeys(word.key));
      const unqualified = wf.some((w, j) => lemmaKeys(w.key).some((k) => keys.has(k)) && !wf.slice(Math.max(0, j - HEDGE_REACH), j).some((b) => cues.has(b.key)));
      if (unqualified) return { cue: ws[i]!, word };
      // A close paraphrase that words the predicate differently and qualifies nothing at all (nor
      // presumes: "presumably because they no longer had" / "apparently having lost").
      if (!wf.some((w) => cues.has(w.key)) && ownHedgeOf(firm).hedge === null && closeParaphrase(soft, firm)) return { cue: ws[i]!, word };
    }
    // A reworded predicate, or one of function words only ("Montgomery allegedly was one of the
    // first"): the hedge still sits after a word both sentences share (its subject, "Powell reportedly
    // brushed off" / "Powell ruled out"); the firm sentence puts no hedge around that word.
    const anchor = subjectBefore(soft, ws, i);
    if (!anchor) continue;
    const anchorKeys = new Set(lemmaKeys(anchor.key));
    const anchored = wf.some((w, j) => lemmaKeys(w.key).some((k) => anchorKeys.has(k)) && !wf.slice(Math.max(0, j - HEDGE_REACH), j + 1 + ANCHOR_REACH).some((b) => cues.has(b.key) || adverbs.has(b.key)));
    if (anchored) return { cue: ws[i]!, word: word ?? ws[i + 1] ?? ws[i]! };
  }
  return null;
}

/** Words of allegation: one of them on each side reports the claim as alleged on both ("has alleged" / "claims", "accused" / "suspected"). */
const ALLEGATION = /^(?:alleges?|alleged|allegedly|claims?|claimed|accuses?|accused|suspected)$/;
/** Verbs of estimate, expectation and fear that frame what they qualify ("estimated that", "feared"). */
const FRAMING = /^(?:estimat|fear|expect|believ|predict|forecast|project|suspect|worri|concern)/;
/** How many words before a cue "whether", "if", "so" or a question word puts it in an embedded clause. */
const EMBED_REACH = 5;

/** The first letters by which a cue and a word of the other sentence are one word inflected ("alleged" / "allegedly", "expects" / "expected"). */
const CUE_PREFIX = 6;

/**
 * For the extracted modality: true when the soft claim's cue qualifies something the firm claim
 * states plainly. The cue's predicate (the first content word after it) must be a word of the firm
 * sentence, and the firm sentence must not use the cue's own word in another form ("alleged",
 * "expects", "reported as saying") nor the cue be negated ("could not be reached": no hedge).
 */
function qualifiesShared(soft: Claim, firm: Claim): boolean {
  const cue = soft.modalCue;
  if (!cue) return false;
  const ws = sentenceWords(soft);
  const wf = sentenceWords(firm);
  // The firm sentence hedges in words of its own ("could be targets" / "almost surely would become
  // targets"): two hedges, not one.
  if (ownHedge(firm, soft)) return false;
  const cueWords = cue.raw.toLowerCase().split(/\s+/).filter((w) => w.length > 3 && !isStopword(w));
  // The cue's word in another form ("claims" / "claimed"), or another word of allegation ("has alleged" / "claims").
  const allegation = cue.raw.toLowerCase().split(/\s+/).some((w) => ALLEGATION.test(w)) && wf.some((w) => ALLEGATION.test(w.key));
  if (allegation || cueWords.some((c) => wf.some((w) => w.key.slice(0, CUE_PREFIX) === c.slice(0, CUE_PREFIX) || lemmaKeys(w.key).some((k) => lemmaKeys(c).includes(k))))) return false;
  // A modal in an embedded question or a purpose clause ("too early to know whether a second wave
  // might occur", "so a witness could identify him") hedges nothing the sentence asserts.
  const cueAt = ws.findIndex((w) => w.range[0] >= cue.range[0]);
  if (cueAt > 0 && ws.slice(Math.max(0, cueAt - EMBED_REACH), cueAt).some((w) => /^(?:whether|if|so|what|how|why)$/.test(w.key))) return false;
  // A modal in what a verb of estimate or fear frames, the firm sentence using that verb too
  // ("estimated that the fires could cost" / "estimated the cost at", "feared it may default" /
  // "feared Aquila would default"): both state an estimate or a fear.
  if (cueAt > 0 && ws.slice(Math.max(0, cueAt - EMBED_REACH), cueAt).some((w) => FRAMING.test(w.key) && wf.some((f) => f.key.slice(0, CUE_PREFIX) === w.key.slice(0, CUE_PREFIX)))) return false;
  // The other sentence hedges with the very same words ("may have developed" in both): the extraction read one claim's frame, not its hedge.
  const own = cue.raw.toLowerCase().split(/\s+/).filter(Boolean);
  if (own.length > 0 && wf.some((_, j) => own.every((k, i) => wf[j + i]?.key === k))) return false;
  const after = ws.findIndex((w) => w.range[0] >= cue.range[1]);
  if (after < 0) return false;
  if (/^(?:not|never)$|n['’]t$/.test(ws[after]!.key)) return false;
  const word = ws.slice(after, after + PREDICATE_REACH + 1).find((w) => !isStopword(w.key) && !/ly$/.test(w.key) && !/^\d/.test(w.key));
  if (!word) return false;
  const keys = new Set(lemmaKeys(word.key));
  const at = wf.map((w, j) => [w, j] as const).filter(([w]) => lemmaKeys(w.key).some((k) => keys.has(k)));
  // The firm sentence hedges that very word in words of its own ("it appeared his side had fallen" / "may have fallen").
  if (at.length > 0) return at.some(([, j]) => !framedByHedge(wf, j));
  // A hedging adverb qualifies the whole clause: in a close paraphrase it covers a reworded predicate too.
  return hedgeWords().adverbs.has(cue.raw.toLowerCase()) && closeParaphrase(soft, firm);
}

export const modalityRule: Rule = {
  id: 'modality/hedged-vs-asserted',
  type: 'modality',
  description: 'One outlet asserts what another hedges or reports as unconfirmed.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const ha = hedgedWord(a, b);
      const hb = ha ? null : hedgedWord(b, a);
      if (ha || hb) {
        const [s, f, x] = ha ? [a, b, ha] : [b, a, hb!];
        out.push({
          severity: 'medium',
          message: `${context.outletOf(f.articleId)} states as fact what ${context.outletOf(s.articleId)} qualifies with "${x.cue.text}": ${snippet(f.text, 70)}`,
          why: 'certainty differs: one reader is told it happened, the other that it may have',
          values: [valueOf(f, f.modality, f.textRange, textOf(context, f)), valueOf(s, 'hedged', x.cue.range, textOf(context, s))],
        });
        continue;
      }
      if (!((firm(a) && soft(b)) || (soft(a) && firm(b)))) continue;
      const [s, f] = soft(a) ? [a, b] : [b, a];
      if (falseCue(s, context) || forecastAgainstFuture(s, f) || !qualifiesShared(s, f)) continue;
      const cue = s.modalCue!;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(f.articleId)} states as fact what ${context.outletOf(s.articleId)} qualifies with "${cue.raw}": ${snippet(f.text, 70)}`,
        why: 'certainty differs: one reader is told it happened, the other that it may have',
        values: [valueOf(f, f.modality, f.textRange, textOf(context, f)), valueOf(s, s.modality, cue.range, textOf(context, s))],
      });
    }
    return out;
  },
};
