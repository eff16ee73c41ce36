import type { EntityKind } from '../../domain/entity-kind.ts';
import { FEMALE_NAMES, MALE_NAMES } from './gazetteer/first-names.ts';
import { ORG_FINAL, ORG_INITIAL, ORG_NAMES, TITLES } from './gazetteer/org-words.ts';
import { PLACE_DEMONYMS } from './gazetteer/places.ts';

const PLACE_NAMES = new Set([...PLACE_DEMONYMS.keys()].map((p) => p.toLowerCase()));

/**
 * What a capitalised name is, from its own words: a place from the gazetteer
 * ("Versailles"), an organisation by its last or first word ("Human Rights Watch",
 * "Ministry of Defence") or an acronym ("HRW"), a person by a given name or a title
 * ("Elena Milashina", "Mr Smith"); `other` when nothing tells.
 */
export function mentionKind(words: readonly string[], title: string | undefined): { kind: EntityKind; gender?: 'male' | 'female' } {
  const lower = words.map((w) => w.toLowerCase());
  const joined = lower.join(' ').replace(/^the /, '');
  if (PLACE_NAMES.has(joined)) return { kind: 'place' };
  const first = lower[0] ?? '';
  const last = lower[lower.length - 1] ?? '';
  if (ORG_NAMES.has(joined) || ORG_FINAL.has(last) || (lower.length > 1 && ORG_INITIAL.has(first))) return { kind: 'organization' };
  if (title !== undefined) return { kind: 'person', ...genderOfTitle(title) };
  if (FEMALE_NAMES.has(first) && lower.length > 1) return { kind: 'person', gender: 'female' };
  if (MALE_NAMES.has(first) && lower.length > 1) return { kind: 'person', gender: 'male' };
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0] ?? '')) return { kind: 'organization' };
  if (TITLES.has(first)) return { kind: 'person', ...genderOfTitle(first) };
  return { kind: 'other' };
}

function genderOfTitle(t: string): { gender?: 'male' | 'female' } {
  if (/^(mr\.?|sir|lord|fr\.?)$/.test(t)) return { gender: 'male' };
  if (/^(mrs\.?|ms\.?|miss|dame|lady)$/.test(t)) return { gender: 'female' };
  return {};
}
