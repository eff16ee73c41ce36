import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { RecordEvent } from './archive-record.ts';
import type { ByteReader } from './byte-reader.ts';
import { readBlock, type Framing } from './read-block.ts';
import { arcHeaderLine, warcVersion, type ArcHeaderLine } from './record-start.ts';

export interface ReadRecordsOptions {
  /** The name problems are reported under (the archive file's). */
  readonly doc: string;
  readonly path: string;
  /** Gzip: offsets not at a member start are positions in the decompressed data. */
  readonly compressed: boolean;
  /** Blocks larger than this are passed over without being held. */
  readonly maxBytes: number;
}

/** Header lines longer than this are damage, not headers. */
const MAX_LINE = 64 * 1024;
const MAX_HEADER = 256 * 1024;
const utf8 = new TextDecoder('utf-8');

/**
 * The records of a WARC (0.9 to 1.1) or ARC (version 1 or 2) file, framed by their lengths.
 * Whatever is wrong with one record (a truncated or missing header, a wrong or missing
 * Content-Length, bytes lost to a damaged gzip member, stray bytes between records) is a
 * problem event naming the record's offset, and reading goes on at the next line that
 * begins a record. The file's format is set by its first record: a WARC file is not
 * searched for ARC header lines, nor the other way round.
 */
export async function* readRecords(
  reader: ByteReader,
  options: ReadRecordsOptions,
): AsyncGenerator<RecordEvent> {
  let format: 'warc' | 'arc' | undefined;
  let arcVersion: 1 | 2 = 1;
  const isStart = (line: Uint8Array): boolean => {
    // cheap tests first: recovery scans pass every line of a block through here
    if (line.length > 8192 || line.length < 6) return false;
    if (format !== 'arc' && line[0] === 0x57 /* W */ && warcVersion(utf8.decode(line)) !== undefined)
      return true;
    return (
      format !== 'warc' &&
      /[a-zA-Z]/.test(String.fromCharCode(line[0] ?? 0)) &&
      arcHeaderLine(utf8.decode(line), arcVersion) !== undefined
    );
  };
  // where the blank lines before the current record began: a gzip member may start with them
  let blankFrom: number | undefined;
  const locate = (pos: number): { offset: number; text: string } => {
    const origin = reader.originAt(pos) ?? (blankFrom === undefined ? undefined : reader.originAt(blankFrom));
    if (origin !== undefined) return { offset: origin, text: `byte ${origin}` };
    return { offset: pos, text: options.compressed ? `byte ${pos} of the decompressed data` : `byte ${pos}` };
  };
  const problem = (
    code: string,
    pos: number,
    what: string,
    severity: Diagnostic['severity'] = 'error',
  ): RecordEvent => {
    const at = locate(pos);
    return {
      kind: 'problem',
      problem: {
        doc: options.doc,
        severity,
        code,
        offset: at.offset,
        message: `${options.path}: record at ${at.text}: ${what}`,
      },
    };
  };
  const framing = (start: number, fmt: 'warc' | 'arc'): Framing => ({
    reader,
    start,
    format: fmt,
    maxBytes: options.maxBytes,
    offset: locate(start).offset,
    isStart,
    problem,
  });

  for (;;) {
    for (const note of reader.takeNotes()) yield { kind: 'problem', problem: note };
    if (await reader.atEnd()) {
      const gap = reader.takeGap();
      if (gap === undefined) break;
      yield { kind: 'problem', problem: gap };
      continue;
    }
    const start = reader.position;
    reader.forgetBefore(blankFrom ?? start);
    const line = (await reader.readLine(MAX_LINE)) as Uint8Array;
    const text = line.length <= 8192 ? utf8.decode(line) : '';
    if (line.length <= 4 && text.trim() === '') {
      blankFrom ??= start; // blank lines between records
      continue;
    }
    const version = format !== 'arc' ? warcVersion(text) : undefined;
    const arc: ArcHeaderLine | undefined =
      version === undefined && format !== 'warc' ? arcHeaderLine(text, arcVersion) : undefined;
    if (version !== undefined) {
      format ??= 'warc';
      yield* warcRecord(start, text, line.length, version);
    } else if (arc !== undefined) {
      format ??= 'arc';
      const filedesc: boolean = arc.url.startsWith('filedesc:');
      const headers: Map<string, string> = new Map([
        ['warc-type', filedesc ? 'warcinfo' : 'response'],
        ['warc-target-uri', arc.url],
        ['warc-date', arc.date],
        ['content-type', arc.contentType],
      ]);
      const events: AsyncGenerator<RecordEvent> = readBlock(framing(start, 'arc'), headers, arc.length);
      for await (const ev of events) {
        // the file header's first line names the version, which says how many fields header lines have
        if (filedesc && ev.kind === 'record' && ev.record.block)
          arcVersion = /^2\b/.test(utf8.decode(ev.record.block.subarray(0, 16))) ? 2 : 1;
        yield ev;
      }
    } else {
      const skipped = line.length + (await skipToStart());
      yield problem(
        'not-a-record',
        start,
        `${skipped} bytes that do not begin a ${format?.toUpperCase() ?? 'WARC or ARC'} record; skipped to the next record`,
      );
    }
    blankFrom = undefined;
  }
  for (const note of reader.takeNotes()) yield { kind: 'problem', problem: note };

  async function* warcRecord(
    start: number,
    firstLine: string,
    firstLength: number,
    version: string,
  ): AsyncGenerator<RecordEvent> {
    const headers = new Map<string, string>();
    let size = firstLength;
    // WARC 0.9 put its fields on the first line: "WARC/0.9 length type uri date content-type record-id"
    const legacy = firstLine.trim().split(/[ \t]+/);
    if (version.startsWith('0.') && legacy.length >= 7) {
      const names = [
        'content-length',
        'warc-type',
        'warc-target-uri',
        'warc-date',
        'content-type',
        'warc-record-id',
      ];
      names.forEach((n, i) => headers.set(n, legacy[i + 1] ?? ''));
    }
    let last: string | undefined;
    for (;;) {
      const line = await reader.readLine(MAX_LINE);
      if (line === undefined) {
        const gap = reader.takeGap();
        if (gap) yield { kind: 'problem', problem: gap };
        yield problem(
          'truncated',
          start,
          gap ? 'cut short inside its header by damaged gzip data' : 'the file ends inside its header',
        );
        return;
      }
      size += line.length;
      const s = utf8.decode(line);
      if (s.trim() === '') break;
      if (size > MAX_HEADER) {
        const skipped = size + (await skipToStart());
        yield problem(
          'bad-header',
          start,
          `header runs past ${MAX_HEADER} bytes without a blank line; ${skipped} bytes skipped to the next record`,
        );
        return;
      }
      if (warcVersion(s) !== undefined) {
        // the next record begins before this one's header ended
        reader.unread(line);
        yield problem(
          'truncated',
          start,
          'header not ended by a blank line before the next record; record skipped',
        );
        return;
      }
      if ((s[0] === ' ' || s[0] === '\t') && last !== undefined) {
        headers.set(last, `${headers.get(last) ?? ''} ${s.trim()}`); // a folded continuation line
        continue;
      }
      const colon = s.indexOf(':');
      if (colon <= 0) {
        yield problem(
          'bad-header',
          start,
          `header line ${JSON.stringify(s.trim().slice(0, 60))} is not "Name: value"; ignored`,
          'warning',
        );
        continue;
      }
      last = s.slice(0, colon).trim().toLowerCase();
      if (!headers.has(last)) headers.set(last, s.slice(colon + 1).trim());
    }
    const declared = headers.get('content-length');
    // 0.9's length may count the whole record: a block that long minus the header is no error
    const alt =
      version.startsWith('0.') && declared !== undefined && /^\d+$/.test(declared)
        ? Number(declared) - size
        : undefined;
    yield* readBlock(framing(start, 'warc'), headers, declared, alt);
  }

  /** Passes over lines until one begins a record (left unread), the end of the file or a gap. */
  async function skipToStart(): Promise<number> {
    let n = 0;
    for (;;) {
      const line = await reader.readLine(MAX_LINE);
      if (line === undefined) return n;
      if (isStart(line)) {
        reader.unread(line);
        return n;
      }
      n += line.length;
    }
  }
}
