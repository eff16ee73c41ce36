/** Sentence splitter: after . ! ? (and a closing quote), or at a line break. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’]?)\s+|\n+/u;

/**
 * The sentences of five words or more of a text, lower-cased, white space collapsed:
 * what `sharedSentenceShare` compares. Shorter ones ("He denied it.") recur by chance.
 */
export function sentenceSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of text.toLowerCase().split(SENTENCE_BREAK)) {
    const t = s.replace(/\s+/gu, ' ').trim();
    if (t.split(' ').length >= 5) out.add(t);
  }
  return out;
}
