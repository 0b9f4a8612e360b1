/**
 * Channels (`via`) credited inside one sentence: "according to Xinhua", "Kyodo quoted him as
 * saying", "in an interview with CBS", "told The Post", "AFP reported", "in a statement", "on X".
 * Ranges are absolute UTF-16 offsets, end-exclusive.
 */
import { agencyByForm, mediaLexicon } from '../../lexicon.js';
import type { Channel, ChannelKind } from '../../types.js';
import { hasTag, type Term } from '../01-parse.js';
import { insideQuote, type QuoteSpan } from '../04-quotes.js';
import { isDemonym } from '../03-mentions.js';

function channelKindOf(name: string): ChannelKind {
  if (agencyByForm().has(name)) return 'agency';
  if (mediaLexicon().social.includes(name)) return 'social';
  return 'media';
}

function agencyName(raw: string): string | null {
  return agencyByForm().get(raw) ?? null;
}

/** Canonical channel name: the agency's name, or the name words without leading demonyms/descriptors. */
export function channelName(raw: string): string {
  if (mediaLexicon().social.includes(raw)) return raw;
  const agency = agencyName(raw.replace(/^the\s+/i, ''));
  if (agency) return agency;
  const words = raw.replace(/['’]s$/u, '').split(/\s+/);
  while (words.length > 1 && (isDemonym(words[0]!) || /^[\p{Ll}]/u.test(words[0]!))) words.shift();
  const joined = words.join(' ');
  return agencyName(joined) ?? joined;
}

export function isMediaName(raw: string): boolean {
  const bare = raw.replace(/^the\s+/i, '');
  if (agencyName(bare)) return true;
  const media = mediaLexicon();
  if (media.media.includes(bare) || media.media.includes(raw)) return true;
  const last = bare.split(/\s+/).pop()!.toLowerCase();
  return media.mediaNouns.includes(last) && /^\p{Lu}/u.test(bare);
}

/** Capitalised name words starting at term index `i` (with one trailing media noun), as a span. */
function nameAt(terms: readonly Term[], i: number, text: string): { start: number; end: number; next: number } | null {
  let j = i;
  // Leading descriptors: "journalist Jane Doe", "American CBS".
  while (j < terms.length && j < i + 3 && (/^[\p{Ll}]/u.test(terms[j]!.text) || isDemonym(terms[j]!.text)) && !/[,.;:]/.test(terms[j]!.post)) {
    if (/^[\p{Ll}]/u.test(terms[j]!.text) && !hasTag(terms[j]!, 'Noun', 'Adjective')) break;
    j++;
  }
  if (j >= terms.length || !/^[\p{Lu}\p{N}]/u.test(terms[j]!.text)) {
    j = i;
    if (j >= terms.length || !/^[\p{Lu}\p{N}]/u.test(terms[j]!.text)) return null;
  }
  let k = j;
  while (k + 1 < terms.length && /^[\p{Lu}\p{N}&]/u.test(terms[k + 1]!.text) && !/[,.;:!?)]/.test(terms[k]!.post)) k++;
  if (k + 1 < terms.length && !/[,.;:]/.test(terms[k]!.post) && mediaLexicon().mediaNouns.includes(terms[k + 1]!.normal)) k++;
  const start = terms[i]!.start;
  let end = terms[k]!.end;
  const m = /['’]s?$/u.exec(text.slice(start, end));
  if (m && end - start > m[0].length) end -= m[0].length;
  return { start, end, next: k + 1 };
}

/** Adds the channel named by `text.slice(s, e)` to `out` (of its name's kind unless `kind` is given). */
function addChannel(out: Channel[], text: string, s: number, e: number, kind: ChannelKind | null): void {
  const raw = text.slice(s, e);
  const name = channelName(raw);
  if (!name) return;
  out.push({ type: 'channel', range: [s, e], raw, name, kind: kind ?? channelKindOf(name), inferred: false });
}

/** Channels credited inside one sentence. */
export function sentenceChannels(text: string, terms: readonly Term[], quotes: readonly QuoteSpan[]): Channel[] {
  const out: Channel[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (insideQuote(quotes, t.start)) continue;
    const w = t.normal;
    const next = terms[i + 1]?.normal;
    if (w === 'according' && next === 'to') {
      let k = i + 2;
      if (['a', 'an', 'the'].includes(terms[k]?.normal ?? '')) k++;
      const n = nameAt(terms, k, text);
      if (n && isMediaName(text.slice(n.start, n.end).replace(/^[\p{Ll}\s]+/u, ''))) addChannel(out, text, n.start, n.end, null);
      else if (n && /^(report|reports|statement|article|story|dispatch|broadcast)$/.test(terms[n.next]?.normal ?? '')) addChannel(out, text, n.start, n.end, null);
    } else if ((w === 'interview' || w === 'interviews') && (next === 'with' || next === 'on')) {
      let k = i + 2;
      if (['a', 'an', 'the'].includes(terms[k]?.normal ?? '')) k++;
      const n = nameAt(terms, k, text);
      if (n) addChannel(out, text, n.start, n.end, 'interview');
    } else if ((w === 'quoted' || w === 'cited') && i > 0) {
      const prev = terms[i - 1]!;
      if (/^\p{Lu}/u.test(prev.text) && isMediaName(prev.text)) addChannel(out, text, prev.start, prev.end, null);
    } else if ((w === 'reported' || w === 'reports' || w === 'reporting') && i > 0) {
      const prev = terms[i - 1]!;
      const agency = agencyName(prev.text);
      if (agency && !/[,.;:]/.test(prev.post)) addChannel(out, text, prev.start, prev.end, 'agency');
    } else if ((w === 'seen' || w === 'obtained' || w === 'reviewed') && next === 'by') {
      const n = nameAt(terms, i + 2, text);
      if (n && isMediaName(text.slice(n.start, n.end))) addChannel(out, text, n.start, n.end, 'report');
    } else if ((w === 'told' || w === 'tells' || w === 'tell') && i + 1 < terms.length) {
      const n = nameAt(terms, i + 1, text);
      if (n && /^\p{Lu}/u.test(terms[i + 1]!.text) && isMediaName(text.slice(n.start, n.end))) addChannel(out, text, n.start, n.end, 'interview');
    } else if (w === 'statement' && (terms[i - 1]?.normal === 'a' || terms[i - 2]?.normal === 'a') && ['in', 'a'].includes(terms[i - 2]?.normal ?? terms[i - 1]!.normal)) {
      addChannel(out, text, t.start, t.end, 'statement');
    } else if (w === 'on' && i + 1 < terms.length) {
      const n = terms[i + 1]!;
      const two = i + 2 < terms.length ? `${n.text} ${terms[i + 2]!.text}` : '';
      if (mediaLexicon().social.includes(two)) addChannel(out, text, n.start, terms[i + 2]!.end, 'social');
      else if (mediaLexicon().social.includes(n.text) && n.text !== 'X') addChannel(out, text, n.start, n.end, 'social');
    }
  }
  return out;
}
