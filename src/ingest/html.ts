/**
 * Ingest of HTML pages. The page is parsed with linkedom and read with Mozilla Readability; the
 * article's `text` is a plain-text rendering of what Readability keeps: the headline, a blank line,
 * then one block element a paragraph, separated by blank lines (inline white space collapsed).
 * Page furniture Readability keeps (ad labels, calls to action, "Related" link lists) is left out;
 * bylines, date lines and photo or reporting credits stay in `text` but are not `paragraphs`.
 * Every range in the returned Article (UTF-16 code units, end-exclusive) points into that
 * rendering, not into the HTML.
 */
import { Readability } from '@mozilla/readability';
// English only: the package's root imports every locale (about 260 modules, 150-200 ms more for each worker to load).
import * as chrono from 'chrono-node/en';
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import { agencyLexicon } from '../lexicon.js';
import type { Article, Credit, Range } from '../types.js';
import { articleRun, classifyLines, isAdLabel, isArticleLine, isBoilerplateLine, isCallToAction, isEndMarker, type Line } from './lines.js';
import { agenciesIn, findByline, findCredits, findPublished, isoFromParts, timesOnLine, wireAgencies } from './metadata.js';
import { articleIdFor, type IngestTextOptions } from './text.js';

/**
 * linkedom, loaded at the first page parsed: it takes a few hundred milliseconds to load, which a
 * run over plain text or a text feed (and each of its worker threads) need not pay.
 */
let linkedom: { readonly parseHTML: typeof ParseHTML } | undefined;
function parseHTML(html: string): ReturnType<typeof ParseHTML> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as { readonly parseHTML: typeof ParseHTML };
  return linkedom.parseHTML(html);
}

/** Readability's minimum article length in characters (its default is 500). */
const CHAR_THRESHOLD = 500;

/** Elements whose content is never text of the page. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'textarea', 'button', 'input', 'head', 'title', 'meta', 'link', 'base', 'audio', 'video',
]);

/** Elements that start and end a paragraph of the rendering. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** The part of the DOM that linkedom provides and this module uses (the project has no DOM lib types). */
interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
}
interface DomDocument extends DomNode {
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  cloneNode(deep: boolean): DomDocument;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/** One paragraph of a rendering: its text (no blank line inside) and the block element it came from. */
interface Block {
  readonly text: string;
  /** Local name of the innermost block element holding the text ("p", "li", "h2", "figcaption"). */
  readonly tag: string;
  /** True inside a `figcaption` (or a table `caption`). */
  readonly caption: boolean;
  /** Share of the block's non-space characters that sit inside links, in [0, 1]. */
  readonly linked: number;
}

/**
 * Renders the subtree under `root` as blocks: each block element and each `<br>` ends a paragraph;
 * inline white space is collapsed to one space, except inside `pre`, where line breaks are kept
 * (blank lines dropped). Walks iteratively, so deep nesting cannot overflow the stack.
 */
function renderBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  const tags: string[] = [];
  let buffer = '';
  let linkedChars = 0;
  let pre = 0;
  let caption = 0;
  let link = 0;
  const flush = () => {
    const raw = buffer.replace(INVISIBLE, '');
    const linkedShare = linkedChars;
    buffer = '';
    linkedChars = 0;
    const text = pre > 0
      ? raw.split(/\r?\n|\r/u).map((l) => l.replace(/[^\S\n]+/gu, ' ').trimEnd()).filter((l) => l.trim() !== '').join('\n')
      : raw.replace(/\s+/gu, ' ').trim();
    if (text.trim() === '') return;
    const solid = raw.replace(/\s+/gu, '').length;
    blocks.push({ text, tag: tags[tags.length - 1] ?? 'body', caption: caption > 0, linked: solid > 0 ? Math.min(1, linkedShare / solid) : 0 });
  };
  type Step = { readonly node: DomNode; readonly exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as DomNode & { readonly data: string }).data;
      buffer += data;
      if (link > 0) linkedChars += data.replace(/\s+/gu, '').length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeType === 1 ? (node as DomElement).localName.toLowerCase() : '#root';
    const block = BLOCKS.has(name) || name === '#root';
    if (exit) {
      if (block) {
        flush();
        tags.pop();
      }
      if (name === 'pre') pre--;
      if (name === 'figcaption' || name === 'caption') caption--;
      if (name === 'a') link--;
      continue;
    }
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    if (block) {
      flush();
      tags.push(name);
    }
    if (name === 'pre') pre++;
    if (name === 'figcaption' || name === 'caption') caption++;
    if (name === 'a') link++;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return blocks;
}

/**
 * Rewrites the markup so that linkedom (which does not apply the HTML5 tree-construction rules)
 * builds `html > head + body` whatever the page omits.
 */
function wellFormed(html: string): string {
  const htmlTag = /<html\b[^>]*>/iu.exec(html);
  const headEnd = /<\/head\s*>/iu.exec(html);
  const bodyRe = /<body\b[^>]*>/giu;
  if (headEnd) bodyRe.lastIndex = headEnd.index;
  const bodyTag = bodyRe.exec(html);
  let head = '';
  let body: string;
  if (bodyTag) {
    head = html.slice(0, bodyTag.index);
    body = html.slice(bodyTag.index + bodyTag[0].length);
  } else if (headEnd) {
    head = html.slice(0, headEnd.index);
    body = html.slice(headEnd.index + headEnd[0].length);
  } else {
    const lead = /^(?:\s+|<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>|<html\b[^>]*>|<head\b[^>]*>|<(title|style|script)\b[^>]*>[\s\S]*?<\/\1\s*>|<(?:meta|link|base)\b[^>]*>)*/iu.exec(html);
    const cut = lead ? lead[0].length : 0;
    head = html.slice(0, cut);
    body = html.slice(cut);
  }
  head = head.replace(/<!doctype[^>]*>|<\?xml[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>/giu, '');
  const close = body.search(/<\/body\s*>/iu);
  if (close >= 0) body = body.slice(0, close);
  body = body.replace(/<\/?html\b[^>]*>/giu, '');
  const htmlOpen = htmlTag ? htmlTag[0] : '<html>';
  const bodyOpen = bodyTag ? bodyTag[0] : '<body>';
  return `<!DOCTYPE html>${htmlOpen}<head>${head}</head>${bodyOpen}${body}</body></html>`;
}

const collapse = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
const fold = (s: string) => collapse(s).toLowerCase();

/** Page metadata read from the markup (before Readability changes anything). */
interface PageMeta {
  readonly meta: ReadonlyMap<string, string>;
  readonly ld: readonly Record<string, unknown>[];
  readonly timeDatetime: string | null;
  readonly canonical: string | null;
  /** Texts of the page's first `h1` elements, in page order. */
  readonly h1s: readonly string[];
  readonly title: string | null;
  /** Author names found in the markup: `itemprop=author`, `rel=author`, byline/author classes. */
  readonly authors: readonly string[];
  readonly lang: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|SocialMediaPosting|WebPage)$/u;

/**
 * JSON-LD objects of article types, in page order, `Article`-like types before `WebPage`; their
 * `author` and `publisher` references (`{"@id": …}`) are replaced by the objects they name.
 */
function jsonLd(document: DomDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record['@id'] === 'string' && record['name'] !== undefined) byId.set(record['@id'], record);
    const type = record['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(record);
    if (record['@graph']) visit(record['@graph'], depth + 1);
    if (record['mainEntity']) visit(record['mainEntity'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/gu, '');
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // A malformed block is skipped.
    }
  }
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object') {
      const id = (value as Record<string, unknown>)['@id'];
      if (typeof id === 'string' && (value as Record<string, unknown>)['name'] === undefined) return byId.get(id) ?? value;
    }
    return value;
  };
  const resolved = found.map((r) => ({ ...r, author: resolve(r['author']), publisher: resolve(r['publisher']) }));
  const isPage = (r: Record<string, unknown>) => r['@type'] === 'WebPage';
  return [...resolved.filter((r) => !isPage(r)), ...resolved.filter(isPage)];
}

const AUTHOR_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  'a[rel~="author"]',
  'a[href*="/author/"]',
  '[class*="byline"] [class*="name"]',
  '[class*="byline"]',
  '[class*="author-name"]',
  '[class*="author"] a',
];

/** True when `el` sits in comments, a sidebar, related links or a footer (by class or id of an ancestor). */
function insideFurniture(el: DomElement): boolean {
  for (let up: DomNode | null = el; up && up.nodeType === 1; up = up.parentNode) {
    const e = up as DomElement;
    if (/comment|repl(?:y|ies)|related|sidebar|widget|footer|recommend/iu.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function readMeta(document: DomDocument): PageMeta {
  const meta = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = collapse(el.getAttribute('content') ?? '');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const timed =
    document.querySelector('time[itemprop="datePublished"][datetime]') ??
    document.querySelector('time[pubdate][datetime]') ??
    document.querySelector('time[datetime]');
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? null;
  const h1s = [...document.querySelectorAll('h1')].slice(0, 10).map((h) => collapse(h.textContent ?? '')).filter(Boolean);
  const authors: string[] = [];
  for (const selector of AUTHOR_SELECTORS) {
    for (const el of [...document.querySelectorAll(selector)].slice(0, 20)) {
      if (insideFurniture(el)) continue;
      const name = cleanByline(el.textContent);
      if (name && name.split(' ').length <= 6 && !authors.includes(name)) authors.push(name);
    }
  }
  return {
    meta,
    ld: jsonLd(document),
    timeDatetime: timed?.getAttribute('datetime') ?? null,
    canonical,
    h1s,
    title: collapse(document.querySelector('title')?.textContent ?? '') || null,
    authors,
    lang: document.documentElement?.getAttribute('lang') ?? null,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && collapse(v) !== '' ? collapse(v) : null);

/** The first non-empty string value of `key` among the JSON-LD objects. */
function ldString(ld: readonly Record<string, unknown>[], key: string): string | null {
  for (const r of ld) {
    const v = str(r[key]);
    if (v) return v;
  }
  return null;
}

/** Names in a JSON-LD `author`/`publisher` value: a string, `{name}`, or a list of them; `people` leaves out `Organization`s. */
function ldNames(value: unknown, people = false): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => ldNames(v, people));
  if (typeof value === 'string') return str(value) ? [str(value)!] : [];
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (people && /organi[sz]ation|corporation|newsmediaorganization/iu.test(String(record['@type'] ?? ''))) return [];
    const name = str(record['name']);
    return name ? [name] : [];
  }
  return [];
}

const unique = (names: readonly string[]) => names.filter((n, i) => names.indexOf(n) === i);

const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());

/**
 * The headline: the page's first `h1` when most of its words are in the page's title metadata
 * (og:title, JSON-LD headline, `<title>`), as that is the headline readers see; else og:title,
 * the JSON-LD headline, Readability's title, the first `h1`, twitter:title.
 */
function chooseHeadline(page: PageMeta, readabilityTitle: string | null): string | null {
  const { meta, ld } = page;
  const titles = [meta.get('og:title'), ldString(ld, 'headline'), page.title, readabilityTitle, meta.get('twitter:title')];
  const known = new Set(titles.flatMap((t) => (t ? words(t) : [])));
  const og = meta.get('og:title');
  for (const h1 of page.h1s) {
    const w = words(h1);
    if (w.length < 2 || w.length > 40) continue;
    if (w.filter((x) => known.has(x)).length / w.length < 0.6) continue;
    return og && fold(h1) !== fold(og) && fold(h1).includes(fold(og)) ? og : h1;
  }
  return meta.get('og:title') ?? ldString(ld, 'headline') ?? readabilityTitle ?? page.h1s[0] ?? meta.get('twitter:title') ?? null;
}

/**
 * A date-time written in metadata as ISO 8601 ("2025-04-25T04:48:00+02:00", "…Z", "2025-04-25"),
 * or in any form chrono reads with a certain day; the page's offset is kept (`Z` → `+00:00`).
 */
export function normaliseDate(value: string): { iso: string; hasZone: boolean } | null {
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/iu.exec(s);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    if (m[4] === undefined || Number(m[4]) > 23 || Number(m[5]) > 59) return { iso: isoFromParts(year, month, day, null, 0, 0, null), hasZone: false };
    let offset: number | null = null;
    if (m[7]) {
      if (/^z$/iu.test(m[7])) offset = 0;
      else {
        const sign = m[7].startsWith('-') ? -1 : 1;
        const digits = m[7].slice(1).replace(':', '');
        offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
      }
    }
    const iso = isoFromParts(year, month, day, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
    return { iso, hasZone: offset !== null };
  }
  if (s.length > 80) return null;
  // A clock time split after its colon by a tokenizer ("20: 09 IST", "01: 19 hrs") is read whole.
  const r = chrono.strict.parse(s.replace(/\b(\d{1,2}):\s+(\d{2})\b/gu, '$1:$2'))[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const hasTime = r.start.isCertain('hour');
  const hasZone = hasTime && r.start.isCertain('timezoneOffset');
  const iso = isoFromParts(
    r.start.get('year')!,
    r.start.get('month')!,
    r.start.get('day')!,
    hasTime ? r.start.get('hour')! : null,
    r.start.get('minute') ?? 0,
    r.start.get('second') ?? 0,
    hasZone ? r.start.get('timezoneOffset')! : null,
  );
  return { iso, hasZone };
}

const PUBLISHED_META = [
  'article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'og:article:published_time', 'cxenseparse:recs:publishtime',
];

/** Host name of a URL without "www.", or null when `value` is not an absolute http(s) URL. */
function hostOf(value: string | null | undefined): string | null {
  if (!value || !/^https?:\/\//iu.test(value.trim())) return null;
  try {
    return new URL(value.trim()).hostname.replace(/^www\./iu, '') || null;
  } catch {
    return null;
  }
}

/** A byline value cleaned of "By " and of a trailing date or role after a separator; null when it is a URL or prose. */
function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = collapse(value).replace(/^(?:by|written by|posted by|author)[:\s]+/iu, '');
  v = v.split(/\s*(?:[|•·]|\s[-–—]\s|\b(?:updated|published|posted|on)\b\s*:?\s*(?=\p{L}*\s*\d)|(?<=\p{L})(?=\d)|\s(?=\d))/iu)[0]!;
  v = v.replace(/[\s|,;:–—-]+$/u, '').trim();
  if (!v || /^https?:|^www\.|[/\\]{2}/iu.test(v) || v.length > 120 || v.split(' ').length > 16) return null;
  if (/^(?:no author|admin|administrator|posted|unknown|by|author|authors?:?)$/iu.test(v)) return null;
  return v;
}

/** Drops a trailing " | Site" / " - Site" from a title when the tail names the site. */
function withoutSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  const m = /^(.+?)\s+[|–—:·•-]\s+([^|–—·•]+)$/u.exec(title);
  if (m && m[2]!.trim().toLowerCase() === site.toLowerCase()) return m[1]!.trim();
  return title;
}


const BYLINE_LINE = /^(?:[-–—]+\s*)?(?:by|written by|posted by|words by|author)\s*:?\s+\S/iu;
/** A photo credit: "Photo: …", "(Credit: …)", "Courtesy of …", or a name and an agency ("Noah Berger / AP"). */
const CREDIT_LINE = /^\(?\s*(?:photo|image|picture|credit|courtesy|source|header image|foto)s?\b[^:]{0,20}:|^\(?\s*(?:credit|courtesy)\b|\(\s*(?:photo|credit|image)s?\b[^)]*\)$/iu;
/** Reporting credits: "With inputs from AFP", "Additional reporting by …", "Edited by …". */
const REPORTING_CREDIT = /^\(?(?:with )?(?:inputs?|additional reporting|reporting|edited|editing|written|compiled) (?:from|by)\b/iu;
const NAME_SLASH_AGENCY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\/\s*\p{Lu}[\p{L}. ]{0,30}$/u;
const DATE_ONLY = /^(?:(?:published|posted|updated|last updated|date)(?: on)?\s*:?\s*)?[\p{L}\p{N},.:|/ -]{4,60}$/iu;

const PHOTO_AGENCY = /\b(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|afp|reuters|epa|associated press|dpa|picture alliance)\b/iu;

type Role = 'paragraph' | 'meta' | 'drop';

/**
 * What each block is: a body paragraph, a metadata line kept in the text but not in the body
 * (byline, date, photo credit), or furniture left out (ad labels, calls to action, "Related" link
 * lists, link-only lines at the edges).
 */
function assignRoles(blocks: readonly Block[], byline: string | null): Role[] {
  const count = (t: string): number => words(t).length;
  const prose = blocks.map(isProse);
  const isDateLine = (t: string) => count(t) <= 10 && /\d/u.test(t) && DATE_ONLY.test(t) && chrono.strict.parse(t).length > 0;
  const roles: Role[] = blocks.map((b) => {
    if (isAdLabel(b.text) || isCallToAction(b.text)) return 'drop';
    if (b.caption && CREDIT_LINE.test(b.text)) return 'meta';
    if ((CREDIT_LINE.test(b.text) || NAME_SLASH_AGENCY.test(b.text) || REPORTING_CREDIT.test(b.text)) && count(b.text) <= 12) return 'meta';
    if (count(b.text) <= 8 && !/[.!?]$/u.test(b.text) && (PHOTO_AGENCY.test(b.text) || agenciesIn(b.text).length > 0) && /[/|]|\b(?:photo|images?)\b/iu.test(b.text)) return 'meta';
    return 'paragraph';
  });

  // "Related" / "Tags" markers and the link list after them; everything after one in the second half when no prose follows.
  for (let i = 0; i < blocks.length; i++) {
    if (!isEndMarker(blocks[i]!.text) || blocks[i]!.text.length > 60) continue;
    if (i >= blocks.length / 2 && !prose.slice(i + 1).some(Boolean)) {
      for (let j = i; j < blocks.length; j++) roles[j] = 'drop';
      break;
    }
    roles[i] = 'drop';
    for (let j = i + 1; j < blocks.length && blocks[j]!.linked >= 0.5 && !prose[j]; j++) roles[j] = 'drop';
  }

  const firstProse = prose.indexOf(true);
  for (let i = 0; i < (firstProse < 0 ? blocks.length : firstProse); i++) {
    if (roles[i] !== 'paragraph') continue;
    const t = blocks[i]!.text;
    if (BYLINE_LINE.test(t) && count(t) <= 12) roles[i] = 'meta';
    else if (byline && fold(t).replace(/^by\s+/u, '') === fold(byline)) roles[i] = 'meta';
    else if (isDateLine(t)) roles[i] = 'meta';
    else if (/^(?:photos?|videos?|images?|gallery|audio|listen|watch)$/iu.test(t)) roles[i] = 'drop';
    else if (blocks[i]!.linked >= 0.8 && count(t) <= 6) roles[i] = 'drop';
    else if (isBoilerplateLine(t) && count(t) <= 12) roles[i] = 'meta';
  }
  for (let i = blocks.length - 1; i >= 0 && !prose[i]; i--) {
    if (roles[i] !== 'paragraph') continue;
    const t = blocks[i]!.text;
    if (BYLINE_LINE.test(t) && count(t) <= 12) roles[i] = 'meta';
    else if (isEndMarker(t) || blocks[i]!.linked >= 0.6) roles[i] = 'drop';
    else if (isBoilerplateLine(t) && count(t) <= 20) roles[i] = 'drop';
    else if (/^h[1-6]$/u.test(blocks[i]!.tag) || (count(t) <= 10 && t === t.toUpperCase() && /\p{Lu}/u.test(t))) roles[i] = 'drop';
    else break;
  }
  return roles;
}

/** Offsets of `parts` laid out one after another with `separator` between them. */
function layout(parts: readonly string[], separator: string): { text: string; ranges: Range[] } {
  const ranges: Range[] = [];
  let pos = 0;
  for (const p of parts) {
    ranges.push([pos, pos + p.length]);
    pos += p.length + separator.length;
  }
  return { text: parts.join(separator), ranges };
}

/** The whole page rendered one block a line and classified, computed on first use. */
function lazyPage(document: DomDocument): () => { text: string; lines: Line[] } {
  let value: { text: string; lines: Line[] } | undefined;
  return () => {
    if (!value) {
      const text = renderBlocks(document.body ?? document).map((b) => b.text.replace(/\n/gu, ' ')).join('\n');
      value = { text, lines: classifyLines(text) };
    }
    return value;
  };
}

/**
 * Reads one article from an HTML page. Never throws on content: a page Readability cannot read
 * falls back to the line classifier over the page's text (with a warning), and a page with no
 * article gets body `[0, 0]`, no paragraphs and the warning "no article body found".
 */
export function ingestHtml(html: string, options: IngestTextOptions = {}): Article {
  try {
    return readArticle(html, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyArticle(options, html, [`no article body found: the page could not be read (${message})`]);
  }
}

function emptyArticle(options: IngestTextOptions, html: string, warnings: string[]): Article {
  return {
    type: 'article',
    id: options.id ?? articleIdFor(options.source, html),
    source: options.source ?? '<html>',
    outlet: options.outlet ?? hostOf(options.source) ?? null,
    headline: null,
    headlineRange: null,
    published: null,
    publishedRange: null,
    byline: null,
    credits: [],
    agencies: [],
    text: '',
    body: [0, 0],
    paragraphs: [],
    language: 'en',
    warnings,
  };
}

/** Prose: a sentence-like block of some length that is not mostly links (in any language). */
function isProse(block: Block): boolean {
  const n = words(block.text).length;
  return block.linked < 0.5 && (n >= 25 || (n >= 8 && /[.!?…:;"'”’»)]$/u.test(block.text)));
}

/**
 * The article body as the page marks it: the one element with `itemprop="articleBody"`, else the
 * JSON-LD `articleBody` text (one paragraph a line); null when neither is there or it is shorter
 * than 500 characters.
 */
function markedBody(document: DomDocument, ld: readonly Record<string, unknown>[]): Block[] | null {
  const elements = [...document.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]')];
  if (elements.length === 1) {
    const blocks = renderBlocks(elements[0]!);
    if (blocks.reduce((n, b) => n + b.text.length, 0) >= 500) return blocks;
  }
  const text = ld.map((r) => r['articleBody']).find((v): v is string => typeof v === 'string' && v.length >= 500);
  if (!text) return null;
  return text
    .split(/\s*\n\s*/u)
    .map((line) => collapse(line))
    .filter((line) => line !== '')
    .map((line) => ({ text: line, tag: 'p', caption: false, linked: 0 }));
}

/** Share of the 4-word shingles of the first three prose blocks of `reference` (its lede) that also occur in `blocks`. */
function coverage(reference: readonly Block[], blocks: readonly Block[]): number {
  const shingles = (bs: readonly Block[]) => {
    const out = new Set<string>();
    for (const b of bs) {
      const w = words(b.text);
      for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '));
    }
    return out;
  };
  const expected = shingles(reference.filter(isProse).slice(0, 3));
  if (expected.size === 0) return 1;
  const found = shingles(blocks);
  let shared = 0;
  for (const s of expected) if (found.has(s)) shared++;
  return shared / expected.size;
}

function readArticle(html: string, options: IngestTextOptions): Article {
  const warnings: string[] = [];
  const { document } = parseHTML(wellFormed(html)) as unknown as { document: DomDocument };
  const page = readMeta(document);

  let parsed: ReturnType<Readability['parse']> = null;
  try {
    const clone = document.cloneNode(true);
    parsed = new Readability<DomNode>(clone, { charThreshold: CHAR_THRESHOLD, serializer: (n) => n }).parse() as unknown as ReturnType<Readability['parse']>;
  } catch (error) {
    warnings.push(`readability failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const content = (parsed?.content ?? null) as unknown as DomElement | null;

  const { meta, ld } = page;
  const siteName = meta.get('og:site_name') ?? ldNames(ld.map((r) => r['publisher'])).find(Boolean) ?? str(parsed?.siteName) ?? null;
  const rawHeadline = chooseHeadline(page, str(parsed?.title));
  const headline = rawHeadline ? withoutSiteSuffix(rawHeadline, siteName) : null;

  // The byline the markup gives: JSON-LD people, author meta tags, Readability's byline, author links.
  const markupByline =
    cleanByline(unique(ldNames(ld.map((r) => r['author']), true)).join(', ')) ??
    cleanByline(meta.get('author')) ??
    cleanByline(meta.get('article:author')) ??
    cleanByline(meta.get('byl')) ??
    (/written by|author/iu.test(meta.get('twitter:label1') ?? '') ? cleanByline(meta.get('twitter:data1')) : null) ??
    cleanByline(parsed?.byline) ??
    page.authors[0] ??
    null;

  const whole = lazyPage(document);
  const pageBody = new Set<number>();
  let blocks: Block[] = [];
  let roles: Role[] = [];
  if (content) {
    blocks = renderBlocks(content);
    roles = assignRoles(blocks, markupByline);
  }
  const marked = markedBody(document, ld);
  if (marked && coverage(marked, blocks.filter((_, i) => roles[i] === 'paragraph')) < 0.5) {
    blocks = marked;
    roles = assignRoles(blocks, markupByline);
    warnings.push('readability missed the article body the page marks (articleBody); used that instead');
  }
  if (!roles.includes('paragraph')) {
    const { lines } = whole();
    const run = articleRun(lines);
    blocks = [];
    if (run) {
      for (let i = run[0]; i <= run[1]; i++) {
        const l = lines[i]!;
        if (isArticleLine(l)) {
          blocks.push({ text: l.text, tag: 'p', caption: false, linked: 0 });
          pageBody.add(l.index);
        }
      }
      if (blocks.length > 0) warnings.push('readability found no article; body chosen by the line classifier');
    }
    roles = blocks.map(() => 'paragraph');
  }
  // A page with a few short lines and no prose (a menu, a landing page) is not an article.
  const paragraphWords = blocks.reduce((n, b, i) => n + (roles[i] === 'paragraph' ? words(b.text).length : 0), 0);
  if (paragraphWords < 50 && !blocks.some((b, i) => roles[i] === 'paragraph' && isProse(b))) {
    if (roles.includes('paragraph')) warnings.push('no article body found: the page has no prose');
    roles = roles.map((r) => (r === 'paragraph' ? 'drop' : r));
  }
  if (headline) {
    const h = fold(headline);
    const dup = blocks.findIndex((b, i) => roles[i] === 'paragraph' && fold(b.text) === h);
    if (dup >= 0 && roles.slice(0, dup).filter((r) => r === 'paragraph').length < 3) roles[dup] = 'drop';
  }

  const shown = blocks.map((b, i) => ({ block: b, role: roles[i]! })).filter((x) => x.role !== 'drop');
  const parts = headline ? [headline, ...shown.map((x) => x.block.text)] : shown.map((x) => x.block.text);
  const { text, ranges } = layout(parts, '\n\n');
  const headlineRange: Range | null = headline ? ranges[0]! : null;
  const spans = shown.map((x, i) => ({ ...x, range: ranges[headline ? i + 1 : i]! }));
  const paragraphs = spans.filter((x) => x.role === 'paragraph').map((x) => x.range);
  const body: Range = paragraphs.length > 0 ? [paragraphs[0]![0], paragraphs[paragraphs.length - 1]![1]] : [0, 0];
  if (paragraphs.length === 0 && !warnings.some((w) => w.startsWith('no article body found'))) warnings.push('no article body found');

  // Lines of `text` (one per block, or several for a `pre`), with the span each belongs to (null: the headline).
  const lines = classifyLines(text);
  let at = 0;
  const lineSpans = lines.map((line) => {
    while (at < spans.length && spans[at]!.range[1] < line.end) at++;
    const x = spans[at];
    return x && x.range[0] <= line.start ? x : null;
  });
  const paragraphLines = new Set(lines.filter((_, i) => lineSpans[i]?.role === 'paragraph').map((l) => l.index));

  let publishedRange: Range | null = null;
  const metaDates = [
    ldString(ld, 'datePublished'),
    ...PUBLISHED_META.map((k) => meta.get(k) ?? null),
    page.timeDatetime,
    str(parsed?.publishedTime),
    ldString(ld, 'dateCreated'),
  ];
  const candidates = metaDates.flatMap((v) => (v ? [normaliseDate(v)] : [])).filter((d) => d !== null);
  let published: { iso: string; hasZone: boolean } | null = candidates[0] ?? null;
  if (published && published.iso.endsWith('+00:00')) {
    // A UTC time with the same instant written elsewhere in the page's own offset: keep the page's offset.
    const instant = Date.parse(published.iso);
    published = candidates.find((d) => d.hasZone && !d.iso.endsWith('+00:00') && Math.abs(Date.parse(d.iso) - instant) < 60_000) ?? published;
  }
  if (published) {
    const day = published.iso.slice(0, 10);
    for (const line of lines) {
      if (paragraphLines.has(line.index) || lineSpans[line.index] === null) continue;
      const match = timesOnLine(line).find((t) => t.iso.slice(0, 10) === day);
      if (match) {
        publishedRange = match.range;
        break;
      }
    }
  } else {
    const inText = findPublished(lines.filter((l) => lineSpans[l.index] !== null), paragraphLines);
    if (inText) {
      published = inText;
      publishedRange = inText.range;
    } else {
      const { lines: pageLines } = whole();
      published = findPublished(pageLines, pageBody);
    }
  }
  if (!published) warnings.push('no publication time found');
  else if (!published.hasZone && published.iso.includes('T')) warnings.push('publication time has no time zone');

  const outlet = options.outlet ?? siteName ?? hostOf(options.source) ?? hostOf(page.canonical) ?? null;

  const byline =
    markupByline ??
    cleanByline(findByline(text, null, lines, paragraphLines)) ??
    cleanByline(unique(ldNames(ld.map((r) => r['author']))).join(', ')) ??
    (pageBody.size > 0 ? cleanByline(findByline(whole().text, null, whole().lines, pageBody)) : null);


  // Credits are looked for on metadata lines, captions and short paragraphs; other lines (and the headline) are passed as body.
  const creditFree = new Set(
    lines
      .filter((l, i) => {
        const x = lineSpans[i];
        return !x || (x.role === 'paragraph' && !x.block.caption && l.words > 20);
      })
      .map((l) => l.index),
  );
  const credits: Credit[] = findCredits(text, lines, creditFree).filter(
    (c) => c.kind === 'photo' || c.kind === 'inputs' || c.agencies.length > 0,
  );
  const photoOnly = new Set(agencyLexicon().photoOnly);
  const bylineAgencies = byline ? agenciesIn(byline).map((a) => a.name).filter((a) => !photoOnly.has(a)) : [];
  const agencies = [...new Set([...wireAgencies(credits), ...bylineAgencies])];

  const lang = (page.lang ?? str(parsed?.lang) ?? 'en').split(/[-_]/u)[0]!.toLowerCase() || 'en';
  return {
    type: 'article',
    id: options.id ?? articleIdFor(options.source, text),
    source: options.source ?? '<html>',
    outlet,
    headline,
    headlineRange,
    published: published ? published.iso : null,
    publishedRange,
    byline,
    credits,
    agencies,
    text,
    body,
    paragraphs,
    language: lang,
    warnings,
  };
}

/** The text of an HTML page or fragment, one block element a line (white space collapsed, scripts and styles left out). */
export function renderHtmlText(html: string): string {
  try {
    const { document } = parseHTML(wellFormed(html)) as unknown as { document: DomDocument };
    return renderBlocks(document.body ?? document).map((b) => b.text).join('\n');
  } catch {
    return '';
  }
}
