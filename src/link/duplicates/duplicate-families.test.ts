import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duplicateFamilies } from './duplicate-families.ts';

const pair = (a: string, b: string) => ({ a, b });

describe('duplicateFamilies', () => {
  it('links every copy to the earliest document, whatever order the pairs come in', () => {
    const docs = [
      { id: 'courier', published: '2024-10-08T09:00:00Z' },
      { id: 'wire', published: '2024-10-07T18:00:00Z' },
      { id: 'herald', published: '2024-10-08T07:30:00+01:00' },
      { id: 'alone', published: '2024-10-01T00:00:00Z' },
    ];
    const { families, sourceOf } = duplicateFamilies(docs, [
      pair('courier', 'herald'),
      pair('herald', 'wire'),
      pair('wire', 'courier'),
    ]);
    assert.deepEqual(families, [
      {
        source: 'wire',
        copies: [
          { id: 'herald', copiedFrom: 'wire' },
          { id: 'courier', copiedFrom: 'wire' },
        ],
      },
    ]);
    assert.deepEqual(
      [...sourceOf],
      [
        ['herald', 'wire'],
        ['courier', 'wire'],
      ],
    );
    assert.equal(sourceOf.has('alone'), false);
  });
  it('breaks ties of date by id, and counts undated documents as latest', () => {
    const same = '2024-10-07T18:00:00Z';
    const tie = duplicateFamilies(
      [
        { id: 'b', published: same },
        { id: 'a', published: same },
      ],
      [pair('b', 'a')],
    );
    assert.equal(tie.sourceOf.get('b'), 'a');
    const undated = duplicateFamilies([{ id: 'a' }, { id: 'z', published: same }], [pair('a', 'z')]);
    assert.equal(undated.sourceOf.get('a'), 'z');
    const unreadable = duplicateFamilies(
      [
        { id: 'a', published: 'last Tuesday' },
        { id: 'z', published: same },
      ],
      [pair('a', 'z')],
    );
    assert.equal(unreadable.sourceOf.get('a'), 'z');
  });
  it('puts a copy of a copy in the first source’s family, noting what it copied', () => {
    const docs = [
      { id: 'wire', published: '2024-01-01' },
      { id: 'outlet', published: '2024-01-02' },
      { id: 'blog', published: '2024-01-03' },
    ];
    const { families, sourceOf } = duplicateFamilies(docs, [pair('wire', 'outlet'), pair('outlet', 'blog')]);
    assert.equal(sourceOf.get('blog'), 'wire');
    assert.deepEqual(
      families[0]?.copies.find((c) => c.id === 'blog'),
      { id: 'blog', copiedFrom: 'outlet' },
    );
  });
  it('does not merge two sources because a later digest copies both', () => {
    const docs = [
      { id: 'ferry', published: '2024-01-01' },
      { id: 'kettle', published: '2024-01-02' },
      { id: 'digest', published: '2024-01-03' },
    ];
    const { families, sourceOf } = duplicateFamilies(docs, [
      pair('digest', 'ferry'),
      pair('digest', 'kettle'),
    ]);
    assert.equal(sourceOf.get('digest'), 'ferry');
    assert.equal(sourceOf.has('kettle'), false);
    assert.deepEqual(
      families.map((f) => f.source),
      ['ferry'],
    );
  });
  it('orders families by their source, ignores self-pairs and takes ids missing from the documents as undated', () => {
    const docs = [
      { id: 'late', published: '2024-05-01' },
      { id: 'early', published: '2024-02-01' },
    ];
    const { families, sourceOf } = duplicateFamilies(docs, [
      pair('late', 'ghost1'),
      pair('early', 'ghost2'),
      pair('late', 'late'),
    ]);
    assert.deepEqual(
      families.map((f) => f.source),
      ['early', 'late'],
    );
    assert.equal(sourceOf.get('ghost1'), 'late');
  });
  it('returns nothing for no pairs', () => {
    assert.deepEqual(duplicateFamilies([{ id: 'a' }], []), { families: [], sourceOf: new Map() });
  });
});
