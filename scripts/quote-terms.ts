/**
 * The compromise parse of a quotes file's documents, cached in the OS temporary directory for the
 * scripts that read the same split again and again (scripts/mine-cues.ts, scripts/analyse-quotes.ts).
 * The cache is keyed by the data file and the parser's source (`src/extract/01-parse.ts`), so that a
 * change to the parse is not hidden by an old cache. Nothing is written into the project.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSegment, type Term } from '../src/extract/01-parse.js';
import type { AttributionInput } from '../src/extract/05-attributions.js';
import { attributionInput, textUnits } from '../src/extract/index.js';
import { documentArticle } from '../src/eval/quotes.js';

type CachedTerm = Omit<Term, 'tags'> & { readonly tags: string[] };

export class QuoteTermsCache {
  private readonly path: string;
  private readonly terms: Record<string, CachedTerm[][]>;
  private dirty = false;

  /** `fresh` discards what is cached for `file`. */
  constructor(file: string, fresh = false) {
    const key = createHash('sha1').update(readFileSync(file)).update(readFileSync(new URL('../src/extract/01-parse.ts', import.meta.url))).digest('hex').slice(0, 12);
    this.path = join(tmpdir(), `crossclaim-quote-terms-${key}.json`);
    this.terms = !fresh && existsSync(this.path) ? (JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, CachedTerm[][]>) : {};
  }

  /** The attribution input of one document, as `extractClaims(documentArticle(id, text), { headline: false })` builds it. */
  inputOf(id: string, text: string): AttributionInput {
    const article = documentArticle(id, text);
    const units = textUnits(article, { headline: false });
    let unitTerms = this.terms[id];
    if (!unitTerms || unitTerms.length !== units.length) {
      unitTerms = units.map((u) => parseSegment(article.text, u.range[0], u.range[1]).map((t) => ({ ...t, tags: [...t.tags] })));
      this.terms[id] = unitTerms;
      this.dirty = true;
    }
    const terms: Term[] = unitTerms.flat().map((t) => ({ ...t, tags: new Set(t.tags) }));
    return attributionInput(id, article.text, units, terms);
  }

  /** Writes the cache back when a document was parsed anew. */
  save(): void {
    if (this.dirty) writeFileSync(this.path, JSON.stringify(this.terms));
    this.dirty = false;
  }
}
