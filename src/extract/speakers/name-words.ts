import { TITLES } from '../mentions/gazetteer/org-words.ts';

/**
 * The words of a name, normalised for matching spellings of one name: case and accents
 * folded, titles and possessives dropped, doubled letters collapsed ("Gazetta" =
 * "Gazeta"), "ks" = "x" ("Maksim" = "Maxim"), "ay" = "a" before a vowel-less ending
 * ("Bakayev" = "Bakaev").
 */
export function nameWords(name: string): string[] {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(name);
  const folded = (ascii ? name : name.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase().replace(/['’]s\b/g, '');
  const out: string[] = [];
  for (const w of folded.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)) {
    if (!w || w === 'the' || TITLES.has(w) || TITLES.has(`${w}.`)) continue;
    out.push(/(.)\1|ks|ay|iy$/.test(w) ? w.replace(/(.)\1+/g, '$1').replace(/ks/g, 'x').replace(/ay(?=ev|ov|in)/g, 'a').replace(/iy$/g, 'y') : w);
  }
  return out;
}

/** Whether every word of `short` occurs in `long`: "Kadyrov" and "Ramzan" in "Ramzan Kadyrov". */
export function isPartOf(short: readonly string[], long: readonly string[]): boolean {
  return short.length > 0 && short.every((w) => long.includes(w));
}
