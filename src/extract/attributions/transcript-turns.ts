import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import type { Span } from '../../domain/span.ts';

// "WALLACE: Governor, let me ask you ..." — a speaker's name in capitals and a colon opening
// a paragraph (after an opening quotation mark, when the transcript is quoted), as interview
// transcripts print each turn.
const TURN = /^(["“]?)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(\S[^\n]*)$/gmu;

/** The cue lemma of a transcript turn: what later stages know a turn by. */
export const TURN_CUE = ':';

/**
 * The turns of an interview transcript: each paragraph opened by a name in capitals and a
 * colon is what that person said, the colon its cue and the rest of the paragraph its content.
 * Paragraphs in boilerplate are skipped.
 */
export function transcriptTurns(input: Pick<Analysis, 'doc' | 'boilerplate'>): Attribution[] {
  const text = input.doc.text;
  const inBoilerplate = (s: Span): boolean => input.boilerplate.some((b) => b.start < s.end && s.start < b.end);
  const out: Attribution[] = [];
  for (const m of text.matchAll(TURN)) {
    const name = m[2] as string;
    const said = m[3] as string;
    const start = m.index + (m[1] as string).length;
    const colon = start + name.length;
    const content = { start: m.index + m[0].length - said.length, end: m.index + m[0].trimEnd().length };
    if (inBoilerplate(content) || said.trim().length < 2) continue;
    out.push({
      kind: 'direct',
      content,
      cue: { start: colon, end: colon + 1 },
      source: { start, end: colon },
      speaker: null,
      stance: 'asserts',
      cueLemma: TURN_CUE,
    });
  }
  return out;
}
