import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readabilityParagraphs } from './readability-paragraphs.ts';

describe('readabilityParagraphs', () => {
  it("gives Readability's article as paragraphs, without captions and sign-up lines", () => {
    const html = `<html><body><div id="top"><a href="/">Home</a> <a href="/a">About</a></div>
      <div id="x1"><p>The lock keepers on the Velm canal went on strike on Monday, closing the waterway to barges for the first time since 1987.</p>
      <figure><img src="lock.jpg"><figcaption>Lock 4 at dawn.</figcaption></figure>
      <p>Their union said talks with the canal authority had broken down over night-shift pay, and that the strike would last a week.</p>
      <p>Sign up for our newsletter.</p></div></body></html>`;
    assert.deepEqual(readabilityParagraphs(html), [
      'The lock keepers on the Velm canal went on strike on Monday, closing the waterway to barges for the first time since 1987.',
      'Their union said talks with the canal authority had broken down over night-shift pay, and that the strike would last a week.',
    ]);
  });

  it('finds nothing in an empty page', () => {
    const r = readabilityParagraphs('<html><body></body></html>');
    assert.ok(r === undefined || r.length === 0);
  });
});
