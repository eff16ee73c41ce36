import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/** Writes a whole file and fsyncs it before returning, so that a rename after it never exposes a partial file. */
export function writeSynced(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
