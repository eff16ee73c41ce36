import type { Analysis } from '../../domain/analysis.ts';
import type { Span } from '../../domain/span.ts';
import type { Sentence } from '../../domain/token.ts';
import { firstTokenFrom } from './first-token-from.ts';

/**
 * Who asserts a figure: the speaker of the attribution whose content holds it ("Police said
 * 26 people were held" gives the police's name), else the subject of its sentence when that
 * is a mention resolved to an entity ("The Lantern Trust has managed to get 40 people into
 * hiding" gives "Lantern Trust"). The subject is the first mention before the figure with no
 * verb before it in the sentence and no preposition right before it ("In Grozny, police ...":
 * not Grozny). Undefined when neither is known.
 */
export function figureSource(a: Readonly<Analysis>, amount: Span, sentence: Sentence): string | undefined {
  let speaker: string | undefined;
  let width = Infinity;
  for (const att of a.attributions) {
    if (att.speaker && att.content.start <= amount.start && amount.end <= att.content.end && att.content.end - att.content.start < width) {
      speaker = att.speaker;
      width = att.content.end - att.content.start;
    }
  }
  if (speaker) return speaker;
  const tokens = a.tokens;
  let subject: (typeof a.mentions)[number] | undefined;
  for (const m of a.mentions) {
    if (m.start < sentence.start || m.start >= amount.start) continue;
    if (!subject || m.start < subject.start) subject = m;
  }
  if (!subject || subject.entity === undefined) return undefined;
  const at = firstTokenFrom(tokens, subject.start);
  for (let i = sentence.tokenStart; i < at; i++) {
    const pos = tokens[i]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return undefined;
  }
  let p = at - 1;
  while (p >= sentence.tokenStart && tokens[p]?.pos === 'DET') p--;
  if (p >= sentence.tokenStart && tokens[p]?.pos === 'ADP') return undefined;
  return a.entities[subject.entity]?.name;
}
