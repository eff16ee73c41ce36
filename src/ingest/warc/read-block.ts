import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { RecordEvent } from './archive-record.ts';
import type { ByteReader } from './byte-reader.ts';

/** What reading one record's block needs to know about where it stands. */
export interface Framing {
  readonly reader: ByteReader;
  /** Reader position of the record's first line. */
  readonly start: number;
  readonly format: 'warc' | 'arc';
  readonly maxBytes: number;
  /** The record's offset as reported. */
  readonly offset: number;
  /** Whether a line begins a record of this file. */
  readonly isStart: (line: Uint8Array) => boolean;
  readonly problem: (
    code: string,
    pos: number,
    what: string,
    severity?: Diagnostic['severity'],
  ) => RecordEvent;
}

const CR = 0x0d;
const LF = 0x0a;
const MAX_LINE = 64 * 1024;

/**
 * Reads a record's block by its declared length and checks that a record boundary follows
 * (the blank lines that end a record, then the next record or the end of the file). When
 * the length is missing, not a number, or wrong (the boundary is not there, or the file
 * ends first), the block is taken instead as everything up to the next line that begins a
 * record, with a warning. When the file simply ends first, the record comes out marked
 * `cutFrom` (its payload may still be whole, or not: the caller judges).
 * A block over `maxBytes` is passed over without being held. `alt` is another length that
 * counts as right (WARC 0.9 may count the header in its length).
 */
export async function* readBlock(
  f: Framing,
  headers: ReadonlyMap<string, string>,
  declared: string | undefined,
  alt?: number,
): AsyncGenerator<RecordEvent> {
  const { reader } = f;
  const type = (headers.get('warc-type') ?? '').toLowerCase();
  const record = (block: Uint8Array | undefined, length: number, cutFrom?: number): RecordEvent => ({
    kind: 'record',
    record: {
      format: f.format,
      offset: f.offset,
      type,
      headers,
      block,
      length,
      ...(cutFrom === undefined ? {} : { cutFrom }),
    },
  });
  const lengthName = f.format === 'warc' ? 'Content-Length' : 'length';
  const length =
    declared !== undefined && /^\d+$/.test(declared.trim()) ? Number(declared.trim()) : undefined;

  if (length !== undefined && length > f.maxBytes) {
    const passed = await reader.skip(length);
    if (passed < length) {
      yield* cutShort(`${lengthName} ${length}, but only ${passed} bytes follow`);
      return;
    }
    if (await boundaryFollows(undefined)) yield record(undefined, length);
    else {
      yield f.problem(
        'bad-length',
        f.start,
        `${lengthName} ${length} does not end at a record boundary, and the block is over ${f.maxBytes} bytes so cannot be re-read; record lost`,
      );
      await skipToStart();
    }
    return;
  }
  if (length !== undefined) {
    const block = await reader.read(length);
    if (block.length === length && (await boundaryFollows(block))) {
      yield record(block, length);
      return;
    }
    reader.unread(block);
  }

  // the length is missing or wrong: the block runs to the next record, if one follows
  const found = await readToStart();
  const why =
    length === undefined
      ? declared === undefined
        ? `no ${lengthName}`
        : `${lengthName} ${JSON.stringify(declared)} is not a byte count`
      : `${lengthName} ${length} is wrong`;
  if (found.end === 'limit') {
    yield f.problem(
      'too-large',
      f.start,
      `${why}, and no next record within ${f.maxBytes} bytes; skipped to the next record`,
    );
    await skipToStart();
    return;
  }
  if (found.end === 'gap') {
    yield* cutShort(why);
    return;
  }
  const block = withoutSeparator(found.bytes, f.format);
  if (found.end === 'end' && length !== undefined && block.length < length) {
    // truncated: whether what is there is still whole (an HTTP body of its stated length) is for the payload to say
    yield record(block, block.length, length);
    return;
  }
  if (block.length !== alt) {
    const until = found.end === 'start' ? 'up to the next record' : 'up to the end of the file';
    yield f.problem(
      'bad-length',
      f.start,
      `${why}: read the block as the ${block.length} bytes ${until}`,
      'warning',
    );
  }
  yield record(block, block.length);

  /** A gap, or the end of the file, came before the block was complete. */
  async function* cutShort(what: string): AsyncGenerator<RecordEvent> {
    const gap = reader.takeGap();
    if (gap) {
      yield { kind: 'problem', problem: gap };
      yield f.problem('truncated', f.start, `${what}; cut short by damaged gzip data; record lost`);
    } else yield f.problem('truncated', f.start, `${what}; the file ends inside the record; record lost`);
  }

  /**
   * Line breaks, then the end of the file, a gap or a line that begins a record; or the
   * blank line that ends a WARC record followed by stray bytes (the next read reports them)
   * when the block holds no record start (else its length ran into the next record).
   * Consumes the line breaks only if so.
   */
  async function boundaryFollows(block: Uint8Array | undefined): Promise<boolean> {
    const sep = await reader.read(16);
    let k = 0;
    let breaks = 0;
    for (; k < sep.length && (sep[k] === CR || sep[k] === LF); k++) if (sep[k] === LF) breaks++;
    reader.unread(sep.subarray(k));
    const ok =
      (await reader.atEnd()) ||
      f.isStart(await peekLine()) ||
      (f.format === 'warc' && breaks >= 2 && block !== undefined && !holdsStart(block));
    if (!ok) reader.unread(sep.subarray(0, k));
    else {
      // a gzip member that begins with the line breaks: leave them, so the next record is found at the member's offset
      const p0 = reader.position - k;
      for (let j = 1; j < k; j++) {
        if (reader.originAt(p0 + j) === undefined) continue;
        reader.unread(sep.subarray(j, k));
        break;
      }
    }
    return ok;
  }

  /** Whether a line inside the block begins a WARC record. */
  function holdsStart(block: Uint8Array): boolean {
    const b = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
    for (let i = b.indexOf('\nWARC/'); i >= 0; i = b.indexOf('\nWARC/', i + 1)) {
      const e = b.indexOf(LF, i + 1);
      if (f.isStart(b.subarray(i + 1, e < 0 ? b.length : e + 1))) return true;
    }
    return false;
  }

  async function peekLine(): Promise<Uint8Array> {
    const line = (await reader.readLine(MAX_LINE)) as Uint8Array;
    reader.unread(line);
    return line;
  }

  /** Everything up to the next line that begins a record (left unread), the end of the file or a gap. */
  async function readToStart(): Promise<{ bytes: Uint8Array; end: 'start' | 'end' | 'gap' | 'limit' }> {
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const line = await reader.readLine(MAX_LINE);
      if (line === undefined) return { bytes: Buffer.concat(parts, size), end: reader.atGap ? 'gap' : 'end' };
      if (f.isStart(line)) {
        reader.unread(line);
        return { bytes: Buffer.concat(parts, size), end: 'start' };
      }
      parts.push(line);
      size += line.length;
      if (size > f.maxBytes) return { bytes: new Uint8Array(0), end: 'limit' };
    }
  }

  async function skipToStart(): Promise<void> {
    for (
      let line = await reader.readLine(MAX_LINE);
      line !== undefined;
      line = await reader.readLine(MAX_LINE)
    ) {
      if (f.isStart(line)) {
        reader.unread(line);
        return;
      }
    }
  }
}

/** The block without the line breaks that end a record: CRLF CRLF in a WARC (LF LF and mixtures tolerated), LF in an ARC. */
function withoutSeparator(b: Uint8Array, format: 'warc' | 'arc'): Uint8Array {
  let end = b.length;
  const max = format === 'warc' ? 2 : 1;
  for (let i = 0; i < max && end > 0 && b[end - 1] === LF; i++) end -= end > 1 && b[end - 2] === CR ? 2 : 1;
  return b.subarray(0, end);
}
