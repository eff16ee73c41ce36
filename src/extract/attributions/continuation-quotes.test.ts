/**
 * Continuation quotes (continuation-quotes.ts): a quotation with no cue of its own that
 * goes on from the attribution before it takes that speaker. Texts are a fictional story
 * (the river town of Brannock), run through the whole pipeline.
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
      id: 'continuation-test',
      name: 'continuation-test',
      uri: 'test:continuation',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

/** The attribution whose content is exactly `content`. */
function withContent(text: string, all: readonly Attribution[], content: string): Attribution | undefined {
  return all.find((a) => text.slice(a.content.start, a.content.end) === content);
}

const story = [
  'Ferry captain Anna Brook said the crossing had been closed for a week.',
  '“We were told the gates would be fixed,” she said, “and then nothing happened.”',
  '“Nobody came. Nobody called.”',
].join('\n\n');
/** The same story with a paragraph after it that opens with a cue. */
const storyWithReply = `${story}\n\nThe water board did not reply.`;

describe('continuation quotes', () => {
  it('a quotation paragraph right after an attributed one continues its speaker', () => {
    const a = analyseText(story);
    const cont = withContent(story, a.attributions, '“Nobody came. Nobody called.”');
    assert.ok(cont, 'the continuation paragraph is attributed');
    assert.equal(cont.kind, 'direct');
    assert.equal(cont.cue, null);
    assert.equal(cont.source, null);
    assert.equal(cont.speaker, 'Anna Brook');
    assert.ok(cont.speakerFrom !== undefined);
    const from = a.attributions[cont.speakerFrom];
    assert.equal(from && story.slice(from.content.start, from.content.end), '“and then nothing happened.”');
  });

  it('a cue at the start of the next paragraph does not take the quotation before it as content', () => {
    const text = storyWithReply;
    const a = analyseText(text);
    const reply = a.attributions.find((x) => x.cue && text.slice(x.cue.start, x.cue.end) === 'did not reply');
    if (reply)
      assert.ok(
        reply.content.start > text.indexOf('The water board'),
        text.slice(reply.content.start, reply.content.end),
      );
    assert.equal(withContent(text, a.attributions, '“Nobody came. Nobody called.”')?.speaker, 'Anna Brook');
  });

  it('a quotation sentence after a quotation in the same paragraph continues it', () => {
    const text = '“The gates were never fixed,” Peter Lind said. “They never will be.”';
    const a = analyseText(text);
    const cont = withContent(text, a.attributions, '“They never will be.”');
    assert.ok(cont);
    assert.equal(cont.cue, null);
    assert.equal(cont.speaker, 'Peter Lind');
    assert.equal(cont.stance, 'asserts');
  });

  it('speakerFrom indexes the attribution in document order', () => {
    const text =
      'Voss said the bridge was safe.\n\n“The gates were never fixed,” Peter Lind said.\n\n“They never will be.”';
    const a = analyseText(text);
    const cont = withContent(text, a.attributions, '“They never will be.”');
    assert.ok(cont && cont.speakerFrom !== undefined);
    assert.equal(a.attributions[cont.speakerFrom]?.speaker, 'Peter Lind');
    assert.equal(cont.speaker, 'Peter Lind');
  });

  it('a quotation two paragraphs after the last attribution is nobody’s', () => {
    const text =
      'Voss said the bridge was safe.\n\nThe river rose again on Tuesday.\n\nThe ferry stopped running.\n\n“Nobody listened to us.”';
    const a = analyseText(text);
    assert.equal(withContent(text, a.attributions, '“Nobody listened to us.”'), undefined);
  });

  it('a quotation with no attribution before it is nobody’s', () => {
    const text = 'The river rose again on Tuesday.\n\n“Nobody listened to us.”';
    assert.deepEqual(analyseText(text).attributions, []);
  });

  it('a quotation that is only part of its sentence does not continue a speaker', () => {
    const text = 'Voss said the bridge was safe.\n\n“Unsafe” is the word the engineers used on the radio.';
    const a = analyseText(text);
    assert.equal(withContent(text, a.attributions, '“Unsafe”'), undefined);
  });
});
