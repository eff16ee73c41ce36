import { open, readFile, rename, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../../domain/errors.ts';

const FeedState = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Ids of the items already ingested, oldest first. */
  seen: z.array(z.string()),
  /** Failures in a row: the backoff grows with them. */
  failures: z.number().int().nonnegative(),
  /** When the feed is next due (ISO 8601); absent means now. */
  nextPollAt: z.string().optional(),
});
const State = z.object({ version: z.literal(1), feeds: z.record(z.string(), FeedState) });

export type FeedWatchState = z.infer<typeof FeedState>;
export type WatchState = z.infer<typeof State>;

/**
 * The watcher's memory in a small JSON file (beside the store: STORE.watch.json): per
 * feed its validators for conditional GET, the items already ingested, and its backoff.
 * Written atomically (a temporary file, flushed, renamed over the old one), so a kill at
 * any moment leaves either the old state or the new one, never half of one. A missing
 * file is a fresh start; an unreadable one is refused rather than overwritten.
 */
export function watchStateFile(path: string): { load(): Promise<WatchState>; save(state: WatchState): Promise<void> } {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, feeds: {} };
        throw new InputError(`${path}: cannot read the watch state`, { cause: err });
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new InputError(`${path}: the watch state is not JSON (move it away to start afresh)`, { cause: err });
      }
      const r = State.safeParse(json);
      if (!r.success) throw new InputError(`${path}: not a claimtrail watch state (move it away to start afresh): ${r.error.issues[0]?.message ?? ''}`);
      return r.data;
    },
    async save(state) {
      const tmp = `${path}.${process.pid}.tmp`;
      const fh = await open(tmp, 'w');
      try {
        await fh.writeFile(`${JSON.stringify(state, null, 1)}\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      try {
        await rename(tmp, path);
      } catch (err) {
        await unlink(tmp).catch(() => {});
        throw err;
      }
    },
  };
}
