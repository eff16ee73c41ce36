/**
 * The WHERE conditions that the publisher and date filters of a search add, over a
 * document's stored sort key and publisher, shared by both ways search runs.
 */
import type { SQLInputValue } from 'node:sqlite';
import type { PublishedRange } from '../published-range.ts';

export interface SearchConditions {
  readonly where: readonly string[];
  readonly params: readonly SQLInputValue[];
}

/**
 * `pubKey` is the column holding the published sort key; `publisherIs` a condition
 * with one `?` for the publisher.
 */
export function searchConditions(
  publisher: string | undefined,
  range: PublishedRange,
  columns: { readonly pubKey: string; readonly publisherIs: string },
): SearchConditions {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (publisher !== undefined) {
    where.push(columns.publisherIs);
    params.push(publisher);
  }
  if (range.min !== undefined) {
    where.push(`${columns.pubKey} >= ?`);
    params.push(range.min);
  }
  if (range.max !== undefined) {
    where.push(`${columns.pubKey} <> '' AND ${columns.pubKey} <= ?`);
    params.push(range.max);
  }
  return { where, params };
}
