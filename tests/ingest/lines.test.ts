/** The line classifier and the article run, on short texts written for the test. */
import { describe, expect, it } from 'vitest';
import { articleRun, classifyLines, defaultLineWeights, isAdLabel, isAuthorNote, isBoilerplateLine, isCallToAction, isClosingMarker, isEndMarker, type LineClass } from '../../src/ingest/lines.js';

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
    // A paragraph closed by the writer's or the agency's tag is still a sentence; a teaser's "(PHOTO)" is not.
    ['The old bridge is open to traffic again. (AP)', 'good'],
    ['The old bridge is open to traffic again (AP)', 'heading'],
    ['Singer Jane Doe -- When I Was 17 ... (PHOTO)', 'heading'],
    // Invisible characters and an image placeholder after the full stop.
    ['Remove the tofu and drain it well on paper towels.\u2063', 'good'],
    ['With the oil left in the wok, fry the garlic until it is fragrant.[DSC_0511-scaled]', 'good'],
    ['[ ] Send me an email for every new post.', 'bad'],
    ['( ) Yes, I want the weekly newsletter', 'bad'],
    ['TAGS: bridge, city council, repairs, transport', 'end'],
    ['Filed under: Transport', 'end'],
    ['Tags are sold at the door for five dollars.', 'good'],
    ['Workers lift the old deck of the bridge on Sunday morning. By CITY TRANSPORT DEPARTMENT', 'bad'],
    ['The repairs were due to end in March. By May, the workers had finished the whole deck.', 'good'],
  ];
  it.each(table)('%s → %s', (line, expected) => {
    expect(classifyLines(line)[0]!.class).toBe(expected);
  });
  it('a line repeated on the page is furniture unless it is a sentence', () => {
    const lines = classifyLines(['Bridge Reopens After Repairs', 'Bridge Reopens After Repairs', prose(3), prose(3)].join('\n'));
    expect(lines.map((l) => l.class)).toEqual(['bad', 'bad', 'short', 'short']);
  });
  it('a section heading listed in a table of contents some lines before is a heading; a teaser printed twice is not', () => {
    const toc = ['• How It Started', '• What It Cost', prose(1), prose(2), prose(3), prose(4), 'How It Started', prose(5)];
    expect(classifyLines(toc.join('\n'))[6]!.class).toBe('heading');
    const teasers = ['• Mayor Opens New Park', 'Mayor Opens New Park', prose(1)];
    expect(classifyLines(teasers.join('\n'))[1]!.class).toBe('bad');
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
  it('stops at an end marker that follows most of the run, and only then', () => {
    const body = Array.from({ length: 8 }, (_, i) => prose(i));
    const teasers = [prose(90), prose(91)];
    // "Most read" after eight paragraphs: the two teasers after it are not the article.
    expect(run([...body, 'Most read', ...teasers])).toEqual(body);
    // After four paragraphs of twelve the marker does not end the article (the run goes on past it).
    const lead = [prose(81), prose(82), prose(83), prose(84)];
    expect(run([...lead, 'Most read', ...body])).toEqual([...lead, 'Most read', ...body]);
  });
  it('leaves out an author note further up when only teasers follow it', () => {
    const body = Array.from({ length: 20 }, (_, i) => prose(i));
    const note = 'Jane Doe is a senior writer for the Daily Planet, covering transport and the city council.';
    expect(run([...body, note, 'Senior Writer', 'Featured Video', 'How the bridge was built', 'A short film about the bridge and how it was built.'])).toEqual(body);
  });
  it('lines without a letter cost less than other furniture (a chart inside the article)', () => {
    const lines = classifyLines(['—', '%', '•', '[logo]'].join('\n'));
    expect(lines.map((l) => l.class)).toEqual(['bad', 'bad', 'bad', 'bad']);
    expect(lines.map((l) => l.score)).toEqual([-defaultLineWeights.residue, -defaultLineWeights.residue, -defaultLineWeights.residue, -defaultLineWeights.bad]);
    const chart = ['%', '80', '%', '80', '%', '80', '%', '80'];
    // Eight such lines between two pairs of paragraphs cost less than either pair: one run (at the
    // cost of other furniture they would split it).
    expect(run([prose(1), prose(2), ...chart, prose(3), prose(4)])).toEqual([prose(1), prose(2), ...chart, prose(3), prose(4)]);
  });
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
    ['By signing up, you agree to our Privacy Policy and the data transfer policy.', true],
    ['By clicking the button, you agree to the terms of use.', true],
    ['By signing the deal, the city agreed to pay for the repairs.', false],
  ])('isCallToAction(%s) → %s', (t, e) => expect(isCallToAction(t)).toBe(e));
  it.each([
    ['This Post Has 80 Comments', true],
    ['11 responses to “The Bridge”', true],
    ['Leave a Comment', true],
    ['Comments on the plan were due on Friday.', false],
  ])('isClosingMarker(%s) → %s', (t, e) => expect(isClosingMarker(t)).toBe(e));
});

describe('bylines, author notes and end markers in other languages', () => {
  it.each([
    ['By Jane Doe', true],
    ['By BBC News', true],
    ['by staff', true],
    ['By setting this to Default, the attributes are modified based on the position of the player.', false],
    ['By the end of the year the bridge will be open again to all traffic.', false],
  ])('isBoilerplateLine(%s) → %s', (t, e) => expect(isBoilerplateLine(t)).toBe(e));
  it.each([
    ['Jane Doe is a senior writer for the Daily Planet.', true],
    ['Heiko Meyer is a Professor of Public Law at the University of Bonn.', true],
    ['The bridge is a landmark of the old town.', false],
  ])('isAuthorNote(%s) → %s', (t, e) => expect(isAuthorNote(t)).toBe(e));
  it.each([
    ['Sur le même sujet', true],
    ['Mehr zum Thema', true],
    ['Artículos relacionados', true],
    ['Leia também:', true],
    ['Related stories', true],
    ['Sur le pont, les voitures roulent de nouveau depuis dimanche.', false],
  ])('isEndMarker(%s) → %s', (t, e) => expect(isEndMarker(t)).toBe(e));
});

describe('pages in other languages', () => {
  const german = [
    'Die Brücke über den Fluss ist nach zwei Jahren Bauzeit am Sonntag wieder für den Verkehr freigegeben worden.',
    'Der Bürgermeister sagte, dass die Arbeiten drei Wochen früher als geplant abgeschlossen worden seien und die Busse ab Montag wieder fahren.',
    'Die Ingenieure haben die Fahrbahn erneuert und die Pfeiler verstärkt, wie das Verkehrsamt mitteilte.',
  ];
  it('German prose is prose with the German stopwords (with the English ones alone it is not)', () => {
    expect(classifyLines(german.join('\n\n')).map((l) => l.class)).toEqual(['good', 'good', 'good']);
    // The same lines on a page of English prose are measured with English stopwords: too few of them.
    const mixed = classifyLines([prose(1), prose(2), prose(3), prose(4), german[2]].join('\n\n'));
    expect(mixed[4]!.class).toBe('short');
  });
  it('Chinese prose is measured in characters and ends with a full-width stop', () => {
    const zh = [
      '首页 新闻 图片 评论',
      '这座桥在经过两年的维修之后于星期日重新开放通车，市政府为此花费了四千多万元。市长表示，工程比原计划提前三周完成，公交车将于星期一恢复运行。',
      '工程师们更换了桥面并加固了桥墩，交通部门在一份声明中说。',
    ];
    const lines = classifyLines(zh.join('\n\n'));
    expect(lines.map((l) => l.class)).toEqual(['heading', 'good', 'good']);
    expect(lines[1]!.score).toBeGreaterThan(lines[1]!.text.length);
  });
});
