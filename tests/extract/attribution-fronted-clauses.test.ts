/**
 * Fronted subordinate clauses (`When …, …`, `If …, …`): with its main clause, a fronted clause is
 * part of the reported content before a frame, also around a parenthetical frame; alone, it is no
 * content; a cue inside an open one ends its content at the clause's comma.
 */
import { describe, expect, it } from 'vitest';
import { byCue, drafts, firstByCue, show, titled } from './attribution-cases.js';

describe('fronted subordinate clauses', () => {
  it('a fronted subordinate clause followed by its main clause is reported content', () => {
    const text = 'When the plan failed, the council lost money, Tom Reed said.';
    const found = firstByCue(text, 'said');
    expect(found, show(text)).toBeDefined();
    expect(found!.raw).toBe('When the plan failed, the council lost money');
    expect(found!.speaker?.raw).toBe('Tom Reed');
    // A fronted subordinate clause alone is no content ("As X spoke, Y responded").
    expect(drafts('As the mayor spoke, the crowd cheered.').some((x) => x.cue?.raw === 'spoke' && /^As/u.test(x.raw))).toBe(false);
  });

  it('reads a fronted subordinate clause with its main clause after a parenthetical frame', () => {
    const body = titled('When the guests came in, Jane Doe said in an interview, the mayor looked away from them.');
    expect(firstByCue(body, 'said')?.raw, show(body)).toBe('When the guests came in, Jane Doe said in an interview, the mayor looked away from them.');
    // Without a main clause the subordinate clause is no content.
    const bare = titled('When the guests came in, Jane Doe said in an interview.');
    expect(drafts(bare).some((x) => x.raw.startsWith('When the guests')), show(bare)).toBe(false);
  });

  it('runs content in the main clause past a closed fronted subordinate clause, and stops it inside an open one', () => {
    const body = titled('As the mayor spoke, Jane Roe noted that even in small towns, the tax was too high.');
    expect(byCue(body, 'noted').map((x) => x.raw), show(body)).toEqual(['that even in small towns, the tax was too high.']);
    const open = titled('When Jane Roe said the plan was dead, the mayor left the room.');
    expect(byCue(open, 'said').map((x) => x.raw), show(open)).toEqual(['the plan was dead']);
  });

  it('reads a fronted conditional with a long-subject main clause before the frame as content', () => {
    const body = titled('If states fail to act, the U.S. Department of Justice can step in, Jane Roe said.');
    expect(byCue(body, 'said').map((x) => x.raw), show(body)).toEqual(['If states fail to act, the U.S. Department of Justice can step in']);
    // A conditional alone is no reported content.
    const alone = titled('If states fail to act on the new rules by the end of the year, Jane Roe said.');
    expect(byCue(alone, 'said'), show(alone)).toEqual([]);
  });
});
