import type { Token } from '../../domain/token.ts';

/** Words that make a time adjunct: "on Tuesday", "last week", "earlier this month". */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow week weekend month year morning afternoon evening night earlier later last this recently january february march april may june july august september october november december'.split(' '),
);
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PUNCT', 'CCONJ']);

/** A word that can stand in a time adjunct. */
export function isTimeWord(t: Token): boolean {
  return TIME_WORDS.has(t.lower);
}

/**
 * Whether tokens [a, b) are an adjunct and nothing more: a prepositional or time phrase
 * ("in a statement", "on Monday", "on her Telegram channel") or a participle clause after
 * a comma (", referring to the leaked register"), with no finite verb of its own.
 */
export function isAdjunct(tokens: readonly Token[], a: number, b: number): boolean {
  let i = a;
  if (i >= b) return true;
  const first = tokens[i] as Token;
  if (first.text === ',') {
    const next = tokens[i + 1];
    if (next && next.lower.endsWith('ing') && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
    i++;
  }
  const head = tokens[i];
  if (!head || (head.pos !== 'ADP' && !isTimeWord(head))) return false;
  for (let k = i; k < b; k++) {
    const t = tokens[k] as Token;
    // a participle clause may follow: "on her Telegram channel, referring to an article published ..."
    if (t.text === ',' && tokens[k + 1]?.lower.endsWith('ing') && tokens[k + 1]?.pos === 'VERB') return true;
    if (!ADJUNCT_POS.has(t.pos) && !(t.pos === 'PRON' && /^(his|her|its|their|our)$/.test(t.lower))) return false;
  }
  return true;
}

/**
 * The index just past an adjunct that starts at `i` and ends right before a clause marker
 * ("said on Monday that ...", "said in a statement: “...”"), or `i` when there is none.
 */
export function skipAdjunctBeforeClause(tokens: readonly Token[], i: number, end: number, quoteStarts: (pos: number) => boolean): number {
  const head = tokens[i];
  if (!head || (head.pos !== 'ADP' && !isTimeWord(head)) || head.lower === 'that') return i;
  for (let k = i + 1; k < Math.min(end, i + 10); k++) {
    const t = tokens[k] as Token;
    if ((t.lower === 'that' && t.pos === 'SCONJ') || t.text === ':' || quoteStarts(t.start)) return isAdjunct(tokens, i, k) ? k : i;
    if (t.text === ',' && quoteStarts((tokens[k + 1] as Token | undefined)?.start ?? -1)) return isAdjunct(tokens, i, k) ? k : i;
  }
  return i;
}
