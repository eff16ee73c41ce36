/** Words that carry no proposition: function words and reporting words. */
const STOP = new Set(
  `a an the and or but if of in on at to for from by with about as into over after before than that this these those
it its it's is are was were be been being has have had do does did will would can could should may might must shall
he she they we i you him her them us me his hers their our my your who whom whose which what when where why how
not no nor so such very just also only even more most some any all each both other there here then now said says say
told tells according claimed claims denied denies added adds insisted reported reports report allegations allegation
claim reports alleged statement statements`.split(/\s+/),
);

/**
 * The content words of a text, lower-cased and crudely stemmed ("detained", "detaining" →
 * "detain"; "killings" → "killing" → "kill"), for comparing what statements are about.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(w.length > 5 ? w.replace(/(ings?|ed|es|s)$/, '') : w);
  }
  return out;
}
