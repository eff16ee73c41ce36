import type { Analysis } from '../../domain/analysis.ts';
import type { Document } from '../../domain/document.ts';
import type { Span } from '../../domain/span.ts';
import type { Line } from '../boilerplate/line.ts';
import type { Stage } from '../stage.ts';
import { copyrightNotice } from '../boilerplate/copyright-notice.ts';
import { linesOf } from '../boilerplate/lines-of.ts';
import { syndicationNotice } from '../boilerplate/syndication-notice.ts';
import { readByline } from './read-byline.ts';
import { looksLikeHeadline } from './looks-like-headline.ts';

/**
 * What a plain-text article says about itself: its headline (the first line that is not
 * boilerplate, when it reads as one), the outlet it was syndicated from ("This article was
 * originally published on Example Times") and its publisher (a copyright line, "© 2019
 * Example Post", or a byline naming the outlet) and publication date ("By Jane Roe |
 * Example Post | 2031-03-06"). What the source already knew (a feed's
 * title) is kept; nothing is guessed. Runs after `boilerplate`, whose spans it reads: the
 * notices it takes the outlet and publisher from are among them.
 */
export const headline: Stage = {
  name: 'headline',
  run(input): Analysis {
    const doc = input.doc;
    // The headline and a byline are among the first lines, after at most a few of boilerplate.
    const lines = linesOf(doc.text, 16);
    const kept = keptLines(lines, input.boilerplate);
    const first = kept[0];
    const found: { -readonly [K in keyof Document]?: Document[K] } = {};

    if (doc.title !== undefined) {
      if (first && !doc.titleSpan && same(first.text, doc.title)) found.titleSpan = span(first);
    } else if (first && looksLikeHeadline(first, kept[1])) {
      found.title = first.text;
      found.titleSpan = span(first);
    }
    // Notices are boilerplate: read them there, the last one first.
    for (let i = input.boilerplate.length - 1; i >= 0; i--) {
      const s = input.boilerplate[i];
      if (!s) continue;
      const text = doc.text.slice(s.start, s.end);
      if (doc.syndicatedFrom === undefined && found.syndicatedFrom === undefined) {
        const source = syndicationNotice(text)?.source;
        if (source) found.syndicatedFrom = source;
      }
      if (doc.publisher === undefined && found.publisher === undefined) {
        const holder = copyrightNotice(text)?.holder;
        if (holder) found.publisher = holder;
      }
    }
    for (let i = 0; i < Math.min(kept.length, 6); i++) {
      const byline = readByline(kept[i]?.text ?? '');
      if (!byline) continue;
      if (doc.publisher === undefined && found.publisher === undefined) found.publisher = byline.publisher;
      if (doc.published === undefined && byline.published) found.published = byline.published;
      break;
    }
    return Object.keys(found).length ? { ...input, doc: { ...doc, ...found } } : input;
  },
};

/**
 * The lines, or what is left of them, outside the boilerplate spans: "Latest News===The
 * minister said" keeps "The minister said" (with its offsets).
 */
function keptLines(lines: readonly Line[], boilerplate: readonly Span[]): Line[] {
  const out: Line[] = [];
  let b = 0;
  for (const line of lines) {
    while (b < boilerplate.length && (boilerplate[b]?.end ?? 0) <= line.start) b++;
    let start = line.start;
    let end = line.end;
    for (let k = b; k < boilerplate.length; k++) {
      const s = boilerplate[k];
      if (!s || s.start >= line.end) break;
      if (s.start <= start) start = Math.max(start, s.end);
      else if (s.end >= end) end = Math.min(end, s.start);
    }
    const text = line.text.slice(start - line.start, end - line.start);
    const lead = text.length - text.trimStart().length;
    const t = text.trim();
    if (t) out.push({ ...line, start: start + lead, end: start + lead + t.length, text: t });
  }
  return out;
}

function span(line: Line): Span {
  return { start: line.start, end: line.end };
}

function same(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
