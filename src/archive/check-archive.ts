import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GENESIS } from './custody-entry.ts';
import { objectPath } from './object-path.ts';
import { parseEntryLine } from './parse-entry-line.ts';
import { readLogLines } from './read-log-lines.ts';

/** One thing altered or missing, named so that a person can go and look at it. */
export interface ArchiveProblem {
  /** `custody.jsonl line 12 (seq 12)` or `objects/ab/cd/abcd…`. */
  readonly where: string;
  readonly message: string;
  readonly line?: number;
  readonly seq?: number;
  readonly sha256?: string;
}

export interface ArchiveReport {
  readonly dir: string;
  /** Lines of custody.jsonl read. */
  readonly entries: number;
  readonly objects: number;
  /** The last sound entry: note its hash elsewhere, and a later truncation of the log shows. */
  readonly head?: { readonly seq: number; readonly hash: string };
  /** Torn lines cut after crashes, as recorded by the archive itself: not problems. */
  readonly repairs: readonly { readonly line: number; readonly seq: number; readonly note: string }[];
  readonly problems: readonly ArchiveProblem[];
}

interface Reference {
  readonly line: number;
  readonly seq: number;
  readonly size: number;
}

const HEX64 = /^[0-9a-f]{64}$/;
const HEX2 = /^[0-9a-f]{2}$/;

/**
 * Checks an archive folder: every custody line on its own (canonical form, own hash),
 * the chain (seq 1, 2, 3 … and each prev the hash of the line before), every object's
 * content against its name and the size its entries record, objects no entry names and
 * entries whose object is missing. Reads only; reports everything, stops at nothing.
 *
 * While a writer works on: objects are listed first, then the log is read up to
 * `logEnd()` (its size under the writer lock, so no line is half written). An object
 * becomes visible only after its entry is in the log, so every listed object's entry is
 * read; an entry whose object was renamed in after the listing is looked for again.
 */
export async function checkArchive(dir: string, logEnd?: () => number): Promise<ArchiveReport> {
  const listed = await listObjects(dir);
  const end = logEnd?.();
  const problems: ArchiveProblem[] = [];
  const repairs: { line: number; seq: number; note: string }[] = [];
  const refs = new Map<string, Reference>();
  let entries = 0;
  let head: { seq: number; hash: string } | undefined;
  let dueSeq = 1;
  let duePrev: string | undefined = GENESIS;
  for (const line of readLogLines(join(dir, 'custody.jsonl'), end === undefined ? {} : { end })) {
    entries = line.number;
    const p = parseEntryLine(line.bytes);
    const e = p.entry;
    const where = `custody.jsonl line ${line.number} (${e ? `seq ${e.seq}` : `seq ${dueSeq} due`})`;
    const at = { where, line: line.number, ...(e ? { seq: e.seq } : {}) };
    if (!line.terminated) problems.push({ ...at, message: 'has no closing newline: torn or altered' });
    if (!p.ok) problems.push({ ...at, message: `${p.problem}: altered` });
    if (!e) {
      dueSeq++;
      duePrev = undefined;
      head = undefined;
      continue;
    }
    if (e.seq !== dueSeq) problems.push({ ...at, message: `seq ${e.seq} where ${dueSeq} was due: an entry is missing, repeated or out of order` });
    if (duePrev !== undefined && e.prev !== duePrev) problems.push({ ...at, message: 'its prev is not the hash of the entry before it: the chain is broken here' });
    if (e.sha256 !== undefined && e.size !== undefined) {
      const ref = refs.get(e.sha256);
      if (!ref) refs.set(e.sha256, { line: line.number, seq: e.seq, size: e.size });
      else if (ref.size !== e.size) problems.push({ ...at, sha256: e.sha256, message: `records ${e.size} bytes for ${e.sha256}, line ${ref.line} records ${ref.size}` });
    }
    if (e.action === 'repair' && p.ok) repairs.push({ line: line.number, seq: e.seq, note: e.note ?? '' });
    dueSeq = e.seq + 1;
    duePrev = e.hash;
    head = p.ok ? { seq: e.seq, hash: e.hash } : undefined;
  }

  let objects = 0;
  const seen = new Set<string>();
  const listedNames = new Set(listed.flatMap((f) => (f.ok ? [f.sha256] : [])));
  const late = [...refs.keys()].filter((sha256) => !listedNames.has(sha256) && existsSync(join(dir, objectPath(sha256))));
  for (const found of [...listed, ...late.map((sha256) => ({ ok: true as const, sha256 }))]) {
    if (!found.ok) {
      problems.push({ where: found.path, message: 'is not where an object can be: a file was added or renamed' });
      continue;
    }
    objects++;
    const name = found.sha256;
    const where = objectPath(name);
    seen.add(name);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, where));
    } catch (err) {
      problems.push({ where, sha256: name, message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== name) problems.push({ where, sha256: name, message: `its content hashes to ${actual}, not to its name: altered` });
    const ref = refs.get(name);
    if (!ref) problems.push({ where, sha256: name, message: 'no custody entry names it' });
    else if (ref.size !== bytes.length) problems.push({ where, sha256: name, message: `is ${bytes.length} bytes; custody.jsonl line ${ref.line} (seq ${ref.seq}) records ${ref.size}` });
  }
  for (const [sha256, ref] of refs) {
    if (!seen.has(sha256)) problems.push({ where: objectPath(sha256), sha256, line: ref.line, seq: ref.seq, message: `is missing (named by custody.jsonl line ${ref.line}, seq ${ref.seq})` });
  }
  return { dir, entries, objects, ...(head ? { head } : {}), repairs, problems };
}

type Found = { readonly ok: true; readonly sha256: string } | { readonly ok: false; readonly path: string };

/** Every file below objects/, sorted, each either a well-placed object or not. */
async function listObjects(dir: string): Promise<Found[]> {
  const out: Found[] = [];
  const root = join(dir, 'objects');
  // null: a file where a folder should be
  const level = async (rel: string): Promise<string[] | null> => {
    try {
      return (await readdir(join(root, rel))).sort();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return [];
      if (code === 'ENOTDIR') return null;
      throw err;
    }
  };
  for (const a of (await level('')) ?? []) {
    const aPath = `objects/${a}`;
    const bs = HEX2.test(a) ? await level(a) : null;
    if (bs === null) {
      out.push({ ok: false, path: aPath });
      continue;
    }
    for (const b of bs) {
      const names = HEX2.test(b) ? await level(`${a}/${b}`) : null;
      if (names === null) {
        out.push({ ok: false, path: `${aPath}/${b}` });
        continue;
      }
      for (const name of names) {
        const ok = HEX64.test(name) && name.startsWith(a + b);
        out.push(ok ? { ok: true, sha256: name } : { ok: false, path: `${aPath}/${b}/${name}` });
      }
    }
  }
  return out;
}
