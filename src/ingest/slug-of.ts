/**
 * A short name made of the text's words: "Harbour board denies dredging caused flooding"
 * → `harbour-board-denies-dredging-caused-flooding`. Accents are dropped, letters of any
 * script kept (a Greek or Chinese title still names its document), at most `max`
 * characters, cut at a word. Empty when the text has no letters or digits.
 */
export function slugOf(text: string, max = 80): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) return out || w.slice(0, max);
    out = next;
  }
  return out;
}
