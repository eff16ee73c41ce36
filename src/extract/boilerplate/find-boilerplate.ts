import type { Span } from '../../domain/span.ts';
import type { BoilerplateRule } from './boilerplate-rule.ts';
import { boilerplateRules } from './boilerplate-rules.ts';
import { linesOf } from './lines-of.ts';

/** The boilerplate spans of a text under the given rules: sorted, overlaps merged. */
export function findBoilerplate(text: string, rules: readonly BoilerplateRule[] = boilerplateRules): Span[] {
  const out: Span[] = [];
  const lines = linesOf(text);
  for (const line of lines) {
    let found: Span[] | undefined;
    for (const rule of rules) {
      if (rule.maxLength !== undefined && line.text.length > rule.maxLength) continue;
      const spans = rule.match(line, lines);
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i];
        if (s && s.end > s.start) (found ??= []).push(s);
      }
    }
    if (!found) continue;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let start = -1;
    let end = -1;
    for (const s of found) {
      // Spans only white space apart are one span: "...Example Times. Read the original article."
      if (start >= 0 && (s.start <= end || line.text.slice(end, s.start).trim() === ''))
        end = Math.max(end, s.end);
      else {
        if (start >= 0) out.push(trimmed(line.text, line.start, start, end));
        start = s.start;
        end = s.end;
      }
    }
    if (start >= 0) out.push(trimmed(line.text, line.start, start, end));
  }
  return out.filter((s) => s.end > s.start);
}

/** A span of a line, without white space at its ends, as offsets into the document. */
function trimmed(line: string, offset: number, start: number, end: number): Span {
  const piece = line.slice(start, end);
  const s = start + piece.length - piece.trimStart().length;
  const e = end - (piece.length - piece.trimEnd().length);
  return { start: offset + s, end: offset + Math.max(s, e) };
}
