/**
 * The `tokens` stage: tokens with exact offsets, tags and sentences, distilled from
 * wink-nlp and checked against it. Texts are a fictional story (the river town of Brannock).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import { emptyAnalysis } from '../pipeline.ts';
import type { StageContext } from '../stage.ts';
import { loadTokenModel } from './token-model.ts';
import { tokenize } from './tokenize.ts';
import { createWinkReference } from './wink-reference.ts';

const ctx = { tokens: loadTokenModel() } as StageContext;

function run(text: string): Analysis {
  return tokenize.run(emptyAnalysis({ id: 'tokens-test', name: 'tokens-test', uri: 'test:tokens', mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length }), ctx);
}

const STORY = [
  'Brannock ferry suspended as river rises',
  '',
  'By Anna Lind, Brannock Courier',
  '',
  'The ferry between Brannock and Upper Weir won’t run again until the river falls, Mayor Petra Voss said on Tuesday.',
  '“We never had the idea that the crossing was at risk,” she told reporters. "It\'s the council\'s decision now."',
  '',
  'The 17-year-old vessel, which carries about 1,200 passengers a day, was built in the 1990s for £2.5 million. Its owner, Weir Lines Ltd., said it couldn\'t comment.',
  'Councillor Tomas Kellerman, who has criticised the harbour authority\'s e-mail warnings, said: "It is a disgrace... Nobody told us."',
  'Residents can read updates at https://brannock.example.org/ferry or write to help@brannock.example.org.',
].join('\n');

describe('tokens stage', () => {
  it('gives tokens with exact offsets, lowercase forms, tags and their sentence', () => {
    const text = 'Mayor Voss said it’s over.\nThe FERRY stopped.';
    const a = run(text);
    for (const t of a.tokens) {
      assert.equal(t.text, text.slice(t.start, t.end));
      assert.equal(t.lower, t.text.toLowerCase());
    }
    assert.deepEqual(a.tokens.map((t) => `${t.text}/${t.pos}/${t.sentence}`), ['Mayor/PROPN/0', 'Voss/PROPN/0', 'said/VERB/0', 'it/PRON/0', '’s/AUX/0', 'over/ADP/0', './PUNCT/0', 'The/DET/1', 'FERRY/PROPN/1', 'stopped/VERB/1', './PUNCT/1']);
    assert.deepEqual(a.sentences, [
      { start: 0, end: 26, tokenStart: 0, tokenEnd: 7, paragraph: 0 },
      { start: 27, end: 45, tokenStart: 7, tokenEnd: 11, paragraph: 0 },
    ]);
  });

  it('headline, byline and paragraphs: line breaks end sentences, blank lines start paragraphs', () => {
    const a = run(STORY);
    const s = a.sentences.map((x) => `${x.paragraph}: ${STORY.slice(x.start, x.end)}`);
    assert.equal(s[0], '0: Brannock ferry suspended as river rises');
    assert.equal(s[1], '1: By Anna Lind, Brannock Courier');
    assert.equal(s[3], '2: “We never had the idea that the crossing was at risk,” she told reporters.');
    assert.equal(s[4], '2: "It\'s the council\'s decision now."');
    assert.ok(s.includes('3: Its owner, Weir Lines Ltd., said it couldn\'t comment.'));
  });

  it('agrees with wink-nlp on a story it was not trained on', () => {
    const wink = createWinkReference().analyse(STORY);
    const a = run(STORY);
    const ours = new Map(a.tokens.map((t) => [`${t.start}:${t.end}`, t.pos]));
    const found = wink.tokens.filter((t) => ours.has(`${t.start}:${t.end}`));
    assert.equal(found.length, wink.tokens.length, 'every wink token');
    assert.equal(a.tokens.length, wink.tokens.length, 'and no other');
    const sameTag = found.filter((t) => ours.get(`${t.start}:${t.end}`) === t.pos).length;
    assert.ok(sameTag / found.length >= 0.95, `tags agree on ${sameTag} of ${found.length}`);
    assert.deepEqual(
      a.sentences.map((s) => [s.start, s.end]),
      wink.sentences.map((s) => [s.start, s.end]),
    );
  });

  it('makes no tokens or sentences of an empty text', () => {
    const a = run('');
    assert.deepEqual([a.tokens, a.sentences], [[], []]);
  });
});
