/**
 * Line classification for text without markup (text copied from a browser, `w3m -dump`), in the
 * spirit of jusText. Each non-blank line gets a class from its own features (length, stopword
 * density, terminal punctuation, list bullet, repetition on the page, boilerplate and
 * call-to-action wording) and a score; the article is the contiguous run of lines with the
 * highest total score (maximum-sum segment). Inside that run every line that is not furniture
 * (`bad`, `end`) belongs to the article, so the headings, short list items and code lines that
 * break up prose are kept while they are paid for by the prose around them. Stopword density is
 * measured with the stopwords of the page's language (./stopwords.ts); Chinese and Japanese lines
 * are measured in characters.
 */
import { boilerplateLexicon } from '../lexicon.js';
import { caseless, type CaselessPattern } from '../util/text.js';
import { FOREIGN_END_MARKERS } from './text-markers.js';
import { CJK_CHAR, cjkCount, cjkStopDensity, pageLanguage, stopwordsFor } from './stopwords.js';

/**
 * - `good`: prose; `short`: a short sentence; `heading`: a short line without terminal punctuation;
 * - `item`: a list item that is not prose (menus, ingredient lists, tags);
 * - `bad`: furniture wherever it stands (boilerplate wording, calls to action, lines repeated on
 *   the page, image placeholders, form fields, rules); `end`: a marker that opens the furniture
 *   after an article ("Tags", "Most read", "Related").
 */
export type LineClass = 'good' | 'short' | 'heading' | 'item' | 'bad' | 'end';

export interface Line {
  /** Index among the non-blank lines. */
  readonly index: number;
  /** Offsets of the line without its leading/trailing white space (UTF-16, end-exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offset where the line's content starts after a list bullet (`start` when there is none). */
  readonly contentStart: number;
  readonly text: string;
  /** Lower-cased, bullets and surrounding punctuation removed, white space collapsed. */
  readonly norm: string;
  readonly words: number;
  /** How many lines of the page have the same `norm`. */
  readonly repeats: number;
  /** True when the line starts with a list bullet ("•", "-", "1."). */
  readonly bullet: boolean;
  readonly class: LineClass;
  readonly score: number;
  /** Blank lines between this line and the previous non-blank one. */
  readonly gapBefore: number;
}

const TERMINAL = /[.!?…;。！？；]["'”’»)\]」』）]*$|[.!?,]["”’»]$|:["“]?$/u;
const BULLET = /^\s*(?:[•·▪●◦‣□■○◆◇►▸*\-–]|\d{1,2}[.)])\s+/u;
/** An image placeholder or a form field as text browsers print them: "[logo]", "[          ]", "[Search]". */
const PLACEHOLDER = /^(?:\[[^\]]{0,80}\]\s*)+$/u;
/** A short line without a letter: a chart's axis label, a step number, an empty bullet. */
const RESIDUE = /^[^\p{L}]{0,8}$/u;
/** A form's checkbox or radio button with its label, as text browsers print them: "[ ] Send me email", "( ) Yes". */
const CHECKBOX = /^(?:\[[ xX*]?\]|\([ *]?\))\s*\S/u;
/** A rule of box-drawing or punctuation characters. */
const RULE = /^[\s\p{P}\p{S}]+$/u;

function normalise(line: string): string {
  return line
    .replace(BULLET, '')
    .replace(/^[\s»›>|#]+/u, '')
    .replace(/[\s:|»›]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

interface BoilerplateMatchers {
  readonly lines: ReadonlySet<string>;
  readonly endMarkers: ReadonlySet<string>;
  readonly patterns: readonly CaselessPattern[];
  readonly closing: readonly CaselessPattern[];
}
let matchers: BoilerplateMatchers | undefined;
function boilerplate(): BoilerplateMatchers {
  if (!matchers) {
    const lex = boilerplateLexicon() as ReturnType<typeof boilerplateLexicon> & { readonly closing?: readonly string[] };
    matchers = {
      lines: new Set(lex.lines),
      endMarkers: new Set(lex.endMarkers),
      patterns: lex.patterns.map(caseless),
      closing: (lex.closing ?? []).map(caseless),
    };
  }
  return matchers;
}

/** "By" opening a sentence rather than a byline: a lower-case word and six more follow ("By setting this to …"). */
const BY_SENTENCE = /^(?:[Ww]ritten by|[Bb]y)\s+(?=\p{Ll}[\p{L}'’-]*(?:\s+\S+){6})/u;

/** A line of page furniture (the boilerplate lexicon). `norm`, when the caller has it, must be `normalise(text)`. */
export function isBoilerplateLine(text: string, norm = normalise(text)): boolean {
  const m = boilerplate();
  if (m.lines.has(norm)) return true;
  const stripped = text.replace(/^[\s»›>|#]+/u, '');
  // A byline names someone: a sentence that opens with "By doing …" is tested without its "By".
  if (BY_SENTENCE.test(stripped)) {
    const rest = stripped.replace(BY_SENTENCE, '');
    const lower = rest.toLowerCase();
    return m.patterns.some((re) => re.test(rest, lower));
  }
  const lowerStripped = stripped.toLowerCase();
  // The line as given is tested too only when stripping changed it.
  const lowerText = stripped === text ? null : text.toLowerCase();
  return m.patterns.some((re) => re.test(stripped, lowerStripped) || (lowerText !== null && re.test(text, lowerText)));
}

/** An end marker: a short line that opens the page furniture after an article ("Tags", "Most read", "Related"). */
export function isEndMarker(text: string, norm = normalise(text)): boolean {
  const m = boilerplate();
  const known = (s: string) => m.endMarkers.has(s) || FOREIGN_END_MARKERS.has(s);
  if (known(norm)) return true;
  const words = norm.split(' ');
  if (words.length > 4) return false;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    if (known(words.slice(0, n).join(' '))) return words.length <= n + 2;
  }
  return false;
}

/** The header of a comment section ("12 Comments", "Leave a Reply"): nothing after it is the article. */
export function isClosingMarker(text: string): boolean {
  if (text.length > 200) return false;
  const flat = text.replace(BULLET, '').replace(/\s+/gu, ' ').trim();
  const lower = flat.toLowerCase();
  return boilerplate().closing.some((re) => re.test(flat, lower));
}

/** Ad labels that stand alone in an article body; the article goes on after them. */
const AD_LABEL = /^(?:advertisement|advertising|ad|sponsored(?: content)?|(?:story|article) continues below(?: (?:this )?(?:ad|advertisement))?|continue reading below|scroll to continue(?: with content)?)\s*[:.]?$/iu;

export function isAdLabel(text: string): boolean {
  return AD_LABEL.test(text.replace(/\s+/gu, ' ').trim());
}

/** Calls to action and publisher notices: subscribe, sign up, follow us, download the app, tell us. */
const CALL_TO_ACTION: readonly CaselessPattern[] = [
  /^(?:to (?:view|read|continue reading) (?:the full|this|the rest)|please subscribe|subscribe (?:now|today|here|to)|sign up (?:now|today|here|for)|log ?in (?:to|for) (?:read|continue|access)|become a (?:member|subscriber|patron)|support (?:us|our (?:work|journalism))|never miss)\b/iu,
  /\b(?:already a subscriber|first-time subscribers|subscribers? (?:can|get|also receive))\b/iu,
  /\b(?:sign up for|subscribe to) (?:our|the) (?:[\p{L}\p{N}'’-]+ ){0,4}(?:newsletters?|edition|mailing list|updates|alerts)\b/iu,
  /\bfollow (?:[\p{L}'’.@_-]+ ){1,4}on (?:twitter|facebook|instagram|linkedin|x|social media|tiktok)\b/iu,
  /\b(?:download|get) (?:the|our) (?:[\p{L}\p{N}'’-]+ ){0,4}apps?\b|\bwith the (?:[\p{L}\p{N}'’-]+ ){1,4}app\b/iu,
  /\b(?:if you (?:enjoyed|liked|value)|did you enjoy) (?:reading )?this\b|\bconsider supporting\b|\bwould you consider supporting\b/iu,
  /\bwe want to hear what you think\b|\bsubmit a letter to the editor\b|\bletters? to the editor via\b/iu,
  /\b(?:want|like) to be informed\b|\bsign up here\b|\bclick here to (?:subscribe|sign up|read more)\b/iu,
  /\badvertising (?:disclosure|disclaimer)\b|\bmay (?:receive|earn) (?:compensation|a commission)\b|\baffiliate links?\b/iu,
  /^(?:suggested citation|cite this (?:article|post)|to cite this)\b/iu,
  /\b(?:last modified|last updated)\s*:/iu,
  /\bshare this (?:article|story|post)\b/iu,
  /^(?:[\p{L}\p{N}'’&.-]+ ){0,4}newsletters?$/iu,
  /\b(?:delivered|direct(?:ly)?|straight) to your inbox\b|\bunsubscribe at any time\b|\bby submitting your email\b/iu,
  /^by (?:signing up|subscribing|registering|clicking|creating an account|submitting|entering your email)\b|\byou agree to (?:our|the) (?:[\p{L}-]+ ){0,2}(?:terms|privacy|policy|conditions)\b/iu,
  /\bthis site (?:is protected by recaptcha|uses cookies)\b|\bby continuing to use this (?:site|website)\b|\bad[- ]?blocker\b/iu,
].map((re) => caseless(re.source));

/** True when `text` (at most 400 characters) is a call to action or a publisher notice rather than article text. */
export function isCallToAction(text: string): boolean {
  if (text.length > 400) return false;
  const flat = text.replace(/\s+/gu, ' ');
  const lower = flat.toLowerCase();
  return CALL_TO_ACTION.some((re) => re.test(flat, lower));
}


/** A caption closed by its credit in capitals: "… in Las Croabas. By U.S. CUSTOMS AND BORDER PROTECTION". */
const CAPTION_CREDIT = /[.!?]["”’]?\s+(?:[Pp]hoto(?:graph)?\s+)?[Bb]y\s+\p{Lu}[\p{Lu}\p{N}.&'’/ -]{2,60}$/u;

/** The article's tags or topics on one line ("Tags: music, eighties, …"): they follow the article. */
const TAG_LINE = /^(?:tags?|topics?|filed under|tagged|schlagwörter|schlagworte|etiquetas|mots[- ]clés|tag)\s*:\s*\S/iu;

/** A short tag in parentheses closing a paragraph: the writer's initials or the agency (not a teaser's "(PHOTO)"). */
const TRAILING_TAG = /\s*\((?!(?:photos?|videos?|pics?|gallery|audio|watch)\))[\p{L}.\/ ]{1,12}\)$/iu;

/** Invisible format characters and image placeholders ("[DSC_0511]") at the end of a line. */
const TRAILING_NOISE = /(?:\p{Cf}|\s|\[[^\]]{0,80}\])+$/u;

/** Features of one line's content (bullet removed). */
function proseClass(content: string, words: number, density: number): 'good' | 'short' | 'heading' | null {
  // A sentence may end with the author's or the agency's tag: "… voraus. (bsc)", "… on Monday. (AP)".
  // Invisible format characters and an image placeholder after the full stop do not count.
  const bare = content.replace(TRAILING_NOISE, '');
  const terminal = TERMINAL.test(bare) || TERMINAL.test(bare.replace(TRAILING_TAG, ''));
  if (terminal && words >= 6 && density >= 0.15) return 'good';
  if (!terminal && words >= 20 && density >= 0.25) return 'good';
  if (terminal && words >= 3) return 'short';
  if (!terminal && words >= 1 && words <= 12) return 'heading';
  return null;
}

/**
 * A section heading the page prints twice, once as an entry of its table of contents (a list item
 * some lines before) and once, not as a list item, over its section: the heading is not furniture
 * for being repeated. A teaser list printing each title as a list item and again right after it
 * (fewer than `TOC_DISTANCE` lines apart) does not count.
 */
function isTocHeading(index: number, repeats: number, bulletedCopies: readonly number[], bullet: boolean): boolean {
  return repeats === 2 && bulletedCopies.length === 1 && !bullet && bulletedCopies[0]! <= index - TOC_DISTANCE;
}
const TOC_DISTANCE = 5;

/** Splits `text` into non-blank lines with offsets, and classifies them. */
export function classifyLines(text: string, weights: LineWeights = defaultLineWeights): Line[] {
  const raw: Array<{ start: number; end: number; gapBefore: number }> = [];
  let pos = 0;
  let blanks = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) {
      raw.push({ start: s, end: e, gapBefore: blanks });
      blanks = 0;
    } else blanks++;
    pos = nl + 1;
  }
  const norms = raw.map((r) => normalise(text.slice(r.start, r.end)));
  const counts = new Map<string, number>();
  for (const n of norms) counts.set(n, (counts.get(n) ?? 0) + 1);
  // The copies of a line that are list items (their indices): a table of contents repeats the section headings.
  const bulleted = new Map<string, number[]>();
  raw.forEach((r, i) => {
    if (BULLET.test(text.slice(r.start, r.end))) bulleted.set(norms[i]!, [...(bulleted.get(norms[i]!) ?? []), i]);
  });
  const tokenLists = norms.map((n) => n.match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  // Stopword density is measured with the list of the page's language (jusText's per-language stoplists).
  const isStop = stopwordsFor(pageLanguage(tokenLists));

  return raw.map((r, index) => {
    const line = text.slice(r.start, r.end);
    const norm = norms[index]!;
    const tokens = tokenLists[index]!;
    const repeats = counts.get(norm) ?? 1;
    // Chinese and Japanese are written without spaces: a run of their characters counts as one word
    // per two characters, and the density is that of one-character function words.
    const cjk = cjkCount(norm);
    const words = cjk > 0 ? tokens.filter((t) => !CJK_CHAR.test(t)).length + Math.ceil(cjk / 2) : tokens.length;
    const density =
      cjk > 0 && cjk * 2 >= norm.length ? cjkStopDensity(norm) : words > 0 ? tokens.filter((t) => isStop(t)).length / tokens.length : 0;
    const bulletMatch = BULLET.exec(line);
    const content = bulletMatch ? line.slice(bulletMatch[0].length) : line;
    const prose = proseClass(content, words, density);
    let cls: LineClass;
    // The line's normal form serves both tests (the content's is the same when there is no bullet).
    if (isEndMarker(line, norm) || isClosingMarker(line) || TAG_LINE.test(content)) cls = 'end';
    else if (isBoilerplateLine(content, bulletMatch ? undefined : norm) || isCallToAction(content) || hasInternalRepeat(tokens) || CAPTION_CREDIT.test(content)) cls = 'bad';
    else if (words === 0 || PLACEHOLDER.test(content) || RULE.test(content) || CHECKBOX.test(content)) cls = 'bad';
    else if (repeats > 1 && !isTocHeading(index, repeats, bulleted.get(norm) ?? [], bulletMatch !== null)) cls = TERMINAL.test(content) && words >= 6 ? 'short' : 'bad';
    else if (bulletMatch) cls = prose === 'good' ? 'good' : 'item';
    else cls = prose ?? 'bad';
    return {
      index,
      start: r.start,
      end: r.end,
      contentStart: r.start + (bulletMatch ? bulletMatch[0].length : 0),
      text: line,
      norm,
      words,
      repeats,
      bullet: bulletMatch !== null,
      class: cls,
      score: cls === 'bad' && RESIDUE.test(content) ? -weights.residue : scoreOf(cls, line.length + weights.cjk * cjk, weights),
      gapBefore: r.gapBefore,
    };
  });
}

/**
 * Line scores: prose counts its length in characters, a short sentence a share of it; the rest
 * costs. `residue` was chosen on the Readability pages with scripts/tune-text.ts (10, 20, 40 tried);
 * the grid there also favours a higher `bad` (60), which the trafilatura check pages do not confirm
 * (a chart's labels or a recipe's list then split articles), so it stays at 40.
 */
export interface LineWeights {
  /** Cost of a heading, a list item, furniture and an end marker. */
  readonly heading: number;
  readonly item: number;
  readonly bad: number;
  readonly end: number;
  /** Cost of furniture without a letter ("80", "%", "•", "2."): chart labels, step numbers, empty bullets. */
  readonly residue: number;
  /** The share of its length a short sentence scores. */
  readonly short: number;
  /**
   * A CJK character carries about as much text as three Latin ones: it adds this much to a line's
   * length (0 to 2 score the same on the Readability pages, 3 worse).
   */
  readonly cjk: number;
  /** A trailing segment after furniture weighing less than this share of the run is left out. */
  readonly weakTail: number;
}

export const defaultLineWeights: LineWeights = { heading: 8, item: 15, bad: 40, residue: 20, end: 250, short: 0.25, cjk: 2, weakTail: 0.05 };

function scoreOf(cls: LineClass, length: number, w: LineWeights): number {
  switch (cls) {
    case 'good':
      return length;
    case 'short':
      return length * w.short;
    case 'heading':
      return -w.heading;
    case 'item':
      return -w.item;
    case 'bad':
      return -w.bad;
    case 'end':
      return -w.end;
  }
}

/** True when a line of this class belongs to the article when it falls inside the article's run. */
export function isArticleLine(line: Line): boolean {
  return line.class !== 'bad' && line.class !== 'end';
}

/**
 * A line made of a phrase printed twice or more (a link list printing each title twice): at least
 * a quarter of its 5-word windows occur earlier in the line. Prose that happens to repeat a phrase
 * stays below that share.
 */
function hasInternalRepeat(tokens: readonly string[]): boolean {
  const n = 5;
  if (tokens.length < 2 * n) return false;
  // A five-word sequence seen before opens with a word pair seen before: when too few pairs repeat,
  // so do too few sequences (pairs counted as numbers, the words numbered per line).
  const ids = new Map<string, number>();
  const seenPairs = new Set<number>();
  let pairRepeats = 0;
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    let id = ids.get(tokens[i]!);
    if (id === undefined) ids.set(tokens[i]!, (id = ids.size));
    if (i > 0 && i - 1 + n <= tokens.length) {
      const pair = previous * tokens.length + id;
      if (seenPairs.has(pair)) pairRepeats++;
      else seenPairs.add(pair);
    }
    previous = id;
  }
  if (pairRepeats < (tokens.length - n + 1) / 4) return false;
  const seen = new Set<string>();
  let repeated = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (seen.has(key)) repeated++;
    seen.add(key);
  }
  return repeated >= (tokens.length - n + 1) / 4;
}

/** The contiguous run of lines `[first, last]` (inclusive indices) with the largest total score, or null. */
export function bestRun(lines: readonly Line[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += lines[i]!.score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}

/** The share of a run's prose before an end marker inside it for the run to stop there (0.5 to 0.9 tried on the Readability pages). */
const END_SHARE = 0.7;

/** A note about the author: a name, then "is/was a … writer/editor/professor …" (the role may be capitalised). */
const AUTHOR_ROLES = ['writer', 'editor', 'reporter', 'journalist', 'correspondent', 'columnist', 'contributor', 'author', 'professor', 'lecturer', 'expert', 'fellow', 'analyst', 'producer', 'photographer', 'novelist', 'blogger', 'freelancer'];
const AUTHOR_NOTE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:is|was|has been)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:${AUTHOR_ROLES.map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}`).join('|')})\\b`,
  'u',
);

/** True when `text` is a note about the author ("Jane Doe is a senior writer for …"). */
export function isAuthorNote(text: string): boolean {
  return AUTHOR_NOTE.test(text);
}

/**
 * The article's run of lines `[first, last]` (inclusive indices, into `lines`), or null: the best
 * run before the comment section, cut before the first comment-section header inside it, and
 * before an end marker that follows most of its prose; then without a weak trailing segment after
 * furniture other than an ad label, without author notes at either edge, and trimmed back to a
 * last line with a positive score.
 */
export function articleRun(lines: readonly Line[], weights: LineWeights = defaultLineWeights): [number, number] | null {
  // Comments come after the article: search before the first comment-section header that follows
  // some prose (200 characters of it), and the whole page only when nothing is found there.
  let prose = 0;
  let closing = lines.length;
  for (const l of lines) {
    if (prose >= 200 && !l.bullet && isClosingMarker(l.text)) {
      closing = l.index;
      break;
    }
    if (l.class === 'good') prose += l.end - l.start;
  }
  const run = bestRun(lines.slice(0, closing)) ?? bestRun(lines);
  if (!run) return null;
  let [first, last] = run;
  for (let i = first + 1; i <= last; i++) {
    if (isClosingMarker(lines[i]!.text)) {
      last = i - 1;
      break;
    }
  }
  while (last > first && lines[last]!.score <= 0) last--;
  if (lines[last]!.score <= 0) return null;
  const mass = (a: number, b: number) => {
    let m = 0;
    for (let i = a; i <= b; i++) m += Math.max(0, lines[i]!.score);
    return m;
  };
  const trim = () => {
    while (last > first && lines[last]!.score <= 0) last--;
  };
  // An end marker inside the run ("Most read", "Related") that follows the greater part of its
  // prose: the run went on into teasers; the article stops before the marker.
  for (let i = first + 1; i < last; i++) {
    if (lines[i]!.class === 'end' && mass(first, i - 1) >= END_SHARE * mass(first, last)) {
      last = i - 1;
      trim();
      break;
    }
  }
  // A weak trailing segment: prose after the run's last furniture line that weighs little next to
  // the whole run (a newsletter blurb, a promotion). Ad labels do not count: the article goes on after them.
  const furniture = (l: Line) => l.class === 'bad' || l.class === 'end';
  const closes = (l: Line) => furniture(l) && !isAdLabel(l.text);
  const dropWeakTail = () => {
    const total = mass(first, last);
    let cut = last;
    while (cut > first && !closes(lines[cut]!)) cut--;
    if (cut > first && mass(cut, last) < weights.weakTail * total) {
      last = cut;
      trim();
    }
  };
  dropWeakTail();
  // Author notes opening the run, each followed by furniture (a profile box before the article).
  for (let guard = 0; guard < 5 && first < last && AUTHOR_NOTE.test(lines[first]!.text); guard++) {
    const next = lines.slice(first + 1, first + 3);
    if (!next.some(furniture)) break;
    first++;
    while (first < last && lines[first]!.class !== 'good') first++;
  }
  // An author note closing the article ("Jane Doe is a senior writer for …"): among the last three
  // lines, or further up when what follows it weighs little next to the run (a profile box, then
  // teasers); the teasers before the note may then be a weak tail of their own.
  const runMass = mass(first, last);
  for (let i = last; i > first; i--) {
    if (AUTHOR_NOTE.test(lines[i]!.text) && (i >= last - 2 || mass(i + 1, last) < weights.weakTail * runMass)) {
      last = i - 1;
      trim();
      dropWeakTail();
      break;
    }
  }
  return [first, last];
}
