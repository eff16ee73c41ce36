import { porterStem } from './porter-stem.ts';

/** Drops a possessive and stems, so "Farrant's" meets "Farrant" and "quakes" meets "quake". */
export function stemWord(word: string): string {
  return porterStem(word.replace(/['’]s$/u, ''));
}
