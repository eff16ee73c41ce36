import type { Line } from './line.ts';
import { sentenceStarts } from './sentence-starts.ts';

/**
 * The non-blank lines of a text, trimmed, with their offsets; `\r\n` and `\r` count as
 * line breaks too. With `limit`, only the first that many.
 */
export function linesOf(text: string, limit = Infinity): Line[] {
  const lines: { -readonly [K in keyof Line]: Line[K] }[] = [];
  const lone = text.includes('\r');
  let blankBefore = true;
  let pos = 0;
  const n = text.length;
  // One line more than asked for tells whether a blank line follows the last one.
  while (pos <= n && lines.length <= limit) {
    let stop = text.indexOf('\n', pos);
    if (stop < 0) stop = n;
    let next = stop + 1;
    if (lone) {
      const cr = text.indexOf('\r', pos);
      if (cr >= 0 && cr < stop) {
        next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        stop = cr;
      }
    }
    let s = pos;
    let e = stop;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const prev = lines[lines.length - 1];
      if (prev && blankBefore) prev.blankAfter = true;
      const t = text.slice(s, e);
      lines.push({
        start: s,
        end: e,
        text: t,
        index: lines.length,
        blankBefore,
        blankAfter: false,
        sentenceStarts: sentenceStarts(t),
      });
      blankBefore = false;
    } else if (lines.length > 0) {
      blankBefore = true;
    }
    pos = next;
  }
  if (lines.length > limit) {
    lines.length = limit;
    return lines;
  }
  const last = lines[lines.length - 1];
  if (last) last.blankAfter = true;
  return lines;
}

/** White space as String.prototype.trim sees it. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
