/**
 * Quotations no cue claimed: a headline quote (`‘…’: Ministry signals …`) is the following
 * organisation's or person's; a whole-sentence quotation continues the speaker of the previous
 * attribution in this or the previous paragraph; right after a quotation of the same paragraph, or
 * opening the next paragraph, it extends that attribution (a quotation interrupted by its frame is
 * one attribution, whose range then spans the frame), and so does a quotation right after reported
 * content in the writer's words (`X said the plan would fail. “It has no money …”`). A quotation
 * that runs over several sentences is read in the sentence where it ends, so that a frame after it
 * (`“… . …,” X said`) claims it first.
 */
import type { QuoteSpan } from '../04-quotes.js';
import { isFrameSentence, isTitleText } from './content-first.js';
import type { SentenceContext } from './context.js';

export function readUnclaimedQuotes(ctx: SentenceContext): void {
  const { text, ss, se, sentence, usedQuotes, article } = ctx;
  const lastInParagraph = article.sentences[ctx.index + 1]?.paragraph !== sentence.paragraph;
  for (const q of ctx.quotes) {
    if (usedQuotes.has(q) || q.outer[1] < ss) continue;
    if (q.outer[1] > se && !lastInParagraph) continue;
    if (article.drafts.some((d) => d.content[0] <= q.content[0] && q.content[1] <= d.content[1])) continue;
    const words = text.slice(q.content[0], q.content[1]).split(/\s+/).length;
    if (continueInterrupted(ctx, q)) continue;
    // A quotation that ends its sentence right before a sentence that is only its frame ("“… .” Jane
    // Doe said.") is left to that frame (content-first.ts).
    const next = article.sentences[ctx.index + 1];
    if (next && next.paragraph === sentence.paragraph && Math.abs(q.outer[1] - se) <= 1 && isFrameSentence(next.raw)) continue;
    const startsSentence = q.outer[0] - sentenceStartOf(ctx, q.outer[0]) <= 1;
    if (!startsSentence || words < 4) {
      if (sentence.section === 'headline' && words >= 2 && /^\s*:/u.test(text.slice(q.outer[1], se))) {
        const after = ctx.mentions.find((m) => m.range[0] > q.outer[1] && (m.kind === 'organization' || m.kind === 'person'));
        if (after) ctx.push({ content: q.content, kind: 'direct', speaker: after, cue: null, quote: q });
      }
      continue;
    }
    // A noun with a "that" clause (noun-complement.ts) is no frame that a quotation could continue.
    let last = article.drafts.length - 1;
    while (last >= 0 && (article.drafts[last]!.frame === 'noun-complement' || article.drafts[last]!.frame === 'prepositional')) last--;
    let previous;
    for (let i = last; i >= 0; i--) {
      const d = article.drafts[i]!;
      if (d.paragraph >= sentence.paragraph - 1 && d.speaker && d.frame !== 'noun-complement' && d.frame !== 'prepositional') {
        previous = d;
        break;
      }
    }
    // A quotation that opens the paragraph after a quotation with its frame continues it (PolNeAR marks one span).
    const nextParagraph = previous !== undefined && previous.paragraph === sentence.paragraph - 1 && q.outer[0] - (article.paragraphs[sentence.paragraph]?.[0] ?? -Infinity) <= 1;
    // Reported content that the quotation follows with nothing between goes on in it (PolNeAR marks one span).
    const adjacent = previous !== undefined && previous.paragraph === sentence.paragraph && /^[\s.,;:!?”"’']*$/u.test(text.slice(previous.content[1], q.outer[0]));
    if (previous && previous === article.drafts[last] && (previous.quote || adjacent) && (previous.paragraph === sentence.paragraph || nextParagraph) && previous.content[1] <= q.content[0]) {
      // A quotation interrupted by its frame (`“…,” she said. “…”`) is one attribution, also when
      // it goes on in the next paragraph.
      usedQuotes.add(q);
      previous.content = [previous.content[0], q.content[1]];
      // Reported content in the writer's words that goes on in a quotation is mixed.
      if (previous.kind === 'indirect') previous.kind = 'partial';
      previous.quote = q;
    } else if (previous) {
      usedQuotes.add(q);
      ctx.push({ content: q.content, kind: 'direct', speaker: previous.speaker, cue: null, via: previous.via, quote: q });
    }
  }
}

/**
 * A quotation right after the frame of the paragraph's previous quotation (`“…,” she said, “…”`,
 * `“…,” said Jane Doe, who …. “…”`) continues it: the attribution's range is extended over the
 * frame to this quotation's end, and drafts read inside the frame (the speaker's description) are
 * dropped. Returns true when it did so.
 */
function continueInterrupted(ctx: SentenceContext, q: QuoteSpan): boolean {
  const { article, sentence } = ctx;
  const drafts = article.drafts;
  let k = drafts.length - 1;
  while (k >= 0 && drafts[k]!.paragraph === sentence.paragraph && !drafts[k]!.quote) k--;
  const previous = drafts[k];
  if (!previous?.quote || previous.paragraph !== sentence.paragraph || !previous.cue || !previous.speaker) return false;
  const gapStart = previous.quote.outer[1];
  const cue = previous.cue.range;
  // The previous quotation's own frame sits between the two quotations, and nothing else is quoted there.
  if (!(gapStart <= cue[0] && cue[1] <= q.outer[0]) || q.outer[0] - gapStart > 250) return false;
  // A title in marks inside the frame ("said on NBC's ''Meet the Press.''") is no quotation of its own.
  if (ctx.paragraphQuotes.some((x) => x !== q && x !== previous.quote && x.outer[0] >= gapStart && x.outer[1] <= q.outer[0] && !isTitleText(ctx.text.slice(x.content[0], x.content[1])))) return false;
  for (let i = drafts.length - 1; i > k; i--) if (drafts[i]!.content[0] >= gapStart && drafts[i]!.content[1] <= q.outer[0]) drafts.splice(i, 1);
  ctx.usedQuotes.add(q);
  previous.content = [previous.content[0], q.content[1]];
  previous.quote = q;
  return true;
}

/** The start of the sentence holding `pos` (the current one or an earlier one of the article). */
function sentenceStartOf(ctx: SentenceContext, pos: number): number {
  for (let i = ctx.index; i >= 0; i--) {
    const r = ctx.article.sentences[i]!.range;
    if (r[0] <= pos) return r[0];
  }
  return ctx.ss;
}
