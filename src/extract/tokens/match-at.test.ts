/** wink-nlp's token patterns as scanners: each returns the end of its match at a position, or -1. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchAddress } from './match-address.ts';
import { matchAt } from './match-at.ts';

/** The match at the start of `text`, as text, or undefined. */
function at(f: (text: string, i: number, e: number) => number, text: string): string | undefined {
  const end = f(text, 0, text.length);
  return end < 0 ? undefined : text.slice(0, end);
}

describe('matchAt', () => {
  it('numbers: digits joined by single separators', () => {
    assert.equal(at(matchAt.number, '15,000 people'), '15,000');
    assert.equal(at(matchAt.number, '2.5%'), '2.5');
    assert.equal(at(matchAt.number, '2015-16,'), '2015-16');
    assert.equal(at(matchAt.number, '-3'), '-3');
    assert.equal(at(matchAt.number, '1..2'), '1');
    assert.equal(at(matchAt.number, 'x1'), undefined);
  });

  it('times: an hour, optional minutes, then am/pm or hours', () => {
    const time = (t: string, i: number, e: number): number => matchAt.time(t, i, e, false);
    assert.equal(at(time, '3pm'), '3pm');
    assert.equal(at(time, '10:30a.m.'), '10:30a.m.');
    assert.equal(at(time, '1800hrs'), '1800hrs');
    assert.equal(at(time, '10am'), '10am');
    assert.equal(at(time, '10:30'), undefined);
    assert.equal(matchAt.time('9am-5pm', 0, 7, true), -1, 'anchored: the whole chunk must be one time');
  });

  it('ordinals: the suffix must fit the last digit', () => {
    for (const t of ['1st', '22nd', '103rd', '11th', '12th', '19th', '100th']) assert.equal(at(matchAt.ordinal, t), t);
    for (const t of ['11st', '21th', '2th']) assert.equal(at(matchAt.ordinal, t), undefined, t);
  });

  it('decades, currencies, mentions, hashtags, emoticons', () => {
    assert.equal(at(matchAt.decade, '1990s'), '1990s');
    assert.equal(at(matchAt.decade, "'90s"), "'90s");
    assert.equal(at(matchAt.decade, "90s'"), undefined);
    assert.equal(matchAt.currency('US$5', 0, 4, false), 3);
    assert.equal(matchAt.currency('££', 0, 2, false), 2);
    assert.equal(matchAt.currency('usd', 0, 3, false), -1);
    assert.equal(matchAt.currency('usd', 0, 3, true), 3);
    assert.equal(at(matchAt.mention, '@VossMayor,'), '@VossMayor');
    assert.equal(at(matchAt.hashtag, '#Brannock2021'), '#Brannock2021');
    assert.equal(at(matchAt.hashtag, '#2021'), undefined);
    for (const t of [':)', ';-(', ':D', '<3', '):']) assert.equal(at(matchAt.emoticon, t), t);
  });

  it('words inside a chunk: joiners between letters, a final period', () => {
    assert.equal(at(matchAt.word, 'U.S.-based'), 'U.S.-based');
    assert.equal(at(matchAt.word, "o'clock)"), "o'clock");
    assert.equal(at(matchAt.word, 'AT&T,'), 'AT&T');
    assert.equal(at(matchAt.word, 'Inc.)'), 'Inc.');
    assert.equal(at(matchAt.word, 'a.'), undefined, 'one letter and a period is an initial, not a word');
  });
});

describe('matchAddress', () => {
  it('a URL needs "//"', () => {
    assert.equal(at(matchAddress.url, 'https://example.org/a?b=1'), 'https://example.org/a?b=1');
    assert.equal(at(matchAddress.url, '//cdn.example.co.uk'), '//cdn.example.co.uk');
    assert.equal(at(matchAddress.url, 'www.example.org'), undefined);
  });

  it('an e-mail address ends in a dotted domain', () => {
    assert.equal(at(matchAddress.email, 'press@example.com'), 'press@example.com');
    assert.equal(at(matchAddress.email, "o'neil.j+news@mail.example.co.uk"), "o'neil.j+news@mail.example.co.uk");
    assert.equal(at(matchAddress.email, 'press@example'), undefined);
  });
});
