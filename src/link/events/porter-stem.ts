/**
 * The Porter (1980) stemmer, so that the inflections and derivations news uses for one
 * happening meet: "shooting", "shoots" and "shot" at least in part ("shoot"), "arrested"
 * and "arrests" ("arrest"), "elections" and "elected" ("elect"). Takes a lower-case word;
 * words of one or two letters come back as they are.
 */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  let w = word;
  // Step 1a: plurals. "ponies" -> "poni", "caresses" -> "caress", "cats" -> "cat".
  if (w.endsWith('sses') || w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Step 1b: past and progressive. "agreed" -> "agree", "hoping" -> "hope", "hopping" -> "hop".
  let cleanUp = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    cleanUp = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    cleanUp = true;
  }
  if (cleanUp) {
    if (/(?:at|bl|iz)$/u.test(w)) w += 'e';
    else if (doubleConsonant(w) && !/[lsz]$/u.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // Step 1c: "happy" -> "happi", so that "happiness" meets it.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  // Step 4: drop derivational endings where enough stem remains ("adjustment" -> "adjust").
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/u.test(stem))) w = stem;
    break;
  }
  // Step 5: a final e and a double l.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !cvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
// Longest first where one ends another ("ement" before "ment" before "ent").
const STEP4 = [
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'ion',
  'al',
  'er',
  'ic',
  'ou',
];

function replaceSuffix(w: string, rules: readonly (readonly [string, string])[], minMeasure: number): string {
  // The longest matching suffix decides, whether or not its condition then holds.
  let match: readonly [string, string] | undefined;
  for (const rule of rules)
    if (w.endsWith(rule[0]) && (match === undefined || rule[0].length > match[0].length)) match = rule;
  if (match === undefined) return w;
  const stem = w.slice(0, -match[0].length);
  return measure(stem) > minMeasure ? stem + match[1] : w;
}

/** Whether the letter at `i` is a consonant: y is one at the start or after a vowel. */
function consonant(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !consonant(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in the stem. */
function measure(stem: string): number {
  let m = 0;
  let previousVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const vowel = !consonant(stem, i);
    if (!vowel && previousVowel) m++;
    previousVowel = vowel;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!consonant(stem, i)) return true;
  return false;
}

function doubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && consonant(w, n - 1);
}

/** Consonant-vowel-consonant at the end, the last not w, x or y ("hop", not "snow"). */
function cvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  return consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) && !/[wxy]$/u.test(w);
}
