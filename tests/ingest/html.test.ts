import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestHtml, normaliseDate, renderHtmlText } from '../../src/ingest/html.js';
import type { Article } from '../../src/types.js';

/** Every range of the article points into its text; paragraphs are ordered, non-empty and inside the body. */
function expectValidRanges(a: Article): void {
  const inText = (r: readonly [number, number]) => r[0] >= 0 && r[0] <= r[1] && r[1] <= a.text.length;
  if (a.headlineRange) {
    expect(inText(a.headlineRange)).toBe(true);
    expect(a.text.slice(a.headlineRange[0], a.headlineRange[1])).toBe(a.headline);
  } else {
    expect(a.headline).toBeNull();
  }
  expect(inText(a.body)).toBe(true);
  let previous = 0;
  for (const p of a.paragraphs) {
    expect(inText(p)).toBe(true);
    expect(p[1]).toBeGreaterThan(p[0]);
    expect(p[0]).toBeGreaterThanOrEqual(previous);
    expect(p[0]).toBeGreaterThanOrEqual(a.body[0]);
    expect(p[1]).toBeLessThanOrEqual(a.body[1]);
    previous = p[1];
  }
  for (const c of a.credits) {
    expect(inText(c.range)).toBe(true);
    expect(a.text.slice(c.range[0], c.range[1])).toBe(c.raw);
  }
  if (a.publishedRange) expect(inText(a.publishedRange)).toBe(true);
  // The reader itself did not fail (ingestHtml turns an internal error into this warning).
  expect(a.warnings.filter((w) => w.includes('could not be read'))).toEqual([]);
}

const paragraphs = (a: Article) => a.paragraphs.map(([s, e]) => a.text.slice(s, e));

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Envoy meets president for fourth time | The Daily Example</title>
  <meta property="og:title" content="Envoy meets president for fourth time">
  <meta property="og:site_name" content="The Daily Example">
  <meta property="og:url" content="https://www.daily-example.com/world/envoy-meets-president">
  <meta property="article:published_time" content="2025-04-25T02:48:00Z">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Envoy meets president for fourth time",
   "datePublished": "2025-04-25T04:48:00+02:00",
   "author": [{"@type": "Person", "name": "Jane Doe"}],
   "publisher": {"@type": "Organization", "name": "The Daily Example"}}
  </script>
</head>
<body>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main>
    <article>
      <h1>Envoy meets president for fourth time</h1>
      <p class="byline">By Jane Doe</p>
      <figure><img src="a.jpg" alt=""><figcaption>Photo: John Smith/AP</figcaption></figure>
      <p>The special envoy met the president on Friday for the fourth time this year, officials said, in a meeting that lasted about three hours.</p>
      <p>According to a statement released after the talks, both sides described the discussion as constructive and agreed to meet again next month.</p>
      <h2>What comes next</h2>
      <p>Negotiators are expected to return to the capital in May to continue work on a draft agreement, the statement said.</p>
      <p>Advertisement</p>
      <p>Subscribe to our newsletter for daily updates.</p>
      <h3>Related stories</h3>
      <ul><li><a href="/a">Talks stall over border issue</a></li><li><a href="/b">Markets react to summit news</a></li></ul>
    </article>
  </main>
  <footer><p>© 2025 The Daily Example. All rights reserved.</p></footer>
</body>
</html>`;

describe('ingestHtml: a news page', () => {
  const article = ingestHtml(NEWS_PAGE, { source: 'https://www.daily-example.com/world/envoy-meets-president' });

  it('reads the metadata', () => {
    expect(article.type).toBe('article');
    expect(article.id).toBe('envoy-meets-president');
    expect(article.headline).toBe('Envoy meets president for fourth time');
    expect(article.published).toBe('2025-04-25T04:48:00+02:00');
    expect(article.outlet).toBe('The Daily Example');
    expect(article.byline).toBe('Jane Doe');
    expect(article.language).toBe('en');
  });

  it('lays out the text as headline, blank line, paragraphs', () => {
    expect(article.text.startsWith('Envoy meets president for fourth time\n\n')).toBe(true);
    expect(article.headlineRange).toEqual([0, 37]);
    const body = paragraphs(article);
    expect(body[0]).toMatch(/^The special envoy met the president on Friday/u);
    expect(body).toContain('What comes next');
    expect(body[body.length - 1]).toMatch(/^Negotiators are expected/u);
    for (const p of body) expect(p).not.toMatch(/\n\n/u);
  });

  it('leaves out navigation, ads, calls to action, related links and the footer', () => {
    const body = paragraphs(article).join('\n');
    for (const junk of ['Home', 'Advertisement', 'Subscribe to our newsletter', 'Related stories', 'Talks stall', 'All rights reserved']) {
      expect(body).not.toContain(junk);
    }
  });

  it('keeps the photo credit in the text as a credit, not a paragraph', () => {
    expect(paragraphs(article)).not.toContain('Photo: John Smith/AP');
    const photo = article.credits.find((c) => c.kind === 'photo');
    expect(photo?.raw).toBe('Photo: John Smith/AP');
    expect(photo?.agencies).toEqual(['AP']);
    expect(article.agencies).toEqual([]);
  });

  it('has valid ranges', () => expectValidRanges(article));
});

describe('ingestHtml: markup variants', () => {
  it('leaves script content out of the text', () => {
    const html = `<html><head><title>Storm hits coast</title></head><body><article>
      <p>The storm reached the coast late on Tuesday, bringing heavy rain and strong winds to several towns along the shore.</p>
      <script>window.dataLayer = window.dataLayer || []; trackPageView("storm");</script>
      <p>Emergency services said more than two hundred people had been moved to shelters before the storm arrived in the area.</p>
      <style>.ad { display: none }</style>
      <p>Forecasters expect the weather to improve by Thursday, although flooding remains possible in low-lying districts nearby.</p>
    </article></body></html>`;
    const a = ingestHtml(html);
    expect(a.text).not.toMatch(/dataLayer|trackPageView|display: none/u);
    expect(paragraphs(a)).toHaveLength(3);
    expect(a.headline).toBe('Storm hits coast');
    expect(a.warnings).toContain('no publication time found');
    expectValidRanges(a);
  });

  it('reads a fragment without html, head or body tags', () => {
    const a = ingestHtml(
      '<h1>Council approves new budget</h1><p>The city council approved the new budget on Monday after a long debate about spending on schools and roads.</p><p>The mayor said the plan would be reviewed again in the autumn, once the first quarterly figures are available.</p>',
      { source: 'https://news.example.org/local/budget' },
    );
    expect(a.headline).toBe('Council approves new budget');
    expect(paragraphs(a)).toHaveLength(2);
    expect(a.outlet).toBe('news.example.org');
    expectValidRanges(a);
  });

  it('keeps the offset of a time element and falls back to the canonical host for the outlet', () => {
    const a = ingestHtml(`<html><head><link rel="canonical" href="https://www.example.net/x"></head><body>
      <h1>Bridge reopens after repairs</h1><time datetime="2025-03-01T09:30:00-05:00">March 1</time>
      <p>The bridge reopened to traffic on Saturday morning after eight months of repairs that cost the county about twelve million dollars.</p>
      </body></html>`);
    expect(a.published).toBe('2025-03-01T09:30:00-05:00');
    expect(a.outlet).toBe('example.net');
    expectValidRanges(a);
  });

  it('credits wire agencies from the byline and a "With inputs from" line', () => {
    const a = ingestHtml(`<html><head><meta name="author" content="By Jane Doe, Reuters"><title>Ceasefire talks resume</title></head><body><article>
      <h1>Ceasefire talks resume</h1>
      <p>Delegations from both sides returned to the negotiating table on Wednesday, mediators said in a brief statement to reporters.</p>
      <p>The talks are expected to last several days and will focus on the exchange of prisoners and access for humanitarian aid.</p>
      <p>With inputs from AFP</p>
    </article></body></html>`);
    expect(a.byline).toBe('Jane Doe, Reuters');
    const inputs = a.credits.find((c) => c.kind === 'inputs');
    expect(inputs?.raw).toBe('With inputs from AFP');
    expect([...a.agencies].sort()).toEqual(['AFP', 'Reuters']);
    expectValidRanges(a);
  });

  it('gives a page without an article body [0, 0], no paragraphs and a warning', () => {
    const a = ingestHtml('<html><head><title>Example</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>');
    expect(a.body).toEqual([0, 0]);
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings).toContain('no article body found');
    expectValidRanges(a);
  });

  it('gives empty input an empty article', () => {
    const a = ingestHtml('');
    expect(a.paragraphs).toEqual([]);
    expect(a.body).toEqual([0, 0]);
    expectValidRanges(a);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2025-04-25T04:48:00+02:00', '2025-04-25T04:48:00+02:00', true],
    ['2025-04-25T02:48:00Z', '2025-04-25T02:48:00+00:00', true],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00', true],
    ['2018-04-05T06:00', '2018-04-05T06:00:00', false],
    ['2019-10-18', '2019-10-18', false],
    ['2024-12-06T22:00:40.000Z', '2024-12-06T22:00:40+00:00', true],
    // A clock time split after its colon by a tokenizer keeps its minutes and its zone.
    ['Updated: November 11, 2011 20: 09 IST', '2011-11-11T20:09:00+05:30', true],
    ['Sat Nov 12 2011, 01: 19 hrs', '2011-11-12T01:19:00', false],
  ])('%s → %s', (input, iso, hasZone) => {
    expect(normaliseDate(input)).toEqual({ iso, hasZone });
  });

  it('returns null for text without a certain day', () => {
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2025-13-40')).toBeNull();
  });
});

describe('renderHtmlText', () => {
  it('puts one block a line and leaves out scripts', () => {
    expect(renderHtmlText('<p>One <b>two</b></p><script>x()</script><ul><li>three</li><li>four</li></ul>')).toBe('One two\nthree\nfour');
  });
});

describe('ingestHtml: properties', () => {
  it('never throws and keeps every range valid for arbitrary text wrapped in HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (title, body) => {
        const pages = [
          `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p><p>${body} ${title}</p></body></html>`,
          `<article><p>${body}</p></article>`,
          body,
        ];
        for (const html of pages) expectValidRanges(ingestHtml(html, { source: 'page.html' }));
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary markup soup', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div class="byline">', '</div>', '<br>', '<script>', '</script>', '<h1>', '</h1>', '<a href="/x">', '</a>',
        '<pre>', '</pre>', '<figcaption>', '<li>', '\n\n', '&amp;', '&#x1F600;', '<!--', '-->', '<body>', '</html>', '<time datetime="2025-01-02T03:04:05+01:00">'),
      fc.string({ unit: 'binary', maxLength: 80 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectValidRanges(ingestHtml(pieces.join('')))),
      { numRuns: 80 },
    );
  });
});
