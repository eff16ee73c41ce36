import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syndicationNotice } from './syndication-notice.ts';

describe('syndicationNotice', () => {
  it('names the outlet the article first appeared in', () => {
    const cases: [string, string | undefined][] = [
      ['This article was originally published on Harbour Times. Read the original article.', 'Harbour Times'],
      ['This story first appeared in The Fjord Review.', 'The Fjord Review'],
      ['This article originally appeared in the Seatown Gazette.', 'Seatown Gazette'],
      ['Republished with permission from Harbour Weekly.', 'Harbour Weekly'],
      ['This article is republished from The Quay under a Creative Commons license.', 'The Quay'],
      ['This article was originally published on January 25, 2016.', undefined],
      ['This story first appeared in the print edition.', undefined],
    ];
    for (const [line, source] of cases) {
      const n = syndicationNotice(line);
      assert.ok(n, line);
      assert.equal(n.source, source, line);
    }
  });
  it('covers the notice sentence only, wherever it starts', () => {
    const line = 'The ferry returned. This story first appeared in Harbour Times. Read the original article.';
    const n = syndicationNotice(line);
    assert.equal(n && line.slice(n.start, n.end), 'This story first appeared in Harbour Times.');
  });
  it('finds nothing in ordinary sentences', () => {
    assert.equal(
      syndicationNotice('The story first appeared in a tabloid, which was later sued.'),
      undefined,
    );
    assert.equal(syndicationNotice('The report was published on Monday by the council.'), undefined);
  });
});
