/** The line classifier and the article run, on short texts written for the test. */
import { describe, expect, it } from 'vitest';
import { articleRun, classifyLines, isAdLabel, isCallToAction, isClosingMarker, type LineClass } from '../../src/ingest/lines.js';

const prose = (n: number) => `Officials said on Monday that the repairs to the old bridge number ${n} would take until the end of the year to finish.`;

describe('classifyLines', () => {
  const table: Array<[string, LineClass]> = [
    [prose(1), 'good'],
    ['  • ' + prose(2), 'good'],
    ['  • Sports', 'item'],
    ['1. Two cups of flour', 'item'],
    ['What Happened Next', 'heading'],
    ['It was over.', 'short'],
    ['Advertisement', 'bad'],
    ['To view the full story, please subscribe to The Daily Planet.', 'bad'],
    ['For the latest stories download the\u00a0Planet apps\u00a0for iOS and Android.', 'bad'],
    ['[logo-300x193]', 'bad'],
    ['[                    ] [Search]', 'bad'],
    ['━━━━━━━━━━━━', 'bad'],
    ['A crowd on the bridge on Sunday.Photograph: Jane Doe/Getty Images', 'bad'],
    ['Related stories', 'end'],
    ['12 Comments', 'end'],
  ];
  it.each(table)('%s → %s', (line, expected) => {
    expect(classifyLines(line)[0]!.class).toBe(expected);
  });
  it('a line repeated on the page is furniture unless it is a sentence', () => {
    const lines = classifyLines(['Bridge Reopens After Repairs', 'Bridge Reopens After Repairs', prose(3), prose(3)].join('\n'));
    expect(lines.map((l) => l.class)).toEqual(['bad', 'bad', 'short', 'short']);
  });
  it('content offsets skip the bullet', () => {
    const text = 'x\n  • Two cups of flour';
    const [, item] = classifyLines(text);
    expect(text.slice(item!.contentStart, item!.end)).toBe('Two cups of flour');
  });
});

describe('articleRun', () => {
  const run = (rows: readonly string[]) => {
    const lines = classifyLines(rows.join('\n\n'));
    const r = articleRun(lines);
    return r ? lines.slice(r[0], r[1] + 1).map((l) => l.text) : null;
  };
  it('keeps headings and short list items between prose', () => {
    expect(run(['• Home', '• World', prose(1), 'What Happened Next', prose(2), '• first point', '• second point', prose(3)])).toEqual([
      prose(1), 'What Happened Next', prose(2), '• first point', '• second point', prose(3),
    ]);
  });
  it('stops at a comment section however much prose follows', () => {
    expect(run([prose(1), prose(2), 'Leave a Reply', prose(3), prose(4), prose(5), prose(6)])).toEqual([prose(1), prose(2)]);
  });
  it('leaves out a short blurb after a call to action, not the text after an ad label', () => {
    const body = Array.from({ length: 12 }, (_, i) => prose(i));
    expect(run([...body, 'Advertisement', prose(99)])).toEqual([...body, 'Advertisement', prose(99)]);
    expect(run([...body, 'Sign up for our newsletter', 'Daily news about the city, delivered every morning.'])).toEqual(body);
  });
  it('leaves out an author note closing the article', () => {
    expect(run([prose(1), prose(2), 'Jane Doe is a senior writer for the Daily Planet, covering transport and the city council.'])).toEqual([prose(1), prose(2)]);
  });
  it('no prose → null', () => expect(run(['Home', 'World', 'Sports'])).toBeNull());
});

describe('boilerplate predicates', () => {
  it.each([
    ['STORY CONTINUES BELOW THIS AD', true],
    ['Advertisement', true],
    ['The advertisement ran on Sunday.', false],
  ])('isAdLabel(%s) → %s', (t, e) => expect(isAdLabel(t)).toBe(e));
  it.each([
    ['Already a subscriber? Log in here', true],
    ['Get the latest news straight to your phone with the Planet app.', true],
    ['The mayor said the bridge would reopen.', false],
  ])('isCallToAction(%s) → %s', (t, e) => expect(isCallToAction(t)).toBe(e));
  it.each([
    ['This Post Has 80 Comments', true],
    ['11 responses to “The Bridge”', true],
    ['Leave a Comment', true],
    ['Comments on the plan were due on Friday.', false],
  ])('isClosingMarker(%s) → %s', (t, e) => expect(isClosingMarker(t)).toBe(e));
});
