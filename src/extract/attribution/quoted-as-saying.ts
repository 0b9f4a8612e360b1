/** `X quoted Y as saying “…”` / `…, X cited Y as saying`: Y is the speaker, X the channel. */
import { span } from '../../util/text.js';
import { quoteKind, trimContent } from './context.js';
import type { FrameReader } from './frame.js';

export const readQuotedAsSaying: FrameReader = (ctx, { ci, term }) => {
  const { text, terms, mentions, quotes, usedQuotes, ss, se } = ctx;
  if (!((term.normal === 'quoted' || term.normal === 'cited') && terms[ci + 2]?.normal === 'as')) return null;
  const objTerm = terms[ci + 1]!;
  const speaker = mentions.find((m) => m.range[0] <= objTerm.start && objTerm.start < m.range[1]) ?? null;
  const sayTerm = terms[ci + 3];
  if (!speaker || !sayTerm) return null;
  const cue = span(text, term.start, sayTerm.end);
  const q = quotes.find((x) => !usedQuotes.has(x) && x.outer[1] <= term.start) ?? quotes.find((x) => !usedQuotes.has(x) && x.outer[0] >= sayTerm.end);
  if (q) {
    usedQuotes.add(q);
    ctx.push({ content: q.content, kind: quoteKind(text, q, ss), speaker, cue, quote: q });
  } else {
    ctx.push({ content: trimContent(text, sayTerm.end, se), kind: 'indirect', speaker, cue, quote: null });
  }
  return ci + 3;
};
