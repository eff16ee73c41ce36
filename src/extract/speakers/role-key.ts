import { PLACE_KEY } from '../mentions/gazetteer/places.ts';
import { roleOf } from '../mentions/find-mentions.ts';

/**
 * What a role description says, as a key that other descriptions of the same role share:
 * its head noun's synonym group and the place it is tied to. "Chechnyan leader",
 * "Chechen President", "Chechnya’s president" and "the Chechen leader" are all
 * `president@Chechnya`; "the newspaper" and "the paper" are `newspaper@`.
 */
/** A capitalised modifier as a place key: the gazetteer's place, else its stem ("Karsovian" and "Karsovia’s" → "karsov"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'another', 'former', 'then', 'new', 'acting', 'deputy', 'senior', 'chief', 'top', 'regional', 'local', 'national', 'state', 'federal']);

function placeOf(word: string): string {
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return '';
  const known = PLACE_KEY.get(lower);
  if (known) return known;
  return /^\p{Lu}/u.test(word) ? lower.replace(/(ians?|ans?|ese|ish|ia|a|i|y)$/, '') : '';
}

export function roleKey(roleText: string): { head: string; place: string; owner: string } | undefined {
  const words = roleText.replace(/['’]s\b/g, ' ').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  let head: string | undefined;
  let headAt = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] ?? '').toLowerCase();
    if (w === 'for' || w === 'of') continue;
    const r = roleOf(w);
    if (r) {
      head = r.key;
      headAt = i;
      break;
    }
  }
  if (!head) return undefined;
  let place = '';
  for (let i = 0; i < headAt; i++) {
    const p = placeOf(words[i] ?? '');
    if (p && !roleOf((words[i] ?? '').toLowerCase())) place = p;
  }
  // "the mayor of Brannock": a place; "a spokesperson for Vladimir Putin": whom the role serves
  const ofAt = words.findIndex((w, i) => i > headAt && /^of$/i.test(w));
  const forAt = words.findIndex((w, i) => i > headAt && /^for$/i.test(w));
  if (ofAt >= 0 && !place) place = placeOf(words.slice(ofAt + 1).filter((w) => !/^the$/i.test(w))[0] ?? '');
  const owner = forAt >= 0 ? words.slice(forAt + 1).join(' ').toLowerCase() : '';
  return { head, place, owner };
}
