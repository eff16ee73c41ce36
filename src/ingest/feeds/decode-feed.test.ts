import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeFeed } from './decode-feed.ts';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('decodeFeed', () => {
  it('sniffs UTF-16 and UTF-32, with or without a byte-order mark', () => {
    const doc = '<rss>Ωmega</rss>';
    assert.deepEqual(pick(decodeFeed(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(doc, 'utf16le').swap16()]))), ['utf-16be', doc]);
    assert.deepEqual(pick(decodeFeed(Buffer.from(doc, 'utf16le'))), ['utf-16le', doc]);
    const utf32be = Buffer.alloc(doc.length * 4);
    [...doc].forEach((c, i) => utf32be.writeUInt32BE(c.codePointAt(0) ?? 0, i * 4));
    assert.deepEqual(pick(decodeFeed(utf32be)), ['utf-32be', doc]);
    assert.deepEqual(pick(decodeFeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)]))), ['utf-8', doc]);
  });

  it('takes the XML declaration, and lets the HTTP charset override it (RFC 3023)', () => {
    const doc = ascii('<?xml version="1.0" encoding="iso-8859-1"?><rss>caf\xe9</rss>');
    assert.deepEqual(pick(decodeFeed(doc)), ['iso-8859-1', '<?xml version="1.0" encoding="iso-8859-1"?><rss>café</rss>']);
    const r = decodeFeed(doc, 'application/rss+xml; charset="windows-1251"');
    assert.equal(r.encoding, 'windows-1251');
    assert.match(r.notes.join(), /overrides the declared iso-8859-1/);
  });

  it('text/xml without a charset is US-ASCII, unless the bytes say otherwise', () => {
    assert.equal(decodeFeed(ascii('<rss/>'), 'text/xml').encoding, 'us-ascii');
    const r = decodeFeed(Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss>é</rss>'), 'text/xml');
    assert.equal(r.encoding, 'utf-8');
    assert.match(r.notes.join(), /without a charset/);
  });

  it('believes the bytes over a wrong declaration, and falls back from invalid UTF-8 to Windows-1252', () => {
    const r = decodeFeed(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Zoë said “no”</rss>'));
    assert.equal(r.encoding, 'utf-8');
    assert.match(r.text, /Zoë said “no”/);
    const bad = decodeFeed(ascii('<rss>na\xefve \x93quote\x94</rss>'));
    assert.equal(bad.encoding, 'windows-1252');
    assert.equal(bad.text, '<rss>naïve “quote”</rss>');
    const bogus = decodeFeed(ascii('<?xml version="1.0" encoding="bogus"?><rss/>'));
    assert.equal(bogus.encoding, 'utf-8');
    assert.match(bogus.notes.join(), /unknown encoding 'bogus'/);
  });

  it('reads GB2312 declarations as GB18030, and C1 controls as Windows-1252', () => {
    assert.equal(decodeFeed(ascii('<?xml version="1.0" encoding="gb2312"?><rss/>')).encoding, 'gb18030');
    assert.equal(decodeFeed(Buffer.from('<rss>don\u0092t</rss>')).text, '<rss>don’t</rss>');
  });
});

function pick(r: { encoding: string; text: string }): [string, string] {
  return [r.encoding, r.text];
}
