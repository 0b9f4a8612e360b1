/**
 * A speaker named before a colon, in the manner of headlines: `X: Content …`, `X on Y: “…”`,
 * `Poll: Content …`, `HEADLINE - X: “…”` (the lead after a dash), and a transcript's turn
 * (`TAPPER: …`, to the end of its paragraph). The lead before the colon is short and title-cased (a name, an outlet, a
 * poll), and nothing else in the sentence claimed the content. The speaker is the first person or
 * organisation mentioned in the lead (before an " on " topic), else the lead itself as a
 * description. The filter (filter.ts) judges these drafts like the others (frame "colon").
 */
import type { Mention } from '../../types.js';
import { descriptionMention, trimContent, type SentenceContext } from './context.js';

/** Longest lead, in words. */
const MAX_LEAD_WORDS = 8;
/** Lower-case words a title-cased lead may contain ("Gillibrand on Hillary", "Secretary of State"). */
const SMALL_WORDS = /^(?:on|of|and|the|to|for|in|at|a|an|with|about|from|de|van|von)$/u;
/** A dash that sets a lead off from a headline before it ("POLLS TOO EARLY - Jane Doe: “…”"). */
const LEAD_DASH = /\s[-–—―]\s|―/gu;
/** A transcript's speaker: one to three words in capitals ("TAPPER", "JANE DOE"). */
const TRANSCRIPT_SPEAKER = /^\p{Lu}[\p{Lu}’'.-]+(?:\s+\p{Lu}[\p{Lu}’'.-]+){0,2}$/u;

export function readColonLead(ctx: SentenceContext): void {
  const { text, ss, se, article } = ctx;
  const colon = text.indexOf(':', ss);
  if (colon < 0 || colon >= se || colon - ss > 80) return;
  // After a dash, the lead is what follows it: the headline before the dash is the writer's.
  let leadStart = ss;
  for (const m of text.slice(ss, colon).matchAll(LEAD_DASH)) leadStart = ss + m.index + m[0].length;
  const lead = text.slice(leadStart, colon);
  // The lead is plain words: no sentence punctuation, quotation marks or digits-only phrases.
  if (!/^[\p{Lu}]/u.test(lead) || /[.!?"“”;,(]/u.test(lead) || /[\d]:?$/u.test(lead)) return;
  const words = lead.trim().split(/\s+/u);
  if (words.length > MAX_LEAD_WORDS) return;
  const topic = words.findIndex((w) => w === 'on');
  const own = topic > 0 ? words.slice(0, topic) : words;
  if (!own.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.test(w))) return;
  // A transcript's turn ("TAPPER: …") that opens its paragraph runs to the paragraph's end.
  const paragraph = article.paragraphs[ctx.sentence.paragraph];
  const turn = leadStart === ss && paragraph !== undefined && paragraph[0] === ss && TRANSCRIPT_SPEAKER.test(lead.trim());
  const end = turn ? paragraph[1] : se;
  const content = trimContent(text, colon + 1, /[.]$/u.test(text.slice(ss, end)) ? end - 1 : end);
  if (content[1] - content[0] < 8 || /^\d/u.test(text.slice(content[0], content[1]))) return;
  // A turn holds the speaker's own reports ("I think …"); otherwise content another frame claimed is not the lead's.
  if (!turn && article.drafts.some((d) => d.content[0] < content[1] && content[0] < d.content[1])) return;
  const ownEnd = topic > 0 ? leadStart + lead.indexOf(' on ') : colon;
  const named = ctx.mentions.find((m) => m.range[0] >= leadStart && m.range[1] <= ownEnd && (m.kind === 'person' || m.kind === 'organization'));
  const last = own[own.length - 1]!.toLowerCase();
  const speaker: Mention = named ?? descriptionMention(text, leadStart + lead.length - lead.trimStart().length, ownEnd, last);
  ctx.push({ content, kind: 'indirect', speaker, cue: null, quote: null });
}
