/**
 * Input format detection. The content decides; the file extension only breaks ties between weak
 * signals (a fragment with a few tags, a single JSON object in a `.jsonl` file).
 */

export type InputFormat = 'html' | 'json' | 'jsonl' | 'text' | 'binary';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The bytes as UTF-8 text with a leading BOM removed, or null when they are not valid UTF-8. */
export function decodeText(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Tag names that only HTML uses; a run of them marks a page or fragment. */
const HTML_TAG = /<\/?(?:a|abbr|article|aside|b|blockquote|body|br|caption|div|em|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|i|img|input|label|li|link|main|meta|nav|ol|p|pre|script|section|span|strong|style|table|td|th|title|tr|u|ul)(?=[\s/>])[^<>]*>/giu;

/** How far into a file the tag count looks (code units). */
const SNIFF = 65_536;

function extensionOf(path: string | undefined): string {
  const m = path ? /\.([a-z0-9]{1,6})$/iu.exec(path.replace(/[?#].*$/u, '')) : null;
  return m ? m[1]!.toLowerCase() : '';
}

function parsesAs(text: string): 'object' | 'array' | 'other' | null {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return 'array';
    return value !== null && typeof value === 'object' ? 'object' : 'other';
  } catch {
    return null;
  }
}

/** True when every non-blank line is a JSON object (at least one line). */
function objectPerLine(text: string): { lines: number } | null {
  let lines = 0;
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '') continue;
    if (!/^\s*\{/u.test(line) || parsesAs(line) !== 'object') return null;
    lines++;
  }
  return lines > 0 ? { lines } : null;
}

/**
 * The format of a file's bytes: NUL bytes or invalid UTF-8 → 'binary'; a doctype or `<html>` at the
 * start, or many HTML tags → 'html'; one JSON object or array → 'json'; two or more lines each a
 * JSON object → 'jsonl'; anything else → 'text'. `path` is consulted only to settle a weak signal.
 */
export function detectFormat(bytes: Buffer, path?: string): InputFormat {
  if (bytes.includes(0)) return 'binary';
  const text = decodeText(bytes);
  if (text === null) return 'binary';
  const ext = extensionOf(path);
  const start = text.trimStart();
  if (start === '') return 'text';

  const head = start.slice(0, 1024).toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/u.test(head)) return 'html';

  if (start.startsWith('{') || start.startsWith('[')) {
    const perLine = start.startsWith('{') ? objectPerLine(text) : null;
    if (perLine && perLine.lines >= 2) return 'jsonl';
    const whole = parsesAs(text);
    if (whole === 'object' || whole === 'array') {
      return whole === 'object' && perLine && (ext === 'jsonl' || ext === 'ndjson') ? 'jsonl' : 'json';
    }
  }

  const sample = start.slice(0, SNIFF);
  const tags = sample.match(HTML_TAG) ?? [];
  const names = new Set(tags.map((t) => /^<\/?([a-z0-9]+)/iu.exec(t)![1]!.toLowerCase()));
  const markup = tags.reduce((n, t) => n + t.length, 0);
  if (tags.length >= 10 && names.size >= 3) return 'html';
  if (tags.length >= 3 && names.size >= 2 && markup >= sample.length * 0.05) return 'html';
  if (tags.length >= 1 && (ext === 'html' || ext === 'htm' || ext === 'xhtml')) return 'html';
  if (tags.length >= 2 && /^<[a-z]/iu.test(start) && ext !== 'txt' && ext !== 'md') return 'html';
  return 'text';
}
