import type { Mention } from '../../domain/mention.ts';
import type { Sentence, Token } from '../../domain/token.ts';
import { TITLES } from './gazetteer/org-words.ts';
import { PLACE_KEY } from './gazetteer/places.ts';
import { ROLE_NOUNS } from './gazetteer/role-nouns.ts';
import { mentionKind } from './mention-kind.ts';

/** Heads of institutions' names that may join two fields with "and" ("Ministry of Labour and Industry"). */
const INSTITUTIONS = new Set(['ministry', 'department', 'secretary', 'minister', 'bureau', 'office', 'commission', 'committee', 'council', 'institute', 'agency', 'directorate', 'inspectorate']);
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'dos', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', '&']);
/** Capitalised words that are never names: months, weekdays ("by May 26", "on Monday"). */
const NOT_NAMES = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'this', 'these', 'those', 'some', 'several', 'many', 'two', 'three', 'one', 'other', 'both', 'each', 'every', 'no', 'most', 'all']);
const NOT_NAME_START = new Set(['DET', 'PRON', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'AUX', 'VERB', 'PART', 'INTJ', 'PUNCT', 'NUM', 'SYM']);
const PRONOUNS: Readonly<Record<string, Pick<Mention, 'gender' | 'plural' | 'kind'>>> = {
  he: { kind: 'person', gender: 'male' },
  she: { kind: 'person', gender: 'female' },
  they: { kind: 'other', plural: true },
  it: { kind: 'organization', gender: 'neuter' },
  i: { kind: 'person' },
  we: { kind: 'other', plural: true },
  who: { kind: 'person' },
  which: { kind: 'organization' },
};

const ROLE_MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);
/** Whether a token starts with a capital letter (ASCII fast path; any script's capitals otherwise). */
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return t.pos !== 'PUNCT' && t.pos !== 'SYM';
  return c > 127 && /^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT' && t.pos !== 'SYM';
}
const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.lower) && t.pos === 'PART';

/** The gender a role noun states: "spokeswoman", "mother" (female); "chairman", "uncle" (male). */
function genderOfRole(lower: string): 'male' | 'female' | undefined {
  if (/(wom[ae]n|ess|mother|sister|daughter|wife|widow|queen|princess|aunt|girl|niece|grandmother)s?$/.test(lower)) return 'female';
  if (/(m[ae]n|father|brother|son|husband|widower|king|prince|uncle|boy|nephew|grandfather)s?$/.test(lower)) return 'male';
  return undefined;
}

/** "officials" → "official", "authorities" → the role they name, or undefined. */
export function roleOf(lower: string): { key: string; kind: Mention['kind']; plural: boolean } | undefined {
  const direct = ROLE_NOUNS.get(lower);
  if (direct) return { ...direct, plural: lower === 'authorities' || lower === 'police' || lower === 'forces' };
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.endsWith('s') ? lower.slice(0, -1) : '';
  const r = singular ? ROLE_NOUNS.get(singular) : undefined;
  return r ? { ...r, plural: true } : undefined;
}

/**
 * A sentence in headline style ("Claims That Gay People Are Being Killed Are An Insult
 * To Chechen Society"): most words capitalised, so capitals say nothing about names.
 */
export function isTitleCase(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || t.text.length < 4 || t.pos === 'PUNCT' || t.pos === 'NUM') continue;
    words++;
    if (isCap(t)) caps++;
  }
  // a headline has no final full stop: "Mayor Petra Voss spoke on Friday." is a sentence
  const last = tokens[s.tokenEnd - 1];
  return words >= 4 && caps / words >= 0.75 && !(last && /^[.!?]$/.test(last.text));
}

/**
 * Names, role descriptions and pronouns in one sentence. Names are runs of capitalised
 * words ("Human Rights Watch", "Ramzan Kadyrov"); a person-role word inside a run splits
 * it ("Chechen President Ramzan Kadyrov": role "Chechen President", name "Ramzan
 * Kadyrov"); a role noun with its modifiers is a role mention ("the Chechen leader",
 * "A spokesperson for Vladimir Putin", "Chechnya’s president"); a role right before a
 * name joins it ("Russian newspaper Novaya Gazetta").
 */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  s: Sentence,
  knownNames: ReadonlySet<string>,
  demonyms: ReadonlySet<string>,
  title = isTitleCase(tokens, s),
): Mention[] {
  // in a headline only words the article uses as names, roles or places make names:
  // "Voss Denies Bridge Claims In Fiery Speech" gives "Voss"
  const nameLike = (t: Token): boolean => isCap(t) && (!title || knownNames.has(t.lower) || roleOf(t.lower) !== undefined || PLACE_KEY.has(t.lower));
  const names: Mention[] = [];
  const inName = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || !nameLike(t)) continue;
    const prev = tokens[i - 1];
    const initial = i === s.tokenStart || (prev !== undefined && /^[“"‘'([:—–-]$/.test(prev.text));
    if (initial && (NOT_NAME_START.has(t.pos) || (t.pos !== 'PROPN' && !TITLES.has(t.lower)))) continue;
    // "by May 26" is a date; "May Lind" a name
    const after = tokens[i + 1];
    if ((NOT_NAMES.has(t.lower) && !(after && i + 1 < s.tokenEnd && isCap(after) && !NOT_NAMES.has(after.lower))) || t.text === 'I') continue;
    let j = i + 1;
    for (;;) {
      const n = tokens[j];
      if (j < s.tokenEnd && n && nameLike(n)) j++;
      else if (j + 1 < s.tokenEnd && n && CONNECTORS.has(n.lower) && tokens[j + 1] && nameLike(tokens[j + 1] as Token) && n.lower !== t.lower) j += 2;
      else if (j + 1 < s.tokenEnd && n && n.text === '-' && n.start === tokens[j - 1]?.end && nameLike(tokens[j + 1] as Token)) j += 2;
      // "the Ministry of Labour and Industry", "Department of Health and Human Services": an
      // institution's name goes on over "and" after its "of" (not "the Bank of Brevno and Karsmet")
      else if (j + 1 < s.tokenEnd && n?.lower === 'and' && INSTITUTIONS.has(t.lower) && tokens.slice(i, j).some((x) => x.lower === 'of') && nameLike(tokens[j + 1] as Token)) j += 2;
      else break;
    }
    const single = tokens[i] as Token;
    // a demonym alone is an adjective, not a name: "Chechen", "European", "Karsovian"
    const demonym = (PLACE_KEY.has(single.lower) && PLACE_KEY.get(single.lower)?.toLowerCase() !== single.lower) || demonyms.has(single.lower);
    const m = j === i + 1 && demonym ? [] : nameMention(text, tokens, i, j, title, knownNames);
    for (const x of m) names.push(x);
    for (let k = i; k < j; k++) inName.add(k);
    i = j - 1;
  }
  const roles = findRoles(text, tokens, s, names, inName);
  const pronouns: Mention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    const p = t && t.pos === 'PRON' ? PRONOUNS[t.lower] : undefined;
    if (t && p) pronouns.push({ start: t.start, end: t.end, text: t.text, form: 'pronoun', ...p });
  }
  return [...mergeRolesAndNames(text, roles, names), ...pronouns].sort((a, b) => a.start - b.start);
}

/** One run of capitalised words as name and role mentions. */
function nameMention(text: string, tokens: readonly Token[], i: number, j: number, title: boolean, known: ReadonlySet<string>): Mention[] {
  let a = i;
  // a leading title: "Mr Kadyrov"; sentence-initial "The" never starts a name
  if (tokens[a]?.lower === 'the') a++;
  if (a >= j) return [];
  // split at the last person-role word that has words after it
  let split = -1;
  for (let k = a; k < j - 1; k++) {
    const r = roleOf((tokens[k] as Token).lower);
    if (r && r.kind === 'person' && !roleOf((tokens[k + 1] as Token).lower)) split = k;
  }
  const out: Mention[] = [];
  const startTok = tokens[a] as Token;
  const endTok = tokens[j - 1] as Token;
  const nameFrom = split >= 0 ? split + 1 : a;
  const titled = TITLES.has((tokens[nameFrom] as Token).lower);
  const nameStartTok = tokens[titled ? nameFrom + 1 : nameFrom];
  const words = tokens.slice(titled ? nameFrom + 1 : nameFrom, j).map((t) => t.text);
  const lastRole = roleOf(endTok.lower);
  if (split < 0 && lastRole && lastRole.kind === 'person' && !titled) {
    // a capitalised role alone: "According To Chechen President" gives "Chechen President"
    let r = j - 1;
    while (r > a && ROLE_MODIFIER_POS.has((tokens[r - 1] as Token).pos)) r--;
    const roleTok = tokens[r] as Token;
    out.push({ start: roleTok.start, end: endTok.end, text: text.slice(roleTok.start, endTok.end), kind: 'person', form: 'role', plural: lastRole.plural });
    return out;
  }
  if (!nameStartTok || words.length === 0) return out;
  if (title && !words.some((w) => known.has(w.toLowerCase()))) return out;
  const kind = mentionKind(words, titled ? (tokens[nameFrom] as Token).lower : undefined);
  const role = split >= 0 ? roleOf((tokens[split] as Token).lower) : undefined;
  const nameSpan = { start: nameStartTok.start, end: endTok.end };
  out.push({
    start: startTok.start,
    end: endTok.end,
    text: text.slice(startTok.start, endTok.end),
    kind: role ? role.kind : kind.kind,
    form: 'name',
    ...(split >= 0 || titled ? { nameSpan } : {}),
    ...(kind.gender ? { gender: kind.gender } : {}),
  });
  return out;
}

/** Role mentions: a role noun with its determiner, modifiers and "for/of NAME" complement. */
function findRoles(text: string, tokens: readonly Token[], s: Sentence, names: readonly Mention[], inName: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i] as Token;
    if (inName.has(i) || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) continue;
    const role = roleOf(t.lower);
    if (!role) continue;
    let a = i;
    for (let k = i - 1; k >= s.tokenStart; k--) {
      const p = tokens[k] as Token;
      if (isPossessive(p)) {
        const owner = names.find((n) => n.end === p.start);
        if (owner) {
          while (k > s.tokenStart && (tokens[k - 1] as Token).start >= owner.start) k--;
          a = k;
        }
        break;
      }
      if (p.pos === 'ADJ' || p.pos === 'PROPN' || (p.pos === 'NOUN' && !roleOf(p.lower))) {
        a = k;
        continue;
      }
      if (DETERMINERS.has(p.lower) && (p.pos === 'DET' || p.pos === 'PRON' || p.pos === 'NUM')) a = k;
      break;
    }
    let b = i + 1;
    const prep = tokens[b];
    if (prep && (prep.lower === 'for' || prep.lower === 'of') && b + 1 < s.tokenEnd) {
      const owner = names.find((n) => n.start === (tokens[b + 1] as Token).start || (tokens[b + 1]?.lower === 'the' && n.start === tokens[b + 2]?.start));
      if (owner) {
        while (b < s.tokenEnd && (tokens[b] as Token).end <= owner.end) b++;
        // "the governor of the Selvan region"
        while (b < s.tokenEnd && (tokens[b] as Token).pos === 'NOUN' && !roleOf((tokens[b] as Token).lower)) b++;
      }
    }
    const first = tokens[a] as Token;
    const last = tokens[b - 1] as Token;
    const gender = genderOfRole(t.lower);
    out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), kind: role.kind, form: 'role', plural: role.plural, ...(gender ? { gender } : {}) });
    i = b - 1;
  }
  return out;
}

/**
 * A role right before a name becomes one mention of that name ("Russian newspaper Novaya
 * Gazetta", "Journalist Elena Milashina"); names inside a role's "for/of" complement stay
 * mentions of their own ("A spokesperson for Vladimir Putin" holds "Vladimir Putin").
 */
function mergeRolesAndNames(text: string, roles: readonly Mention[], names: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const used = new Set<Mention>();
  for (const r of roles) {
    // "Russian newspaper Novaya Gazetta", "British newspaper The Daily Lantern"
    const next = names.find((n) => n.start > r.end && /^\s+(?:the\s+)?$/i.test(text.slice(r.end, n.start)) && !n.nameSpan);
    if (next && !/\b(for|of)\b/i.test(r.text)) {
      used.add(next);
      out.push({ ...next, start: r.start, text: text.slice(r.start, next.end), kind: r.kind === 'organization' ? 'organization' : next.kind === 'other' ? r.kind : next.kind, nameSpan: { start: next.start, end: next.end } });
      continue;
    }
    out.push(r);
  }
  for (const n of names) if (!used.has(n)) out.push(n);
  return out;
}
