import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanTitle } from './clean-title.ts';

describe('cleanTitle', () => {
  it('prefers the <h1> that agrees with the metadata', () => {
    assert.equal(
      cleanTitle({
        og: 'Ferry trial approved | Courier',
        tag: 'Ferry trial approved | Courier',
        h1s: ['Menu', 'Ferry trial  approved'],
      }),
      'Ferry trial approved',
    );
  });

  it("drops the site's name from og:title and <title>", () => {
    assert.equal(
      cleanTitle({
        tag: 'Ferry trial approved for Velm - The Velm Courier',
        h1s: [],
        siteName: 'The Velm Courier',
      }),
      'Ferry trial approved for Velm',
    );
    assert.equal(
      cleanTitle({ tag: 'Courier | Ferry trial approved for Velm harbour', h1s: [] }),
      'Ferry trial approved for Velm harbour',
    );
    assert.equal(
      cleanTitle({ tag: 'Ferry trial approved for Velm harbour :: Courier', h1s: [] }),
      'Ferry trial approved for Velm harbour',
    );
  });

  it('keeps a headline whose dash is part of it', () => {
    assert.equal(
      cleanTitle({ og: 'Velm votes - and the ferry sails at last', h1s: [] }),
      'Velm votes - and the ferry sails at last',
    );
  });

  it('is undefined for a page with no title at all', () => {
    assert.equal(cleanTitle({ h1s: [] }), undefined);
  });
});
