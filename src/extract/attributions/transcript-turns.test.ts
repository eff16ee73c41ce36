import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transcriptTurns } from './transcript-turns.ts';

const doc = (text: string) => ({ doc: { id: 't', name: 't', uri: 'test:t', mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length }, boilerplate: [] });
const parts = (text: string) =>
  transcriptTurns(doc(text)).map((a) => ({
    source: a.source && text.slice(a.source.start, a.source.end),
    cue: a.cue && text.slice(a.cue.start, a.cue.end),
    content: text.slice(a.content.start, a.content.end),
  }));

describe('transcriptTurns', () => {
  it('reads each "NAME: ..." paragraph as that person’s turn', () => {
    const text = 'The mayor spoke to Radio Brannock on Sunday.\n\nHOLT: Mayor, will the bridge reopen?\n\nVOSS: Not before the spring, and not without the inspectors’ report.\n';
    assert.deepEqual(parts(text), [
      { source: 'HOLT', cue: ':', content: 'Mayor, will the bridge reopen?' },
      { source: 'VOSS', cue: ':', content: 'Not before the spring, and not without the inspectors’ report.' },
    ]);
  });

  it('takes a quoted transcript’s turns without the opening quotation mark, and two-word names', () => {
    const text = '"ANNA BROOK: The ferry runs again from Monday.\n';
    assert.deepEqual(parts(text), [{ source: 'ANNA BROOK', cue: ':', content: 'The ferry runs again from Monday.' }]);
  });

  it('finds no turn in ordinary prose, headings or times', () => {
    assert.deepEqual(parts('Update: the bridge is closed.\n\nAt 10:30 the river rose.\n\nNOTE:\n'), []);
  });
});
