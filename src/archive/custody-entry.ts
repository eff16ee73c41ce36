import { z } from 'zod';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'not a lower-case SHA-256');
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * What happened to an original: `capture` (read from its source), `import` (taken from a
 * package), `ingest` (added to a store), `export` (written to a package), `verify` (the
 * whole archive checked clean), `repair` (a torn last log line cut after a crash).
 */
export const CUSTODY_ACTIONS = ['capture', 'import', 'ingest', 'export', 'verify', 'repair'] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/** Actions that are about one original: they name its object. */
const OBJECT_ACTIONS: ReadonlySet<string> = new Set(['capture', 'import', 'ingest', 'export']);

/**
 * One line of custody.jsonl. `hash` is the SHA-256 of the canonical (RFC 8785) JSON of
 * every other field; `prev` is the previous entry's `hash` (64 zeros for the first), so
 * changing, dropping or reordering any entry breaks the chain after it.
 */
export const custodyEntrySchema = z
  .strictObject({
    seq: count.min(1),
    /** When the entry was written, ISO 8601 UTC. */
    at: z.string().min(1),
    who: z.string().min(1),
    action: z.enum(CUSTODY_ACTIONS),
    /**
     * What the action concerned: capture, import: where the original came from; ingest: the
     * store it went into; export: the package written; verify: the archive; repair: custody.jsonl.
     */
    uri: z.string().min(1),
    /** The original's web address, when the source knew it. */
    url: z.string().min(1).optional(),
    /** When the source captured the original, as the source said it. */
    capturedAt: z.string().min(1).optional(),
    /** The object: the original's SHA-256 (for repair: the bytes cut from the log). */
    sha256: hex64.optional(),
    size: count.optional(),
    mediaType: z.string().min(1).optional(),
    /** ingest: the document's id in the store. */
    docId: z.string().min(1).optional(),
    /** import: the package the original came from. */
    via: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    prev: hex64,
    hash: hex64,
  })
  .refine((e) => !OBJECT_ACTIONS.has(e.action) || (e.sha256 !== undefined && e.size !== undefined && e.mediaType !== undefined), {
    message: 'an entry about an original needs sha256, size and mediaType',
  })
  .refine((e) => (e.sha256 === undefined) === (e.size === undefined), { message: 'sha256 and size go together' });

export type CustodyEntry = z.infer<typeof custodyEntrySchema>;

/** What a caller records: the archive adds seq, at, prev and hash. */
export type CustodyRecord = Omit<CustodyEntry, 'seq' | 'at' | 'prev' | 'hash'>;

/** The `prev` of the first entry. */
export const GENESIS = '0'.repeat(64);
