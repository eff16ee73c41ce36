import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArchiveRecord } from './archive-record.ts';
import { ByteReader } from './byte-reader.ts';
import type { Piece } from './piece.ts';
import { readRecords } from './read-records.ts';
import { warcRecordBytes } from './warc-record-bytes.ts';

/** Records and problems from bytes fed in small pieces, so that every line and block straddles pieces. */
async function read(
  bytes: Uint8Array | string,
  pieceSize = 7,
): Promise<{
  records: ArchiveRecord[];
  problems: { code: string; offset?: number; severity: string; message: string }[];
}> {
  const all = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  async function* pieces(): AsyncGenerator<Piece> {
    for (let i = 0; i < all.length; i += pieceSize)
      yield { kind: 'data', bytes: all.subarray(i, i + pieceSize) };
  }
  const records: ArchiveRecord[] = [];
  const problems = [];
  for await (const ev of readRecords(new ByteReader(pieces()), {
    doc: 't.warc',
    path: 't.warc',
    compressed: false,
    maxBytes: 1 << 20,
  })) {
    if (ev.kind === 'record') records.push(ev.record);
    else problems.push(ev.problem);
  }
  return { records, problems };
}

const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b ?? new Uint8Array());
const note = (s: string): Buffer =>
  warcRecordBytes(
    { type: 'resource', uri: `https://gazette.example/${s.length}`, contentType: 'text/plain' },
    s,
  );

describe('readRecords', () => {
  it('frames WARC records by Content-Length, at their byte offsets', async () => {
    const a = note('First note: the bridge is closed.');
    const b = note('Second note: the ferry runs hourly.');
    const r = await read(Buffer.concat([a, b]));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.records.map((x) => [x.offset, x.type, text(x.block)]),
      [
        [0, 'resource', 'First note: the bridge is closed.'],
        [a.length, 'resource', 'Second note: the ferry runs hourly.'],
      ],
    );
    assert.equal(r.records[0]?.headers.get('warc-target-uri'), 'https://gazette.example/33');
  });

  it('takes LF-only line endings, folded header lines and extra blank lines between records', async () => {
    const raw =
      'WARC/1.0\nWARC-Type: resource\nWARC-Target-URI: https://gazette.example/a\nX-Note: one\n  two\nContent-Length: 5\n\nhello\n\n\n\n' +
      'WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nbye\r\n\r\n';
    const r = await read(raw);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.records.map((x) => text(x.block)),
      ['hello', 'bye'],
    );
    assert.equal(r.records[0]?.headers.get('x-note'), 'one two');
  });

  it('recovers a block whose Content-Length is too short or too long, with a warning at its offset', async () => {
    const a = note('The council met at noon.')
      .toString('latin1')
      .replace('Content-Length: 24', 'Content-Length: 20');
    const b = note('Nobody came to the fair.')
      .toString('latin1')
      .replace('Content-Length: 24', 'Content-Length: 90');
    const c = note('The end.');
    const r = await read(Buffer.concat([Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1'), c]));
    assert.deepEqual(
      r.records.map((x) => text(x.block)),
      ['The council met at noon.', 'Nobody came to the fair.', 'The end.'],
    );
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.severity, p.offset]),
      [
        ['bad-length', 'warning', 0],
        ['bad-length', 'warning', a.length],
      ],
    );
    assert.match(
      r.problems[0]?.message ?? '',
      /Content-Length 20 is wrong: read the block as the 24 bytes up to the next record/,
    );
  });

  it('reads to the next record when Content-Length is missing or not a number', async () => {
    const raw =
      'WARC/1.0\r\nWARC-Type: resource\r\n\r\nno length here\r\n\r\nWARC/1.0\r\nWARC-Type: resource\r\nContent-Length: ten\r\n\r\nbad length\r\n\r\n';
    const r = await read(raw);
    assert.deepEqual(
      r.records.map((x) => text(x.block)),
      ['no length here', 'bad length'],
    );
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.message.replace(/.*: /, '')]),
      [
        ['bad-length', 'read the block as the 14 bytes up to the next record'],
        ['bad-length', 'read the block as the 10 bytes up to the end of the file'],
      ],
    );
  });

  it('reports a header cut off by the end of the file, or by the next record', async () => {
    const next = note('Still here.');
    const r = await read(
      Buffer.concat([
        Buffer.from('WARC/1.0\r\nWARC-Type: resource\r\nContent-Le'),
        Buffer.from('\r\n'),
        next,
      ]),
    );
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.severity, p.offset]),
      [
        ['bad-header', 'warning', 0],
        ['truncated', 'error', 0],
      ],
    );
    assert.deepEqual(
      r.records.map((x) => text(x.block)),
      ['Still here.'],
    );
    const end = await read('WARC/1.0\r\nWARC-Type: resource\r\n');
    assert.deepEqual(
      end.problems.map((p) => [p.code, p.message.replace(/.*: /, '')]),
      [['truncated', 'the file ends inside its header']],
    );
  });

  it('marks a block cut off by the end of the file', async () => {
    const whole = note('A story that will not be finished.');
    const r = await read(whole.subarray(0, whole.length - 10));
    assert.equal(r.problems.length, 0);
    assert.equal(r.records[0]?.cutFrom, 34);
    assert.equal(r.records[0]?.length, 28);
  });

  it('skips and reports stray bytes between records', async () => {
    const a = note('Before the junk.');
    const junk = Buffer.from('%%% stray bytes %%%\r\nmore junk\r\n');
    const b = note('After the junk.');
    const r = await read(Buffer.concat([a, junk, b]));
    assert.deepEqual(
      r.records.map((x) => text(x.block)),
      ['Before the junk.', 'After the junk.'],
    );
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.offset]),
      [['not-a-record', a.length]],
    );
    // without the blank line that ends a record, the length is what is wrong: the junk joins the block
    const c = Buffer.concat([a.subarray(0, a.length - 4), junk, b]);
    const r2 = await read(c, 1000);
    assert.deepEqual(
      r2.records.map((x) => text(x.block)),
      [`Before the junk.${junk.toString().trimEnd()}`, 'After the junk.'],
    );
    assert.deepEqual(
      r2.problems.map((p) => [p.code, p.offset]),
      [['bad-length', 0]],
    );
  });

  it('reports bytes that begin no record at all', async () => {
    const r = await read(Buffer.concat([Buffer.from('garbage first\r\n'), note('Then a note.')]));
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.offset, p.message.replace(/.*: /, '')]),
      [['not-a-record', 0, '15 bytes that do not begin a WARC or ARC record; skipped to the next record']],
    );
    assert.equal(r.records.length, 1);
  });

  it('reads WARC 0.9, whose fields are on the first line', async () => {
    const block = 'An old capture.';
    const head = (n: number): string =>
      `WARC/0.9 ${n} resource http://gazette.example/old 20060102030405 text/plain uuid:1\r\n\r\n`;
    // the length counts the whole record, header included
    let whole = 0;
    for (let i = 0; i < 3; i++) whole = head(whole).length + block.length;
    const r = await read(
      `${head(whole)}${block}\r\n\r\n${head(99).replace('99', String(block.length))}${block}\r\n\r\n`,
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.records.map((x) => [
        x.type,
        x.headers.get('warc-target-uri'),
        x.headers.get('warc-date'),
        text(x.block),
      ]),
      [
        ['resource', 'http://gazette.example/old', '20060102030405', block],
        ['resource', 'http://gazette.example/old', '20060102030405', block],
      ],
    );
  });

  it('reads ARC version 1 and 2 files, URLs with spaces included', async () => {
    const body = 'HTTP/1.0 200 OK\nContent-Type: text/plain\n\nThe harbour was quiet.';
    const v1 = `filedesc://gazette.arc 0.0.0.0 20050101000000 text/plain 15\n1 0 Gazette\nURL\n\nhttp://gazette.example/a b.txt 10.0.0.1 20050102030405 text/plain ${body.length}\n${body}\n`;
    const r1 = await read(v1);
    assert.deepEqual(r1.problems, []);
    assert.deepEqual(
      r1.records.map((x) => [x.format, x.type, x.headers.get('warc-target-uri'), x.headers.get('warc-date')]),
      [
        ['arc', 'warcinfo', 'filedesc://gazette.arc', '20050101000000'],
        ['arc', 'response', 'http://gazette.example/a b.txt', '20050102030405'],
      ],
    );
    assert.equal(text(r1.records[1]?.block), body);
    const v2 = `filedesc://g2.arc 0.0.0.0 20050101000000 text/plain 200 - - 0 g2.arc 15\n2 0 Gazette\nURL\n\nhttp://gazette.example/b 10.0.0.1 20050102030405 text/plain 200 abc - 0 g2.arc ${body.length}\n${body}\n`;
    const r2 = await read(v2);
    assert.deepEqual(r2.problems, []);
    assert.equal(text(r2.records[1]?.block), body);
  });

  it('reports an ARC length that is not a number, and reads on', async () => {
    const raw =
      'filedesc://bad.arc 0.0.0.0 20050101000000 text/plain -1\n1 0 Bad\n\nhttp://gazette.example/ 10.0.0.1 20050102030405 text/plain abc\nsome text\n\nhttp://gazette.example/x 10.0.0.1 20050102030405 text/plain 4\nfine\n';
    const r = await read(raw);
    assert.deepEqual(
      r.records.map((x) => text(x.block)),
      ['1 0 Bad\n', 'some text\n', 'fine'],
    );
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.message.replace(/.*: /, '')]),
      [
        ['bad-length', 'read the block as the 8 bytes up to the next record'],
        ['bad-length', 'read the block as the 10 bytes up to the next record'],
      ],
    );
  });
});
