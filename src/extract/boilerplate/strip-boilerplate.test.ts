import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../domain/span.ts';
import { stripBoilerplate } from './strip-boilerplate.ts';

const spanOf = (text: string, piece: string): Span => {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length };
};

describe('stripBoilerplate', () => {
  it('drops removed lines with their line breaks and keeps paragraphs apart', () => {
    const text = 'BANNER\n\nFerry Deal\n\nCredit/Agency\n\nThe ferry sailed.\n\n\nLatest News';
    const spans = ['BANNER', 'Credit/Agency', 'Latest News'].map((p) => spanOf(text, p));
    assert.equal(stripBoilerplate(text, spans), 'Ferry Deal\n\nThe ferry sailed.');
  });
  it('joins what is left of a line with one space, never gluing words', () => {
    const text = 'He said "no."Latest News\nLatest News=====The ferry sailed.\nOne. Advertisement Two.';
    const spans = [
      spanOf(text, 'Latest News'),
      spanOf(text, 'Latest News====='),
      spanOf(text, 'Advertisement'),
    ];
    spans[1] = { start: text.indexOf('Latest News====='), end: text.indexOf('The ferry') };
    assert.equal(stripBoilerplate(text, spans), 'He said "no."\nThe ferry sailed.\nOne. Two.');
  });
  it('returns the text unchanged but for line endings when nothing is marked', () => {
    assert.equal(stripBoilerplate('A\r\n\r\nB', []), 'A\n\nB');
  });
});
