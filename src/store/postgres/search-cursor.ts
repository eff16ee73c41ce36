/**
 * The sort key of a search hit and its cursor, as in the SQLite store. Hits sort like
 * every listing (newest document first, then name, then insertion order) and, within a
 * document, its own hit (DOCUMENT_HIT) before its attributions' hits by index.
 */
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';

/** The `aidx` of a document's own hit; attribution hits have their index, 0 and up. */
export const DOCUMENT_HIT = -1;

export interface SearchKey {
  readonly pubKey: string;
  readonly docName: string;
  readonly docSeq: number;
  readonly aidx: number;
}

const codec = cursorCodec(
  'search',
  z.tuple([z.string(), z.string(), z.int().nonnegative(), z.int().min(DOCUMENT_HIT)]),
);

export const searchCursor = {
  encode: (k: SearchKey): string => codec.encode([k.pubKey, k.docName, k.docSeq, k.aidx]),
  decode: (cursor: string): SearchKey => {
    const [pubKey, docName, docSeq, aidx] = codec.decode(cursor);
    return { pubKey, docName, docSeq, aidx };
  },
};
