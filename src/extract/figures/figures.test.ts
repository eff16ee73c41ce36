/**
 * The figures stage on a fictional story (the river town of Brannock in Karsovia): the real
 * tokens and dates stages run first; attributions, mentions and entities are set by hand
 * where a test needs them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Figure } from '../../domain/figure.ts';
import { createStageContext } from '../create-stage-context.ts';
import { dates } from '../dates/dates.ts';
import { emptyAnalysis } from '../pipeline.ts';
import { tokenize } from '../tokens/tokenize.ts';
import { figures } from './figures.ts';

const ctx = createStageContext({ rulesOnly: true });

/** Runs tokens, dates, `edit` and figures; `published` null means the document has no date. */
function run(
  text: string,
  edit: (a: Analysis) => Analysis = (a) => a,
  published: string | null = '2017-05-30',
): Analysis {
  const doc = {
    id: 'figures-test',
    name: 'figures-test',
    uri: 'test:figures',
    mediaType: 'text/plain',
    text,
    encoding: 'utf-8',
    byteLength: text.length,
    ...(published ? { published } : {}),
  };
  return figures.run(edit(dates.run(tokenize.run(emptyAnalysis(doc), ctx), ctx)), ctx);
}

/** The figures with the text their span covers. */
function found(
  text: string,
  edit?: (a: Analysis) => Analysis,
  published?: string | null,
): (Figure & { text: string })[] {
  const a = run(text, edit, published);
  return a.figures.map((f) => ({ ...f, text: text.slice(f.span.start, f.span.end) }));
}

function only(text: string, edit?: (a: Analysis) => Analysis): Figure & { text: string } {
  const all = found(text, edit);
  assert.equal(
    all.length,
    1,
    `want one figure in ${JSON.stringify(text)}, got ${JSON.stringify(all.map((f) => f.text))}`,
  );
  return all[0]!;
}

describe('figures: counts with what they count and when', () => {
  it('three deaths in March, then 26 since the beginning of the year', () => {
    const text =
      'The Brannock Courier first reported the three deaths of ferrymen and dock workers by the river police in March, ' +
      'and later said the total had risen to 26 since the beginning of the year.';
    const [three, total] = found(text);
    assert.deepEqual(
      { text: three?.text, value: three?.value, what: three?.what, when: three?.when },
      { text: 'three', value: 3, what: 'deaths of ferrymen and dock workers', when: '2017-03' },
    );
    assert.deepEqual(
      { text: total?.text, value: total?.value, what: total?.what, when: total?.when },
      { text: '26', value: 26, what: 'total', when: '2017' },
    );
  });

  it('a crowd, with what it did', () => {
    const f = only('About 15,000 people got together in the main square of Brannock on Sunday.');
    assert.equal(f.value, 15000);
    assert.equal(f.text, '15,000');
    assert.equal(f.what, 'people got together in the main square of Brannock');
    assert.equal(f.when, '2017-05-28');
  });

  it('people taken somewhere, and people a verb before did something to', () => {
    assert.equal(only('The ferry union managed to get 40 people into hiding.').what, 'people into hiding');
    assert.equal(only('The river police detained 26 people.').what, 'people detained');
  });

  it('numbers in words, ranges and scales', () => {
    const f = found(
      'Twenty-six sailors, a dozen nets, 20 to 30 barges, 12-15 boats and 2.5 million visitors came.',
    );
    assert.deepEqual(
      f.map((x) => [x.text, x.value, x.valueMax ?? null, x.what]),
      [
        ['Twenty-six', 26, null, 'sailors'],
        ['a dozen', 12, null, 'nets'],
        ['20 to 30', 20, 30, 'barges'],
        ['12-15', 12, 15, 'boats'],
        ['2.5 million', 2500000, null, 'visitors'],
      ],
    );
  });

  it('percentages and money, with their units', () => {
    const f = found(
      'Turnout reached 45% of voters, and Brannock was offered a $1.2bn loan and £300m in aid; 12 percent of the town voted.',
    );
    assert.deepEqual(
      f.map((x) => [x.text, x.value, x.unit, x.what]),
      [
        ['45%', 45, 'percent', 'voters'],
        ['$1.2bn', 1200000000, 'USD', 'loan'],
        ['£300m', 300000000, 'GBP', ''],
        ['12 percent', 12, 'percent', 'town'],
      ],
    );
  });
});

describe('figures: numbers that are no figure', () => {
  const none = (text: string): void => {
    assert.deepEqual(
      found(text).map((f) => f.text),
      [],
      text,
    );
  };
  it('ages', () => {
    none('A 17-year-old boy was hurt.');
    none('Mira Tolen, 17, was hurt when the quay gave way.');
    none('The ferryman, aged 63, retired.');
  });
  it('ordinals and floors', () => {
    none('He fell from a 9th floor window.');
    none('She lives on floor 9 of the tower.');
    none('It was the third time this happened.');
  });
  it('dates, years and datelines', () => {
    none('The council met on May 26.');
    none('JUNE, 3, 2019\nThe council met.');
    none('The flood of 2016 was worse; the 2016 flood closed the bridge.');
    none('The ferry sank on December, 26, 2016.');
  });
  it('names, labels, times, codes and list numbers', () => {
    none('Article 19 and the G20 both spoke about COVID-19.');
    none('A Boeing 737 landed at 10:30.');
    none('Call 555-0123 before 5pm.');
    none('1. Leave the quay.\n2. Wait for the ferry.');
    none('The score was 3-1.');
  });
  it('"one" as a pronoun or determiner', () => {
    none('One of them had seen the boat.');
    none('In one chilling case the ferry left without lights.');
  });
  it('durations and measures', () => {
    none('The search went on for three days over 10 miles of river.');
  });
});

describe('figures: who asserts them', () => {
  it('the speaker of the attribution whose content holds the figure', () => {
    const text = 'Officials said 40 families were moved from the riverbank.';
    const content = { start: text.indexOf('40'), end: text.length - 1 };
    const f = only(text, (a) => ({
      ...a,
      attributions: [
        {
          kind: 'indirect',
          content,
          cue: { start: 10, end: 14 },
          source: { start: 0, end: 9 },
          speaker: 'Brannock Port Authority',
          stance: 'asserts',
        },
      ],
    }));
    assert.equal(f.source, 'Brannock Port Authority');
    assert.equal(f.what, 'families were moved from the riverbank');
  });

  it('the subject of the sentence when it is a mention resolved to an entity', () => {
    const text = 'The Lantern Trust has managed to get 40 people into hiding.';
    const f = only(text, (a) => ({
      ...a,
      mentions: [
        { start: 0, end: 17, text: 'The Lantern Trust', kind: 'organization', form: 'name', entity: 0 },
      ],
      entities: [{ id: 'e0', name: 'Lantern Trust', kind: 'organization', aliases: ['The Lantern Trust'] }],
    }));
    assert.equal(f.source, 'Lantern Trust');
  });

  it('no source when the first mention sits in a phrase before the subject', () => {
    const text = 'In Brannock, the police detained 26 people.';
    const f = only(text, (a) => ({
      ...a,
      mentions: [{ start: 3, end: 11, text: 'Brannock', kind: 'place', form: 'name', entity: 0 }],
      entities: [{ id: 'e0', name: 'Brannock', kind: 'place', aliases: [] }],
    }));
    assert.equal(f.source, undefined);
  });
});

describe('figures: without a publication date', () => {
  it('takes when from explicit dates only', () => {
    const f = found(
      'In March 2017 the ferry carried 300 passengers; last year it carried 200 passengers.',
      undefined,
      null,
    );
    assert.deepEqual(
      f.map((x) => [x.value, x.when ?? null]),
      [
        [300, '2017-03'],
        [200, null],
      ],
    );
  });
});

describe('figures: agents before a generic head', () => {
  // "than by 1,200 people": the backward walk from the number once stopped moving after
  // the agent "by" when another modifier ("than") came before it, and never ended
  it('ends on "than by 1,200 people"', () => {
    const text = 'A mayor is better chosen by the whole town than by 1,200 people.';
    assert.deepEqual(
      run(text).figures.map((f) => f.value),
      [1200],
    );
  });
});
