import type { RawDocument } from '../domain/raw-document.ts';
import type { ArchiveReport } from './check-archive.ts';
import type { CustodyEntry, CustodyRecord } from './custody-entry.ts';

export interface PutOptions {
  /** `capture` (default) for an original read from its source, `import` for one taken from a package. */
  readonly action?: 'capture' | 'import';
  /** For imports: the package. */
  readonly via?: string;
  readonly note?: string;
}

/**
 * Evidence-grade keeping of originals (see open-archive.ts for the layout): the bytes
 * unaltered under their SHA-256, and a hash-chained custody log of who did what to them.
 */
export interface Archive {
  readonly dir: string;
  /**
   * Keeps an original and records its custody entry; both durable when this returns.
   * `added`: the bytes were new; `recorded`: the entry was (an identical earlier one is not repeated).
   */
  put(raw: RawDocument, who: string, options?: PutOptions): Promise<{ readonly sha256: string; readonly added: boolean; readonly recorded: boolean }>;
  /** Appends a custody entry unless an identical one (but for who and when) is recorded already. */
  record(r: CustodyRecord): Promise<{ readonly recorded: boolean }>;
  has(sha256: string): Promise<boolean>;
  /** The original's bytes, checked against their hash (IntegrityError when they differ); undefined when absent. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  /** The custody log in order; a damaged line is an IntegrityError. */
  entries(): AsyncIterable<CustodyEntry>;
  /** Checks every object and the whole chain; never throws on what it finds. */
  verify(): Promise<ArchiveReport>;
  /** Releases the writer lock. */
  close(): Promise<void>;
}
