import type { Entity } from '../../domain/entity.ts';
import type { EntityKind } from '../../domain/entity-kind.ts';
import type { Mention } from '../../domain/mention.ts';
import { isPartOf, nameWords } from './name-words.ts';
import { roleKey } from './role-key.ts';
import { roleOf } from '../mentions/find-mentions.ts';

/** An entity being built: its mentions (indices) and the role keys bound to it. */
interface Draft {
  words: string[];
  names: string[];
  /** Word counts of `names`, for choosing the canonical name. */
  nameLengths: number[];
  kinds: EntityKind[];
  roles: Set<string>;
  roleTexts: string[];
  mentions: number[];
}

const ORG_ROLE_HEADS = new Set(['newspaper', 'outlet', 'broadcaster', 'agency', 'network', 'group', 'organization', 'company', 'firm', 'party', 'magazine', 'charity', 'watchdog']);
const keyString = (k: { head: string; place: string; owner: string }): string => `${k.head}@${k.place}#${k.owner}`;

/**
 * One document's entities from its name and role mentions. Names join when one is part
 * of another ("Kadyrov", "Ramzan" → "Ramzan Kadyrov"); a role written next to a name
 * binds to it ("Chechen President Ramzan Kadyrov", "Chechnya’s president, Ramzan
 * Kadyrov,"), and any other mention of that role, before or after, refers to the same
 * entity ("The Chechen president claimed ..."). A role bound to nothing is an entity of
 * its own, named by its words ("spokesperson for Vladimir Putin"). Returns the entities
 * and, per mention, the index of its entity (-1 for pronouns, resolved later).
 */
export function buildEntities(text: string, mentions: readonly Mention[]): { entities: Entity[]; of: number[] } {
  const drafts: Draft[] = [];
  const of = mentions.map(() => -1);
  const nameOf = (m: Mention): string => (m.nameSpan ? text.slice(m.nameSpan.start, m.nameSpan.end) : m.text);

  // names, longest first, so short forms find their full names; drafts are indexed by word
  const wordsOf = new Map<string, string[]>();
  const names = mentions.flatMap((m, i) => {
    if (m.form !== 'name') return [];
    const n = nameOf(m);
    let words = wordsOf.get(n);
    if (!words) wordsOf.set(n, (words = nameWords(n)));
    return [{ m, i, words }];
  });
  names.sort((a, b) => b.words.length - a.words.length || a.m.start - b.m.start);
  const byWord = new Map<string, number[]>();
  for (const { m, i, words } of names) {
    if (words.length === 0) continue;
    const fits = (byWord.get(words[0] as string) ?? []).filter((di) => isPartOf(words, (drafts[di] as Draft).words) && kindsAgree((drafts[di] as Draft).kinds, m.kind));
    let target = fits.length === 1 ? fits[0] : undefined;
    if (fits.length > 1) target = latestOf(new Set(fits), drafts, mentions, m.start);
    if (target === undefined) {
      drafts.push({ words, names: [], nameLengths: [], kinds: [], roles: new Set(), roleTexts: [], mentions: [] });
      target = drafts.length - 1;
      for (const w of new Set(words)) byWord.set(w, [...(byWord.get(w) ?? []), target]);
    }
    const d = drafts[target] as Draft;
    d.names.push(nameOf(m));
    d.nameLengths.push(words.length);
    d.kinds.push(m.kind);
    d.mentions.push(i);
    of[i] = target;
    if (m.nameSpan && m.nameSpan.start > m.start) bind(d, text.slice(m.start, m.nameSpan.start).trim());
    // an organisation's name states its role: "Dalmark Mining Company" is "the company"
    const lastWord = words[words.length - 1] ?? '';
    const orgRole = m.kind === 'organization' && words.length > 1 ? roleOf(lastWord) : undefined;
    if (orgRole?.kind === 'organization') d.roles.add(`${orgRole.key}@#`);
  }

  // appositions: "Chechnya’s president, Ramzan Kadyrov," / "Ramzan Kadyrov, the Chechen leader,"
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention;
    let j = i + 1;
    while (j < mentions.length && (mentions[j] as Mention).start < a.end) j++;
    const b = mentions[j];
    if (!b || !/^\s*,\s*$/.test(text.slice(a.end, b.start)) || !/^\s*([,.;]|$)/.test(text.slice(b.end, b.end + 3))) continue;
    if (a.form === 'role' && b.form === 'name' && (of[j] ?? -1) >= 0) bind(drafts[of[j] as number] as Draft, a.text);
    if (a.form === 'name' && b.form === 'role' && /^(the|a|an)\s/i.test(b.text) && (of[i] ?? -1) >= 0) bind(drafts[of[i] as number] as Draft, b.text);
  }

  // every bound role, parsed once
  const bound: { draft: number; head: string; place: string; owner: string; key: string }[] = [];
  drafts.forEach((d, di) => {
    for (const r of d.roles) {
      const [head = '', rest = ''] = r.split('@');
      const [place = '', owner = ''] = rest.split('#');
      bound.push({ draft: di, head, place, owner, key: r });
    }
  });
  const byLabel = new Map<string, number>();
  /** The candidate mentioned last before mention `i` (within `window` characters). */
  const mostRecent = (cands: ReadonlySet<number>, i: number, window = Infinity): number | undefined => {
    const pos = (mentions[i] as Mention).start;
    for (let j = i - 1; j >= 0; j--) {
      const mj = mentions[j] as Mention;
      if (pos - mj.start > window) break;
      const e = of[j] ?? -1;
      if (e >= 0 && mj.start < pos && cands.has(e)) return e;
    }
    return undefined;
  };

  // role mentions: a bound role's entity, else an org role's latest organisation, else their own
  mentions.forEach((m, i) => {
    if (m.form !== 'role') return;
    const k = roleKey(m.text);
    let target = -1;
    if (k) {
      const exact = bound.find((b) => b.key === keyString(k));
      // a bare role ("The mayor said") matches the role with any place or owner
      const sameHead = new Set(bound.filter((b) => b.head === k.head && (k.owner === '' || b.owner === k.owner) && (k.place === '' || b.place === k.place)).map((b) => b.draft));
      if (exact) target = exact.draft;
      else if (!k.owner && sameHead.size > 0) target = mostRecent(sameHead, i) ?? [...sameHead][0] ?? -1;
      else if (!k.owner && !k.place && ORG_ROLE_HEADS.has(k.head) && !m.plural) {
        // "The Daily Lantern reported ... The newspaper said": any organisation or unknown name
        const orgs = new Set(drafts.flatMap((d, di) => (d.names.length > 0 && !d.kinds.includes('person') && !d.kinds.includes('place') ? [di] : [])));
        target = mostRecent(orgs, i, 400) ?? -1;
      }
    }
    if (target < 0) {
      const label = m.text.replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ');
      target = byLabel.get(label.toLowerCase()) ?? -1;
      if (target < 0) {
        drafts.push({ words: [], names: [], nameLengths: [], kinds: [], roles: new Set(), roleTexts: [label], mentions: [] });
        target = drafts.length - 1;
        byLabel.set(label.toLowerCase(), target);
      }
    }
    const d = drafts[target] as Draft;
    d.kinds.push(m.kind);
    d.mentions.push(i);
    if (!d.roleTexts.includes(m.text)) d.roleTexts.push(m.text);
    of[i] = target;
  });

  const entities = drafts.map((d, i): Entity => ({
    id: `e${i}`,
    name: canonical(d),
    kind: majorityKind(d.kinds),
    aliases: [...new Set([...d.names, ...d.roleTexts])],
  }));
  return { entities, of };

  function bind(d: Draft, role: string): void {
    const k = roleKey(role);
    if (!k) return;
    d.roles.add(keyString(k));
    d.roleTexts.push(role);
    if (k.head && ORG_ROLE_HEADS.has(k.head)) d.kinds.push('organization');
  }
}

function kindsAgree(kinds: readonly EntityKind[], k: EntityKind): boolean {
  if (k === 'other') return true;
  const known = kinds.filter((x) => x !== 'other');
  return known.length === 0 || known.includes(k);
}

/** Among candidate drafts, the one mentioned last before `pos` (while names are still being grouped). */
function latestOf(cands: ReadonlySet<number>, drafts: readonly Draft[], mentions: readonly Mention[], pos: number): number | undefined {
  let best: number | undefined;
  let bestAt = -1;
  for (const c of cands) {
    for (const mi of (drafts[c] as Draft).mentions) {
      const at = (mentions[mi] as Mention).start;
      if (at < pos && at > bestAt) {
        bestAt = at;
        best = c;
      }
    }
  }
  return best;
}

/** The longest full name used for it; a role's own words when it has no name. */
function canonical(d: Draft): string {
  let best: string | undefined;
  let bestWords = -1;
  for (let i = 0; i < d.names.length; i++) {
    const n = d.names[i] as string;
    const w = d.nameLengths[i] ?? 0;
    if (w > bestWords || (w === bestWords && n.length > (best?.length ?? 0))) [best, bestWords] = [n, w];
  }
  if (best) return best.replace(/^(the)\s+/i, '').replace(/['’]s$/, '').trim();
  return d.roleTexts[0] ?? 'unknown';
}

function majorityKind(kinds: readonly EntityKind[]): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const k of kinds) if (k !== 'other') counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: EntityKind = 'other';
  let n = 0;
  for (const [k, c] of counts) if (c > n || (c === n && k === 'organization')) [best, n] = [k, c];
  return best;
}
