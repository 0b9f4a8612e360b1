/** Corpus runs: per-article work on threads, story alignment, the grouped compare command. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { ingestText } from '../../src/ingest/text.js';
import { addDecision, alignClaims, cachedProfile, candidateIndex, clearProfileCache, profileOfText, rankedCandidatesOf } from '../../src/align/index.js';
import { ruleContext } from '../../src/compare/index.js';
import { compareExtractions } from '../../src/pipeline.js';
import { alignStory } from '../../src/scale/align-story.js';
import { compareStories, readCorpus } from '../../src/scale/corpus.js';
import { openArticlePool, processArticles, workerExecArgv } from '../../src/scale/pool.js';
import { tuneV8ForRuns } from '../../src/scale/v8-tuning.js';
import { processArticle, type ArticleTask } from '../../src/scale/work.js';

const root = new URL('../..', import.meta.url).pathname;
const stories = [
  ['The council approved a budget of 4.2 million dollars on Tuesday, Mayor Ann Ortiz said.', 'Mayor Ann Ortiz said the council approved the 4.2 million dollar budget on Tuesday.', 'On Tuesday the council approved a budget of 4.5 million dollars, according to Mayor Ann Ortiz.'],
  ['Firefighters contained a wildfire near Redding on Sunday after it burned 1,200 acres, Cal Fire said.', 'Cal Fire said the Redding wildfire was contained on Sunday after burning 1,200 acres.'],
];
const records = stories.flatMap((s, k) => s.map((text, i) => ({ id: `s${k}-a${i}`, outlet: `Outlet ${i}`, text: `${text}\n\nOfficials said more details would follow later in the week.` })));
const dir = mkdtempSync(join(tmpdir(), 'cc-scale-'));
const feed = join(dir, 'feed.jsonl');
writeFileSync(feed, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tasks: ArticleTask[] = records.map((record, i) => ({ kind: 'record', entry: { record, file: feed, line: i + 1 } }));

describe('per-article work', () => {
  it('results survive structured cloning unchanged (they cross a thread boundary)', () => {
    const result = processArticle({ task: tasks[0]! });
    expect(structuredClone(result)).toEqual(result);
    expect(result.extraction.claims.length).toBeGreaterThan(0);
  });
  it('worker threads give the same results as the calling thread, in input order', async () => {
    const inline = await processArticles(tasks, { jobs: 1 });
    const pooled = await processArticles(tasks, { jobs: 2, smallInput: 0 });
    expect(pooled.map((r) => r.extraction)).toEqual(inline.map((r) => r.extraction));
    expect(pooled.map((r) => r.extraction.article.id)).toEqual(records.map((r) => r.id));
  });
  it('an open pool serves several runs, each with its own results in input order, and stays open until closed', async () => {
    const inline = await processArticles(tasks, { jobs: 1 });
    const pool = openArticlePool(2);
    try {
      const first = await processArticles(tasks, { pool });
      const second = await processArticles(tasks.slice(1, 3), { pool });
      expect(first.map((r) => r.extraction)).toEqual(inline.map((r) => r.extraction));
      expect(second.map((r) => r.extraction)).toEqual(inline.slice(1, 3).map((r) => r.extraction));
    } finally {
      await pool.close();
    }
    await expect(pool.run({ task: tasks[0]! })).rejects.toThrow(/closed/);
  });
  it('starts worker threads with the options about loading modules only (threads refuse V8 and process options)', () => {
    const argv = ['--interrupt-budget=5', '--import', 'tsx', '--max-old-space-size=100', '--require', './x.cjs', '--enable-source-maps', '--inspect', '--conditions=dev', '--no-warnings'];
    expect(workerExecArgv(argv)).toEqual(['--import', 'tsx', '--require', './x.cjs', '--enable-source-maps', '--conditions=dev', '--no-warnings']);
    expect(workerExecArgv([])).toEqual([]);
  });
  it('the command leaves an interrupt budget given on the command line alone', () => {
    expect(tuneV8ForRuns(['--interrupt-budget=5000'])).toBe(false);
    expect(tuneV8ForRuns(['--interrupt_budget=5000'])).toBe(false);
  });
  it('a bad record fails the run with an InputError naming file:line, from a worker too', async () => {
    const bad: ArticleTask[] = [...tasks, { kind: 'file', path: join(dir, 'missing.txt') }];
    await expect(processArticles(bad, { jobs: 2, smallInput: 0 })).rejects.toThrow(/missing\.txt: no such file/);
  });
  it('with onProblem, an unreadable input is reported and skipped and the others keep their order', async () => {
    const bad: ArticleTask[] = [tasks[0]!, { kind: 'file', path: join(dir, 'missing.txt') }, ...tasks.slice(1)];
    for (const options of [{ jobs: 1 }, { jobs: 2, smallInput: 0 }]) {
      const problems: string[] = [];
      const results = await processArticles(bad, { ...options, onProblem: (p) => problems.push(p.message) });
      expect(problems).toEqual([`${join(dir, 'missing.txt')}: no such file`]);
      expect(results.map((r) => r.extraction.article.id)).toEqual(records.map((r) => r.id));
    }
  });
});

describe('alignStory', () => {
  it('groups hold at most one claim per article and every claim is in exactly one group', () => {
    const extractions = stories[0]!.flatMap((text, i) => [0, 1, 2].map((k) => extractClaims(ingestText(`${text}\n\nOfficials said more details would follow.`, { id: `a${i}-${k}` }))));
    const { groups, pairs } = alignStory(extractions, { candidates: 4 });
    const all = groups.flatMap((g) => g.claims.map((c) => c.id));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(extractions.reduce((n, e) => n + e.claims.length, 0));
    for (const g of groups) expect(new Set(g.claims.map((c) => c.articleId)).size).toBe(g.claims.length);
    expect(pairs.length).toBeGreaterThan(0);
    expect(groups.some((g) => g.claims.length > 2)).toBe(true);
  });
});

describe('omission coverage after the story aligner', () => {
  const extractions = stories[0]!.map((text, i) => extractClaims(ingestText(`${text}\n\nOfficials said more details would follow.`, { id: `a${i}` })));
  const [a, b] = [extractions[0]!.claims[0]!, extractions[1]!.claims[0]!];
  it('a decision is recorded in both directions', () => {
    const decisions = new Map<string, Map<string, boolean>>();
    addDecision(decisions, a.id, b.id, true);
    expect(decisions.get(a.id)?.get(b.id)).toBe(true);
    expect(decisions.get(b.id)?.get(a.id)).toBe(true);
    expect(decisions.get(a.id)?.get(extractions[2]!.claims[0]!.id)).toBeUndefined();
  });
  it("reads the aligner's decision on a pair instead of scoring it again", () => {
    const free = ruleContext(extractions);
    expect(free.coveredBy(a, b.articleId)).toBe(true);
    // A decision recorded by the aligner wins over what scoring the pair would say (b is the only
    // claim of its article that states a).
    const decided = (x: string, y: string) => ((x === a.id && y === b.id) || (x === b.id && y === a.id) ? false : undefined);
    const vetoed = ruleContext(extractions, undefined, { covered: new Map(), complete: false, decided });
    expect(vetoed.coveredBy(a, b.articleId)).toBe(false);
  });
  it("alignStory's decisions read the same in either order, and nothing for a pair it did not score", () => {
    const decided = alignStory(extractions).coverage!.decided!;
    const claims = extractions.flatMap((e) => e.claims);
    let known = 0;
    for (const x of claims) {
      for (const y of claims) {
        expect(decided(x.id, y.id)).toBe(decided(y.id, x.id));
        if (decided(x.id, y.id) !== undefined) known++;
      }
    }
    expect(known).toBeGreaterThan(0);
    expect(decided(claims[0]!.id, 'no such claim')).toBeUndefined();
    expect(decided(claims[0]!.id, claims[0]!.id)).toBeUndefined();
  });
  it('ranks the candidates of an omission check by the rare words and names they share, and keeps the best few', () => {
    const texts = [
      'The harbour authority closed the pier at dawn.',
      'Storm surge flooded the Pemberton harbour and closed the pier, the authority said.',
      'Storm surge flooded the Pemberton harbour overnight.',
      'The mayor opened a library.',
    ];
    const index = candidateIndex(texts.map((t) => profileOfText(t)));
    const query = profileOfText('A storm surge flooded the Pemberton harbour and closed its pier.');
    const all = rankedCandidatesOf(query, index, 10);
    // Shares the most (storm, surge, flooded, Pemberton, harbour, pier) first; the unrelated one never.
    expect(all[0]).toBe(1);
    expect(all).not.toContain(3);
    expect(new Set(all)).toEqual(new Set([0, 1, 2]));
    expect(rankedCandidatesOf(query, index, 2)).toEqual(all.slice(0, 2));
    expect(rankedCandidatesOf(query, index, 0)).toEqual([]);
  });
  it('a story aligned by alignStory reports the same omissions as one aligned exactly, when no candidate is cut', () => {
    const omissions = (r: ReturnType<typeof compareExtractions>) => r.discrepancies.filter((d) => d.type === 'omission').map((d) => `${d.values[0]!.claimId}>${(d.absentFrom ?? []).join(',')}`).sort();
    const exact = compareExtractions(extractions, { align: alignClaims });
    const story = compareExtractions(extractions, { align: (x) => alignStory(x, { candidates: 1000 }) });
    expect(omissions(story)).toEqual(omissions(exact));
    expect(story.groups.map((g) => g.claims.map((c) => c.id).join('+')).sort()).toEqual(exact.groups.map((g) => g.claims.map((c) => c.id).join('+')).sort());
  });
});

describe('profiles in a corpus run', () => {
  it('a profile is kept until the cache is cleared, then computed again the same', () => {
    const claim = processArticle({ task: tasks[0]! }).extraction.claims[0]!;
    const first = cachedProfile(claim);
    expect(cachedProfile(claim)).toBe(first);
    clearProfileCache();
    const again = cachedProfile(claim);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
  it('each story is compared the same whether or not the profiles of the stories before it were dropped', async () => {
    const corpus = await readCorpus([feed], { jobs: 1 });
    const runs = [...compareStories(corpus)].map((c) => c.result?.discrepancies ?? null);
    // Each story alone, with the profiles of every other story computed and kept before it.
    const alone = corpus.stories.map((story) => {
      for (const e of corpus.extractions) for (const c of e.claims) cachedProfile(c);
      const only = { ...corpus, stories: [story] };
      return [...compareStories(only)][0]!.result?.discrepancies ?? null;
    });
    expect(runs).toEqual(alone);
    expect(runs.some((d) => d !== null && d.length > 0)).toBe(true);
  });
});

describe('crossclaim compare on a feed', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const run = (args: string[]) => spawnSync(tsx, [join(root, 'src/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
  it('groups into stories and writes one report per story plus an index; stdout stays empty', () => {
    const out = join(dir, 'out');
    const r = run(['compare', feed, '--out', out, '--jobs', '2']);
    expect(r.stderr).toMatch(/5 articles in 2 stories/);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['index.json', 'index.md', 'story-s1.json', 'story-s1.md', 'story-s2.json', 'story-s2.md']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { stories: Array<{ story: string; articles: Array<{ id: string }> }> };
    expect(index.stories.map((s) => s.articles.map((a) => a.id))).toEqual([['s0-a0', 's0-a1', 's0-a2'], ['s1-a0', 's1-a1']]);
  });
  it('without --out exits 2 with a message', () => {
    const r = run(['compare', feed]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });
  it('a bad feed line is skipped: named (file:line) on stderr and in the index, the other records compared', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, [JSON.stringify(records[0]), 'not json', JSON.stringify({ id: 'empty', text: '  ' }), ...records.slice(1).map((r) => JSON.stringify(r))].join('\n') + '\n');
    const out = join(dir, 'out-bad');
    const r = run(['compare', bad, join(dir, 'missing.jsonl'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${bad}:2: not a JSON line`);
    expect(r.stderr).toContain(`${bad}:3: record has neither "text" nor "html"`);
    expect(r.stderr).toMatch(/missing\.jsonl: no such file/);
    expect(r.stderr).toMatch(/5 articles in 2 stories \(2 compared\), 3 inputs skipped/);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { skipped: Array<{ source: string; problem: string }> };
    expect(index.skipped.map((k) => k.source)).toEqual([`${bad}:2`, `${bad}:3`, join(dir, 'missing.jsonl')]);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('## Skipped inputs (3)');
  });
  it('a feed given twice is read once: the repeat is named and skipped', () => {
    const r = run(['compare', feed, feed, '--out', join(dir, 'out-twice')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${feed}: given more than once`);
    expect(r.stderr).toMatch(/5 articles in 2 stories \(2 compared\), 1 input skipped/);
  });
  it('a feed of one readable record and one bad line says so in the singular', () => {
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, [JSON.stringify(records[0]), 'not json'].join('\n') + '\n');
    const r = run(['compare', one, '--out', join(dir, 'out-one')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/1 article in 1 story \(0 compared\), 1 input skipped/);
  });
  it('a feed with no readable record exits 2', () => {
    const bad = join(dir, 'all-bad.jsonl');
    writeFileSync(bad, 'not json\n{"id": 3}\n');
    const r = run(['compare', bad, '--out', join(dir, 'out-all-bad')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:1`);
    expect(r.stderr).toMatch(/no article could be read/);
  });
});
