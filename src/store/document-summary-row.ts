/**
 * A row of a documents listing as both stores select it (list-documents.ts): the sort
 * key and the summary with what linking found (the document it copies, event, story).
 */
import { z } from 'zod';
import { opt } from './opt.ts';
import type { DocumentSummary } from './store.ts';

const str = z.string();
const optStr = z.string().nullable();

export const documentSummaryRow = z
  .object({
    seq: z.int(),
    id: str,
    name: str,
    uri: str,
    title: optStr,
    published: optStr,
    pub_key: str,
    publisher: optStr,
    syndicated_from: optStr,
    added_at: str,
    copy_of: optStr,
    event: optStr,
    story: optStr,
  })
  .transform((r) => ({
    seq: r.seq,
    pubKey: r.pub_key,
    summary: {
      id: r.id,
      name: r.name,
      uri: r.uri,
      ...opt('title', r.title),
      ...opt('published', r.published),
      ...opt('publisher', r.publisher),
      ...opt('syndicatedFrom', r.syndicated_from),
      addedAt: r.added_at,
      ...opt('copyOf', r.copy_of),
      ...opt('event', r.event),
      ...opt('story', r.story),
    } satisfies DocumentSummary,
  }));
