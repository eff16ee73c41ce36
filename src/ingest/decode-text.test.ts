import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawDocument } from '../domain/raw-document.ts';
import { decodeText } from './decode-text.ts';

const raw = (bytes: Uint8Array | string): RawDocument => ({
  uri: 'mem/x.txt',
  name: 'x',
  bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
  mediaType: 'text/plain',
});

describe('decodeText', () => {
  it('reads UTF-8 as it is', () => {
    const r = decodeText(raw('Ferry “Anna” sails at 6.\n'));
    assert.ok(r.ok);
    assert.equal(r.text, 'Ferry “Anna” sails at 6.\n');
    assert.equal(r.encoding, 'utf-8');
  });

  it('drops a byte-order mark, so offsets match the text the scorers read', () => {
    const r = decodeText(raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Velm harbour')])));
    assert.ok(r.ok);
    assert.equal(r.text, 'Velm harbour');
    assert.equal(r.encoding, 'utf-8-bom');
  });

  it('keeps CRLF line ends untouched (spans must point into the original)', () => {
    const r = decodeText(raw('Headline\r\n\r\nBody text.\r\n'));
    assert.ok(r.ok);
    assert.equal(r.text, 'Headline\r\n\r\nBody text.\r\n');
  });

  it('reads Latin-1 text as Latin-1, with a warning', () => {
    const bytes = Buffer.from('Caf\xe9 owners in Lyon said the na\xefve plan would fail.', 'latin1');
    const r = decodeText(raw(bytes));
    assert.ok(r.ok);
    assert.equal(r.text, 'Café owners in Lyon said the naïve plan would fail.');
    assert.equal(r.encoding, 'latin1');
    assert.equal(r.warning?.code, 'latin1');
  });

  it('refuses an empty or blank file', () => {
    for (const b of ['', '  \n\t\n']) {
      const r = decodeText(raw(b));
      assert.ok(!r.ok);
      assert.equal(r.problem.code, 'empty');
    }
  });

  it('refuses binary content and says where', () => {
    const r = decodeText(raw(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14])));
    assert.ok(!r.ok);
    assert.equal(r.problem.code, 'binary');
    assert.equal(r.problem.offset, 4);
  });

  it('refuses damaged UTF-8 rather than guessing, naming the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('She said “no” '), Buffer.from([0xc3, 0x28]), Buffer.from(' twice')]);
    const r = decodeText(raw(bytes));
    assert.ok(!r.ok);
    assert.equal(r.problem.code, 'undecodable');
    assert.match(r.problem.message, /invalid UTF-8 at byte 18/);
  });
});
