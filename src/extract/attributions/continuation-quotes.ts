import type { Attribution } from '../../domain/attribution.ts';
import type { Span } from '../../domain/span.ts';
import type { AttributionContext } from './attribution-context.ts';

/**
 * Quotations no cue claims, standing as sentences of their own right after an attributed
 * statement in the same or the next paragraph, continue that speaker:
 * ‘"Using the most unworthy methods, reality is distorted," he complained. "Attempts are
 * being made to blacken our society ..."’. They take the speaker of the attribution before.
 */
export function continuationQuotes(ctx: AttributionContext, found: readonly Attribution[], inBoilerplate: (s: Span) => boolean): Attribution[] {
  const out: Attribution[] = [];
  const all = (): { a: Attribution; i: number }[] => [...found, ...out].map((a, i) => ({ a, i }));
  for (const q of ctx.quotes) {
    if (inBoilerplate(q)) continue;
    if (found.some((a) => a.content.start < q.end && q.start < a.content.end)) continue;
    const sorted = all().sort((x, y) => x.a.content.start - y.a.content.start);
    const sIdx = ctx.sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
    const s = ctx.sentences[sIdx];
    if (!s || q.start !== s.start) continue;
    // the quote must be the whole sentence (or run past it)
    const tail = ctx.text.slice(q.end, s.end);
    if (!/^[\s.,!?]*$/.test(tail) && q.end < s.end) continue;
    let prev: { a: Attribution; i: number } | undefined;
    for (const x of sorted) if (x.a.content.end <= q.start) prev = x;
    if (!prev) continue;
    const prevSentence = ctx.sentences.find((x) => x.start <= prev.a.content.start && prev.a.content.start < x.end);
    if (!prevSentence || s.paragraph - prevSentence.paragraph > 1) continue;
    // nothing else but other quotes between the two
    const between = ctx.text.slice(prev.a.content.end, q.start);
    if (between.length > 400) continue;
    out.push({
      kind: 'direct',
      content: { start: q.start, end: q.end },
      cue: null,
      source: null,
      speaker: null,
      stance: 'asserts',
      speakerFrom: prev.i,
    });
  }
  return out;
}
