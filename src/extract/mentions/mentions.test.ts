/**
 * The mentions stage: names, role descriptions and pronouns. Texts are a fictional
 * story (the river town of Brannock in Karsovia), run through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Mention } from '../../domain/mention.ts';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext();

function analyseText(text: string): Analysis {
  return analyse(
    {
      id: 'mentions-test',
      name: 'mentions-test',
      uri: 'test:mentions',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

function mentionsIn(text: string): Mention[] {
  return [...analyseText(text).mentions];
}

/** The mention whose text is exactly `want`. */
function mention(found: readonly Mention[], want: string): Mention {
  const m = found.find((x) => x.text === want);
  assert.ok(m, `no mention ${JSON.stringify(want)} in ${JSON.stringify(found.map((x) => x.text))}`);
  return m;
}

const texts = (found: readonly Mention[], form?: Mention['form']): string[] =>
  found.filter((m) => !form || m.form === form).map((m) => m.text);

describe('mentions: names', () => {
  it('a person’s name, typed and gendered by the given name', () => {
    const found = mentionsIn(
      'On Monday evening the engineer Peter Lind met the mayor, Petra Voss, at the old bridge.',
    );
    const lind = mention(found, 'Peter Lind');
    assert.equal(lind.form, 'name');
    assert.equal(lind.kind, 'person');
    assert.equal(lind.gender, 'male');
    const voss = mention(found, 'Petra Voss');
    assert.equal(voss.gender, 'female');
  });

  it('spans point into the text', () => {
    const text = 'The flood gates were opened by Petra Voss on a cold morning.';
    for (const m of mentionsIn(text)) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('an organisation by its last word, without a leading "The"', () => {
    const found = mentionsIn('The Brannock Water Board opened the gates on the northern bank of the river.');
    const board = mention(found, 'Brannock Water Board');
    assert.equal(board.kind, 'organization');
  });

  it('an institution goes on over "and" after its "of": "the Ministry of Roads and Bridges"', () => {
    const found = mentionsIn('The Ministry of Roads and Bridges said the span was safe.');
    assert.ok(texts(found, 'name').includes('Ministry of Roads and Bridges'), JSON.stringify(texts(found)));
  });

  it('two names joined by "and" stay two: "the Bank of Brannock and Karsmet"', () => {
    const found = texts(mentionsIn('Loans came from the Bank of Brannock and Karsmet last year.'), 'name');
    assert.ok(!found.some((t) => t.includes(' and ')), JSON.stringify(found));
  });

  it('a place from the gazetteer', () => {
    assert.equal(
      mention(mentionsIn('The engineers flew home to Paris after the inspection of the bridge.'), 'Paris')
        .kind,
      'place',
    );
  });

  it('a title before a surname makes a person: "Mr Lind", "Ms Voss"', () => {
    const found = mentionsIn('Mr Lind and Ms Voss were seen together at the ferry landing.');
    const lind = mention(found, 'Mr Lind');
    assert.equal(lind.kind, 'person');
    assert.deepEqual(lind.nameSpan && { start: lind.nameSpan.start, end: lind.nameSpan.end }, {
      start: 3,
      end: 7,
    });
    assert.equal(mention(found, 'Ms Voss').kind, 'person');
  });

  it('a title gives the gender: "Mr Lind" male, "Ms Voss" female', () => {
    const found = mentionsIn('Mr Lind and Ms Voss were seen together at the ferry landing.');
    assert.equal(mention(found, 'Mr Lind').gender, 'male');
    assert.equal(mention(found, 'Ms Voss').gender, 'female');
  });
});

describe('mentions: roles with names', () => {
  it('role + name is one name mention with the name inside: "Deputy Minister Jonas Hale"', () => {
    const text = 'Deputy Minister Jonas Hale arrived in the town with a team of inspectors from the capital.';
    const m = mention(mentionsIn(text), 'Deputy Minister Jonas Hale');
    assert.equal(m.form, 'name');
    assert.equal(m.kind, 'person');
    assert.ok(m.nameSpan);
    assert.equal(text.slice(m.nameSpan.start, m.nameSpan.end), 'Jonas Hale');
  });

  it('a lower-case role right before a name joins it: "local newspaper Brannock Herald"', () => {
    const text = 'The story was first reported by local newspaper Brannock Herald on Monday evening.';
    const m = mention(mentionsIn(text), 'local newspaper Brannock Herald');
    assert.equal(m.kind, 'organization');
    assert.ok(m.nameSpan);
    assert.equal(text.slice(m.nameSpan.start, m.nameSpan.end), 'Brannock Herald');
  });

  it('a role before a name that starts with "The" joins it: "British newspaper The Daily Lantern"', () => {
    const text = 'The story was first reported by British newspaper The Daily Lantern on Monday evening.';
    const found = mentionsIn(text);
    const m = found.find((x) => x.text.startsWith('British newspaper') && x.text.includes('Daily Lantern'));
    assert.ok(m, JSON.stringify(texts(found)));
    assert.equal(m.form, 'name');
    assert.equal(m.kind, 'organization');
  });
});

describe('mentions: role descriptions', () => {
  it('a role with a "for NAME" complement, the name kept as its own mention', () => {
    const found = mentionsIn('A spokesman for Marta Quill would not comment on the state of the bridge.');
    const role = mention(found, 'A spokesman for Marta Quill');
    assert.equal(role.form, 'role');
    assert.equal(role.kind, 'person');
    assert.equal(mention(found, 'Marta Quill').form, 'name');
  });

  it('a role with a "for the ORG" complement', () => {
    const found = mentionsIn('A spokeswoman for the Ministry of Roads declined to comment on the closure.');
    assert.equal(mention(found, 'A spokeswoman for the Ministry of Roads').form, 'role');
    assert.equal(mention(found, 'Ministry of Roads').kind, 'organization');
  });

  it('a role with an "of PLACE" complement: "the mayor of Brannock"', () => {
    const found = mentionsIn(
      'Reporters waited for hours outside the office of the mayor of Brannock on the river.',
    );
    assert.equal(mention(found, 'the mayor of Brannock').form, 'role');
  });

  it('a role with a possessive owner: "Karsovia’s president"', () => {
    const found = mentionsIn(
      'The engineers wrote a letter to Karsovia’s president about the state of the bridge.',
    );
    const role = mention(found, 'Karsovia’s president');
    assert.equal(role.form, 'role');
    assert.equal(role.kind, 'person');
  });

  it('roles with their modifiers and determiner; plural roles are plural', () => {
    const found = mentionsIn('French officials met the German minister at a hotel near the river.');
    assert.equal(mention(found, 'French officials').plural, true);
    assert.equal(mention(found, 'the German minister').form, 'role');
    assert.equal(mention(found, 'the German minister').plural, false);
  });

  it('organisation roles: "the newspaper", "the council"', () => {
    const found = mentionsIn('Since then the newspaper has asked the council for the inspection reports.');
    assert.equal(mention(found, 'the newspaper').kind, 'organization');
    assert.equal(mention(found, 'the council').kind, 'organization');
  });
});

describe('mentions: what is not a name', () => {
  it('a demonym alone is not a name: "French", "German"', () => {
    const found = mentionsIn('French officials met the German minister at a hotel near the river.');
    assert.deepEqual(texts(found, 'name'), []);
  });

  it('the demonym of a place named in the text is not a name: "Karsovian" beside "Karsovia"', () => {
    const found = mentionsIn(
      'The Karsovian government said it would send engineers from the capital of Karsovia to the town.',
    );
    assert.ok(!texts(found, 'name').includes('Karsovian'), JSON.stringify(texts(found, 'name')));
  });

  it('months and weekdays are not names', () => {
    const found = mentionsIn(
      'The Brannock Water Board said in May that it would open the gates by June 3, and on Monday it did.',
    );
    assert.deepEqual(texts(found, 'name'), ['Brannock Water Board']);
  });

  it('a month word that is a given name before a surname is part of the name: "May Lind"', () => {
    const found = mentionsIn('The new ferry was named after a local teacher, May Lind, who died last year.');
    assert.ok(texts(found, 'name').includes('May Lind'), JSON.stringify(texts(found, 'name')));
  });

  it('a capitalised first word is not a name unless the tagger makes it a proper noun', () => {
    const found = mentionsIn(
      'Officials closed the bridge after the engineers found deep cracks in its pillars.',
    );
    assert.deepEqual(texts(found, 'name'), []);
  });
});

describe('mentions: headlines', () => {
  it('a title-case headline names nobody the article does not name', () => {
    const text =
      'Bridge Cracks Were Ignored For Years, Engineers Warn\n\nNobody was hurt when the old bridge was closed on Friday.';
    const found = mentionsIn(text);
    assert.deepEqual(texts(found, 'name'), []);
  });

  it('a title-case headline gives only the names the article also uses, not the whole capitalised run', () => {
    const text =
      'Voss Denies Bridge Claims In Fiery Speech\n\nThe mayor, Petra Voss, spoke to a crowd of angry residents on Friday evening.';
    const found = mentionsIn(text);
    const headline = found.filter((m) => m.end <= text.indexOf('\n'));
    assert.deepEqual(
      headline.map((m) => m.text),
      ['Voss'],
    );
  });

  it('a short running-text sentence full of names is not taken for a headline', () => {
    const found = mentionsIn('Mayor Petra Voss spoke on Friday.');
    assert.deepEqual(texts(found, 'name'), ['Mayor Petra Voss']);
  });
});

describe('mentions: pronouns', () => {
  it('personal pronouns with gender and number', () => {
    const found = mentionsIn('The keeper said that he and she and they would ask it to stay.');
    const pron = found.filter((m) => m.form === 'pronoun');
    assert.deepEqual(
      pron.map((m) => [m.text, m.gender ?? null, m.plural ?? false]),
      [
        ['he', 'male', false],
        ['she', 'female', false],
        ['they', null, true],
        ['it', 'neuter', false],
      ],
    );
  });

  it('a relative "who" is a mention', () => {
    const found = mentionsIn('The keeper, who has worked at the lock for years, stayed.');
    assert.ok(found.some((m) => m.form === 'pronoun' && m.text === 'who'));
  });
});
