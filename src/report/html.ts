/**
 * The HTML review page: one self-contained file (no network, no external assets) that shows the
 * articles side by side with every discrepancy highlighted at its ranges in every article, a ranked
 * list of discrepancies with filters (type, severity, article, review status), keyboard navigation,
 * and a review mark per discrepancy (confirmed or dismissed, with a note) kept in localStorage and
 * exportable / importable as JSON.
 *
 * Safety: article text is HTML-escaped where it is rendered, and the data island is JSON with `<`,
 * U+2028 and U+2029 escaped, so no article text can open a tag or close the data script. A Content
 * Security Policy allows only the page's own inline script (by its SHA-256) and no network access,
 * so even markup that slipped through could run nothing.
 *
 * Pure: equal inputs give byte-identical output (no clock, no random ids).
 */
import { createHash } from 'node:crypto';
import type { Article, ComparisonResult, Discrepancy, DiscrepancyType, Range, Severity } from '../types.js';
import type { Reporter } from './index.js';

const TYPES: readonly DiscrepancyType[] = ['polarity', 'number', 'speaker', 'entity', 'date', 'source', 'quote', 'modality', 'omission'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** `s` with `& < > " '` replaced by character references: safe in element content and quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** JSON that is safe inside a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** 32-bit FNV-1a of a string, as 8 hex digits: a stable key for this report's review marks. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

interface Mark {
  readonly range: Range;
  readonly id: string;
}

/**
 * The article text as HTML: escaped, with every span covered by a discrepancy range wrapped in
 * `<mark data-ids="d1 d4">`. Overlapping ranges split into segments that list every covering id.
 * Ranges are clamped to the text; empty ones get an empty marker so that they can still be reached.
 */
export function highlightText(text: string, marks: readonly Mark[]): string {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const spans = marks.map((m) => ({ id: m.id, s: clamp(m.range[0]), e: clamp(m.range[1]) }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((m) => [m.s, m.e])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    const empty = spans.filter((m) => m.s === at && m.e === at).map((m) => m.id);
    if (empty.length > 0) html += `<mark class="hl" data-ids="${escapeHtml(empty.join(' '))}"></mark>`;
    if (i === cuts.length - 1) break;
    const next = cuts[i + 1]!;
    const ids = spans.filter((m) => m.s <= at && m.e >= next && m.e > m.s).map((m) => m.id);
    const piece = escapeHtml(text.slice(at, next));
    html += ids.length > 0 ? `<mark class="hl" data-ids="${escapeHtml(ids.join(' '))}">${piece}</mark>` : piece;
  }
  return html;
}

const label = (a: Article) => a.outlet ?? a.id;

function articleColumn(article: Article, discrepancies: readonly Discrepancy[], index: number): string {
  const marks: Mark[] = discrepancies.flatMap((d) => d.values.filter((v) => v.articleId === article.id).map((v) => ({ range: v.range, id: d.id })));
  const absent = discrepancies.filter((d) => d.absentFrom?.includes(article.id)).map((d) => d.id);
  const meta = [article.published, article.byline, article.source].filter((x): x is string => x !== null && x !== '');
  return [
    `<section class="article" data-article="${escapeHtml(article.id)}" data-index="${index}" data-absent="${escapeHtml(absent.join(' '))}">`,
    `<header><h2>${escapeHtml(label(article))}</h2>`,
    article.headline ? `<p class="headline">${escapeHtml(article.headline)}</p>` : '',
    `<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>`,
    article.warnings.length > 0 ? `<p class="warning">${article.warnings.map((w) => `⚠ ${escapeHtml(w)}`).join('<br>')}</p>` : '',
    `<p class="absent" hidden>Not in this article.</p></header>`,
    `<pre class="text" tabindex="-1">${highlightText(article.text, marks)}</pre>`,
    `</section>`,
  ].join('');
}

function discrepancyItem(d: Discrepancy, rank: number, articles: ReadonlyMap<string, Article>): string {
  const involved = [...new Set([...d.values.map((v) => v.articleId), ...(d.absentFrom ?? [])])];
  const outlet = (id: string) => { const a = articles.get(id); return a ? label(a) : id; };
  const values = d.values
    .map((v) => `<li><span class="outlet">${escapeHtml(outlet(v.articleId))}</span> <q>${escapeHtml(v.raw.replace(/\s+/g, ' ').slice(0, 240))}</q>${v.value !== null && v.value !== v.raw ? ` <span class="value">(${escapeHtml(v.value)})</span>` : ''}</li>`)
    .join('');
  const absent = d.absentFrom && d.absentFrom.length > 0 ? `<p class="absent-from">Not in: ${d.absentFrom.map((id) => escapeHtml(outlet(id))).join(', ')}</p>` : '';
  const diff = d.diff && d.diff.length > 0
    ? `<p class="diff">${d.diff.map((w) => (w.op === 'same' ? escapeHtml(w.text) : w.op === 'removed' ? `<del>${escapeHtml(w.text)}</del>` : `<ins>${escapeHtml(w.text)}</ins>`)).join(' ')}</p>`
    : '';
  return [
    `<li class="item" id="item-${escapeHtml(d.id)}" data-id="${escapeHtml(d.id)}" data-type="${d.type}" data-severity="${d.severity}" data-articles="${escapeHtml(involved.join(' '))}" tabindex="-1">`,
    `<div class="head"><span class="rank">${rank}</span> <span class="sev sev-${d.severity}">${d.severity}</span> <span class="type">${d.type}</span> <span class="status"></span></div>`,
    `<p class="message">${escapeHtml(d.message)}</p>`,
    `<p class="why">Why: ${escapeHtml(d.why)}</p>`,
    `<ul class="values">${values}</ul>${absent}${diff}`,
    `<div class="review"><button type="button" data-act="confirmed">Confirm</button> <button type="button" data-act="dismissed">Dismiss</button> <button type="button" data-act="clear">Clear</button>`,
    `<textarea class="note" rows="2" placeholder="Note" aria-label="Note on ${escapeHtml(d.id)}"></textarea></div>`,
    `</li>`,
  ].join('');
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#f6f6f4;height:100vh;display:flex;flex-direction:column}
body>header{padding:.5rem 1rem;border-bottom:1px solid #ccc;background:#fff;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
h1{font-size:1.1rem;margin:0}
.controls{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.controls label{font-size:.85rem}
.keys{font-size:.8rem;color:#555}
.warning{font-size:.8rem;color:#8a4b00;margin:.2rem 0}
.skipped{font-size:.85rem;background:#fff4e5;border:1px solid #e0a040;padding:.3rem .5rem;margin:.3rem 0}
main{flex:1;display:grid;grid-template-columns:minmax(20rem,26rem) 1fr;min-height:0}
#list{margin:0;padding:.5rem;list-style:none;overflow:auto;border-right:1px solid #ccc;background:#fff}
.item{border:1px solid #ddd;border-radius:4px;padding:.4rem .6rem;margin-bottom:.5rem;cursor:pointer}
.item.current{outline:3px solid #1a5fb4;border-color:#1a5fb4}
.item[hidden]{display:none}
.item.confirmed{background:#eef8ee}
.item.dismissed{opacity:.6}
.item p{margin:.25rem 0}
.item .why{color:#444;font-size:.85rem}
.item .values{margin:.25rem 0;padding-left:1.1rem;font-size:.85rem}
.rank{font-weight:bold}
.sev{font-size:.75rem;padding:0 .3rem;border-radius:3px;color:#fff}
.sev-high{background:#a51d2d}.sev-medium{background:#c64600}.sev-low{background:#5e5c64}
.type{font-variant:small-caps;font-weight:600}
.status{font-size:.8rem;color:#26a269}
.diff del{background:#fdd;text-decoration:line-through}.diff ins{background:#dfd;text-decoration:none}
.note{width:100%;margin-top:.25rem;font:inherit}
#articles{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(18rem,1fr);gap:0;min-height:0;overflow-x:auto}
.article{display:flex;flex-direction:column;min-height:0;border-right:1px solid #ccc}
.article header{padding:.4rem .8rem;background:#fff;border-bottom:1px solid #ddd}
.article h2{font-size:1rem;margin:0}
.article .headline{margin:.2rem 0;font-weight:600}
.article .meta{margin:0;font-size:.8rem;color:#555;word-break:break-all}
.article .absent{margin:.2rem 0 0;color:#a51d2d;font-weight:600}
.text{flex:1;margin:0;padding:.8rem;overflow:auto;white-space:pre-wrap;word-wrap:break-word;font:14px/1.5 Georgia,serif;background:#fffef8}
mark.hl{background:#fff1a8;color:inherit;border-bottom:2px solid #e5a50a;cursor:pointer}
mark.hl.off{background:none;border-bottom:none;cursor:text}
mark.hl.active{background:#99c1f1;border-bottom-color:#1a5fb4}
`;

const SCRIPT = `(function () {
'use strict';
var data = JSON.parse(document.getElementById('cc-data').textContent);
var KEY = 'crossclaim-review:' + data.key;
var list = document.getElementById('list');
var items = Array.prototype.slice.call(list.querySelectorAll('.item'));
var columns = Array.prototype.slice.call(document.querySelectorAll('.article'));
var marksIn = function (root, id) { return Array.prototype.slice.call(root.querySelectorAll('mark.hl')).filter(function (m) { return m.getAttribute('data-ids').split(' ').indexOf(id) >= 0; }); };
var filters = { type: document.getElementById('f-type'), severity: document.getElementById('f-severity'), article: document.getElementById('f-article'), status: document.getElementById('f-status') };
var current = null;
function load() { try { var v = JSON.parse(localStorage.getItem(KEY) || '{}'); return v && typeof v === 'object' && !Array.isArray(v) ? v : {}; } catch (e) { return {}; } }
var decisions = load();
function save() { try { localStorage.setItem(KEY, JSON.stringify(decisions)); } catch (e) { /* storage unavailable: marks last for this session */ } }
function paint(item) {
  var d = decisions[item.getAttribute('data-id')] || null;
  item.classList.toggle('confirmed', !!d && d.status === 'confirmed');
  item.classList.toggle('dismissed', !!d && d.status === 'dismissed');
  item.querySelector('.status').textContent = d && d.status ? d.status : '';
  var note = item.querySelector('.note');
  if (document.activeElement !== note) note.value = d && d.note ? d.note : '';
}
function setDecision(id, status, note) {
  var d = decisions[id] || { status: null, note: '' };
  if (status !== undefined) d.status = status;
  if (note !== undefined) d.note = note;
  if (!d.status && !d.note) delete decisions[id]; else decisions[id] = d;
  save();
  var item = document.getElementById('item-' + id);
  if (item) paint(item);
  applyFilters();
}
function visible(item) {
  var status = (decisions[item.getAttribute('data-id')] || {}).status || 'open';
  return (!filters.type.value || item.getAttribute('data-type') === filters.type.value)
    && (!filters.severity.value || item.getAttribute('data-severity') === filters.severity.value)
    && (!filters.article.value || item.getAttribute('data-articles').split(' ').indexOf(filters.article.value) >= 0)
    && (!filters.status.value || status === filters.status.value);
}
function applyFilters() {
  var shown = {};
  items.forEach(function (item) { var v = visible(item); item.hidden = !v; if (v) shown[item.getAttribute('data-id')] = true; });
  Array.prototype.forEach.call(document.querySelectorAll('mark.hl'), function (m) {
    m.classList.toggle('off', !m.getAttribute('data-ids').split(' ').some(function (id) { return shown[id]; }));
  });
  document.getElementById('count').textContent = Object.keys(shown).length + ' of ' + items.length + ' shown';
}
function scrollColumn(column, mark) {
  var text = column.querySelector('.text');
  var top = mark.getBoundingClientRect().top - text.getBoundingClientRect().top + text.scrollTop;
  text.scrollTop = Math.max(0, top - text.clientHeight / 3);
}
function select(id, fromText) {
  var item = document.getElementById('item-' + id);
  if (!item) return;
  if (current) current.classList.remove('current');
  Array.prototype.forEach.call(document.querySelectorAll('mark.hl.active'), function (m) { m.classList.remove('active'); });
  current = item;
  item.classList.add('current');
  if (!fromText) item.scrollIntoView({ block: 'nearest' });
  columns.forEach(function (column) {
    var found = marksIn(column, id);
    found.forEach(function (m) { m.classList.add('active'); });
    column.querySelector('.absent').hidden = column.getAttribute('data-absent').split(' ').indexOf(id) < 0;
    if (found.length > 0) scrollColumn(column, found[0]);
  });
  if (history.replaceState) history.replaceState(null, '', '#' + id);
}
function step(by) {
  var shown = items.filter(function (i) { return !i.hidden; });
  if (shown.length === 0) return;
  var at = current ? shown.indexOf(current) : -1;
  var next = at < 0 ? (by > 0 ? 0 : shown.length - 1) : Math.max(0, Math.min(shown.length - 1, at + by));
  select(shown[next].getAttribute('data-id'), false);
}
list.addEventListener('click', function (e) {
  var item = e.target.closest('.item');
  if (!item) return;
  var act = e.target.getAttribute && e.target.getAttribute('data-act');
  if (act) setDecision(item.getAttribute('data-id'), act === 'clear' ? null : act, act === 'clear' ? '' : undefined);
  if (e.target.tagName !== 'TEXTAREA') select(item.getAttribute('data-id'), false);
});
list.addEventListener('input', function (e) {
  if (!e.target.classList.contains('note')) return;
  setDecision(e.target.closest('.item').getAttribute('data-id'), undefined, e.target.value);
});
document.getElementById('articles').addEventListener('click', function (e) {
  var mark = e.target.closest('mark.hl');
  if (!mark || mark.classList.contains('off')) return;
  var ids = mark.getAttribute('data-ids').split(' ').filter(function (id) { var i = document.getElementById('item-' + id); return i && !i.hidden; });
  if (ids.length === 0) return;
  var at = current ? ids.indexOf(current.getAttribute('data-id')) : -1;
  select(ids[(at + 1) % ids.length], true);
});
Object.keys(filters).forEach(function (k) { filters[k].addEventListener('change', applyFilters); });
document.addEventListener('keydown', function (e) {
  var t = e.target;
  if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT')) { if (e.key === 'Escape') t.blur(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  var id = current ? current.getAttribute('data-id') : null;
  switch (e.key) {
    case 'j': case 'ArrowDown': step(1); break;
    case 'k': case 'ArrowUp': step(-1); break;
    case 'c': if (id) setDecision(id, 'confirmed'); break;
    case 'x': if (id) setDecision(id, 'dismissed'); break;
    case 'u': if (id) setDecision(id, null, ''); break;
    case 'n': if (current) current.querySelector('.note').focus(); break;
    default: return;
  }
  e.preventDefault();
});
document.getElementById('export').addEventListener('click', function () {
  var out = { format: 'crossclaim-review', version: 1, report: data.key, decisions: Object.keys(decisions).sort().map(function (id) { return { id: id, status: decisions[id].status || null, note: decisions[id].note || '' }; }) };
  var text = JSON.stringify(out, null, 2) + '\\n';
  document.getElementById('exported').value = text;
  var a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = 'review-' + data.key + '.json';
  document.body.appendChild(a); a.click(); a.remove();
});
function importText(text) {
  var input;
  try { input = JSON.parse(text); } catch (e) { alertImport('not JSON'); return; }
  if (!input || input.format !== 'crossclaim-review' || !Array.isArray(input.decisions)) { alertImport('not a crossclaim review file'); return; }
  var known = {}; items.forEach(function (i) { known[i.getAttribute('data-id')] = true; });
  var n = 0;
  input.decisions.forEach(function (d) {
    if (!d || typeof d.id !== 'string' || !known[d.id]) return;
    var status = d.status === 'confirmed' || d.status === 'dismissed' ? d.status : null;
    var note = typeof d.note === 'string' ? d.note : '';
    if (status || note) { decisions[d.id] = { status: status, note: note }; n++; }
  });
  save(); items.forEach(paint); applyFilters();
  document.getElementById('import-status').textContent = 'imported ' + n + ' decision' + (n === 1 ? '' : 's');
}
function alertImport(why) { document.getElementById('import-status').textContent = 'import failed: ' + why; }
document.getElementById('import').addEventListener('change', function (e) {
  var file = e.target.files && e.target.files[0];
  if (!file) return;
  var reader = new FileReader();
  reader.onload = function () { importText(String(reader.result)); e.target.value = ''; };
  reader.readAsText(file);
});
window.crossclaimReview = { select: select, importText: importText, decisions: function () { return JSON.parse(JSON.stringify(decisions)); } };
items.forEach(paint);
applyFilters();
var start = location.hash.slice(1);
if (start && document.getElementById('item-' + start)) select(start, false);
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

const option = (value: string, text: string) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`;

export const renderHtml: Reporter = (result: ComparisonResult) => {
  const articles = new Map(result.articles.map((a) => [a.id, a] as const));
  const ds = result.discrepancies;
  const key = fnv1a(JSON.stringify([result.articles.map((a) => [a.id, a.text.length]), ds.map((d) => [d.id, d.type, d.message])]));
  const typesPresent = TYPES.filter((t) => ds.some((d) => d.type === t));
  const title = `Review: ${result.articles.map(label).join(' / ')}`;
  const controls = [
    `<label>Type <select id="f-type">${option('', 'all')}${typesPresent.map((t) => option(t, t)).join('')}</select></label>`,
    `<label>Severity <select id="f-severity">${option('', 'all')}${SEVERITIES.map((s) => option(s, s)).join('')}</select></label>`,
    `<label>Article <select id="f-article">${option('', 'all')}${result.articles.map((a) => option(a.id, label(a))).join('')}</select></label>`,
    `<label>Review <select id="f-status">${option('', 'all')}${option('open', 'open')}${option('confirmed', 'confirmed')}${option('dismissed', 'dismissed')}</select></label>`,
    `<span id="count"></span>`,
    `<button type="button" id="export">Export marks</button>`,
    `<label>Import marks <input type="file" id="import" accept="application/json,.json"></label>`,
    `<span id="import-status"></span>`,
  ].join(' ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${result.engine.name} ${result.engine.version}`)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<header><h1>${escapeHtml(title)}</h1><div class="controls">${controls}</div>`,
    `<p class="keys">${ds.length} discrepanc${ds.length === 1 ? 'y' : 'ies'}, most misleading first. Keys: j/k or ↓/↑ next/previous, c confirm, x dismiss, u clear, n note, Esc leave the note.</p>`,
    ...(result.skipped?.length
      ? [`<p class="skipped" role="alert"><strong>Skipped:</strong> ${result.skipped.map((k) => `${escapeHtml(k.source)}: ${escapeHtml(k.problem)}`).join('; ')}</p>`]
      : []),
    `<textarea id="exported" hidden readonly></textarea></header>`,
    '<main>',
    `<ol id="list">${ds.map((d, i) => discrepancyItem(d, i + 1, articles)).join('')}</ol>`,
    `<div id="articles">${result.articles.map((a, i) => articleColumn(a, ds, i)).join('')}</div>`,
    '</main>',
    `<script type="application/json" id="cc-data">${jsonForScript({ key, discrepancies: ds.map((d) => d.id) })}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
};
