import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sniffCharset } from './sniff-charset.ts';

const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('sniffCharset', () => {
  it('trusts a byte-order mark over everything', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1('<meta charset="iso-8859-1"><p>x')]);
    assert.deepEqual(sniffCharset(bom, 'windows-1251'), { charset: 'utf-8', source: 'bom', skip: 3 });
    assert.equal(sniffCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])).charset, 'utf-16le');
  });

  it('takes the transport hint before the page', () => {
    const r = sniffCharset(latin1('<meta charset="utf-8"><p>Gr\xfc\xdfe'), 'text/html; charset=ISO-8859-1');
    assert.equal(r.charset, 'windows-1252');
    assert.equal(r.source, 'transport');
  });

  it('reads <meta charset>, <meta http-equiv> and <?xml encoding?>', () => {
    assert.equal(sniffCharset(latin1("<html><head><meta charset='shift_jis'>")).charset, 'shift_jis');
    assert.equal(
      sniffCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')).charset,
      'koi8-r',
    );
    assert.equal(
      sniffCharset(latin1('<?xml version="1.0" encoding="ISO-8859-2"?><html>')).charset,
      'iso-8859-2',
    );
  });

  it('does not read a charset out of a comment', () => {
    const r = sniffCharset(utf8('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'));
    assert.equal(r.charset, 'utf-8');
  });

  it('reads a page declared Latin-1 whose bytes are UTF-8 as UTF-8, and says so', () => {
    const r = sniffCharset(utf8('<meta charset="iso-8859-1"><p>Café owners'));
    assert.equal(r.charset, 'utf-8');
    assert.match(r.note ?? '', /declared windows-1252 \(meta\) but the bytes are UTF-8/);
  });

  it('a <meta> that claims UTF-16 means UTF-8 (the bytes carrying it are ASCII)', () => {
    assert.equal(sniffCharset(utf8('<meta charset="utf-16"><p>x')).charset, 'utf-8');
  });

  it('without a declaration: UTF-8 when the bytes are, else windows-1252', () => {
    assert.deepEqual(sniffCharset(utf8('<p>Smörgåsbord</p>')), {
      charset: 'utf-8',
      source: 'utf-8-valid',
      skip: 0,
    });
    assert.deepEqual(sniffCharset(latin1('<p>Sm\xf6rg\xe5sbord</p>')), {
      charset: 'windows-1252',
      source: 'default',
      skip: 0,
    });
  });

  it('notes a charset no decoder knows, and goes on', () => {
    const r = sniffCharset(utf8('<meta charset="x-klingon"><p>plain'));
    assert.equal(r.charset, 'utf-8');
    assert.match(r.note ?? '', /unknown charset "x-klingon"/);
  });
});
