import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { porterStem } from './porter-stem.ts';

describe('porterStem', () => {
  it('gives the outputs of Porter (1980) for his examples', () => {
    const expected: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      cats: 'cat',
      agreed: 'agre',
      plastered: 'plaster',
      motoring: 'motor',
      conflated: 'conflat',
      hopping: 'hop',
      falling: 'fall',
      filing: 'file',
      happy: 'happi',
      relational: 'relat',
      conditional: 'condit',
      digitizer: 'digit',
      operator: 'oper',
      hopefulness: 'hope',
      electrical: 'electr',
      goodness: 'good',
      adjustment: 'adjust',
      adoption: 'adopt',
      effective: 'effect',
      controll: 'control',
      roll: 'roll',
    };
    for (const [word, stem] of Object.entries(expected)) assert.equal(porterStem(word), stem, word);
  });

  it('brings the inflections of a news verb together', () => {
    assert.equal(porterStem('shooting'), porterStem('shoots'));
    assert.equal(porterStem('arrested'), porterStem('arrests'));
    assert.equal(porterStem('quakes'), 'quak');
  });

  it('leaves short words alone', () => {
    assert.equal(porterStem('us'), 'us');
    assert.equal(porterStem('is'), 'is');
  });
});
