import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBandTable } from './band-table.ts';

const filed = (table: ReturnType<typeof createBandTable>, key: number) => {
  const out: number[] = [];
  table.forEach(key, (d) => out.push(d));
  return out;
};

describe('createBandTable', () => {
  it('files several documents under one key, latest first, and none under an unknown key', () => {
    const table = createBandTable(16);
    table.add(7, 0);
    table.add(7, 3);
    table.add(23, 1); // 23 & 15 === 7: the same home slot as 7
    assert.deepEqual(filed(table, 7), [3, 0]);
    assert.deepEqual(filed(table, 23), [1]);
    assert.deepEqual(filed(table, 39), []);
  });
  it('keeps every entry as it grows, for keys up to 2³¹', () => {
    const table = createBandTable(16);
    const start = table.bytes;
    for (let d = 0; d < 5000; d++) table.add((d * 2654435761) % 2 ** 31, d);
    for (let d = 0; d < 5000; d += 97) assert.deepEqual(filed(table, (d * 2654435761) % 2 ** 31), [d]);
    assert.ok(table.bytes > start);
  });
});
