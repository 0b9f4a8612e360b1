/**
 * Claims: one per sentence. A sentence that carries an attribution's content becomes a claim whose
 * `text` is that content (the frame "X said" and the "that" opening a reported clause removed) and
 * whose `attribution` is set; otherwise the claim is the sentence in the outlet's own voice.
 * Polarity and modality are read from the claim text only, so "X said" never makes a claim "reported".
 */
import { modalityLexicon } from '../lexicon.js';
import type { Attribution, Claim, Mention, Modality, Quantity, Range, Sentence, TextSpan, TimeRef } from '../types.js';
import { escapeRegExp } from '../util/text.js';

interface Cues {
  readonly negation: RegExp;
  readonly hedged: RegExp;
  readonly reported: RegExp;
  readonly future: RegExp;
}
let cues: Cues | undefined;
function compiled(): Cues {
  if (!cues) {
    const lex = modalityLexicon();
    // The lookahead repeats the words before the lookbehind so that the search skips fast to where
    // one of them starts (a pattern that starts with a lookbehind is tried at every position).
    const alt = (words: readonly string[]) => {
      const list = words.map((w) => escapeRegExp(w).replace(/\\?'/g, "['’]")).sort((a, b) => b.length - a.length).join('|');
      return new RegExp(`(?=${list})(?<![\\p{L}'’])(${list})(?![\\p{L}])`, 'iu');
    };
    cues = {
      negation: new RegExp(`${alt(lex.negation.filter((w) => w !== "n't")).source}|(?=n['’]t)(?<=\\p{L})n['’]t(?![\\p{L}])`, 'iu'),
      hedged: alt(lex.hedged),
      reported: alt(lex.reported),
      future: alt(lex.future),
    };
  }
  return cues;
}

// Each phrase starts with "no": the lookahead lets the search skip to where one may start.
const NOT_NEGATION = /(?=no)\b(not only|not just|no longer than|no doubt|not least|nothing but)\b/iu;

function find(re: RegExp, text: string, offset: number, source: string): TextSpan | null {
  const m = re.exec(text);
  if (!m) return null;
  const s = offset + (m.index ?? 0);
  return { range: [s, s + m[0].length], raw: source.slice(s, s + m[0].length) };
}

export function polarityOf(source: string, range: Range): { polarity: 'asserted' | 'negated'; cue: TextSpan | null } {
  const text = source.slice(range[0], range[1]).replace(NOT_NEGATION, (m) => ' '.repeat(m.length));
  const cue = find(compiled().negation, text, range[0], source);
  return cue ? { polarity: 'negated', cue } : { polarity: 'asserted', cue: null };
}

export function modalityOf(source: string, range: Range): { modality: Modality; cue: TextSpan | null } {
  const text = source.slice(range[0], range[1]);
  const c = compiled();
  const reported = find(c.reported, text, range[0], source);
  if (reported) return { modality: 'reported', cue: reported };
  const hedged = find(c.hedged, text, range[0], source);
  if (hedged) return { modality: 'hedged', cue: hedged };
  const future = find(c.future, text, range[0], source);
  if (future) return { modality: 'future', cue: future };
  return { modality: 'certain', cue: null };
}

/** The "that" that opens a "that" clause (lower case: a sentence's first "That" is a determiner or pronoun). */
const THAT_CLAUSE = /^that\s+/u;

const within = (outer: Range) => (x: { range: Range }) => x.range[0] >= outer[0] && x.range[1] <= outer[1];

export interface ClaimInput {
  readonly articleId: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly attributions: readonly Attribution[];
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeRef[];
}

export function buildClaims(input: ClaimInput): Claim[] {
  const { articleId, text, sentences, attributions } = input;
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    const [ss, se] = sentence.range;
    // Fewer than three words: no two runs of white space with a word between them.
    if (!/\s\S+\s/u.test(text.slice(ss, se))) continue;
    let best: Attribution | null = null;
    let bestOverlap = 0;
    for (const a of attributions) {
      const overlap = Math.min(a.range[1], se) - Math.max(a.range[0], ss);
      if (overlap > bestOverlap) {
        best = a;
        bestOverlap = overlap;
      }
    }
    let textRange: Range = [ss, se];
    if (best) {
      let s = Math.max(best.range[0], ss);
      let e = Math.min(best.range[1], se);
      // Reported content in the writer's words starts at the "that" of its clause: the claim is the clause after it.
      if (s === best.range[0] && best.kind !== 'direct' && best.kind !== 'direct-unmarked') s += THAT_CLAUSE.exec(text.slice(s, s + 8))?.[0].length ?? 0;
      while (s < e && /[\s“”"‘’']/u.test(text[s]!)) s++;
      while (e > s && /[\s“”"‘’',]/u.test(text[e - 1]!)) e--;
      if (e - s >= 3) textRange = [s, e];
      else best = null;
    }
    const { polarity, cue: negation } = polarityOf(text, textRange);
    const { modality, cue: modalCue } = modalityOf(text, textRange);
    claims.push({
      type: 'claim',
      id: `${articleId}:c${claims.length + 1}`,
      articleId,
      range: [ss, se],
      raw: text.slice(ss, se),
      text: text.slice(textRange[0], textRange[1]),
      textRange,
      attribution: best,
      mentions: input.mentions.filter(within(textRange)),
      quantities: input.quantities.filter(within(textRange)),
      times: input.times.filter(within(textRange)),
      // The whole sentence's, frame included, for the rules that read a name or figure wherever the sentence writes it.
      sentenceMentions: input.mentions.filter(within([ss, se])),
      sentenceQuantities: input.quantities.filter(within([ss, se])),
      polarity,
      negation,
      modality,
      modalCue,
      section: sentence.section,
      paragraph: sentence.paragraph,
    });
  }
  return claims;
}
