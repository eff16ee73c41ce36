import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docName } from './doc-name.ts';

describe('docName', () => {
  it('drops the directory, a .gz and the last extension', () => {
    assert.equal(docName('data/text/abc.txt'), 'abc');
    assert.equal(docName('html/x.html.gz'), 'x');
    assert.equal(docName('/a/b/report.2017.txt'), 'report.2017');
    assert.equal(docName('noext'), 'noext');
    assert.equal(docName('.hidden'), '.hidden');
  });
});
