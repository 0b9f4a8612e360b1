/** source: aligned statements credited through different channels ("according to Xinhua" vs "Kyodo quoted him"). */
import { mediaLexicon } from '../../lexicon.js';
import { relatedPairs, sameName, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

let kindWords: ReadonlySet<string> | null = null;
/**
 * A channel's name without a leading article and without the lower-case words of its kind after it
 * ("The Courier newspaper" → "Courier", "the Xinhua news agency" → "Xinhua"): one channel named with and
 * without its kind word. A capitalised kind word is part of the name ("Fox News").
 */
export function bareChannel(name: string): string {
  kindWords ??= new Set([...mediaLexicon().mediaNouns, 'agency', 'service', 'wire']);
  const words = name.replace(/^the\s+/i, '').replace(/['’]s$/, '').split(/\s+/);
  while (words.length > 1 && /^\p{Ll}/u.test(words.at(-1)!) && kindWords.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** True when two channel names name one channel: the same bare name (`bareChannel`), or one name written two ways (`sameName`). */
export function sameChannel(x: string, y: string): boolean {
  if (x === y) return true;
  const [bx, by] = [bareChannel(x), bareChannel(y)];
  return bx.toLowerCase() === by.toLowerCase() || sameName(bx, by);
}

export const sourceRule: Rule = {
  id: 'source/different-channel',
  type: 'source',
  description: 'Aligned statements are credited through different channels (agency, interview, statement).',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const va = a.attribution?.via;
      const vb = b.attribution?.via;
      if (!va || !vb || sameChannel(va.name, vb.name)) continue;
      const inferred = va.inferred || vb.inferred;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(a.articleId)} credits this through ${va.name}, ${context.outletOf(b.articleId)} through ${vb.name}${inferred ? ' (a channel carried from the surrounding paragraphs)' : ''}: ${snippet(a.text, 70)}`,
        why: 'the statement reached the two outlets through different channels; one of them may be second-hand',
        values: [valueOf(a, va.name, va.range, textOf(context, a)), valueOf(b, vb.name, vb.range, textOf(context, b))],
      });
    }
    return out;
  },
};
