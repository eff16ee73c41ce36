const LOWER_PAIR = /\p{Ll}\p{Ll}/u;
const UPPER_LETTERS = /\p{Lu}/u;

/**
 * True when a line is written in capitals: no two lower-case letters in a row and at
 * least six capitals ("YOUR FAVORITE SHOWS ARE NOW STREAMING", "SUBSCRIBE TO OUR NEWSLETTER").
 */
export function isAllCaps(text: string): boolean {
  if (LOWER_PAIR.test(text) || !UPPER_LETTERS.test(text)) return false;
  let upper = 0;
  for (const ch of text) if (UPPER_LETTERS.test(ch)) upper++;
  return upper >= 6;
}
