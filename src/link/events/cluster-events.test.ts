/**
 * Event clustering end to end, on a fictional news day written for these tests: three
 * events each reported by three made-up outlets in their own words, a later bridge
 * collapse elsewhere reported twice (same kind of event, different event), and two
 * unrelated pieces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterEvents } from './cluster-events.ts';
import { cutMerges } from './cut-merges.ts';
import { eventDendrogram } from './event-dendrogram.ts';
import type { EventDocument } from './event-document.ts';

const reports: EventDocument[] = [
  {
    id: 'bridge-gazette',
    title: 'Quill Bridge collapses in Marrowby',
    text: `The Quill Bridge in Marrowby collapsed on Tuesday evening, sending two cars into the river.
Mayor Odile Farrant said four people were taken to Saint Brennan hospital with minor injuries.
Engineers had warned in 2019 that the 80-year-old span needed new steel cables.`,
  },
  {
    id: 'chess-herald',
    title: 'Varga takes the Port Caddon Open',
    text: `Ilse Varga won the Port Caddon Open on Sunday after a tense final game against Tomas Rell.
The 19-year-old grandmaster finished with 7.5 points from nine rounds.
Varga said the win was the best moment of her career.`,
  },
  {
    id: 'recall-post',
    title: 'Brightwell Foods recalls peanut butter',
    text: `Brightwell Foods is recalling 40,000 jars of its Golden Spread peanut butter after salmonella was found at its Tallow Creek plant.
The company said no illnesses have been reported. Customers can return jars for a full refund.`,
  },
  {
    id: 'bridge-courier',
    text: `Two cars plunged into the Quill river when the Marrowby bridge gave way on Tuesday.
Four people were hurt, Mayor Farrant told reporters, and all were treated at Saint Brennan hospital.
The span, built 80 years ago, had been flagged by engineers in a 2019 inspection for corroded cables.`,
  },
  {
    id: 'garden-notes',
    title: 'How to keep tomatoes happy in August',
    text: `Water deeply twice a week rather than a little every day, and mulch the soil to keep roots cool.
Pinch out side shoots so the plant puts its energy into fruit.`,
  },
  {
    id: 'chess-times',
    text: `Grandmaster Ilse Varga, 19, is the new Port Caddon Open champion.
She beat Tomas Rell in the last round on Sunday to finish on 7.5 points out of nine.
Rell congratulated Varga and called her play in the final game flawless.`,
  },
  {
    id: 'recall-wire',
    text: `Salmonella found at the Tallow Creek plant has led Brightwell Foods to pull 40,000 jars of Golden Spread peanut butter from shelves.
Brightwell said it knew of no illnesses linked to the jars and offered refunds.`,
  },
  {
    id: 'bridge-daily',
    title: 'Marrowby bridge failure: four injured',
    text: `Four people were injured when the Quill Bridge collapsed in Marrowby on Tuesday.
Two cars fell into the river. Mayor Odile Farrant said the injured were at Saint Brennan hospital.
A 2019 report by engineers said the 80-year-old bridge needed its cables replaced.`,
  },
  {
    id: 'recall-daily',
    text: `Golden Spread peanut butter is being recalled: Brightwell Foods said salmonella turned up at its Tallow Creek plant.
About 40,000 jars are affected. No illnesses have been reported, and shoppers can get a refund.`,
  },
  {
    id: 'chess-weekly',
    text: `Tomas Rell could not stop Ilse Varga on Sunday: the 19-year-old won the final game and the Port Caddon Open with 7.5 points.
Varga called it the best moment of her career.`,
  },
  {
    id: 'weather-brief',
    text: `Expect a dry weekend across the northern valleys, with highs near 24 degrees and a light breeze from the west.`,
  },
  {
    id: 'bridge-later',
    title: 'Bridge collapses in Hollin Ferry',
    text: `The Weir Street bridge in Hollin Ferry collapsed on Friday, sending a delivery van into the Dunmere.
The driver, Carys Penhale, was taken to hospital with minor injuries. Engineers said the old span's steel cables had corroded.`,
  },
  {
    id: 'bridge-later-2',
    text: `A delivery van went into the Dunmere on Friday when the Weir Street bridge at Hollin Ferry fell.
Its driver, Carys Penhale, escaped with cuts. Council engineers blamed corroded steel cables on the old span.`,
  },
];

const sorted = (groups: string[][]): string[][] =>
  groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe('clusterEvents', () => {
  it('groups the reports of each event and leaves the rest alone', () => {
    assert.deepEqual(sorted(clusterEvents(reports)), [
      ['bridge-courier', 'bridge-daily', 'bridge-gazette'],
      ['bridge-later', 'bridge-later-2'],
      ['chess-herald', 'chess-times', 'chess-weekly'],
      ['garden-notes'],
      ['recall-daily', 'recall-post', 'recall-wire'],
      ['weather-brief'],
    ]);
  });

  it('lists ids in input order and groups in order of their first document', () => {
    const groups = clusterEvents(reports);
    assert.deepEqual(groups[0], ['bridge-gazette', 'bridge-courier', 'bridge-daily']);
    assert.deepEqual(
      groups.map((g) => g[0]),
      ['bridge-gazette', 'chess-herald', 'recall-post', 'garden-notes', 'weather-brief', 'bridge-later'],
    );
  });

  it('gives the same groups whatever the input order', () => {
    const reversed = [...reports].reverse();
    assert.deepEqual(sorted(clusterEvents(reversed)), sorted(clusterEvents(reports)));
  });

  it('is deterministic', () => {
    assert.deepEqual(eventDendrogram(reports), eventDendrogram(reports));
  });

  it('joins the two bridge collapses at a looser cut, one tree serving both levels', () => {
    const tree = eventDendrogram(reports);
    const groupOf = (threshold: number, id: string): string[] => {
      const groups = cutMerges(reports.length, tree.merges, threshold).map((g) => g.map((d) => tree.ids[d]!));
      return groups.find((g) => g.includes(id))!.sort();
    };
    assert.ok(!groupOf(0.25, 'bridge-later').includes('bridge-gazette'));
    const story = groupOf(0.08, 'bridge-later');
    assert.ok(story.includes('bridge-gazette') && !story.includes('chess-times'), story.join(', '));
  });

  it('keeps every document alone when the threshold cannot be reached', () => {
    assert.equal(clusterEvents(reports, { threshold: 1.01 }).length, reports.length);
  });

  it('handles no documents, one, and documents with no words', () => {
    assert.deepEqual(clusterEvents([]), []);
    assert.deepEqual(clusterEvents([{ id: 'a', text: 'Just one.' }]), [['a']]);
    assert.deepEqual(
      sorted(
        clusterEvents([
          { id: 'a', text: '' },
          { id: 'b', text: '...' },
        ]),
      ),
      [['a'], ['b']],
    );
  });
});
