import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { gzipPieces } from './gzip-pieces.ts';
import type { Piece } from './piece.ts';

export interface OpenedArchive {
  /** Gzip (per record or whole file), as the first bytes say, whatever the file is called. */
  readonly compressed: boolean;
  readonly pieces: AsyncIterable<Piece>;
}

/** Read size: big enough that a gzip member rarely straddles two reads, small enough to stay bounded. */
const CHUNK = 1 << 20;

/**
 * A web archive file as a stream of pieces, read a chunk at a time. Throws only when the
 * file cannot be opened; everything wrong inside it comes out as problem pieces.
 */
export async function openArchive(path: string, doc: string): Promise<OpenedArchive> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(2);
  try {
    await fh.read(head, 0, 2, 0);
  } finally {
    await fh.close();
  }
  const compressed = head[0] === 0x1f && head[1] === 0x8b;
  const chunks = (): AsyncIterable<Uint8Array> => createReadStream(path, { highWaterMark: CHUNK });
  return { compressed, pieces: compressed ? gzipPieces(chunks(), { doc, path }) : plainPieces(chunks()) };
}

async function* plainPieces(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Piece> {
  // in a plain file the reader's position is the file offset: no origins needed
  for await (const bytes of chunks) yield { kind: 'data', bytes };
}
