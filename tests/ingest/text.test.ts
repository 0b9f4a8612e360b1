/** Scraped-text ingest on a page written for the test: body bounds, boilerplate, metadata. */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/index.js';
import { pageLanguage } from '../../src/ingest/stopwords.js';

const page = [
  'Daily Planet',
  '  • Home',
  '  • World',
  '  • Sports',
  'Bridge Reopens After Two Years of Repairs',
  'Share this article',
  '',
  'Bridge Reopens After Two Years of Repairs',
  '',
  'Jane Reporter • March 3, 2024, 10:15 EST',
  '',
  'The city bridge reopened to traffic on Sunday after two years of repairs that cost the city more than 40 million dollars.',
  '',
  'Advertisement',
  '',
  'Mayor Tom Hardy said the work had finished three weeks ahead of schedule and that buses would return on Monday.',
  '',
  'Engineers replaced the deck and strengthened the piers, according to a statement from the transport department.',
  '',
  'Tags',
  'Related stories',
  'New Stadium Plans Unveiled',
  '2 MIN READ',
  'Copyright © 2024 Daily Planet. All rights reserved.',
].join('\n');

describe('ingestText', () => {
  const a = ingestText(page, { source: 'page.txt' });
  it('finds the body between the furniture', () => {
    const body = page.slice(a.body[0], a.body[1]);
    expect(body.startsWith('The city bridge reopened')).toBe(true);
    expect(body.endsWith('transport department.')).toBe(true);
    const paragraphs = a.paragraphs.map(([s, e]) => page.slice(s, e));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.join('\n')).not.toContain('Advertisement');
  });
  it('reads headline, time with offset, byline and outlet', () => {
    expect(a.headline).toBe('Bridge Reopens After Two Years of Repairs');
    expect(a.published).toBe('2024-03-03T10:15:00-05:00');
    expect(a.byline).toBe('Jane Reporter');
    expect(a.outlet).toBe('Daily Planet');
    expect(a.text).toBe(page);
    expect(a.id).toBe('page');
  });
  it('an input with no prose has no body and says so', () => {
    const b = ingestText('Home\nWorld\nSports\n');
    expect(b.paragraphs).toEqual([]);
    expect(b.warnings.join(' ')).toMatch(/no article body/);
  });
});

describe('standfirst', () => {
  const body = [
    'The city bridge reopened to traffic on Sunday after two years of repairs that cost the city more than 40 million dollars.',
    'Mayor Tom Hardy said the work had finished three weeks ahead of schedule and that buses would return on Monday.',
    'Engineers replaced the deck and strengthened the piers, according to a statement from the transport department.',
  ];
  const pageWith = (lead: string) =>
    ['Daily Planet', '  • Home', '  • World', 'Bridge Reopens After Two Years of Repairs', lead, '  •', '  •', '  • e-mail', '[photo-bridge]', ...body].join('\n\n');
  it('keeps the prose between the headline and the body', () => {
    const text = pageWith('Buses return on Monday, the mayor says.');
    const a = ingestText(text);
    const paragraphs = a.paragraphs.map(([s, e]) => text.slice(s, e));
    expect(paragraphs[0]).toBe('Buses return on Monday, the mayor says.');
    expect(paragraphs).toHaveLength(4);
    expect(text.slice(a.body[0], a.body[1]).startsWith('Buses return')).toBe(true);
  });
  it('after the last print of the headline before the body', () => {
    const text = [
      'Bridge Reopens After Two Years of Repairs', '“We are proud of the work,” the mayor said on Sunday.', 'Advertisement', '[logo]', '[ad]',
      'Bridge Reopens After Two Years of Repairs', '[photo-bridge]', ...body,
    ].join('\n\n');
    expect(ingestText(text).paragraphs.map(([s, e]) => text.slice(s, e))).toEqual(body);
  });
  it('but not a note about the author', () => {
    const text = pageWith('Jane Doe is a senior writer for the Daily Planet.');
    const paragraphs = ingestText(text).paragraphs.map(([s, e]) => text.slice(s, e));
    expect(paragraphs).toEqual(body);
  });
});

describe('page language', () => {
  const tokens = (lines: readonly string[]) => lines.map((l) => l.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  it.each([
    [['Die Brücke ist nach zwei Jahren wieder für den Verkehr freigegeben worden, sagte der Bürgermeister am Sonntag.'], 'de'],
    [['Le pont a été rouvert à la circulation dimanche après deux ans de travaux, a déclaré le maire de la ville.'], 'fr'],
    [['The bridge reopened to traffic on Sunday after two years of repairs, the mayor of the city said.'], 'en'],
    [['[INS:Say:INS] [INS:Goodbye:INS] [INS:To:INS] [INS:Snoring:INS] and the bridge is open to all of the traffic again.'], 'en'],
    [['这座桥在经过两年的维修之后于星期日重新开放通车。'], 'zh'],
    [['橋は二年間の修理の後、日曜日に再開通した。'], 'ja'],
    [['Home', 'World'], 'en'],
  ])('%j → %s', (lines, lang) => expect(pageLanguage(tokens(lines))).toBe(lang));
  it('ingestText reports it', () => {
    expect(ingestText('Le pont a été rouvert à la circulation dimanche après deux ans de travaux, a déclaré le maire de la ville.').language).toBe('fr');
  });
});

describe('headline and date lines', () => {
  const body = [
    'The city bridge reopened to traffic on Sunday after two years of repairs that cost the city more than 40 million dollars.',
    'Mayor Tom Hardy said the work had finished three weeks ahead of schedule and that buses would return on Monday.',
    'Engineers replaced the deck and strengthened the piers, according to a statement from the transport department.',
    'The transport department said that the old bridge had carried forty thousand cars a day before it closed.',
  ];
  it('a line that only dates the article is not body', () => {
    const text = [body[0], body[1], '17 April 2012 • 2:54pm', body[2], body[3]].join('\n\n');
    const a = ingestText(text);
    expect(a.paragraphs.map(([s, e]) => text.slice(s, e))).toEqual(body);
    expect(a.published?.slice(0, 10)).toBe('2012-04-17');
  });
  it.each([
    ['Bridge Reopens After Two Years of Repairs', 'Bridge Reopens After Two Years of Repairs'],
    ['Food Advertising by', null],
    ['The Mayor Speaks Out', 'The Mayor Speaks Out'],
    ['Mayor Tom Hardy Getty Images', null],
  ])('headline candidate %s → %s', (line, headline) => {
    const text = ['Home', line, ...body].join('\n\n');
    expect(ingestText(text).headline).toBe(headline);
  });
});

describe('byline', () => {
  const body = [
    'The city bridge reopened to traffic on Sunday after two years of repairs that cost the city more than 40 million dollars.',
    'Mayor Tom Hardy said the work had finished three weeks ahead of schedule and that buses would return on Monday.',
    'Engineers replaced the deck and strengthened the piers, according to a statement from the transport department.',
  ];
  it('is the capitalised "By" line nearest the article, not a sign-up notice or an earlier one', () => {
    const text = ['by signing up you agree to the terms', 'By Staff Writers', '  • Home', '  • World', '  • Sports', '  • Weather', '  • Sign in', 'Bridge Reopens After Two Years of Repairs', 'By Jane Doe', ...body].join('\n\n');
    expect(ingestText(text).byline).toBe('Jane Doe');
  });
  it('a "By" sentence in lower case names nobody', () => {
    const text = ['Bridge Reopens After Two Years of Repairs', 'by signing up, you agree to the terms', ...body].join('\n\n');
    expect(ingestText(text).byline).toBeNull();
  });
});
