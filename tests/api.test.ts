/** The public entry point: its exports are pinned, and the stages work through it. */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ENGINE', 'PRESENTATION_TYPES', 'STAGES', 'alignClaims', 'alignPair', 'articleIdFor', 'compareArticles', 'compareGroups', 'compareStatements',
        'defaultExtractOptions', 'defaultModel', 'extractClaims', 'getReporter', 'ingestHtml', 'ingestText', 'reporters', 'rules',
        'scoreClaims', 'statementClaims',
      ].sort(),
    );
  });
  it('has one rule per discrepancy type, each with an id', () => {
    expect(api.rules.map((r) => r.type).sort()).toEqual(['date', 'entity', 'modality', 'number', 'omission', 'polarity', 'quote', 'source', 'speaker']);
    expect(new Set(api.rules.map((r) => r.id)).size).toBe(api.rules.length);
  });
  it('compareArticles accepts raw texts and rejects duplicate ids', () => {
    const t1 = 'Police said at least 12 people were killed in the blast on Monday in the city centre.';
    const t2 = 'Nine people were killed in the blast on Monday in the city centre, police said.';
    const r = api.compareArticles([{ text: t1, id: 'a' }, { text: t2, id: 'b' }]);
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(r.engine.stages).toEqual(['ingest', 'extract', 'align', 'compare']);
    expect(() => api.compareArticles([{ text: t1, id: 'a' }, { text: t2, id: 'a' }])).toThrow(/distinct/);
  });
  it('the JSON report records engine, stages, rules and options', () => {
    const t1 = 'Police said at least 12 people were killed in the blast on Monday in the city centre.';
    const t2 = 'Nine people were killed in the blast on Monday in the city centre, police said.';
    const json = JSON.parse(api.getReporter('json').render(api.compareArticles([{ text: t1, id: 'a' }, { text: t2, id: 'b' }]))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['engine', 'articles', 'claims', 'groups', 'discrepancies']));
    const engine = json.engine as Record<string, unknown>;
    expect(engine.rules).toHaveLength(9);
    expect(engine.options).toBeDefined();
  });
});
