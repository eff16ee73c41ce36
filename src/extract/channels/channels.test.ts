/**
 * The channels stage: where something was said ("on social media", "in a statement") and
 * to whom ("told The Daily Lantern"). Texts are a fictional story (the river town of
 * Brannock), run through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext({ rulesOnly: true });

function analyseText(text: string): Analysis {
  return analyse(
    {
      id: 'channels-test',
      name: 'channels-test',
      uri: 'test:channels',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

/** The attribution whose content holds `content`. */
function about(text: string, content: string, a: Analysis = analyseText(text)): Attribution {
  const found = a.attributions.find((x) => text.slice(x.content.start, x.content.end).includes(content));
  assert.ok(
    found,
    `no attribution of ${JSON.stringify(content)} among ${JSON.stringify(a.attributions.map((x) => text.slice(x.content.start, x.content.end)))}`,
  );
  return found;
}

describe('channels: where it was said', () => {
  it('"on social media"', () => {
    const text = 'In a post on social media, Voss said the bridge was safe.';
    assert.equal(about(text, 'the bridge was safe').channel, 'social media');
  });

  it('"on her Telegram channel"', () => {
    const text = 'Late on Monday, on her Telegram channel, Voss insisted the bridge was safe.';
    assert.equal(about(text, 'the bridge was safe').channel, 'Telegram');
  });

  it('"in a statement" gives "statement"', () => {
    const text = 'Late on Monday, in a statement, the Brannock Water Board said the river was falling.';
    assert.equal(about(text, 'the river was falling').channel, 'statement');
  });

  it('"in an interview" gives "interview"', () => {
    const text = 'Speaking in an interview, Voss said the bridge was safe.';
    assert.equal(about(text, 'the bridge was safe').channel, 'interview');
  });

  it('no channel where the sentence names none', () => {
    const text = 'Voss said the bridge was safe.';
    assert.equal(about(text, 'the bridge was safe').channel, undefined);
  });

  it('a channel named inside the content is not where it was said', () => {
    const text = 'Voss said the rumours about the bridge had started on social media.';
    assert.equal(about(text, 'the rumours').channel, undefined);
  });

  it('a channel at the start of the sentence: "On social media, Voss insisted ..."', () => {
    const text = 'On social media, Voss insisted the bridge would reopen.';
    assert.equal(about(text, 'the bridge would reopen').channel, 'social media');
    const text2 = 'In a statement, the Brannock Water Board said the river was falling.';
    assert.equal(about(text2, 'the river was falling').channel, 'statement');
  });

  it('a channel right after the cue: "wrote on social media that ...", "said in a statement that ..."', () => {
    const text = 'Voss wrote on social media that the bridge was safe.';
    assert.equal(analyseText(text).attributions[0]?.channel, 'social media');
    const text2 = 'The Brannock Water Board said in a statement that the river was falling.';
    assert.equal(analyseText(text2).attributions[0]?.channel, 'statement');
  });
});

describe('channels: "used her Telegram channel to make the claims"', () => {
  const text = [
    'Mayor Petra Voss said the bridge was safe. She said the engineers were lying.',
    'Peter Lind said the bridge was not safe.',
    'The mayor used her Telegram channel to make the claims.',
    'On Tuesday, Voss said the bridge would reopen.',
  ].join('\n\n');
  const a = analyseText(text);

  it('gives the channel to that speaker’s statements before it', () => {
    assert.equal(about(text, 'the bridge was safe', a).channel, 'Telegram');
    assert.equal(about(text, 'the engineers were lying', a).channel, 'Telegram');
  });

  it('not to another speaker’s statements', () => {
    assert.equal(about(text, 'the bridge was not safe', a).channel, undefined);
  });

  it('not to the speaker’s statements after it', () => {
    assert.equal(about(text, 'the bridge would reopen', a).channel, undefined);
  });

  it('not to a statement the speaker told a newspaper', () => {
    const t =
      'Mayor Petra Voss said the bridge was safe.\n\n“We will rebuild,” Voss told The Daily Lantern.\n\nThe mayor used her Telegram channel to make the claims.';
    assert.equal(about(t, '“We will rebuild,”').channel, undefined);
  });
});

describe('channels: addressees', () => {
  it('"told The Daily Lantern that ..." gives the addressee', () => {
    const text = 'Voss told The Daily Lantern that the bridge was safe.';
    const a = about(text, 'the bridge was safe');
    assert.equal(a.addressee, 'The Daily Lantern');
    assert.equal(a.channel, undefined);
  });

  it('no addressee for a cue other than "tell"', () => {
    const text = 'Voss said The Daily Lantern had been wrong about the bridge.';
    assert.equal(about(text, 'The Daily Lantern had been wrong').addressee, undefined);
  });

  it('an addressee at the end of the sentence has no full stop: "“...,” Voss told The Daily Lantern."', () => {
    const text = '“We will rebuild,” Voss told The Daily Lantern.';
    assert.equal(about(text, '“We will rebuild,”').addressee, 'The Daily Lantern');
  });
});
