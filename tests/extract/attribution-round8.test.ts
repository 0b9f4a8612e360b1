/**
 * Attribution rules of the eighth round, on sentences written for the test: contracted pronoun
 * subjects, a name that modifies a noun after an inverted cue, coordinated subjects inside the
 * content, a "that" clause after the cue's adjuncts, nouns the tagger reads as verbs before the
 * cue, a participle or subordinate clause between the cue and a "that", an infinitive cue that
 * opens another cue's content, fronted subordinate clauses, and polls as the source of a finding.
 */
import { describe, expect, it } from 'vitest';
import { findAttributionCandidates } from '../../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../../src/extract/index.js';
import { parseSegment } from '../../src/extract/01-parse.js';
import { documentArticle } from '../../src/eval/quotes.js';

/** Every candidate the frames propose for a text (a title paragraph first), before the filter, with its mentions. */
function run(body: string) {
  const article = documentArticle('t', `Title line.\n\n${body}`);
  const units = textUnits(article, { headline: false });
  const terms = units.flatMap((u) => parseSegment(article.text, u.range[0], u.range[1]));
  const input = attributionInput('t', article.text, units, terms);
  return { input, drafts: findAttributionCandidates(input).map((c) => c.attribution) };
}
const drafts = (body: string) => run(body).drafts;
const show = (body: string) => drafts(body).map((x) => `${x.raw} <${x.cue?.raw ?? '-'}|${x.speaker?.raw ?? '-'}>`).join(' ; ');
const byCue = (body: string, cue: string) => drafts(body).filter((x) => x.cue?.raw === cue);

describe('attribution rules, round 8', () => {
  it('reads a contracted pronoun as the subject, its pronoun part as the speaker', () => {
    const body = 'Jane Roe spoke first. She\'s said she\'ll fight all the way to the convention.';
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(["she'll fight all the way to the convention."]);
    expect(said[0]!.speaker?.raw).toBe('She');
    // The mention of the resolved pronoun covers "She", not the contracted verb.
    expect(run(body).input.mentions.mentions.some((m) => m.raw === 'She' && m.form === 'pronoun')).toBe(true);
    const plural = "They've argued the plan is too costly for the city.";
    expect(byCue(plural, 'argued')[0]?.speaker?.raw, show(plural)).toBe('They');
  });

  it('reads no speaker from an impersonal "it\'s said"', () => {
    const body = "It's said that the plan will fail.";
    expect(byCue(body, 'said').filter((x) => x.speaker !== null), show(body)).toEqual([]);
  });

  it('reads a name that modifies a noun after the cue as part of the content, not as an inverted speaker', () => {
    const body = 'Gov. Jane Roe of Ohio, a Republican who has refused to endorse Mr. Doe, said the Smith family deserved better.';
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['the Smith family deserved better.']);
    expect(said[0]!.speaker?.raw).toBe('Jane Roe');
    // A name that closes the frame is still the inverted speaker.
    const inverted = '“We will win,” said John Doe in a statement.';
    expect(byCue(inverted, 'said')[0]?.speaker?.raw, show(inverted)).toBe('John Doe');
  });

  it('keeps a coordinated subject in the content, and ends the content at a coordinated clause after its verb', () => {
    const body = 'Ms. Roe said that she and her husband had opted not to join the photo line.';
    expect(byCue(body, 'said').map((x) => x.raw), show(body)).toEqual(['she and her husband had opted not to join the photo line.']);
    const clause = 'Jane Roe said the plan was dead and the mayor would vote against it.';
    expect(byCue(clause, 'said').map((x) => x.raw), show(clause)).toEqual(['the plan was dead']);
  });

  it('reads a "that" clause after the cue and its adjuncts as content, not the phrase before the subject', () => {
    const body = 'Courted by many donors, Jane Roe said on Friday that she may wait until the primaries.';
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['she may wait until the primaries.']);
    // Without the "that" clause the phrase before a plain frame is still its content.
    const plain = 'The plan will fail in the end, Jane Roe said on Friday.';
    expect(byCue(plain, 'said').map((x) => x.raw), show(plain)).toEqual(['The plan will fail in the end']);
  });

  it('reads a noun the tagger takes for a verb before the cue as the head of the subject', () => {
    const body = 'Other refugee advocates also said the government should go further.';
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['the government should go further.']);
    expect(said[0]!.speaker?.raw).toBe('Other refugee advocates');
    expect(byCue(body, 'advocates')).toEqual([]);
    const campaign = 'The campaign says the average donation amount was $27.';
    expect(byCue(campaign, 'says')[0]?.speaker?.raw, show(campaign)).toBe('The campaign');
    // A verb after a pronoun is the cue.
    const verb = 'He advocates a tax cut for the middle class.';
    expect(byCue(verb, 'advocates').map((x) => x.raw), show(verb)).toEqual(['a tax cut for the middle class.']);
  });

  it('reads no "that" past a participle or a subordinate clause after the cue', () => {
    const body = 'Jane Roe pointed to the new budget plan, noting that he has put together a strong campaign.';
    const pointed = drafts(body).filter((x) => x.cue?.raw.startsWith('pointed'));
    expect(pointed.map((x) => x.raw), show(body)).not.toContain('he has put together a strong campaign.');
    const although = 'Most members approve of his job performance, although that figure is lower than last year.';
    expect(drafts(although).map((x) => x.raw), show(although)).not.toContain('figure is lower than last year.');
    // An adverb between commas is an adjunct: "that" still opens the content.
    const however = 'Jane Roe warned both sides, however, that the talks would fail.';
    expect(byCue(however, 'warned').map((x) => x.raw), show(however)).toEqual(['the talks would fail.']);
  });

  it('reads a cue in an infinitive that opens another cue\'s content', () => {
    const body = 'Jane Roe has continued to push for a single-payer health care system.';
    const push = drafts(body).filter((x) => x.cue?.raw === 'push for');
    expect(push.map((x) => x.raw), show(body)).toEqual(['a single-payer health care system.']);
    expect(push[0]!.speaker?.raw).toBe('Jane Roe');
  });

  it('runs content in the main clause past a closed fronted subordinate clause, and stops it inside an open one', () => {
    const body = 'As the mayor spoke, Jane Roe noted that even in small towns, the tax was too high.';
    expect(byCue(body, 'noted').map((x) => x.raw), show(body)).toEqual(['even in small towns, the tax was too high.']);
    const open = 'When Jane Roe said the plan was dead, the mayor left the room.';
    expect(byCue(open, 'said').map((x) => x.raw), show(open)).toEqual(['the plan was dead']);
  });

  it('reads a fronted conditional with a long-subject main clause before the frame as content', () => {
    const body = 'If states fail to act, the U.S. Department of Justice can step in, Jane Roe said.';
    expect(byCue(body, 'said').map((x) => x.raw), show(body)).toEqual(['If states fail to act, the U.S. Department of Justice can step in']);
    // A conditional alone is no reported content.
    const alone = 'If states fail to act on the new rules by the end of the year, Jane Roe said.';
    expect(byCue(alone, 'said'), show(alone)).toEqual([]);
  });

  it('reads a poll as the source of the clause it frames', () => {
    const leading = 'In a Springfield Gazette poll released Monday, 50 percent of respondents chose the mayor.';
    const lead = byCue(leading, 'In');
    expect(lead.map((x) => x.raw), show(leading)).toEqual(['50 percent of respondents chose the mayor.']);
    expect(lead[0]!.speaker?.raw).toBe('a Springfield Gazette poll released Monday');
    const trailing = 'The mayor has a decisive lead in the polls ahead of the primary.';
    const trail = byCue(trailing, 'in');
    expect(trail.map((x) => x.raw), show(trailing)).toEqual(['The mayor has a decisive lead']);
    expect(trail[0]!.speaker?.raw).toBe('the polls ahead of the primary');
  });

  it('reads no poll frame when the survey noun modifies another noun or no clause goes with it', () => {
    for (const body of ['He lives in the polls district near the river.', 'She worked in polling for years.', 'In a poll of that kind, nothing.']) {
      expect(drafts(body).filter((x) => /^in$/iu.test(x.cue?.raw ?? '')), show(body)).toEqual([]);
    }
  });
});
