import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../archive/archive.ts';
import type { CustodyEntry } from '../archive/custody-entry.ts';

export interface CustodyIndex {
  /** Every custody entry about one original, in log order. */
  entriesOf(sha256: string): Promise<readonly CustodyEntry[]>;
}

/**
 * The custody log indexed by original, for document pages. Reading the whole log for
 * each page would cost a second on a large archive, so the index is built once and
 * rebuilt only when custody.jsonl changed (its size or time: the log is append-only,
 * written by this server's jobs and by CLI runs alike).
 */
export function createCustodyIndex(archive: Archive): CustodyIndex {
  const log = join(archive.dir, 'custody.jsonl');
  let built: { key: string; bySha: Map<string, CustodyEntry[]> } | undefined;
  let building: Promise<Map<string, CustodyEntry[]>> | undefined;
  const keyNow = (): string => {
    try {
      const s = statSync(log);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return 'none';
    }
  };
  const build = async (key: string): Promise<Map<string, CustodyEntry[]>> => {
    const bySha = new Map<string, CustodyEntry[]>();
    for await (const e of archive.entries()) {
      if (!e.sha256) continue;
      const list = bySha.get(e.sha256) ?? [];
      list.push(e);
      bySha.set(e.sha256, list);
    }
    built = { key, bySha };
    return bySha;
  };
  return {
    async entriesOf(sha256) {
      const key = keyNow();
      if (built?.key === key) return built.bySha.get(sha256) ?? [];
      building ??= build(key).finally(() => (building = undefined));
      return (await building).get(sha256) ?? [];
    },
  };
}
