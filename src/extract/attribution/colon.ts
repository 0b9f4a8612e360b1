/**
 * A speaker named before a colon, in the manner of headlines: `X: Content …`, `X on Y: “…”`,
 * `Poll: Content …`. The lead before the colon is short and title-cased (a name, an outlet, a
 * poll), and nothing else in the sentence claimed the content. The speaker is the first person or
 * organisation mentioned in the lead (before an " on " topic), else the lead itself as a
 * description. The filter (filter.ts) judges these drafts like the others (frame "colon").
 */
import type { Mention } from '../../types.js';
import { descriptionMention, trimContent, type SentenceContext } from './context.js';

/** Longest lead, in words. */
const MAX_LEAD_WORDS = 8;
/** Lower-case words a title-cased lead may contain ("Gillibrand on Hillary", "Secretary of State"). */
const SMALL_WORDS = /^(?:on|of|and|the|to|for|in|at|a|an|with|about|de|van|von)$/u;

export function readColonLead(ctx: SentenceContext): void {
  const { text, ss, se, article } = ctx;
  const colon = text.indexOf(':', ss);
  if (colon < 0 || colon >= se || colon - ss > 80) return;
  const lead = text.slice(ss, colon);
  // The lead is plain words: no sentence punctuation, quotation marks or digits-only phrases.
  if (!/^[\p{Lu}]/u.test(lead) || /[.!?"“”;,(]/u.test(lead) || /[\d]:?$/u.test(lead)) return;
  const words = lead.trim().split(/\s+/u);
  if (words.length > MAX_LEAD_WORDS) return;
  const topic = words.findIndex((w) => w === 'on');
  const own = topic > 0 ? words.slice(0, topic) : words;
  if (!own.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.test(w))) return;
  const content = trimContent(text, colon + 1, /[.]$/u.test(text.slice(ss, se)) ? se - 1 : se);
  if (content[1] - content[0] < 8 || /^\d/u.test(text.slice(content[0], content[1]))) return;
  if (article.drafts.some((d) => d.content[0] < content[1] && content[0] < d.content[1])) return;
  const ownEnd = topic > 0 ? ss + lead.indexOf(' on ') : colon;
  const named = ctx.mentions.find((m) => m.range[0] >= ss && m.range[1] <= ownEnd && (m.kind === 'person' || m.kind === 'organization'));
  const last = own[own.length - 1]!.toLowerCase();
  const speaker: Mention = named ?? descriptionMention(text, ss, ownEnd, last);
  ctx.push({ content, kind: 'indirect', speaker, cue: null, quote: null });
}
