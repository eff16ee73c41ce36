import type { Entity } from '../../domain/entity.ts';
import type { EntityKind } from '../../domain/entity-kind.ts';
import type { Mention } from '../../domain/mention.ts';
import { PLACE_KEY } from '../../extract/mentions/gazetteer/places.ts';
import { nameKey, sameWord } from './name-key.ts';

/** One document's entities and mentions, as extraction left them (what resolution reads of them). */
export interface DocumentEntities {
  readonly doc: string;
  readonly entities: readonly Pick<Entity, 'name' | 'kind' | 'aliases'>[];
  readonly mentions: readonly Pick<Mention, 'entity' | 'start' | 'end'>[];
}

export interface CollectionEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  readonly mentions: readonly { readonly doc: string; readonly start: number; readonly end: number }[];
}

/** Manual corrections that outlive re-processing: merge two entities, split an alias off one. */
export interface EntityOverrides {
  /** Pairs of names (canonical names or aliases) that are one entity. */
  readonly merges: readonly (readonly [string, string])[];
  /** Aliases that are a separate entity from the one they resolved to. */
  readonly splits: readonly string[];
}

interface Cluster {
  /** Creation order: candidates are tried in it, so that the result is deterministic. */
  order: number;
  /** The index buckets it is in already. */
  buckets: Set<string>;
  /** Named by a role ("spokesperson for Vladimir Putin"): joins only the same role, never a name inside it. */
  role: boolean;
  keys: string[][];
  /** Its keys joined by spaces, to add each once. */
  keySet: Set<string>;
  /** Every name and alias used, with how often. */
  names: Map<string, number>;
  /** Every kind given, with how often. */
  kinds: Map<EntityKind, number>;
  members: { doc: string; local: number }[];
}

const ROLE_ONLY = (e: Pick<Entity, 'name'>): boolean => !/\p{Lu}/u.test(e.name.charAt(0)) || /^(the|a|an)\s/i.test(e.name);

/**
 * One entity per real-world person, organisation or place across a collection. Document
 * entities join when their names match after folding spellings (nameKey): one name is the
 * other or all of its words ("Kadyrov" in "Ramzan Kadyrov"), word by word allowing one slip
 * in a long word; the kinds must agree (a person named like a place stays a person); a
 * surname alone joins only a single full name that carries it. Entities named by a role
 * ("spokesperson for Vladimir Putin") join entities named the same. Overrides merge and split
 * last. The canonical name is the longest full name used; ids are stable for the same names.
 */
export function resolveEntities(docs: readonly DocumentEntities[], overrides: EntityOverrides = { merges: [], splits: [] }): {
  entities: CollectionEntity[];
  /** Which collection entity each document entity joined. */
  of: EntityAssignment;
} {
  const clusters: Cluster[] = [];
  // one key per distinct name: a name used in thousands of documents is folded once
  const keys = new Map<string, string[]>();
  const keyOf = (name: string): string[] => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(placeName(name) ?? name)));
    return key;
  };
  const items = docs.flatMap((d) => d.entities.map((e, local) => ({ doc: d.doc, local, e, key: keyOf(e.name) })));
  // full names first, so that short forms find them
  items.sort((a, b) => b.key.length - a.key.length || a.doc.localeCompare(b.doc) || a.local - b.local);
  const split = new Set(overrides.splits.map((s) => s.toLowerCase()));
  // clusters indexed by each word's first three letters (a slip in a long word rarely falls
  // there) and length (a slip changes it by one at most), and by lower-cased role names:
  // each name looks at a few candidates only, however large the collection
  const buckets = new Map<string, Cluster[]>();
  const index = (c: Cluster, key: readonly string[], name: string): void => {
    for (const k of c.role ? [`role:${name.toLowerCase()}`] : key.map(wordBucket)) {
      if (c.buckets.has(k)) continue;
      c.buckets.add(k);
      const list = buckets.get(k);
      if (list) list.push(c);
      else buckets.set(k, [c]);
    }
  };
  const candidatesOf = (role: boolean, name: string, first: string): Cluster[] => {
    if (role) return buckets.get(`role:${name.toLowerCase()}`) ?? [];
    const near = first.length >= 6 ? [first.length - 1, first.length, first.length + 1] : [first.length];
    const found = near.flatMap((n) => buckets.get(`${first.slice(0, 3)}:${n}`) ?? []);
    return near.length === 1 ? found : [...new Set(found)].sort((a, b) => a.order - b.order);
  };
  // the same name of the same kind goes where its first use went: a name used thousands of
  // times is looked up once
  const settled = new Map<string, Cluster>();
  for (const it of items) {
    const role = ROLE_ONLY(it.e);
    const isSplit = split.has(it.e.name.toLowerCase());
    const kind = placeName(it.e.name) ? 'place' : it.e.kind;
    const same = `${kind}\u0000${role ? `role:${it.e.name.toLowerCase()}` : it.key.join(' ')}`;
    let target = isSplit ? undefined : settled.get(same);
    if (!target && !isSplit) {
      const fits = candidatesOf(role, it.e.name, it.key[0] ?? '').filter((c) => {
        if (!kindsAgree(c.kinds, kind)) return false;
        if (role !== c.role) return false;
        if (role) return c.names.has(it.e.name) || [...c.names.keys()].some((n) => n.toLowerCase() === it.e.name.toLowerCase());
        return c.keys.some((k) => matches(it.key, k));
      });
      // a short form fitting several full names is ambiguous: it stays apart from them, one
      // entity with every other use of the same short form ("Tate" beside "Orrin Tate" and
      // "Mara Tate"), not one per use
      target = fits.length === 1 ? fits[0] : fits.length > 1 && it.key.length > 1 ? fits[0] : fits.length > 1 ? fits.find((c) => sameShortForm(c, it.key)) : undefined;
    }
    if (!target) {
      target = { order: clusters.length, buckets: new Set(), role, keys: [], keySet: new Set(), names: new Map(), kinds: new Map(), members: [] };
      clusters.push(target);
    }
    if (!isSplit) settled.set(same, target);
    const joined = it.key.join(' ');
    if (!target.keySet.has(joined)) {
      target.keySet.add(joined);
      target.keys.push(it.key);
    }
    for (const n of [it.e.name, ...it.e.aliases]) target.names.set(n, (target.names.get(n) ?? 0) + 1);
    target.kinds.set(it.e.kind, (target.kinds.get(it.e.kind) ?? 0) + 1);
    target.members.push({ doc: it.doc, local: it.local });
    index(target, it.key, it.e.name);
  }
  applyMerges(clusters, overrides.merges);
  // per document, per local entity: its mentions
  const mentionsOf = new Map(
    docs.map((d) => {
      const byEntity = new Map<number, Pick<Mention, 'start' | 'end'>[]>();
      for (const x of d.mentions) {
        if (x.entity === undefined) continue;
        const list = byEntity.get(x.entity);
        if (list) list.push(x);
        else byEntity.set(x.entity, [x]);
      }
      return [d.doc, byEntity] as const;
    }),
  );
  const entities: CollectionEntity[] = [];
  const of = new Map<string, (string | undefined)[]>();
  const used = new Set<string>();
  for (const c of clusters) {
    if (c.members.length === 0) continue;
    const name = canonical(c);
    const kind = majority(c.kinds);
    // two entities of one name (a split) get distinct ids, in a stable order
    const base = `e-${stableId(kind, name)}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    const mentions: { doc: string; start: number; end: number }[] = [];
    for (const m of c.members) {
      let locals = of.get(m.doc);
      if (locals === undefined) of.set(m.doc, (locals = []));
      locals[m.local] = id;
      for (const x of mentionsOf.get(m.doc)?.get(m.local) ?? []) mentions.push({ doc: m.doc, start: x.start, end: x.end });
    }
    mentions.sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
    entities.push({ id, name, kind, aliases: [...c.names.keys()].filter((n) => n !== name).sort(), mentions });
  }
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return { entities, of: entityAssignment(of) };
}

/** Which collection entity each document entity joined, by document and local index. */
export interface EntityAssignment {
  /** The entity of `${doc}#${local}`. */
  get(key: string): string | undefined;
  entityOf(doc: string, local: number): string | undefined;
  /** Every document entity that joined one, by document in the order they were given. */
  members(): Iterable<{ readonly doc: string; readonly local: number; readonly entityId: string }>;
}

function entityAssignment(byDoc: ReadonlyMap<string, readonly (string | undefined)[]>): EntityAssignment {
  const entityOf = (doc: string, local: number): string | undefined => byDoc.get(doc)?.[local];
  return {
    entityOf,
    get(key) {
      const at = key.lastIndexOf('#');
      return at < 0 ? undefined : entityOf(key.slice(0, at), Number(key.slice(at + 1)));
    },
    *members() {
      for (const [doc, locals] of byDoc)
        for (let local = 0; local < locals.length; local++) {
          const entityId = locals[local];
          if (entityId !== undefined) yield { doc, local, entityId };
        }
    },
  };
}

/** A cluster of one short form alone, the same as `key`. */
function sameShortForm(c: Cluster, key: readonly string[]): boolean {
  return c.keys.length === 1 && c.keys[0]?.length === key.length && c.keys[0].every((w, i) => w === key[i]);
}

/** The index bucket of a folded name word: its first three letters and its length. */
function wordBucket(word: string): string {
  return `${word.slice(0, 3)}:${word.length}`;
}

/**
 * The place a state-like name stands for: "Chechen Republic", "Republic of Chechnya" and
 * "Chechnya" are one place (the gazetteer maps demonyms to places).
 */
function placeName(name: string): string | undefined {
  const m = /^(?:the\s+)?(?:republic|region|province|state|oblast)\s+of\s+(\S+)$/i.exec(name) ?? /^(\S+)\s+(?:republic|region|province|oblast)$/i.exec(name);
  return m?.[1] ? PLACE_KEY.get(m[1].toLowerCase()) : undefined;
}

/** Same name: equal word lists, or every word of the shorter in the longer (a surname, a first name). */
function matches(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length) return short.every((w, i) => sameWord(w, long[i] as string));
  return short.every((w) => long.some((x) => sameWord(w, x)));
}

function kindsAgree(kinds: ReadonlyMap<EntityKind, number>, k: EntityKind): boolean {
  if (k === 'other' || kinds.has(k)) return true;
  for (const x of kinds.keys()) if (x !== 'other') return false;
  return true;
}

function applyMerges(clusters: Cluster[], merges: EntityOverrides['merges']): void {
  const find = (name: string): Cluster | undefined => clusters.find((c) => c.members.length > 0 && [...c.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()));
  for (const [a, b] of merges) {
    const x = find(a);
    const y = find(b);
    if (!x || !y || x === y) continue;
    for (const k of y.keys) {
      if (x.keySet.has(k.join(' '))) continue;
      x.keySet.add(k.join(' '));
      x.keys.push(k);
    }
    for (const [n, count] of y.names) x.names.set(n, (x.names.get(n) ?? 0) + count);
    for (const [k, count] of y.kinds) x.kinds.set(k, (x.kinds.get(k) ?? 0) + count);
    x.members.push(...y.members);
    y.members = [];
  }
}

function canonical(c: Cluster): string {
  const counts = c.names;
  const names = [...counts.keys()].filter((n) => /^\p{Lu}/u.test(n) && !/^(the|a|an)\s/i.test(n));
  const pool = names.length > 0 ? names : [...counts.keys()];
  pool.sort((a, b) => nameKey(b).length - nameKey(a).length || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  return pool[0] ?? 'unknown';
}

function majority(kinds: ReadonlyMap<EntityKind, number>): EntityKind {
  let best: EntityKind = 'other';
  let n = 0;
  for (const [k, c] of kinds) if (k !== 'other' && c > n) [best, n] = [k, c];
  return best;
}

/** A short id from the kind and folded name: the same entity keeps its id across runs. */
function stableId(kind: EntityKind, name: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${kind}:${nameKey(name).join(' ')}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return (h >>> 0).toString(36);
}
