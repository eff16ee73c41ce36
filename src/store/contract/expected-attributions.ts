/**
 * Test helper of the Store contract: every attribution of some documents as the store
 * must list it, in listing order, computed from the fixtures alone. With links, an
 * attribution that has a speaker link shows the linked speaker and its entity.
 */
import type { AttributionRow, StoredDocument, StoredLinks } from '../store.ts';
import { expectedOrder } from './expected-order.ts';

export function expectedAttributions(
  docs: readonly StoredDocument[],
  links?: Pick<StoredLinks, 'speakers'>,
): AttributionRow[] {
  const linked = new Map((links?.speakers ?? []).map((s) => [`${s.docId}#${s.index}`, s]));
  return expectedOrder(docs).flatMap(({ document: d, attributions }) =>
    attributions.map((a, i) => {
      const link = linked.get(`${d.id}#${i}`);
      return {
        ...a,
        ...(link === undefined ? {} : { speaker: link.speaker }),
        ...(link?.entityId === undefined ? {} : { entityId: link.entityId }),
        docId: d.id,
        docName: d.name,
        ...(d.published === undefined ? {} : { published: d.published }),
        ...(d.publisher === undefined ? {} : { publisher: d.publisher }),
        contentText: d.text.slice(a.content.start, a.content.end),
        sourceText: a.source === null ? null : d.text.slice(a.source.start, a.source.end),
      };
    }),
  );
}
