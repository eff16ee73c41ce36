import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlSlug } from './url-slug.ts';

describe('urlSlug', () => {
  it('names a document after its URL path', () => {
    assert.equal(
      urlSlug('https://news.example/world/2024/Fire-at-Mill.html?page=2'),
      'world-2024-fire-at-mill',
    );
    assert.equal(urlSlug('https://news.example/'), 'news-example');
    assert.equal(urlSlug('https://news.example/caf%C3%A9/'), 'cafe');
    assert.equal(urlSlug('not a url'), 'not-a-url');
    assert.ok(urlSlug(`https://x.example/${'long-segment/'.repeat(20)}end`).length <= 60);
  });
});
