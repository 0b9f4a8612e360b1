/** Scraped-text ingest on a page written for the test: body bounds, boilerplate, metadata. */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/index.js';

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
