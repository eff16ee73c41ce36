import type { Claim } from '../domain/claim.ts';
import { buildClaims } from '../link/claims/build-claims.ts';
import type { Statement } from '../link/claims/statement.ts';
import { createDuplicateIndex } from '../link/duplicates/create-duplicate-index.ts';
import { duplicateFamilies } from '../link/duplicates/duplicate-families.ts';
import { resolveEntities, type DocumentEntities, type EntityOverrides } from '../link/entities/resolve-entities.ts';
import { cutMerges } from '../link/events/cut-merges.ts';
import { createEventTermReader } from '../link/events/create-event-term-reader.ts';
import { eventDendrogramOfCounts } from '../link/events/event-dendrogram.ts';
import type { TermCounts } from '../link/events/term-counts.ts';
import { EVENT_THRESHOLDS } from '../link/events/event-thresholds.ts';
import type { EntityOverride, Store, StoredClaim, StoredLinks } from '../store/store.ts';
import { allPages } from './all-pages.ts';

export interface LinkSummary {
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  readonly copies: number;
  readonly events: number;
  readonly stories: number;
  readonly seconds: number;
}

/** Merges and splits as entity resolution takes them; later overrides of the same names win by order. */
export function toEntityOverrides(list: readonly EntityOverride[]): EntityOverrides {
  return {
    merges: list.filter((o) => o.kind === 'merge' && o.b !== undefined).map((o) => [o.a, o.b as string] as const),
    splits: list.filter((o) => o.kind === 'split').map((o) => o.a),
  };
}

/**
 * Links everything in the store into stories: which documents copy which (earliest source
 * first), which report the same event and story, one entity per real-world name across
 * documents (manual overrides applied), every attribution's canonical speaker, and each
 * story's claims with every speaker's position (copies never counted twice). Replaces the
 * store's links as a whole. Documents are read one at a time; what is kept of each is its
 * fingerprint, its terms, its entities and its attributed statements.
 */
export async function linkStore(store: Store, onProgress?: (done: number) => void): Promise<LinkSummary> {
  const t0 = performance.now();
  const summaries = await allPages((p) => store.listDocuments(p));
  // earliest first, so that a copy always meets its source before itself
  summaries.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const dup = createDuplicateIndex();
  const pairs: { a: string; b: string }[] = [];
  const similarity = new Map<string, { similarity: number; exact: boolean }>();
  // each document's event terms, read now: the texts are not kept
  const eventReader = createEventTermReader();
  const eventIds: string[] = [];
  const eventCounts: TermCounts[] = [];
  // one copy of each name, kind and stance, however many documents use it: each row read
  // from the store brings its own copies
  const interned = new Map<string, string>();
  const intern = <T extends string>(name: T): T => (interned.get(name) as T | undefined) ?? (interned.set(name, name), name);
  const entityDocs: DocumentEntities[] = [];
  const statements = new Map<string, Omit<Statement, 'family' | 'speaker'>[]>();
  const attributionEntity = new Map<string, (number | undefined)[]>();
  const docSpeakers = new Map<string, (string | null)[]>();
  let done = 0;
  for (const s of summaries) {
    const d = await store.getLinkInput(s.id);
    if (!d) continue;
    const text = d.document.text;
    const clean = d.boilerplate.length > 0 ? d.boilerplate : undefined;
    for (const m of dup.add({ id: s.id, text, ...(s.published ? { published: s.published } : {}), ...(clean ? { ignore: clean } : {}) })) {
      pairs.push({ a: m.id, b: s.id });
      similarity.set(`${m.id}\u0000${s.id}`, { similarity: Math.max(m.jaccard, m.containment), exact: m.exact });
    }
    eventIds.push(s.id);
    eventCounts.push(eventReader.read({ text, ...(d.document.title ? { title: d.document.title } : {}) }));
    // only what resolution reads: a store of thousands of documents is held here at once.
    // Its mentions are left out: the links keep which entity each document entity joined,
    // not where the collection entity is mentioned.
    entityDocs.push({
      doc: s.id,
      entities: d.entities.map((e) => ({ name: intern(e.name), kind: intern(e.kind), aliases: e.aliases.map(intern) })),
      mentions: [],
    });
    statements.set(
      s.id,
      d.attributions.map((a) => ({ doc: s.id, stance: intern(a.stance), kind: intern(a.kind), span: { start: a.content.start, end: a.content.end }, text: detached(text.slice(a.content.start, a.content.end)) })),
    );
    attributionEntity.set(s.id, d.attributions.map((a) => a.entity));
    docSpeakers.set(s.id, d.attributions.map((a) => (a.speaker === null ? null : intern(a.speaker))));
    onProgress?.(++done);
  }

  const { sourceOf } = duplicateFamilies(summaries.map((s) => ({ id: s.id, ...(s.published ? { published: s.published } : {}) })), pairs);
  const copies = [...sourceOf].filter(([id, src]) => id !== src).map(([docId, sourceId]) => {
    const sim = similarity.get(`${sourceId}\u0000${docId}`) ?? similarity.get(`${docId}\u0000${sourceId}`);
    return { docId, sourceId, similarity: sim?.similarity ?? 0, exact: sim?.exact ?? false };
  });
  const family = (id: string): string => sourceOf.get(id) ?? id;

  const tree = eventDendrogramOfCounts(eventIds, eventCounts, eventReader.vocabulary, { minSimilarity: EVENT_THRESHOLDS.story });
  const eventOf = new Map<string, string>();
  const storyOf = new Map<string, string>();
  cutMerges(eventIds.length, tree.merges, EVENT_THRESHOLDS.event).forEach((members, i) => members.forEach((d) => eventOf.set(tree.ids[d] as string, `ev${i}`)));
  const stories = cutMerges(eventIds.length, tree.merges, EVENT_THRESHOLDS.story);
  eventCounts.length = 0;
  stories.forEach((members, i) => members.forEach((d) => storyOf.set(tree.ids[d] as string, `st${i}`)));

  const overrides = toEntityOverrides(await store.overrides());
  const { entities, of } = resolveEntities(entityDocs, overrides);
  // what each phase read is let go when it is done with, before the next builds its own
  entityDocs.length = 0;
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  // per document, per attribution: its speaker's canonical name and entity
  const speakersOf = new Map<string, StoredLinks['speakers'][number][]>();
  for (const [docId, locals] of attributionEntity) {
    const names = docSpeakers.get(docId) ?? [];
    speakersOf.set(
      docId,
      locals.map((local, index) => {
        const entityId = local === undefined ? undefined : of.entityOf(docId, local);
        return { docId, index, speaker: (entityId ? nameOf.get(entityId) : undefined) ?? names[index] ?? null, ...(entityId ? { entityId } : {}) };
      }),
    );
  }
  attributionEntity.clear();
  docSpeakers.clear();
  const speakerOf = (docId: string, index: number): StoredLinks['speakers'][number] | undefined => speakersOf.get(docId)?.[index];
  const docName = new Map(summaries.map((s) => [s.id, s.name]));

  const claims: StoredClaim[] = [];
  stories.forEach((members, si) => {
    const story = `st${si}`;
    const said: Statement[] = [];
    const textOf = new Map<string, string>();
    for (const d of members) {
      const id = tree.ids[d] as string;
      (statements.get(id) ?? []).forEach((st, i) => {
        said.push({ ...st, family: family(id), speaker: speakerOf(id, i)?.speaker ?? null, index: i });
        textOf.set(`${id}#${st.span.start}:${st.span.end}`, st.text);
      });
      // each document is in one story: its statements are done with
      statements.delete(id);
    }
    for (const c of buildClaims(story, said)) claims.push(toStoredClaim(c, story, textOf, speakerOf, docName));
  });

  const links: StoredLinks = {
    entities: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases })),
    members: Array.from(of.members(), (m) => ({ docId: m.doc, local: m.local, entityId: m.entityId })),
    speakers: [...speakersOf.values()].flat(),
    claims,
    copies,
    events: summaries.map((s) => ({ docId: s.id, event: eventOf.get(s.id) ?? s.id, story: storyOf.get(s.id) ?? s.id })),
  };
  await store.replaceLinks(links);
  return {
    documents: summaries.length,
    entities: entities.length,
    claims: claims.length,
    copies: copies.length,
    events: new Set(eventOf.values()).size,
    stories: stories.length,
    seconds: (performance.now() - t0) / 1000,
  };
}

function toStoredClaim(
  c: Claim,
  story: string,
  textOf: ReadonlyMap<string, string>,
  speakerOf: (docId: string, index: number) => StoredLinks['speakers'][number] | undefined,
  docName: ReadonlyMap<string, string>,
): StoredClaim {
  return {
    id: c.id,
    text: c.text,
    story,
    positions: c.positions.map((p) => {
      const entityId = p.attribution === undefined ? undefined : speakerOf(p.doc, p.attribution)?.entityId;
      return { ...p, doc: docName.get(p.doc) ?? p.doc, docId: p.doc, text: textOf.get(`${p.doc}#${p.span.start}:${p.span.end}`) ?? '', ...(entityId ? { entityId } : {}) };
    }),
  };
}

/**
 * A copy of a piece of a longer string that does not keep the longer one alive: V8 may make
 * a slice a view into its parent, and a statement's few words would then hold its whole
 * document in memory for the length of the run.
 */
function detached(slice: string): string {
  return JSON.parse(JSON.stringify(slice)) as string;
}
