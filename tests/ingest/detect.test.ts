import { describe, expect, it } from 'vitest';
import { decodeText, detectFormat } from '../../src/ingest/detect.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('detectFormat', () => {
  it.each<[string, Buffer, string | undefined, ReturnType<typeof detectFormat>]>([
    ['doctype', utf8('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), undefined, 'html'],
    ['html tag after white space and a BOM', utf8('\ufeff  \n<html lang="en"><body>x</body></html>'), 'a.txt', 'html'],
    ['xml prolog and comment before html', utf8('<?xml version="1.0"?>\n<!-- saved -->\n<html><body/></html>'), undefined, 'html'],
    ['many tags, no doctype', utf8('<div><p>One</p><p>Two</p><span>3</span><a href="#">4</a><p>Five</p></div>'), undefined, 'html'],
    ['a fragment with a few tags in a .html file', utf8('Breaking: <b>storm</b> hits coast'), 'story.html', 'html'],
    ['the same fragment in a .txt file', utf8('Breaking: <b>storm</b> hits coast'), 'story.txt', 'text'],
    ['JSON object', utf8('{"title": "x", "body": "y"}'), undefined, 'json'],
    ['pretty-printed JSON array', utf8('[\n  {"a": 1},\n  {"a": 2}\n]\n'), undefined, 'json'],
    ['JSON lines', utf8('{"id": 1}\n{"id": 2}\n\n{"id": 3}\n'), undefined, 'jsonl'],
    ['one JSON object in a .jsonl file', utf8('{"id": 1}\n'), 'feed.jsonl', 'jsonl'],
    ['one JSON object in a .json file', utf8('{"id": 1}\n'), 'feed.json', 'json'],
    ['broken JSON is text', utf8('{"id": 1,\n'), 'feed.json', 'text'],
    ['plain text', utf8('Envoy meets president\n\nThe envoy met the president on Friday.'), 'a.txt', 'text'],
    ['text mentioning a tag', utf8('Use the <p> element for paragraphs.'), undefined, 'text'],
    ['a .html name does not make prose HTML', utf8('Just words, no markup at all.'), 'page.html', 'text'],
    ['empty', Buffer.alloc(0), undefined, 'text'],
    ['NUL bytes', Buffer.from([0x68, 0x00, 0x69]), 'a.txt', 'binary'],
    ['invalid UTF-8', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), 'a.html', 'binary'],
    ['PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), 'a.png', 'binary'],
  ])('%s', (_name, bytes, path, expected) => {
    expect(detectFormat(bytes, path)).toBe(expected);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => expect(decodeText(utf8('\ufeffHallo'))).toBe('Hallo'));
  it('keeps text without a BOM unchanged', () => expect(decodeText(utf8('Zürich – “quoted”'))).toBe('Zürich – “quoted”'));
  it('returns null for bytes that are not UTF-8', () => expect(decodeText(Buffer.from([0xff, 0xfe, 0x41]))).toBeNull());
  it('decodes an empty buffer to an empty string', () => expect(decodeText(Buffer.alloc(0))).toBe(''));
});
