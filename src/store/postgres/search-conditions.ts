/**
 * The WHERE conditions that the publisher and date filters of a search add, over a
 * document's stored sort key and publisher, shared by both ways search runs.
 */
import type { PublishedRange } from '../published-range.ts';
import type { SqlParams } from './sql-params.ts';

/**
 * `pubKey` is the column holding the published sort key; `publisherIs` makes the
 * condition for a publisher's placeholder.
 */
export function searchConditions(
  publisher: string | undefined,
  range: PublishedRange,
  columns: { readonly pubKey: string; readonly publisherIs: (placeholder: string) => string },
  p: SqlParams,
): string[] {
  const where: string[] = [];
  if (publisher !== undefined) where.push(columns.publisherIs(p.add(publisher)));
  if (range.min !== undefined) where.push(`${columns.pubKey} >= ${p.add(range.min)}`);
  if (range.max !== undefined)
    where.push(`${columns.pubKey} <> '' AND ${columns.pubKey} <= ${p.add(range.max)}`);
  return where;
}
