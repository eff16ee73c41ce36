import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventTerms } from './event-terms.ts';

describe('eventTerms', () => {
  it('drops stop words and attribution verbs, stems the rest', () => {
    const terms = eventTerms('the floods were reported, officials said');
    assert.deepEqual([...terms.keys()].sort(), ['flood', 'offici']);
  });

  it('weighs a capitalised word inside a sentence as a name, and pairs adjacent names', () => {
    const terms = eventTerms('Rescuers reached Bram Varga at dawn.');
    assert.equal(terms.get('rescuer'), 1, 'a capital at the start of a sentence is not a name');
    assert.equal(terms.get('bram'), 2);
    assert.equal(terms.get('varga'), 2);
    assert.equal(terms.get('bram_varga'), 2);
    assert.equal(terms.get('dawn'), 1);
  });

  it('does not pair names across punctuation', () => {
    assert.equal(eventTerms('They met Varga, Rell and Penhale.').get('varga_rell'), undefined);
  });

  it('treats a title-case headline as plain words', () => {
    const terms = eventTerms('Marrowby Bridge Collapses Into River After Storm');
    assert.equal(terms.get('bridg'), 1);
    assert.equal(terms.get('marrowbi'), 1);
  });

  it('weighs numbers, keeps decimals, drops thousands separators and lone digits', () => {
    const terms = eventTerms('A 6.1 quake hit at 4 am; 1,200 homes lost power in 2031.');
    assert.equal(terms.get('6.1'), 1.5);
    assert.equal(terms.get('1200'), 1.5);
    assert.equal(terms.get('2031'), 1.5);
    assert.equal(terms.get('4'), undefined);
  });

  it('meets a possessive with its name', () => {
    const terms = eventTerms("It was Varga's day. Fans cheered Varga.");
    assert.equal(terms.get('varga'), 4);
  });

  it('takes the weights it is given', () => {
    const terms = eventTerms('Rescuers reached Bram Varga in 2031.', {
      nameWeight: 3,
      numberWeight: 1,
      nameBigrams: false,
    });
    assert.equal(terms.get('varga'), 3);
    assert.equal(terms.get('2031'), 1);
    assert.equal(terms.get('bram_varga'), undefined);
  });
});
