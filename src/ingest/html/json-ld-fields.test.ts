import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonLdFields } from './json-ld-fields.ts';

describe('jsonLdFields', () => {
  it('prefers the article over the page and the site, searching @graph', () => {
    const f = jsonLdFields([
      JSON.stringify({
        '@graph': [
          { '@type': 'WebSite', name: 'The Courier' },
          { '@type': 'WebPage', name: 'Ferry trial | The Courier', datePublished: '2031-03-01' },
          {
            '@type': ['NewsArticle'],
            headline: 'Ferry trial approved',
            datePublished: '2031-03-14',
            author: [{ name: 'Ingrid Example' }, { name: 'Lars Example' }],
            publisher: { name: 'The Courier' },
          },
        ],
      }),
    ]);
    assert.equal(f.headline, 'Ferry trial approved');
    assert.equal(f.datePublished, '2031-03-14');
    assert.deepEqual(f.authors, ['Ingrid Example', 'Lars Example']);
    assert.equal(f.publisher, 'The Courier');
  });

  it('forgives trailing commas and CDATA wrappers, and skips what does not parse', () => {
    const f = jsonLdFields([
      '{ not json',
      '<![CDATA[{"@type":"BlogPosting","headline":"Clocks","author":"Tomas Example",}]]>',
    ]);
    assert.equal(f.headline, 'Clocks');
    assert.deepEqual(f.authors, ['Tomas Example']);
  });
});
