/**
 * Fixture of the Store contract: the synthetic quarry documents (synthetic-documents.ts)
 * with entities and mentions, and links over them in numbers, for paging through
 * entities and claims: mention counts that tie, names that tie (two "Bo Tarrant"s
 * resolution kept apart, two "Dust Gazette"s), entities nothing mentions, and claims
 * with one to four positions over three stories.
 */
import type { StoredClaim, StoredDocument, StoredLinks } from '../store.ts';
import { spanOf } from './span-of.ts';
import { syntheticDocuments } from './synthetic-documents.ts';

/** Ines Marlow's canonical name across the collection: longer than in the documents. */
export const INES = 'Ines Marlow-Quist';

function withEntities(doc: StoredDocument): StoredDocument {
  const t = doc.document.text;
  return {
    ...doc,
    entities: [
      { id: 'ines', name: 'Ines Marlow', kind: 'person', aliases: [] },
      { id: 'bo', name: 'Bo Tarrant', kind: 'person', aliases: [] },
      { id: 'quarry', name: 'Quarry', kind: 'place', aliases: ['the quarry'] },
    ],
    mentions: [
      { ...spanOf(t, 'Quarry'), text: 'Quarry', kind: 'place', form: 'name', entity: 2 },
      { ...spanOf(t, 'Ines Marlow'), text: 'Ines Marlow', kind: 'person', form: 'name', entity: 0 },
      { ...spanOf(t, 'the quarry'), text: 'the quarry', kind: 'place', form: 'role', entity: 2 },
      { ...spanOf(t, 'Bo Tarrant'), text: 'Bo Tarrant', kind: 'person', form: 'name', entity: 1 },
    ],
  };
}

function quarryLinks(docs: readonly StoredDocument[]): StoredLinks {
  const sites = Array.from({ length: 7 }, (_, k) => ({
    id: `site-${k}`,
    name: `Quarry Site ${k}`,
    kind: 'place' as const,
    aliases: [`the quarry at site ${k}`],
  }));
  const unmentioned = Array.from({ length: 10 }, (_, k) => ({
    id: `org-${k}`,
    name: `Quarry Board ${String.fromCharCode(74 - k)}`,
    kind: 'organization' as const,
    aliases: [],
  }));
  const bo = (i: number) => (i % 2 === 0 ? 'bo-a' : 'bo-b');
  const claim = (i: number): StoredClaim => ({
    id: `q-${i}`,
    text: `claim ${i} about the quarry`,
    story: `quarry-${i % 3}`,
    positions: Array.from({ length: 1 + (i % 4) }, (_, p) => {
      const { document: d, attributions } = docs[(i + p) % docs.length] as StoredDocument;
      const a = (p % 2) as 0 | 1;
      const span = (attributions[a] as StoredDocument['attributions'][number]).content;
      return {
        speaker: a === 0 ? INES : 'Bo Tarrant',
        position: p % 3 === 0 ? 'supports' : p % 3 === 1 ? 'opposes' : 'neutral',
        doc: d.name,
        span,
        ...(p % 3 === 2 ? {} : { attribution: a }),
        docId: d.id,
        entityId: a === 0 ? 'ines' : bo((i + p) % docs.length),
        text: d.text.slice(span.start, span.end),
      };
    }),
  });
  return {
    entities: [
      { id: 'ines', name: INES, kind: 'person', aliases: ['Ines Marlow'] },
      { id: 'bo-a', name: 'Bo Tarrant', kind: 'person', aliases: [] },
      { id: 'bo-b', name: 'Bo Tarrant', kind: 'person', aliases: [] },
      ...sites,
      ...unmentioned,
      { id: 'dust-2', name: 'Dust Gazette', kind: 'organization', aliases: [] },
      { id: 'dust-1', name: 'Dust Gazette', kind: 'organization', aliases: [] },
    ],
    members: docs.flatMap(({ document: d }, i) => [
      { docId: d.id, local: 0, entityId: 'ines' },
      { docId: d.id, local: 1, entityId: bo(i) },
      { docId: d.id, local: 2, entityId: `site-${i % 7}` },
    ]),
    speakers: docs.flatMap(({ document: d }, i) => [
      { docId: d.id, index: 0, speaker: INES, entityId: 'ines' },
      { docId: d.id, index: 1, speaker: 'Bo Tarrant', entityId: bo(i) },
    ]),
    claims: docs.map((_, i) => claim(i)),
    copies: [],
    events: [],
  };
}

/** `count` quarry documents with entities, and links over them. */
export function quarryLinked(count: number): {
  readonly docs: StoredDocument[];
  readonly links: StoredLinks;
} {
  const docs = syntheticDocuments(count).map(withEntities);
  return { docs, links: quarryLinks(docs) };
}
