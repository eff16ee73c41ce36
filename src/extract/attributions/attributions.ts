import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import type { Span } from '../../domain/span.ts';
import { cueEntry } from '../cues/cues.ts';
import type { Stage } from '../stage.ts';
import type { AttributionContext } from './attribution-context.ts';
import { attributeCue } from './attribute-cue.ts';
import { attributionKind } from './attribution-kind.ts';
import { continuationQuotes } from './continuation-quotes.ts';
import { transcriptTurns } from './transcript-turns.ts';

/**
 * Who said what: each cue outside a quotation and outside boilerplate, with its source
 * and content by the rules in attribute-cue.ts; then the quotations that continue a
 * speaker, and the turns of an interview transcript ("WALLACE: ..."). Speakers and stance are filled by later stages.
 */
export const attributions: Stage = {
  name: 'attributions',
  run(input): Analysis {
    const ctx: AttributionContext = { text: input.doc.text, tokens: input.tokens, sentences: input.sentences, quotes: input.quotes, mentions: input.mentions };
    const inBoilerplate = (s: Span): boolean => input.boilerplate.some((b) => b.start < s.end && s.start < b.end);
    const inQuote = (pos: number): boolean => input.quotes.some((q) => q.start < pos && pos < q.end);
    const found: Attribution[] = [];
    let sentence = -1;
    let previousSource: Span | null = null;
    for (const cue of input.cues) {
      if (inQuote(cue.start) || inBoilerplate(cue)) continue;
      const sIdx = input.tokens[cue.head]?.sentence ?? -1;
      const s = input.sentences[sIdx];
      if (!s) continue;
      if (sIdx !== sentence) previousSource = null;
      sentence = sIdx;
      // a cue inside what someone else is reported to have said is part of that content
      // ("Voss denied the report was verified"): each word belongs to one attribution
      if (found.some((a) => a.content.start <= cue.start && cue.end <= a.content.end)) continue;
      const entry = cueEntry(cue.lemma);
      for (const r of attributeCue(ctx, s, cue, previousSource)) {
        if (entry?.needsClause && r.content.end - r.content.start < 8) continue;
        if (found.some((a) => a.content.start === r.content.start && a.content.end === r.content.end)) continue;
        if (r.source) previousSource = r.source;
        found.push({
          kind: attributionKind(ctx.text, r.content, input.quotes),
          content: r.content,
          cue: r.cue,
          source: r.source,
          speaker: null,
          stance: entry?.stance ?? 'asserts',
          negated: r.negated,
          tense: r.tense,
          cueLemma: r.cueLemma,
        });
      }
    }
    // a turn holds what its speaker said, attributions reported inside it included
    const turns = transcriptTurns(input).filter((t) => !found.some((a) => a.content.start === t.content.start && a.content.end === t.content.end));
    const all = [...found, ...continuationQuotes(ctx, found, inBoilerplate), ...turns];
    // document order, with speakerFrom indices following their attributions
    const order = all.map((_, i) => i).sort((x, y) => (all[x] as Attribution).content.start - (all[y] as Attribution).content.start);
    const newIndex = new Map(order.map((oldI, newI) => [oldI, newI]));
    const sorted = order.map((i) => {
      const a = all[i] as Attribution;
      return a.speakerFrom === undefined ? a : { ...a, speakerFrom: newIndex.get(a.speakerFrom) ?? a.speakerFrom };
    });
    return { ...input, attributions: sorted };
  },
};
