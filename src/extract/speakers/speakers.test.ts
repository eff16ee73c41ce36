/**
 * The speakers stage: entities from names and roles, pronouns resolved to them, and each
 * attribution's speaker as a canonical name. Texts are a fictional story (the river town
 * of Brannock), run through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext({ rulesOnly: true });

function analyseText(text: string): Analysis {
  return analyse(
    {
      id: 'speakers-test',
      name: 'speakers-test',
      uri: 'test:speakers',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

/** Source text → speaker, in document order. */
function speakersIn(text: string): [string | null, string | null][] {
  return analyseText(text).attributions.map((a) => [
    a.source ? text.slice(a.source.start, a.source.end) : null,
    a.speaker,
  ]);
}

/** The speaker of the attribution whose content holds `content`. */
function speakerOf(text: string, content: string): string | null {
  const a = analyseText(text).attributions.find((x) =>
    text.slice(x.content.start, x.content.end).includes(content),
  );
  assert.ok(a, `no attribution of ${JSON.stringify(content)}`);
  return a.speaker;
}

describe('speakers: names', () => {
  it('a surname and a given name join the full name', () => {
    const text =
      'Mayor Petra Voss said the bridge was safe.\n\nVoss said the engineers were wrong.\n\nPetra said she was tired.';
    assert.deepEqual(speakersIn(text), [
      ['Mayor Petra Voss', 'Petra Voss'],
      ['Voss', 'Petra Voss'],
      ['Petra', 'Petra Voss'],
    ]);
    const entity = analyseText(text).entities.find((e) => e.name === 'Petra Voss');
    assert.ok(entity);
    assert.equal(entity.kind, 'person');
    for (const alias of ['Petra Voss', 'Voss', 'Petra']) assert.ok(entity.aliases.includes(alias), alias);
  });

  it('the canonical name is the longest, without "The"', () => {
    const text =
      'The Brannock Water Board said the gates were open.\n\nLater the board said the river would fall by Friday.';
    assert.equal(speakerOf(text, 'the gates were open'), 'Brannock Water Board');
  });

  it('a source that names nobody known is its own words, without its article', () => {
    assert.equal(
      speakerOf('The engineers said the pillars had moved.', 'the pillars had moved'),
      'engineers',
    );
  });
});

describe('speakers: roles', () => {
  it('a role written with a name binds to it: "Mayor Petra Voss" ... "the mayor"', () => {
    const text =
      'Mayor Petra Voss opened the meeting on Monday.\n\nLater, the mayor said the bridge would reopen.';
    assert.equal(speakerOf(text, 'the bridge would reopen'), 'Petra Voss');
  });

  it('a role bound by an apposition after the name: "Anna Brook, the ferry captain," ... "The captain"', () => {
    const text =
      'Anna Brook, the ferry captain, has worked on the river for twenty years.\n\nThe captain said the crossing was closed.';
    assert.equal(speakerOf(text, 'the crossing was closed'), 'Anna Brook');
  });

  it('a role bound by an apposition before the name: "Brannock’s mayor, Petra Voss,"', () => {
    const text =
      'Brannock’s mayor, Petra Voss, opened the meeting on Monday.\n\nThe Brannock mayor said the bridge would reopen.';
    assert.equal(speakerOf(text, 'the bridge would reopen'), 'Petra Voss');
  });

  it('cataphora: a role used before the name it is bound to', () => {
    const text =
      'The ferry captain said the crossing was closed.\n\nAnna Brook, the ferry captain, has worked on the river for twenty years.';
    assert.equal(speakerOf(text, 'the crossing was closed'), 'Anna Brook');
  });

  it('a bare role matches a role bound with an "of" complement: "Petra Voss, the mayor of Brannock," ... "The mayor"', () => {
    const text =
      'Petra Voss, the mayor of Brannock, opened the meeting with a short speech.\n\nThe mayor said the bridge would be repaired.';
    assert.equal(speakerOf(text, 'the bridge would be repaired'), 'Petra Voss');
  });

  it('"the newspaper" is the newspaper named before it', () => {
    const text =
      'The Brannock Herald reported that the bridge had cracks.\n\nThe newspaper said its engineers had seen them.';
    assert.equal(speakerOf(text, 'its engineers had seen them'), 'Brannock Herald');
  });

  it('"the newspaper" is the paper named before it even when its name does not say it is one: "The Daily Lantern"', () => {
    const text =
      'The Daily Lantern reported that the bridge had cracks.\n\nThe newspaper said its engineers had seen them.';
    assert.equal(speakerOf(text, 'its engineers had seen them'), 'Daily Lantern');
  });

  it('a spokesperson for X is not X', () => {
    const text =
      'Mayor Petra Voss said the bridge was safe.\n\nA spokesman for Voss said the mayor would not resign.';
    const who = speakerOf(text, 'the mayor would not resign');
    assert.notEqual(who, 'Petra Voss');
    assert.equal(who, 'spokesman for Voss');
  });
});

describe('speakers: appositions', () => {
  it('"Her spokesman, Tomas Hale," is Tomas Hale, not whoever "her" is', () => {
    const text =
      'Mayor Petra Voss said the bridge was safe.\n\nHer spokesman, Tomas Hale, said the mayor would not resign.';
    assert.equal(speakerOf(text, 'the mayor would not resign'), 'Tomas Hale');
  });

  it('"A spokesman for the mayor, Tomas Hale," is the person named after the comma', () => {
    const text =
      'Mayor Petra Voss said the bridge was safe.\n\nA spokesman for the mayor, Tomas Hale, said the inquiry would continue.';
    assert.equal(speakerOf(text, 'the inquiry would continue'), 'Tomas Hale');
  });
});

describe('speakers: pronouns', () => {
  it('"he" and "she" go to the latest person of their gender', () => {
    const text =
      'Peter Lind said the pillars had moved. Mayor Petra Voss said the engineers were wrong. He said the bridge should close. She said it would stay open.';
    assert.equal(speakerOf(text, 'the bridge should close'), 'Peter Lind');
    assert.equal(speakerOf(text, 'it would stay open'), 'Petra Voss');
  });

  it('a pronoun prefers whoever was quoted last', () => {
    const text =
      'Anna Brook told the council about Petra Voss and the bridge. She said the crossing was closed.';
    assert.equal(speakerOf(text, 'the crossing was closed'), 'Anna Brook');
  });

  it('"it" goes to the latest organisation', () => {
    const text = 'The Brannock Water Board said the gates were open. It said the river would fall by Friday.';
    assert.equal(speakerOf(text, 'the river would fall'), 'Brannock Water Board');
  });

  it('"who" takes the mention right before it', () => {
    const text =
      'The flood report was confirmed by the Brannock Water Board, who added that the river was still rising.';
    assert.equal(speakerOf(text, 'the river was still rising'), 'Brannock Water Board');
  });

  it('a pronoun inside a quotation stays unresolved; the quotation is its speaker’s', () => {
    const text = 'Mayor Petra Voss said the bridge was safe.\n\n“She never listened to us,” Peter Lind said.';
    const a = analyseText(text);
    const she = a.mentions.find((m) => m.text === 'She');
    assert.ok(she);
    assert.equal(she.entity, undefined);
    assert.equal(speakerOf(text, '“She never listened to us,”'), 'Peter Lind');
  });

  it('"she" after "A spokeswoman for X said" is the spokeswoman', () => {
    const text =
      'Mayor Petra Voss said the bridge was safe. A spokeswoman for Voss said the mayor would not resign. She said the mayor had the support of the council.';
    assert.equal(speakerOf(text, 'the mayor had the support'), 'spokeswoman for Voss');
  });

  it('titles give gender to pronouns: "Ms Voss ... Mr Lind ... She said"', () => {
    const text =
      'Ms Voss said the bridge was safe. Mr Lind said the bridge was not safe. She said the engineers were wrong.';
    assert.equal(speakerOf(text, 'the engineers were wrong'), 'Voss');
  });
});
