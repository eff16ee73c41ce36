import type { Analysis } from '../domain/analysis.ts';
import type { Claim } from '../domain/claim.ts';
import { buildClaims } from '../link/claims/build-claims.ts';
import type { Statement } from '../link/claims/statement.ts';
import { resolveEntities, type CollectionEntity, type EntityOverrides } from '../link/entities/resolve-entities.ts';

/** What extraction keeps of a document for linking across the collection. */
export type LinkInput = Pick<Analysis, 'entities' | 'mentions' | 'attributions'> & {
  readonly doc: Pick<Analysis['doc'], 'name' | 'text' | 'syndicatedFrom' | 'published'>;
};

export interface CollectionLinks {
  readonly entities: readonly CollectionEntity[];
  /** Per document name, per attribution index: the speaker's canonical name across the collection. */
  readonly speakers: ReadonlyMap<string, readonly (string | null)[]>;
  readonly claims: readonly Claim[];
}

/**
 * Links documents into one story: entities across documents (one canonical name each),
 * every attribution's speaker renamed to it, and the story's claims with each speaker's
 * position. A document's syndication notice makes it a copy of the outlet it names when that
 * outlet's own article is in the collection.
 */
export function linkCollection(docs: readonly LinkInput[], overrides?: EntityOverrides): CollectionLinks {
  const { entities, of } = resolveEntities(
    docs.map((d) => ({ doc: d.doc.name, entities: d.entities, mentions: d.mentions })),
    overrides,
  );
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const speakers = new Map<string, (string | null)[]>();
  const statements: Statement[] = [];
  for (const d of docs) {
    const names = d.attributions.map((a) => {
      const id = a.entity === undefined ? undefined : of.entityOf(d.doc.name, a.entity);
      return (id ? nameOf.get(id) : undefined) ?? a.speaker;
    });
    speakers.set(d.doc.name, names);
    d.attributions.forEach((a, i) => {
      statements.push({
        doc: d.doc.name,
        family: d.doc.name,
        speaker: names[i] ?? null,
        stance: a.stance,
        kind: a.kind,
        span: a.content,
        text: d.doc.text.slice(a.content.start, a.content.end),
      });
    });
  }
  const claims = buildClaims('story', statements);
  return { entities, speakers, claims };
}
