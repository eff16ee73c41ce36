/**
 * A quick "certainly not a lexeme" test before cutting a chunk out of the text for a
 * Map lookup: two bits per (length, first two and last characters) in a 2^15-bit set,
 * 4 KB, small enough to stay in cache between documents. Nine chunks in ten are plain
 * words that are no lexeme; about one in fifty passes by chance.
 */
export const lexemeFilter = {
  build(lexemes: Iterable<string>): Uint32Array {
    const bits = new Uint32Array(1 << 10);
    for (const w of lexemes) {
      if (w.length === 0) continue;
      const h = lexemeFilter.hash(w, 0, w.length);
      for (const b of [h & 0x7fff, h >>> 17]) bits[b >>> 5] = (bits[b >>> 5] ?? 0) | (1 << (b & 31));
    }
    return bits;
  },

  /** Whether text[s, e) may be a lexeme; `bits` from `build`. */
  test(bits: Uint32Array, text: string, s: number, e: number): boolean {
    const h = lexemeFilter.hash(text, s, e);
    const a = h & 0x7fff;
    const b = h >>> 17;
    return ((bits[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  },

  hash(text: string, s: number, e: number): number {
    const h = Math.imul(text.charCodeAt(s) * 65599 + text.charCodeAt(e - 1) * 31 + text.charCodeAt(s + 1 < e ? s + 1 : s), 0x9e3779b1) ^ Math.imul(e - s, 0x85ebca6b);
    return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  },
} as const;
