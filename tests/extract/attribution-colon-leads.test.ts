/**
 * A lead before a colon (attribution/colon.ts): a title-cased name, alone or after a dash, speaks
 * what follows the colon; a transcript turn runs to the end of its paragraph; a lower-case or long
 * lead is a sentence of the writer's, no speaker.
 */
import { describe, expect, it } from 'vitest';
import { attributions, drafts, show, titled } from './attribution-cases.js';

describe('a name before a colon', () => {
  it('a title-cased name before a colon speaks the rest of the sentence', () => {
    const a = attributions('Hank Mills: The Budget Deal Will Collapse by Friday.');
    const found = a.find((x) => x.raw === 'The Budget Deal Will Collapse by Friday');
    expect(found, a.map((x) => x.raw).join(' | ')).toBeDefined();
    expect(found!.speaker?.raw).toBe('Hank Mills');
  });

  it('a lower-case lead before a colon is no speaker', () => {
    const a = attributions('The reason is simple: the budget deal will collapse by Friday.');
    expect(a.some((x) => x.raw.startsWith('the budget deal'))).toBe(false);
  });

  it('reads the lead after a dash as the speaker of the quotation after the colon', () => {
    const body = titled('POLLS NOT WRONG, JUST TOO EARLY - Jane Doe: “Although the polls failed to predict the win, they were not wrong.”');
    const found = drafts(body).find((x) => x.raw.startsWith('“Although'));
    expect(found?.speaker?.raw, show(body)).toBe('Jane Doe');
    // A long lead with no dash is a sentence, not a speaker.
    const sentence = titled('The polls that failed to predict the win on Tuesday night were wrong about one thing: “turnout.”');
    expect(drafts(sentence).some((x) => x.raw.includes('turnout') && x.cue === null), show(sentence)).toBe(false);
  });

  it('reads a transcript turn to the end of its paragraph', () => {
    const body = titled('HANLEY: I think he is trying to campaign as a healer. I think that has been part of his message.\n\nThe next paragraph is the writer’s.');
    const turn = drafts(body).find((x) => x.cue === null && x.speaker?.raw === 'HANLEY');
    expect(turn?.raw, show(body)).toBe('I think he is trying to campaign as a healer. I think that has been part of his message');
    // A title-cased lead that is no transcript speaker reads its own sentence only.
    const headline = titled('Jane Doe: The tax is fair. The writer adds more here.');
    expect(drafts(headline).find((x) => x.cue === null)?.raw, show(headline)).toBe('The tax is fair');
  });
});
