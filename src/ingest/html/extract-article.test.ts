import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeHtml } from './decode-html.ts';
import { extractArticle } from './extract-article.ts';

// Golden files, as in readability's tests: NAME.html (an invented page) and
// NAME.expected.txt (the article text, with a final newline when not empty).
const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/html');

function extract(name: string): ReturnType<typeof extractArticle> {
  return extractArticle(decodeHtml(readFileSync(join(FIXTURES, `${name}.html`))).html);
}

describe('extractArticle: golden pages', () => {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length));
  for (const name of names) {
    it(`${name}.html gives ${name}.expected.txt`, () => {
      const expected = readFileSync(join(FIXTURES, `${name}.expected.txt`), 'utf8').replace(/\n$/, '');
      assert.equal(extract(name).text, expected);
    });
  }
});

describe('extractArticle', () => {
  it('takes metadata from JSON-LD, OpenGraph, <link rel=canonical> and <html lang>', () => {
    const a = extract('news-article');
    assert.equal(a.title, 'Velm council approves night ferry trial');
    assert.equal(a.author, 'Ingrid Example');
    // The date as written where it was published (22:40 at +01:00), not moved to UTC.
    assert.equal(a.published, '2031-03-14');
    assert.equal(a.canonicalUrl, 'https://courier.example/news/2031/03/14/night-ferry-trial');
    assert.equal(a.language, 'en-GB');
    assert.equal(a.description, 'A six-month trial of a night ferry across Velm harbour starts in April.');
  });

  it('keeps the headline and standfirst, and drops navigation, captions, share bars, ads, related lists, sign-ups, tags and comments', () => {
    const t = extract('news-article').text;
    assert.match(t, /^Velm council approves night ferry trial\n\nShift workers on the island/);
    for (const furniture of [
      'Sport',
      'cookies',
      'Photo:',
      'Share on',
      'Advertisement',
      'Read more',
      'Related stories',
      'Harbour wall',
      'newsletter',
      'Tags:',
      'About time',
      'Storm warning',
      'All rights reserved',
      'By Ingrid',
    ]) {
      assert.ok(!t.includes(furniture), `kept "${furniture}"`);
    }
  });

  it('keeps headings inside the body as paragraphs of their own', () => {
    assert.match(
      extract('news-article').text,
      /"This ends that\."\n\nCosts questioned\n\nThe opposition said/,
    );
  });

  it('is not misled by classes that describe the post (category-share, tag-comments, has-sidebar)', () => {
    const a = extract('blog-post');
    assert.match(a.text, /brass grows in the summer heat/);
    assert.doesNotMatch(a.text, /Leave a Reply|grandfather|Share this|writes about old machines|Posted/);
    assert.equal(a.author, 'Tomas Example');
    assert.equal(a.published, '2030-11-02');
  });

  it('joins a body split around ad slots, keeping tables (cells tab-separated) and code as written', () => {
    const t = extract('split-body').text;
    assert.match(t, /North pier\t4\.82\t0\.31/);
    assert.match(t, /for f in gauges\/\*\.csv; do\n {2}tidy --drop-spikes "\$f"\ndone/);
    assert.doesNotMatch(t, /Advertisement|app for tide alerts/);
  });

  it('reads text written straight into a box with <br> breaks, in the declared windows-1252', () => {
    const t = extract('loose-text').text;
    assert.match(t, /Apple harvest starts early\n\nThe apple harvest/);
    assert.match(t, /Café Example/);
    assert.doesNotMatch(t, /Picture:|Events|Contact/);
  });

  it('finds no article in a page of links', () => {
    const a = extract('menu-only');
    assert.equal(a.text, '');
    assert.equal(a.via, 'none');
  });

  it('falls back to the JSON-LD articleBody when the page renders its story from a script', () => {
    const a = extract('script-rendered');
    assert.equal(a.via, 'json-ld');
    assert.match(a.text, /^Glacier retreat measured from the air\n\nSurvey flights/);
    assert.match(a.text, /“Forty-one metres is more than we expected,”/);
  });

  it('reads a fragment without <html> or <body> (a feed item)', () => {
    const a = extractArticle(
      '<p>The regatta was called off because of fog over the sound on Saturday morning.</p><p>It will be sailed next week instead, the club said.</p>',
    );
    assert.equal(
      a.text,
      'The regatta was called off because of fog over the sound on Saturday morning.\n\nIt will be sailed next week instead, the club said.',
    );
  });

  it('never throws on broken markup', () => {
    for (const html of [
      '',
      '<',
      '<html><body><div><p>unclosed',
      '<<<>>>',
      '<table><tr><td><p>cell</table>',
      '\u0000\u0001',
    ]) {
      assert.equal(typeof extractArticle(html).text, 'string');
    }
  });

  it('stays fast on a page nested a thousand levels deep (no quadratic second opinion)', () => {
    const t = performance.now();
    const a = extractArticle(
      `${'<div>'.repeat(1000)}<p>${'The text sits at the bottom of a deep well of boxes. '.repeat(4)}</p>`,
    );
    assert.match(a.text, /deep well of boxes/);
    assert.ok(performance.now() - t < 2000);
  });
});
