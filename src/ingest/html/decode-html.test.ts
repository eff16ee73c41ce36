import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeHtml } from './decode-html.ts';

describe('decodeHtml', () => {
  it('decodes in the declared charset', () => {
    const r = decodeHtml(Buffer.from('<meta charset="windows-1252"><p>\x93Caf\xe9\x94</p>', 'latin1'));
    assert.equal(r.html, '<meta charset="windows-1252"><p>“Café”</p>');
    assert.equal(r.charset, 'windows-1252');
    assert.equal(r.note, undefined);
  });

  it('drops a byte-order mark', () => {
    const r = decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>ok</p>')]));
    assert.equal(r.html, '<p>ok</p>');
  });

  it('replaces bytes that do not fit, and says so rather than refusing the page', () => {
    const r = decodeHtml(
      Buffer.concat([
        Buffer.from('<meta charset="utf-8"><p>a'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('b</p>'),
      ]),
    );
    assert.match(r.html, /a\ufffd\(b/);
    assert.match(r.note ?? '', /not utf-8 were replaced/);
  });
});
