/** How far back from the end of a line sentence starts are looked for: notices close a paragraph. */
export const SENTENCE_WINDOW = 250;

/**
 * Where sentences begin in one line: at 0, and after a full stop, question or exclamation
 * mark (and any closing quotes or brackets) followed by white space or a capital ("... he
 * said. This article ...", "... in this area."Latest News"), within the last
 * `SENTENCE_WINDOW` characters. "Example.com" holds no sentence start. Notices and glued
 * labels are looked for only at these places.
 */
export function sentenceStarts(text: string, window = SENTENCE_WINDOW): number[] {
  const starts = [0];
  const ends = /[.!?\u2026]["'\u201d\u2019)\]\u00bb]*(\s*)/gu;
  ends.lastIndex = Math.max(0, text.length - window);
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= text.length) break;
    const c = text.charCodeAt(at);
    if (at > 0 && (m[1] || (c >= 65 && c <= 90))) starts.push(at);
  }
  return starts;
}
