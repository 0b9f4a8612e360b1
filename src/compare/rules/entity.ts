/**
 * entity: in aligned claims, one outlet names a person, place or organisation where the other names
 * a different one of the same kind, and neither name appears in the other's sentence. Aliases,
 * demonyms and capitals resolve to one canonical name before comparing.
 */
import { aliasLexicon } from '../../lexicon.js';
import type { Claim, Mention, MentionKind } from '../../types.js';
import { relatedPairs, sameName, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

const KINDS: readonly MentionKind[] = ['person', 'place', 'organization'];

function key(m: Mention): string {
  const capitals = aliasLexicon().capitals;
  return (capitals[m.canonical] ?? m.canonical).toLowerCase();
}

function named(claim: Claim, kind: MentionKind): Mention[] {
  const speaker = claim.attribution?.speaker?.canonical;
  return claim.mentions.filter((m) => m.kind === kind && m.form === 'name' && m.canonical !== speaker);
}

/** True when the other claim's whole sentence mentions the entity in any written form or alias. */
function mentionedIn(m: Mention, other: Claim): boolean {
  const raw = other.raw.toLowerCase();
  const surname = m.canonical.split(/\s+/).pop()!.toLowerCase();
  return raw.includes(m.canonical.toLowerCase()) || raw.includes(m.raw.toLowerCase()) || (m.kind === 'person' && raw.includes(surname));
}

export const entityRule: Rule = {
  id: 'entity/substituted',
  type: 'entity',
  description: 'Aligned claims name different entities of the same kind in the same role.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      for (const kind of KINDS) {
        const ma = named(a, kind);
        const mb = named(b, kind);
        if (ma.length === 0 || mb.length === 0) continue;
        const kb = new Set(mb.map(key));
        const ka = new Set(ma.map(key));
        const onlyA = ma.filter((m) => !kb.has(key(m)) && !mentionedIn(m, b) && !mb.some((o) => sameName(o.canonical, m.canonical)));
        const onlyB = mb.filter((m) => !ka.has(key(m)) && !mentionedIn(m, a) && !ma.some((o) => sameName(o.canonical, m.canonical)));
        if (onlyA.length !== 1 || onlyB.length !== 1) continue;
        const [x, y] = [onlyA[0]!, onlyB[0]!];
        out.push({
          severity: kind === 'person' ? 'high' : 'medium',
          message: `${context.outletOf(a.articleId)} names ${x.canonical} where ${context.outletOf(b.articleId)} names ${y.canonical}: ${snippet(a.text, 70)}`,
          why: `a different ${kind} in the same statement`,
          values: [valueOf(a, x.canonical, x.range, textOf(context, a)), valueOf(b, y.canonical, y.range, textOf(context, b))],
        });
      }
    }
    return out;
  },
};
