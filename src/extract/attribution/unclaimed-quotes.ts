/**
 * Quotations no cue claimed: a headline quote (`‘…’: Ministry signals …`) is the following
 * organisation's or person's; a whole-sentence quotation continues the speaker of the previous
 * attribution in this or the previous paragraph; right after a quotation of the same paragraph, it
 * extends that attribution (a quotation interrupted by its frame is one attribution, whose range
 * then spans the frame).
 */
import type { SentenceContext } from './context.js';

export function readUnclaimedQuotes(ctx: SentenceContext): void {
  const { text, ss, se, sentence, usedQuotes, article } = ctx;
  for (const q of ctx.quotes) {
    if (usedQuotes.has(q) || q.outer[0] < ss) continue;
    if (article.drafts.some((d) => d.content[0] <= q.content[0] && q.content[1] <= d.content[1])) continue;
    const words = text.slice(q.content[0], q.content[1]).split(/\s+/).length;
    const startsSentence = q.outer[0] - ss <= 1;
    if (!startsSentence || words < 4) {
      if (sentence.section === 'headline' && words >= 2 && /^\s*:/u.test(text.slice(q.outer[1], se))) {
        const after = ctx.mentions.find((m) => m.range[0] > q.outer[1] && (m.kind === 'organization' || m.kind === 'person'));
        if (after) ctx.push({ content: q.content, kind: 'direct', speaker: after, cue: null, quote: q });
      }
      continue;
    }
    let previous;
    for (let i = article.drafts.length - 1; i >= 0; i--) {
      const d = article.drafts[i]!;
      if (d.paragraph >= sentence.paragraph - 1 && d.speaker) {
        previous = d;
        break;
      }
    }
    if (previous && previous === article.drafts[article.drafts.length - 1] && previous.quote && previous.paragraph === sentence.paragraph && previous.content[1] <= q.content[0]) {
      // A quotation interrupted by its frame (`“…,” she said. “…”`) is one attribution.
      usedQuotes.add(q);
      previous.content = [previous.content[0], q.content[1]];
      previous.quote = q;
    } else if (previous) {
      usedQuotes.add(q);
      ctx.push({ content: q.content, kind: 'direct', speaker: previous.speaker, cue: null, via: previous.via, quote: q });
    }
  }
}
