/**
 * Test helper of the Store contract: the entities a store must list after replaceLinks,
 * computed from the fixtures alone. `mentions` counts the documents' mentions whose
 * document entity is a member; `statements` the speaker links naming the entity. Most
 * mentioned first, then by name, then by id (code-unit order, as the listing's cursor
 * needs a total order).
 */
import type { EntitySummary, StoredDocument, StoredLinks } from '../store.ts';

export function expectedEntities(docs: readonly StoredDocument[], links: StoredLinks): EntitySummary[] {
  const member = new Map(links.members.map((m) => [`${m.docId}#${m.local}`, m.entityId]));
  const mentions = new Map<string, number>();
  for (const { document: d, mentions: ms } of docs) {
    for (const m of ms) {
      const id = m.entity === undefined ? undefined : member.get(`${d.id}#${m.entity}`);
      if (id !== undefined) mentions.set(id, (mentions.get(id) ?? 0) + 1);
    }
  }
  const statements = new Map<string, number>();
  for (const s of links.speakers) {
    if (s.entityId !== undefined) statements.set(s.entityId, (statements.get(s.entityId) ?? 0) + 1);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return links.entities
    .map((e) => ({ ...e, mentions: mentions.get(e.id) ?? 0, statements: statements.get(e.id) ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions || cmp(a.name, b.name) || cmp(a.id, b.id));
}
