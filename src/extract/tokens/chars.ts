/** Bits of a Latin-1 character's classes in `LATIN1`. */
const BREAK = 1;
const LETTER = 2;
const DIGIT = 4;

/**
 * The classes of the 256 Latin-1 characters, one char code each: an immutable string is
 * the cheapest lookup table that is not mutable module state.
 */
const LATIN1 = String.fromCharCode(
  ...Array.from({ length: 256 }, (_, c) => {
    if (c === 0x20 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0x09) return BREAK;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) return LETTER;
    if (c >= 0x30 && c <= 0x39) return DIGIT;
    return 0;
  }),
);

/**
 * Character classes of the scanner, as char-code tests (switches and ranges, no regex):
 * wink-nlp's tokeniser decides with regular expressions over these same sets, and the
 * scanner reproduces its decisions one code unit at a time.
 */
export const chars = {
  /** Bits of `classOf`. */
  BREAK,
  LETTER,
  DIGIT,
  /**
   * The scanner's classes of a character at once: BREAK ends a chunk (a space of any
   * kind wink splits on, a tab, a line break), LETTER is a word character.
   */
  classOf(c: number): number {
    if (c < 0x100) return LATIN1.charCodeAt(c);
    if ((c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f) return BREAK;
    return (c >= 0x300 && c <= 0x36f) || c === 0x2060 ? LETTER : 0;
  },
  /** Ends a chunk: a space of any kind wink splits on, a tab or a line break. */
  isBreak(c: number): boolean {
    if (c < 0x100) return (LATIN1.charCodeAt(c) & BREAK) !== 0;
    return (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
  },
  /** A letter that can start a word: ASCII and Latin-1 letters ("café", "Zürich"), not "ł" or "ğ". */
  isLetter(c: number): boolean {
    return c < 0x100 && (LATIN1.charCodeAt(c) & LETTER) !== 0;
  },
  /** Inside a chunk that is a plain word: letters, combining accents, word joiner. */
  isWordChar(c: number): boolean {
    if (c < 0x100) return (LATIN1.charCodeAt(c) & LETTER) !== 0;
    return (c >= 0x300 && c <= 0x36f) || c === 0x2060;
  },
  /** Inside a word found within a longer chunk: word characters and digits ("COVID19"). */
  isAlnum(c: number): boolean {
    if (c < 0x100) return (LATIN1.charCodeAt(c) & (LETTER | DIGIT)) !== 0;
    return (c >= 0x300 && c <= 0x36f) || c === 0x2060;
  },
  isDigit(c: number): boolean {
    return c >= 0x30 && c <= 0x39;
  },
  isUpper(c: number): boolean {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  },
  /** Joins the parts of a word: "U.S", "e-mail", "o'clock", "AT&T". */
  isWordJoiner(c: number): boolean {
    return c === 0x2e || c === 0x2d || c === 0x2013 || c === 0x27 || c === 0x2019 || c === 0x26;
  },
  /** Hyphens a word splits on: "newly-launched", "2015–16" (en dash), "well—known" (em dash). */
  isHyphen(c: number): boolean {
    return c === 0x2d || c === 0x2013 || c === 0x2014;
  },
  /** The one mark a plain word may end with and be cut from: "said," "later." "(see below)". */
  isWordEnd(c: number): boolean {
    switch (c) {
      case 0x2019: case 0x201d: case 0x22: case 0x5d: case 0x29: case 0x7d: case 0x2026:
      case 0x2c: case 0x2e: case 0x21: case 0x3b: case 0x3f: case 0x2f: case 0x3a:
        return true;
      default:
        return false;
    }
  },
  /** A chunk of one of these alone is a punctuation token: "(", "”", "…", "/", "—". */
  isPunct(c: number): boolean {
    switch (c) {
      case 0x2019: case 0x27: case 0x2018: case 0x60: case 0x201c: case 0x201d: case 0x22:
      case 0x5b: case 0x5d: case 0x28: case 0x29: case 0x7b: case 0x7d: case 0x2026:
      case 0x2c: case 0x2e: case 0x21: case 0x3b: case 0x3f: case 0x2f: case 0x3a:
      case 0x2d: case 0x2013: case 0x2014: case 0xbf: case 0xa1:
        return true;
      default:
        return false;
    }
  },
  /** Symbols that are tokens of their own: "%", "&", "+", "°", "×". */
  isSymbol(c: number): boolean {
    switch (c) {
      case 0x7e: case 0x40: case 0x23: case 0x25: case 0x5e: case 0x2b: case 0x3d: case 0x2a:
      case 0x7c: case 0x3c: case 0x3e: case 0x26: case 0xa7: case 0xa9: case 0xb1: case 0xf7:
      case 0xd7: case 0xb0:
        return true;
      default:
        return false;
    }
  },
  /** Marks that are cut from anywhere inside a chunk: quotes, brackets, "…", "!", "?", ";". */
  isLoosePunct(c: number): boolean {
    switch (c) {
      case 0x2018: case 0x60: case 0x201c: case 0x201d: case 0x22: case 0x5b: case 0x5d:
      case 0x28: case 0x29: case 0x7b: case 0x7d: case 0x2026: case 0x21: case 0x3b: case 0x3f:
      case 0xbf: case 0xa1:
        return true;
      default:
        return false;
    }
  },
  /** Opening marks cut from the front of a chunk: "“We", "(AP", "[sic". */
  isOpener(c: number): boolean {
    switch (c) {
      case 0x2018: case 0x201c: case 0x22: case 0x5b: case 0x28: case 0x7b: case 0x2026: case 0x2d: case 0x2013:
        return true;
      default:
        return false;
    }
  },
  /** Closing marks cut from the end of a chunk ("rights.”", "2016)", "agreed:"); `dot` allows ".". */
  isCloser(c: number, dot: boolean, bracket: boolean): boolean {
    switch (c) {
      case 0x2019: case 0x27: case 0x201d: case 0x22: case 0x2026: case 0x2c: case 0x21: case 0x3b:
      case 0x3f: case 0x2d: case 0x2013: case 0x3a: case 0x964: case 0x965:
        return true;
      case 0x2e:
        return dot;
      case 0x5d: case 0x29: case 0x7d:
        return bracket;
      default:
        return false;
    }
  },
  /** Other marks cut wherever they stand: "-", "–", "—", ".", "'", "’", "/", ":", ",". */
  isSeparator(c: number): boolean {
    switch (c) {
      case 0x2d: case 0x2013: case 0x2014: case 0x2e: case 0x27: case 0x2019: case 0x2f: case 0x3a: case 0x2c:
        return true;
      default:
        return false;
    }
  },
  isApostrophe(c: number): boolean {
    return c === 0x27 || c === 0x2019;
  },
  /** What String.prototype.trim removes but the chunk splitter does not: BOM, form feed, odd spaces. */
  isTrimmable(c: number): boolean {
    return c === 0xfeff || c === 0x0b || c === 0x0c || c === 0x1680 || c === 0x2000 || c === 0x2001 || (c >= 0x2006 && c <= 0x2008) || c === 0x2028 || c === 0x2029 || c === 0x3000;
  },
} as const;
