import type { Span } from '../../domain/span.ts';

/**
 * The text without the given spans, for reading: a line left empty by a removal goes
 * with its line break, the pieces left on either side of a removal inside a line are
 * joined by one space ("... in this area."Latest News" gives "... in this area.""), and
 * paragraphs stay apart by one blank line. Line breaks come out as "\n".
 */
export function stripBoilerplate(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const lines: string[] = [];
  let k = 0;
  let pos = 0;
  for (;;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    while (k < sorted.length && (sorted[k]?.end ?? 0) <= pos) k++;
    let cursor = pos;
    let line = '';
    let removed = false;
    for (let j = k; j < sorted.length; j++) {
      const s = sorted[j];
      if (!s || s.start >= lineEnd) break;
      if (s.start > cursor) line = join(line, text.slice(cursor, s.start));
      cursor = Math.max(cursor, s.end);
      removed = true;
    }
    if (cursor < lineEnd) line = join(line, text.slice(cursor, lineEnd));
    if (removed) line = line.trimEnd();
    if (!(removed && line.trim() === '')) lines.push(line);
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Two pieces of one line around a removal: one space between them, never words glued. */
function join(left: string, right: string): string {
  if (left.trim() === '') return left + right.trimStart();
  return `${left.trimEnd()} ${right.trimStart()}`;
}
