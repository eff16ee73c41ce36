import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Stance } from '../../domain/stance.ts';
import { buildClaims } from './build-claims.ts';
import type { Statement } from './statement.ts';

let at = 0;
const st = (doc: string, speaker: string, stance: Stance, text: string, family = doc): Statement => {
  at += 100;
  return { doc, family, speaker, stance, kind: 'indirect', span: { start: at, end: at + text.length }, text };
};

describe('buildClaims', () => {
  const story = [
    st('a', 'Harbour Courier', 'asserts', 'at least four miners have died at the Kestrel Ridge copper mine since January'),
    st('a', 'Natalya Korvash', 'denies', 'allegations that miners have died at the Kestrel Ridge mine because of unsafe conditions'),
    st('b', 'Selvan Labour Monitor', 'confirms', 'four miners died at the Kestrel Ridge mine after the pumps failed'),
    st('b', 'Ministry of Industry', 'disputes', 'the figures published about deaths at the mine are exaggerated'),
    st('c', 'Ilona Vasko', 'asserts', 'she had received threats after the article about the mine deaths'),
  ];

  it('states the story’s central claim as what the denial denies', () => {
    const [central] = buildClaims('s1', story);
    assert.ok(central);
    assert.equal(central.text, 'miners have died at the Kestrel Ridge mine because of unsafe conditions');
  });

  it('gives every speaker of the story a position with its evidence span', () => {
    const [central] = buildClaims('s1', story);
    const pos = Object.fromEntries(central?.positions.map((p) => [p.speaker, p.position]) ?? []);
    assert.deepEqual(pos, {
      'Harbour Courier': 'supports',
      'Natalya Korvash': 'opposes',
      'Selvan Labour Monitor': 'supports',
      'Ministry of Industry': 'opposes',
      'Ilona Vasko': 'supports',
    });
    for (const p of central?.positions ?? []) assert.ok(p.span.end > p.span.start);
  });

  it('never counts a syndicated copy again', () => {
    const copy = st('d', 'Selvan Labour Monitor', 'confirms', 'four miners died at the Kestrel Ridge mine after the pumps failed', 'b');
    const [central] = buildClaims('s1', [...story, copy]);
    assert.equal(central?.positions.filter((p) => p.speaker === 'Selvan Labour Monitor').length, 1);
  });

  it('groups the same statement carried by several outlets into a claim of its own', () => {
    const carried = [
      st('e', 'Dalmark Mining Company', 'asserts', 'the company has invested 85 million marks in ventilation and drainage since 2021'),
      st('f', 'Dalmark Mining Company', 'asserts', 'it had invested 85 million marks in ventilation and drainage since 2021'),
    ];
    const claims = buildClaims('s2', [...story, ...carried]);
    const narrow = claims.find((c) => /85 million marks/.test(c.text));
    assert.ok(narrow, JSON.stringify(claims.map((c) => c.text)));
    assert.deepEqual(new Set(narrow.positions.map((p) => p.doc)), new Set(['e', 'f']));
  });

  it('makes nothing of a story with no attributed statements', () => {
    assert.deepEqual(buildClaims('s3', []), []);
  });
});
