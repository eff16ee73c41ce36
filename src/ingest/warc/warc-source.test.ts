import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { readDocuments } from '../read-documents.ts';
import type { SourceItem } from '../source-item.ts';
import { httpResponseBytes } from './http-response-bytes.ts';
import { warcRecordBytes } from './warc-record-bytes.ts';
import { warcSource } from './warc-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'warc-source-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const STORY =
  'The mayor of Eldham said on Tuesday that the old mill would reopen. "We owe it to the town," she said.';
const PAGE = `<!doctype html><html><head><title>Mill to reopen</title></head><body><p>${STORY}</p></body></html>`;
const HTTP = 'application/http; msgtype=response';

function response(
  uri: string,
  body: Uint8Array | string,
  headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' },
  status = 200,
): Buffer {
  return warcRecordBytes(
    { type: 'response', uri, date: '2024-03-05T10:00:00Z', contentType: HTTP },
    httpResponseBytes(status, headers, body),
  );
}

function write(name: string, ...parts: Uint8Array[]): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

async function run(path: string): Promise<{
  docs: Extract<SourceItem, { ok: true }>['raw'][];
  problems: Extract<SourceItem, { ok: false }>['problem'][];
  records: number;
  skipped: string[];
}> {
  const docs = [];
  const problems = [];
  let records = 0;
  const skipped: string[] = [];
  for await (const item of warcSource(path, {
    onRecord: () => records++,
    onSkip: (_r, why) => skipped.push(why),
  })) {
    if (item.ok) docs.push(item.raw);
    else problems.push(item.problem);
  }
  return { docs, problems, records, skipped };
}

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('warcSource', () => {
  const records = [
    warcRecordBytes(
      { type: 'warcinfo', contentType: 'application/warc-fields' },
      'software: claimtrail test\r\n',
    ),
    warcRecordBytes(
      {
        type: 'request',
        uri: 'https://news.example/local/mill-to-reopen.html',
        contentType: 'application/http; msgtype=request',
      },
      'GET /local/mill-to-reopen.html HTTP/1.1\r\n\r\n',
    ),
    response('https://news.example/local/mill-to-reopen.html', PAGE),
    response('https://news.example/img/mill.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
      'Content-Type': 'image/png',
    }),
    response('https://news.example/old', 'moved', { 'Content-Type': 'text/html', Location: '/new' }, 301),
    warcRecordBytes(
      { type: 'resource', uri: 'https://news.example/notes.txt', contentType: 'text/plain' },
      STORY,
    ),
    warcRecordBytes(
      {
        type: 'metadata',
        uri: 'https://news.example/local/mill-to-reopen.html',
        contentType: 'application/warc-fields',
      },
      'via: test\r\n',
    ),
  ];

  it('reads responses and resources with HTML or text payloads, and counts what it skips', async () => {
    const r = await run(write('plain.warc', ...records));
    assert.deepEqual(r.problems, []);
    assert.equal(r.records, 7);
    assert.deepEqual(r.skipped, ['warcinfo', 'request', 'image/png', 'HTTP 301', 'metadata']);
    assert.deepEqual(
      r.docs.map((d) => [d.uri, d.mediaType, d.capturedAt, d.hints?.url]),
      [
        [
          'https://news.example/local/mill-to-reopen.html',
          'text/html',
          '2024-03-05T10:00:00Z',
          'https://news.example/local/mill-to-reopen.html',
        ],
        [
          'https://news.example/notes.txt',
          'text/plain',
          '1970-01-01T00:00:00Z',
          'https://news.example/notes.txt',
        ],
      ],
    );
    assert.equal(text(r.docs[0]?.bytes ?? new Uint8Array()), PAGE);
    const offset = (records[0] as Buffer).length + (records[1] as Buffer).length;
    assert.equal(r.docs[0]?.name, `local-mill-to-reopen-${offset}`);
  });

  it("gives the same documents from a per-record gzip file, named by their members' offsets", async () => {
    const members = records.map((b) => gzipSync(b));
    const r = await run(write('members.warc.gz', ...members));
    assert.deepEqual(r.problems, []);
    assert.equal(r.docs.length, 2);
    assert.equal(
      r.docs[0]?.name,
      `local-mill-to-reopen-${(members[0] as Buffer).length + (members[1] as Buffer).length}`,
    );
    assert.equal(text(r.docs[1]?.bytes ?? new Uint8Array()), STORY);
  });

  it('reads a file gzipped as a whole', async () => {
    const r = await run(write('whole.warc.gz', gzipSync(Buffer.concat(records))));
    assert.deepEqual(r.problems, []);
    assert.equal(r.docs.length, 2);
  });

  it('undoes chunked transfer encoding and gzip, deflate and brotli content encodings', async () => {
    const chunked = `${(20).toString(16)}\r\n${PAGE.slice(0, 20)}\r\n${(PAGE.length - 20).toString(16)};ext=1\r\n${PAGE.slice(20)}\r\n0\r\n\r\n`;
    const gz = gzipSync(PAGE);
    const gzChunked = Buffer.concat([
      Buffer.from(`${gz.length.toString(16)}\r\n`),
      gz,
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const path = write(
      'encodings.warc',
      response('https://news.example/a', chunked, {
        'Content-Type': 'text/html',
        'Transfer-Encoding': 'chunked',
      }),
      response('https://news.example/b', gz, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
      response('https://news.example/c', deflateSync(PAGE), {
        'Content-Type': 'text/html',
        'Content-Encoding': 'deflate',
      }),
      response('https://news.example/d', brotliCompressSync(PAGE), {
        'Content-Type': 'text/html',
        'Content-Encoding': 'br',
      }),
      response('https://news.example/e', gzChunked, {
        'Content-Type': 'text/html',
        'Transfer-Encoding': 'chunked',
        'Content-Encoding': 'gzip',
      }),
      // stored already de-chunked, header kept: common in real crawls
      response('https://news.example/f', PAGE, {
        'Content-Type': 'text/html',
        'Transfer-Encoding': 'chunked',
      }),
    );
    const r = await run(path);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.docs.map((d) => text(d.bytes)),
      Array.from({ length: 6 }, () => PAGE),
    );
  });

  it('reports a body that claims an encoding it does not have, and goes on', async () => {
    const path = write(
      'bad-encoding.warc',
      response('https://news.example/a', 'not gzip at all', {
        'Content-Type': 'text/html',
        'Content-Encoding': 'gzip',
      }),
      response('https://news.example/b', '5\r\nabc', {
        'Content-Type': 'text/html',
        'Transfer-Encoding': 'chunked',
      }),
      response('https://news.example/c', PAGE),
    );
    const r = await run(path);
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.offset]),
      [
        ['bad-encoding', 0],
        ['truncated', r.problems[1]?.offset],
      ],
    );
    assert.ok((r.problems[1]?.offset ?? 0) > 0);
    assert.match(
      r.problems[0]?.message ?? '',
      /bad-encoding\.warc: WARC record at byte 0 \(https:\/\/news\.example\/a\): Content-Encoding gzip/,
    );
    assert.equal(r.docs.length, 1);
  });

  it('reads WET conversion records as text', async () => {
    const path = write(
      'crawl.warc.wet',
      warcRecordBytes({ type: 'warcinfo', contentType: 'application/warc-fields' }, 'isPartOf: test\r\n'),
      warcRecordBytes(
        {
          type: 'conversion',
          uri: 'https://news.example/local/mill',
          contentType: 'text/plain',
          extra: { 'WARC-Refers-To': '<urn:uuid:x>' },
        },
        STORY,
      ),
    );
    const r = await run(path);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.docs.map((d) => [d.mediaType, text(d.bytes)]),
      [['text/plain', STORY]],
    );
  });

  it('reports a damaged gzip member and reads the records after it', async () => {
    const members = records.map((b) => gzipSync(b));
    const damaged = Buffer.from(members[2] as Buffer);
    damaged.fill(0x55, 12, 40);
    const parts = [...members.slice(0, 2), damaged, ...members.slice(3)];
    const r = await run(write('damaged.warc.gz', ...parts));
    const at = (members[0] as Buffer).length + (members[1] as Buffer).length;
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.offset]),
      [['bad-gzip', at]],
    );
    assert.deepEqual(
      r.docs.map((d) => d.uri),
      ['https://news.example/notes.txt'],
    );
    assert.equal(r.records, 6);
  });

  it('reports a file cut off inside a record, keeping the records before it', async () => {
    const whole = Buffer.concat(records.slice(0, 3));
    const r = await run(write('cut.warc', whole.subarray(0, whole.length - 40)));
    const at = (records[0] as Buffer).length + (records[1] as Buffer).length;
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.offset]),
      [['truncated', at]],
    );
    assert.match(r.problems[0]?.message ?? '', /Content-Length \d+, but the file ends after \d+ bytes/);
    assert.equal(r.records, 3);
  });

  it('reports a file that is not there, or not an archive', async () => {
    const missing = await run(join(dir, 'nowhere.warc'));
    assert.deepEqual(
      missing.problems.map((p) => p.code),
      ['unreadable'],
    );
    const junk = await run(write('junk.warc', Buffer.from('just some text\nnothing like a record\n')));
    assert.deepEqual(
      junk.problems.map((p) => [p.code, p.offset]),
      [['not-a-record', 0]],
    );
  });

  it('can be left early, gzipped or not', async () => {
    for (const path of [
      write('leave.warc', ...records),
      write('leave.warc.gz', ...records.map((b) => gzipSync(b))),
    ]) {
      let n = 0;
      for await (const item of warcSource(path)) if (item.ok && ++n === 1) break;
      assert.equal(n, 1);
    }
  });

  it('reports a record larger than the limit and reads on', async () => {
    const big = response('https://news.example/big', `<p>${'x'.repeat(5000)}</p>`);
    const path = write('big.warc', big, records[5] as Buffer);
    const docs: SourceItem[] = [];
    const problems: SourceItem[] = [];
    for await (const item of warcSource(path, { maxBytes: 1000 })) (item.ok ? docs : problems).push(item);
    assert.equal(docs.length, 1);
    assert.equal(problems.length, 1);
    assert.match(JSON.stringify(problems[0]), /too-large/);
  });
});

describe('web archives among files', () => {
  it('are found in directory walks and read record by record, whatever their size', async () => {
    const sub = mkdtempSync(join(dir, 'walk-'));
    writeFileSync(join(sub, 'a-note.txt'), STORY);
    const archive = Buffer.concat([
      response('https://news.example/x/one', PAGE),
      response('https://news.example/x/two', `<p>${STORY} Twice.</p>`),
    ]);
    writeFileSync(join(sub, 'crawl.warc.gz'), gzipSync(archive));
    writeFileSync(join(sub, 'picture.png'), 'not read');
    const got = [];
    // a limit smaller than the archive: it applies to each record, not to the file
    for await (const item of readDocuments([sub], { maxBytes: 1000 }))
      got.push(item.ok ? [item.doc.name, item.doc.mediaType, item.doc.url] : [item.problem.code]);
    assert.deepEqual(got, [
      ['a-note', 'text/plain', undefined],
      ['x-one-0', 'text/html', 'https://news.example/x/one'],
      [`x-two-${archive.indexOf('WARC/1.1', 10)}`, 'text/html', 'https://news.example/x/two'],
    ]);
  });
});
