import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DigestSet } from './create-digest-set.ts';
import { fsyncDir } from './fsync-dir.ts';
import { objectPath } from './object-path.ts';

/**
 * Finishes or undoes what a crashed writer left in tmp/. An object is written to
 * tmp/<sha256> and fsynced, then its custody entry is appended, then it is renamed into
 * objects/. So a temp file the log names is complete and only its rename was lost: it is
 * checked and moved into place. One the log does not name was never recorded: it goes,
 * and the rerun that reads the original again writes it again.
 */
export function recoverTemps(dir: string, referenced: Pick<DigestSet, 'has'>): void {
  const tmp = join(dir, 'tmp');
  let removed = false;
  for (const name of readdirSync(tmp)) {
    const path = join(tmp, name);
    if (referenced.has(name)) {
      const final = join(dir, objectPath(name));
      if (!existsSync(final) && createHash('sha256').update(readFileSync(path)).digest('hex') === name) {
        mkdirSync(dirname(final), { recursive: true });
        renameSync(path, final);
        fsyncDir(dirname(final));
        continue;
      }
    }
    unlinkSync(path);
    removed = true;
  }
  if (removed) fsyncDir(tmp);
}
