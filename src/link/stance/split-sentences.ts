/**
 * Splits a text into rough sentences: after ".", "!" or "?" followed by space, and at line
 * breaks (FNC-1 bodies keep their paragraphs as lines). Abbreviations ("U.S. officials")
 * split too early sometimes, which only blurs the per-sentence features a little.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’')\]]?)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
