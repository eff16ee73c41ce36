import type { Span } from '../../domain/span.ts';

/**
 * Paragraphs: stretches of text between line breaks. Plain-text news puts each paragraph
 * on its own line; a quotation never runs across a line break in them except by the
 * open-quote convention, which findQuotes handles.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/u.test(text[s] ?? '')) s++;
      while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}
