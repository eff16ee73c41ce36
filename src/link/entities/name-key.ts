/**
 * Name words folded so that spellings and transliterations of one name meet: case and
 * accents, "the", possessives and titles dropped; doubled letters single ("Gazetta" =
 * "Gazeta"); "ks" = "x" ("Maksim" = "Maxim"); "ay"/"ai" before -ev/-ov = "a" ("Bakayev" =
 * "Bakaev"); "ya"/"ia" = "ia" ("Natalya" = "Natalia"); initial "ye" = "e" ("Yelena" =
 * "Elena"); "ph" = "f"; a final "iy"/"yi" = "y" ("Dmitriy" = "Dmitry").
 */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'lt', 'st']);

export function nameKey(name: string): string[] {
  // eslint-disable-next-line no-control-regex
  const folded = (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase().replace(/['’]s\b/g, '');
  const out: string[] = [];
  for (const w of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!w || w === 'the' || TITLES.has(w)) continue;
    out.push(
      w
        .replace(/(.)\1+/g, '$1')
        .replace(/ks/g, 'x')
        .replace(/ph/g, 'f')
        .replace(/a[yi](?=[eo]v)/g, 'a')
        .replace(/ya/g, 'ia')
        .replace(/^ye/, 'e')
        .replace(/(iy|yi)$/, 'y'),
    );
  }
  return out;
}

/** Whether two folded words are the same name allowing one slip in a long word ("Kadyrov"/"Kadirov"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
