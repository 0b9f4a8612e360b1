/**
 * Channels for drafts: the statement's own sentence, then its paragraph, then an anaphoric "in
 * the interview" back to an interview named up to three paragraphs before, then the same speaker's
 * statement in an adjacent paragraph. Channels not named in the statement's sentence are marked
 * `inferred`.
 */
import type { Channel, Sentence } from '../../types.js';
import type { Draft } from './context.js';
import { caseless } from '../../util/text.js';

/** "in the interview": the interview named before (case aside, matched fast: `caseless`). */
const ANAPHORIC_INTERVIEW = caseless(String.raw`\bin (the|that|this) interview\b`);

function nearestChannel(channels: readonly Channel[], d: Draft): Channel {
  const mid = (d.content[0] + d.content[1]) / 2;
  let best = channels[0]!;
  for (const c of channels) if (Math.abs(c.range[0] - mid) < Math.abs(best.range[0] - mid)) best = c;
  return best;
}

export function assignChannels(drafts: readonly Draft[], sentences: readonly Sentence[], channelsBySentence: readonly (readonly Channel[])[]): Draft[] {
  const byParagraph = new Map<number, Channel[]>();
  sentences.forEach((s, i) => {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(...channelsBySentence[i]!);
    byParagraph.set(s.paragraph, list);
  });
  const withVia = drafts.map((d) => {
    const own = channelsBySentence[d.sentence]!;
    if (own.length > 0) return { ...d, via: nearestChannel(own, d) };
    const paraChannels = byParagraph.get(d.paragraph) ?? [];
    if (paraChannels.length > 0) return { ...d, via: { ...nearestChannel(paraChannels, d), inferred: true } };
    return { ...d };
  });
  for (const d of withVia) {
    if (d.via) continue;
    const sentence = sentences[d.sentence]!;
    if (ANAPHORIC_INTERVIEW.test(sentence.raw)) {
      for (let i = d.sentence - 1; i >= 0 && sentences[i]!.paragraph >= sentence.paragraph - 3; i--) {
        const interview = channelsBySentence[i]!.find((c) => c.kind === 'interview');
        if (interview) {
          d.via = { ...interview, inferred: true };
          break;
        }
      }
    }
  }
  // Same speaker next door: drafts are in reading order, so only nearby paragraphs are compared.
  const byPara = new Map<number, Draft[]>();
  for (const d of withVia) {
    const list = byPara.get(d.paragraph) ?? [];
    list.push(d);
    byPara.set(d.paragraph, list);
  }
  for (const d of withVia) {
    if (d.via || d.ownSetting || !d.speaker) continue;
    const candidates = [...(byPara.get(d.paragraph - 1) ?? []), ...(byPara.get(d.paragraph + 1) ?? [])];
    const neighbour = candidates.find((o) => o.via && !o.via.inferred && o.speaker && o.speaker.canonical === d.speaker!.canonical);
    if (neighbour) d.via = { ...neighbour.via!, inferred: true };
  }
  return withVia;
}
