/**
 * The tagger stage with the committed models, on sentences of the kind where a tagging slip
 * used to override the rules' correct reading (from the fictional example corpus's style).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext();

function attributionsOf(text: string) {
  const a = analyse({ id: 't', name: 't', uri: 'test:t', mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length }, ctx);
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return a.attributions.map((x) => ({ cue: at(x.cue), source: at(x.source), content: at(x.content) ?? '' }));
}

describe('attribution tagger stage', () => {
  const text =
    'Slate workers stopped the Varrow quarry on Monday.\n\n' +
    'Anton Lunn, a 41-year-old blasting technician, drowned on January 14 when water broke through a wall on the seventh level, his colleagues said. Two men were killed by a roof fall in February.\n';

  it('"…, his colleagues said." gives the colleagues as source and the clause before as content', () => {
    const found = attributionsOf(text).find((x) => x.cue === 'said');
    assert.ok(found, JSON.stringify(attributionsOf(text)));
    assert.equal(found.source, 'his colleagues');
    assert.match(found.content, /^Anton Lunn, a 41-year-old blasting technician, drowned/);
    assert.doesNotMatch(found.content, /Two men/);
  });

  it('takes no modifier inside the reported clause for a cue ("blasting")', () => {
    assert.deepEqual(
      attributionsOf(text).filter((x) => x.cue === 'blasting'),
      [],
    );
  });

  it('keeps a quotation around its cue as one content: "“…,” he said, “…”"', () => {
    const quoted = 'Tomas Reyk, a miner, spoke to reporters.\n\n“We were told the pumps would be fixed next week,” he said, “and then the week after that.”\n';
    const found = attributionsOf(quoted).filter((x) => x.cue === 'said');
    assert.ok(found.length > 0, JSON.stringify(attributionsOf(quoted)));
    assert.ok(found.every((x) => !x.content.startsWith('he said')));
  });
});
