import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureSeries, quantityKey, type ReportedFigure } from './figure-series.ts';

const fig = (value: number, what: string, doc: string, when?: string, source?: string): ReportedFigure => ({
  value,
  what,
  doc,
  span: { start: 0, end: 2 },
  ...(when ? { when } : {}),
  ...(source ? { source } : {}),
});

describe('figureSeries', () => {
  it('puts the same quantity from several reports in time order', () => {
    const series = figureSeries([
      fig(11, 'deaths at the Kestrel Ridge mine', 'c', '2025-03-08', 'Harbour Courier'),
      fig(4, 'deaths of miners', 'a', '2025-03-03', 'Harbour Courier'),
      fig(120, 'people evacuated from Brevno', 'c', '2025-03-08'),
    ]);
    const deaths = series.find((s) => s.key === 'death');
    assert.deepEqual(deaths?.points.map((p) => p.value), [4, 11]);
    assert.equal(deaths?.what, 'deaths of miners');
    assert.equal(series.length, 2);
  });

  it('shows different values for one period side by side, never averaged', () => {
    const [s] = figureSeries([fig(11, 'deaths', 'a', '2025-03-10', 'Harbour Courier'), fig(2, 'deaths', 'b', '2025-03-10', 'Ministry of Industry'), fig(11, 'deaths', 'c', '2025-03-10', 'Harbour Courier')]);
    assert.equal(s?.conflicts.length, 1);
    assert.deepEqual(s?.conflicts[0]?.points.map((p) => p.value).sort((x, y) => x - y), [2, 11, 11]);
  });

  it('keys by unit and head word', () => {
    assert.equal(quantityKey({ what: 'the total of people detained' }), 'people');
    assert.equal(quantityKey({ what: 'of the vote', unit: 'percent' }), 'percent:vote');
    assert.equal(quantityKey({ what: 'more than deaths' }), 'death');
  });
});
