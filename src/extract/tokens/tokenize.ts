import type { Analysis } from '../../domain/analysis.ts';
import type { Sentence, Token } from '../../domain/token.ts';
import type { Stage } from '../stage.ts';
import { scanTokens } from './scan-tokens.ts';
import { splitSentences } from './split-sentences.ts';
import { tagTokens } from './tag-tokens.ts';

/**
 * Sentences and tokens with character offsets into the text and part-of-speech tags.
 * It reproduces what wink-nlp gave this project (its tokens, its English model's tags,
 * its sentences) from a model distilled from wink (models/pos-lexicon.json, loaded once
 * into `ctx.tokens`), without running wink: a one-pass scanner, a rule-based sentence
 * splitter, a lexicon-and-context tagger. Conventions the later stages rely on:
 * a line break always ends a sentence (headlines, bylines and paragraphs stand on lines
 * of their own, often without final punctuation: "...has had to flee Russia.\n\nChechnyan
 * leader ..."), a blank line starts a new paragraph, and a closing quote after the end of
 * a sentence belongs to it ("... never had the idea.”").
 */
export const tokenize: Stage = {
  name: 'tokens',
  run(input, ctx): Analysis {
    const text = input.doc.text;
    const model = ctx.tokens;
    const { starts, ends } = scanTokens(text, model.tokenizer);
    const sentences = splitSentences(text, starts, ends, model);
    const tags = tagTokens(text, starts, ends, sentences, model.tagger);
    const names = model.tagger.tagNames;
    const tokens: Token[] = [];
    for (let si = 0; si < sentences.length; si++) {
      const { tokenStart, tokenEnd } = sentences[si] as Sentence;
      for (let i = tokenStart; i < tokenEnd; i++) {
        const t = text.slice(starts[i], ends[i]);
        tokens.push({ start: starts[i] as number, end: ends[i] as number, text: t, lower: lowered(t), pos: names[tags[i] as number] as string, sentence: si });
      }
    }
    return { ...input, tokens, sentences };
  },
};

/** `t.toLowerCase()`, without making a copy of the four tokens in five that are lowercase already. */
function lowered(t: string): string {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0xc0) return t.toLowerCase();
  }
  return t;
}
