import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/store.ts';
import { linkStore, type LinkSummary } from './link-store.ts';
import { openQueue } from './open-queue.ts';

const POSTGRES = /^postgres(ql)?:\/\//;

/**
 * Links the store at `location` as linkStore does; a PostgreSQL store, which workers may
 * be linking at the same moment, under the same link lock as theirs (waiting for it, and
 * telling `onWait` once), so that an older view of the collection never overwrites a
 * newer one, and recording what it linked for them.
 */
export async function linkStoreExclusively(location: string, store: Store, onProgress?: (done: number) => void, onWait?: () => void): Promise<LinkSummary> {
  if (!POSTGRES.test(location)) return linkStore(store, onProgress);
  const queue = await openQueue(location, { poolSize: 2 });
  try {
    for (let waited = false; ; waited = true) {
      const got = await queue.exclusiveLink(async (lease) => {
        const { wanted } = await lease.state();
        const summary = await linkStore(store, onProgress);
        await lease.linked(wanted, summary.seconds, summary.documents);
        return summary;
      });
      if (got) return got.value;
      if (!waited) onWait?.();
      await sleep(500);
    }
  } finally {
    await queue.close();
  }
}
