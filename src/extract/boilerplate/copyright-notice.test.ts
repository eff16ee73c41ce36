import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyrightNotice } from './copyright-notice.ts';

describe('copyrightNotice', () => {
  it('names the rights holder', () => {
    assert.equal(copyrightNotice('© 2019 Harbour Post')?.holder, 'Harbour Post');
    assert.equal(
      copyrightNotice('Copyright 2019 The Harbour Press. All rights reserved.')?.holder,
      'The Harbour Press',
    );
    assert.equal(copyrightNotice('Copyright Harbour Media')?.holder, 'Harbour Media');
    assert.equal(copyrightNotice('All rights reserved.')?.holder, undefined);
  });
  it('runs from the notice to the end of the line', () => {
    const line = 'The ferry sailed. © 2020 Harbour Post. All rights reserved.';
    const n = copyrightNotice(line);
    assert.equal(n && line.slice(n.start, n.end), '© 2020 Harbour Post. All rights reserved.');
  });
  it('finds nothing in sentences about copyright, or in lettered lists', () => {
    assert.equal(copyrightNotice('Copyright law was changed in 2005 to cover timetables.'), undefined);
    assert.equal(
      copyrightNotice('Copyright Licensing Agency figures show a fall in the number of licences.'),
      undefined,
    );
    assert.equal(
      copyrightNotice('The options are (a) to sell, (b) to wait. (c) the third is to close.'),
      undefined,
    );
  });
});
