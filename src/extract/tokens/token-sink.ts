import { lexemeFilter } from './lexeme-filter.ts';
import type { TokenizerLexicon } from './tokenizer-lexicon.ts';

/**
 * Where the scanner puts tokens: parallel arrays of [start, end) offsets into `text`,
 * plus the lexicon lookups wink's tokeniser makes on the way. One per document.
 */
export class TokenSink {
  readonly text: string;
  readonly lexicon: TokenizerLexicon;
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(text: string, lexicon: TokenizerLexicon) {
    this.text = text;
    this.lexicon = lexicon;
  }

  /** One token as it stands, never split: wink's `_addToken`. */
  emit(s: number, e: number): void {
    if (e <= s) return;
    this.starts.push(s);
    this.ends.push(e);
  }

  /**
   * One token, but a known contraction comes out in its parts ("don't" → "do" "n't",
   * "cannot" → "can" "not"): wink's `_addTokenIfInCache`.
   */
  emitKnown(s: number, e: number): void {
    const parts = this.parts(s, e);
    if (parts === undefined || parts.length === 0) {
      this.emit(s, e);
      return;
    }
    let at = s;
    for (const len of parts) {
      this.emit(at, at + len);
      at += len;
    }
  }

  /** Whether wink's lexicon holds this exact text ("U.S.", "e-mail", "Mr.", "don't"). */
  isLexeme(s: number, e: number): boolean {
    return this.parts(s, e) !== undefined;
  }

  /** The lexeme's part lengths ([] when kept whole), or undefined for no lexeme. */
  parts(s: number, e: number): readonly number[] | undefined {
    if (!lexemeFilter.test(this.lexicon.filter, this.text, s, e)) return undefined;
    return this.lexicon.lexemes.get(this.text.slice(s, e));
  }
}
