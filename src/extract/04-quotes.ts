/**
 * Quotation spans inside one paragraph: curly and straight, double and single, nested single
 * inside double, and doubled apostrophes (`''…''`) as double marks; a straight mark after a word may
 * close a curly opening one (`“…,"`). An opening mark with no
 * closing one runs to the paragraph's end (a quote that continues in the next paragraph). Apostrophes inside words ("Trump’s", "don't") are not marks.
 * Offsets are absolute (UTF-16, end-exclusive); `content` excludes the marks.
 */
import type { Range } from '../types.js';
import { trimRange } from '../util/text.js';

export interface QuoteSpan {
  /** Marks included. */
  readonly outer: Range;
  /** Marks excluded, white space trimmed. */
  readonly content: Range;
  readonly double: boolean;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  readonly depth: number;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\-—–:;,/“"‘'«]/u.test(c);

/** An opening mark on the stack of findQuoteSpans. */
interface Open {
  at: number;
  double: boolean;
  kind: string;
  /** Length of the opening mark: 2 for a doubled apostrophe (`''`), else 1. */
  width: number;
}

/** Adds the span of `open` closed at `closeAt` (a module function, not a closure made per paragraph). */
function closeSpan(text: string, spans: QuoteSpan[], stack: readonly Open[], open: Open, closeAt: number, closed: boolean, closeWidth = 1): void {
  const outerEnd = closed ? closeAt + closeWidth : closeAt;
  const [cs, ce] = trimRange(text, open.at + open.width, closeAt);
  if (ce > cs) spans.push({ outer: [open.at, outerEnd], content: [cs, ce], double: open.double, closed, depth: stack.length });
}

export function findQuoteSpans(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  for (let i = start; i < end; i++) {
    // Most characters are no mark: skip them on their code before reading the character.
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const c = text[i]!;
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    const top = stack[stack.length - 1];
    switch (c) {
      case '“':
      case '«':
      case '„':
        stack.push({ at: i, double: true, kind: c, width: 1 });
        break;
      case '”':
      case '»': {
        const k = findOpen(stack, true);
        if (k >= 0) {
          const open = stack[k]!;
          stack.length = k;
          closeSpan(text, spans, stack, open, i, true);
        }
        break;
      }
      case '"': {
        if (top && top.double && top.kind === '"' && !(isSpaceOrStart(prev) && isLetter(next))) {
          stack.pop();
          closeSpan(text, spans, stack, top, i, true);
        } else if (top && top.kind === '“' && prev !== undefined && !/\s/u.test(prev) && !isLetter(next) && next !== '“') {
          // Mixed marks: a straight mark right after a word or punctuation, not before one, closes
          // the curly quotation open before it (`“good citizen," who …`).
          stack.pop();
          closeSpan(text, spans, stack, top, i, true);
        } else if (isSpaceOrStart(prev) || (top && top.kind !== '"')) {
          stack.push({ at: i, double: true, kind: '"', width: 1 });
        } else if (top && top.kind === '"') {
          stack.pop();
          closeSpan(text, spans, stack, top, i, true);
        }
        break;
      }
      case '‘':
        if (isSpaceOrStart(prev) && next !== undefined && !/\s/u.test(next)) stack.push({ at: i, double: false, kind: '‘', width: 1 });
        break;
      case "'":
      case '’': {
        if (c === "'" && next === "'") {
          // A doubled apostrophe is a double mark (`''…''`, as some newswires write quotations).
          const after = i + 2 < end ? text[i + 2] : undefined;
          if (top && top.kind === "''" && !(isSpaceOrStart(prev) && isLetter(after))) {
            stack.pop();
            closeSpan(text, spans, stack, top, i, true, 2);
          } else if (isSpaceOrStart(prev) && after !== undefined && !/\s/u.test(after)) {
            stack.push({ at: i, double: true, kind: "''", width: 2 });
          }
          i++;
          break;
        }
        if (isLetter(prev) && isLetter(next)) break; // an apostrophe inside a word
        const k = findOpen(stack, false);
        if (k >= 0 && !isLetter(next)) {
          const open = stack[k]!;
          // "the Trumps’ house": a plural possessive after a word, with no opening mark nearby, is not a close.
          stack.length = k;
          closeSpan(text, spans, stack, open, i, true);
        } else if (c === "'" && isSpaceOrStart(prev) && isLetter(next)) {
          stack.push({ at: i, double: false, kind: "'", width: 1 });
        }
        break;
      }
      default:
        break;
    }
  }
  // Unclosed double quotes run to the paragraph end; unclosed single marks were apostrophes.
  for (const open of stack) if (open.double) closeSpan(text, spans, stack, open, end, false);
  return spans.sort((a, b) => a.outer[0] - b.outer[0]);
}

/**
 * True for the code of a character the scan of findQuoteSpans handles: " ' « » and U+2018–U+201E
 * (‘ ’ “ ” „, with ‚ ‛ that it passes over).
 */
function isMarkCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e);
}

function findOpen(stack: ReadonlyArray<{ double: boolean }>, double: boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.double === double) return k;
  return -1;
}

/** True when `pos` falls inside the content of any span. */
export function insideQuote(spans: readonly QuoteSpan[], pos: number): boolean {
  return spans.some((s) => s.outer[0] < pos && pos < s.outer[1]);
}
