import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import type { Span } from '../../domain/span.ts';
import type { Token } from '../../domain/token.ts';
import { attributionKind } from '../attributions/attribution-kind.ts';
import { TURN_CUE } from '../attributions/transcript-turns.ts';
import { cueEntry, cueLemma } from '../cues/cues.ts';
import type { Stage } from '../stage.ts';
import type { CueSpan } from './cue-relations.ts';
import { tagDocument } from './tag-document.ts';

/**
 * Who said what, by the trained taggers (trained on PolNeAR train by `npm run train`):
 * cues, then the sources and contents around them, with what the rules found among the
 * features. A content with no cue continues the attribution before it. Without models in
 * the context the rules' attributions stand.
 */
export const attributionTagger: Stage = {
  name: 'tagger',
  run(input, ctx): Analysis {
    const models = ctx.attributionModels;
    if (!models) return input;
    const { tokens } = input;
    const inBoilerplate = (s: Span): boolean => input.boilerplate.some((b) => b.start < s.end && s.start < b.end);
    const out: Attribution[] = [];
    const tagged = tagDocument(models, input);
    for (const l of tagged) {
      const content = andThatClause(input, spanOf(tokens, l.content));
      if (inBoilerplate(content) || isAdjunct(input, l.content)) continue;
      // a word or two left over beside a real statement is a tagging slip, not a statement:
      // "... the newspaper had never contacted her before publishing it" gives no "it";
      // "“...,” Korvash wrote on her Telegram channel" gives no "her Telegram channel"
      const words = l.content.last - l.content.first + 1;
      const sharesCue = l.cue !== undefined && tagged.some((o) => o !== l && o.cue === l.cue && o.content.last - o.content.first + 1 > words);
      if (words < 2 || (sharesCue && words <= 4 && !/^["“‘«]/.test(input.doc.text.slice(content.start, content.end)))) continue;
      const taggedCue = l.cue ? spanOf(tokens, l.cue) : null;
      // "Korvash wrote on her Telegram channel": the lexicon's cue "wrote" and a preposition
      // the tagger added; the preposition opens the channel, it is not part of the cue
      const lexical = taggedCue ? input.cues.find((c) => c.start === taggedCue.start && c.end < taggedCue.end) : undefined;
      const cue = taggedCue && lexical && /^\s+(on|in|via|through|at)$/i.test(input.doc.text.slice(lexical.end, taggedCue.end)) ? { start: lexical.start, end: lexical.end } : taggedCue;
      // a content that holds its own cue is a tagging slip: "…, his colleagues said. Two men
      // were killed …" as the content of "said" (the rules' reading stands instead)
      // (a quotation around its cue, "“…,” he said, “…”", is one content and stays)
      if (cue && cue.start >= content.start && cue.end < content.end && /^\s*[.!?]/.test(input.doc.text.slice(cue.end, content.end))) continue;
      const lemma = l.cue ? lemmaOf(input, l.cue) : undefined;
      const known = cue ? input.cues.find((c) => c.start < cue.end && cue.start < c.end) : undefined;
      const prev = out.length - 1;
      out.push({
        kind: attributionKind(input.doc.text, content, input.quotes),
        content,
        cue,
        source: l.source ? spanOf(tokens, l.source) : null,
        speaker: null,
        stance: (lemma ? cueEntry(lemma)?.stance : undefined) ?? 'asserts',
        ...(lemma ? { cueLemma: lemma } : {}),
        ...(known ? { negated: known.negated, tense: known.tense } : {}),
        ...(!cue && prev >= 0 ? { speakerFrom: -1 } : {}),
      });
    }
    // A tagged cue that is no reporting word and sits inside what the rules read, with a
    // reporting word, as reported content is a slip: "Anton Lunn, a 41-year-old blasting
    // technician, drowned …, his colleagues said" gives no cue "blasting".
    const knownCue = (c: Span): boolean => input.cues.some((k) => k.start < c.end && c.start < k.end);
    // A transcript's turn ("WALLACE: ...") is read by its layout, which the tagger does not
    // see: a tagged content that takes in the turn's "WALLACE:" gives way to it; one reported
    // inside the turn stays.
    const turns = input.attributions.filter((r) => r.cueLemma === TURN_CUE);
    const merged = out.filter(
      (m) =>
        !turns.some((r) => m.content.start < r.content.start && r.content.start < m.content.end) &&
        (!m.cue || knownCue(m.cue) || !input.attributions.some((r) => r.cue && knownCue(r.cue) && r.content.start <= m.cue!.start && m.cue!.end <= r.content.end)),
    );
    // what the rules found and the tagger did not: above all quotations that go on with no
    // cue of their own ("“You cannot arrest ...”" after "Kadyrov had previously insisted ..."),
    // which PolNeAR's annotators rarely mark but a reader wants attributed
    for (const r of input.attributions) {
      if (r.cueLemma === TURN_CUE) {
        merged.push(r);
        continue;
      }
      if (merged.some((m) => m.content.start < r.content.end && r.content.start < m.content.end)) continue;
      if (r.cue && merged.some((m) => m.cue && m.cue.start < r.cue!.end && r.cue!.start < m.cue.end)) continue;
      merged.push(r.speakerFrom === undefined ? r : { ...r, speakerFrom: -1 });
    }
    return { ...input, attributions: ordered(merged) };
  },
};

/** Document order, with continuations pointing at the attribution just before them. */
function ordered(list: readonly Attribution[]): Attribution[] {
  const sorted = [...list].sort((a, b) => a.content.start - b.content.start);
  return sorted.map((a, i) => (a.speakerFrom === undefined ? a : i > 0 ? { ...a, speakerFrom: i - 1 } : (({ speakerFrom: _drop, ...rest }) => rest)(a)));
}

function spanOf(tokens: readonly Token[], s: CueSpan): Span {
  return { start: (tokens[s.first] as Token).start, end: (tokens[s.last] as Token).end };
}

/** The cue's lemma: the lexicon cue inside it, else the lexicon lemma of one of its words, else its last word. */
function lemmaOf(a: Readonly<Analysis>, s: CueSpan): string {
  const start = (a.tokens[s.first] as Token).start;
  const end = (a.tokens[s.last] as Token).end;
  const known = a.cues.find((c) => c.start < end && start < c.end);
  if (known) return known.lemma;
  for (let i = s.last; i >= s.first; i--) {
    const l = cueLemma((a.tokens[i] as Token).lower);
    if (l) return l;
  }
  return (a.tokens[s.last] as Token).lower;
}

/**
 * A content goes on over a second complement of the same cue: "said the article was "a
 * provocation" and that the newspaper had never contacted her" is one content, to the end of
 * its sentence.
 */
function andThatClause(a: Readonly<Analysis>, content: Span): Span {
  const after = /^,?\s+and that\s/.exec(a.doc.text.slice(content.end, content.end + 12));
  if (!after) return content;
  const sentence = a.sentences.find((s) => s.start <= content.end && content.end < s.end);
  if (!sentence) return content;
  // the sentence's full stop goes, a closing quotation mark stays: "… was “false.”"
  const end = a.doc.text.slice(0, sentence.end).replace(/[\s.!?]+$/u, '').length;
  return end > content.end ? { start: content.start, end } : content;
}

/**
 * Words around a cue that say when or where, not what: "said at the gala dinner in
 * Washington", "said Monday", "In an interview, she said". No verb, and a preposition or a
 * day first.
 */
function isAdjunct(a: Readonly<Analysis>, span: CueSpan): boolean {
  const words = a.tokens.slice(span.first, span.last + 1).filter((t) => t.pos !== 'PUNCT');
  const first = words[0];
  if (!first || words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return (first.pos === 'ADP' && first.lower !== 'of') || (words.length <= 2 && DAY.test(first.lower));
}

const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
