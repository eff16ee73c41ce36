import type { Sentence } from '../../domain/token.ts';
import { chars } from './chars.ts';
import { wordClass } from './word-class.ts';
import { CONTEXT, type TaggerModel } from './token-model.ts';

/**
 * Part-of-speech tags, distilled from wink-nlp's tagger (scripts/train-pos.ts), greedy
 * left to right. A word the lexicon knows takes its usual tag unless one of its rules
 * fits the context: the tag just given and the next word's usual tag, e.g.
 * "to" PART before a verb ("to flee") and ADP before a noun ("to Russia"); "that" SCONJ
 * after a verb ("said that"), PRON before one ("that was"), DET before a noun; "'s"
 * PART after a noun ("Chechnya's leader"), AUX after a pronoun ("it's"); "release"
 * NOUN after a determiner, VERB after "to". An unknown word is tagged by its class:
 * shape and last letters ("Milashina" mid-sentence → PROPN, "rebranding" → VERB).
 * A capitalised sentence-initial word that is unknown as such is looked up lowercased
 * ("Flooding ..." as "flooding").
 * Returns tag ids (indexes into `model.tagNames`).
 */
export function tagTokens(text: string, starts: readonly number[], ends: readonly number[], sentences: readonly Sentence[], model: TaggerModel): Uint8Array {
  const n = starts.length;
  const words = model.words;
  const first = new Uint8Array(n + 1);
  for (const s of sentences) first[s.tokenStart] = 1;
  first[n] = 1;
  // each word's entry (-1 when the lexicon lacks it) and its usual tag, or its class's
  const entry = new Int32Array(n);
  const tags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    let w = words.find(text, s, e);
    if (w < 0 && first[i] && chars.isUpper(text.charCodeAt(s))) w = words.findLower(text, s, e);
    entry[i] = w;
    tags[i] = w >= 0 ? words.usual(w) : classTag(text, s, e, first[i] === 1, model);
  }
  // then the ambiguous ones by context, left to right
  for (let i = 0; i < n; i++) {
    const w = entry[i] as number;
    if (w < 0 || !words.ambiguous(w)) continue;
    const prev = first[i] ? CONTEXT.start : (tags[i - 1] as number);
    const next = first[i + 1] ? CONTEXT.end : (tags[i + 1] as number);
    const tag = words.rule(w, prev, next, CONTEXT.any);
    if (tag >= 0) tags[i] = tag;
  }
  return tags;
}

function classTag(text: string, s: number, e: number, sentenceStart: boolean, model: TaggerModel): number {
  const key = wordClass(text, s, e, sentenceStart);
  let tag = model.unknown.get(key);
  if (tag < 0) tag = model.unknown.get(key & wordClass.SHAPE);
  return tag < 0 ? model.noun : tag;
}
