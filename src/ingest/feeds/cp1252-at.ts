/** Windows-1252's printable characters at 0x80–0x9F. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The character Windows-1252 puts at a C1 control position (0x80–0x9F), else the code
 * point itself. Feeds that write `&#146;` or carry the raw C1 character mean the curly
 * quote ("don&#146;t"), never the control, so browsers and feed readers read it so.
 */
export function cp1252At(code: number): string {
  return code >= 0x80 && code <= 0x9f ? (CP1252[code - 0x80] ?? '') : String.fromCodePoint(code);
}
