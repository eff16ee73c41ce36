import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../domain/entity.ts';
import type { Mention } from '../../domain/mention.ts';
import { resolveEntities, type DocumentEntities } from './resolve-entities.ts';

const entity = (name: string, kind: Entity['kind'], aliases: string[] = []): Entity => ({ id: name, name, kind, aliases });
const mention = (start: number, entityIndex: number): Mention => ({ start, end: start + 5, text: 'x', kind: 'person', form: 'name', entity: entityIndex });
const doc = (name: string, entities: Entity[]): DocumentEntities => ({ doc: name, entities, mentions: entities.map((_, i) => mention(i * 10, i)) });

describe('resolveEntities', () => {
  it('joins spellings and transliterations of one name across documents', () => {
    const { entities } = resolveEntities([
      doc('a', [entity('Maksim Bakayev', 'person'), entity('Harbour Courier', 'organization')]),
      doc('b', [entity('Maxim Bakaev', 'person'), entity('Harbor Courier', 'organization')]),
      doc('c', [entity('Natalya Korvash', 'person')]),
      doc('d', [entity('Natalia Korvash', 'person')]),
    ]);
    const names = entities.map((e) => [e.name, e.mentions.length]);
    assert.equal(entities.length, 3, JSON.stringify(names));
    assert.ok(entities.every((e) => e.mentions.length === 2));
  });

  it('joins a surname to the one full name that carries it, and keeps an ambiguous one apart', () => {
    const { entities, of } = resolveEntities([
      doc('a', [entity('Pavel Ostrin', 'person'), entity('Anna Vell', 'person'), entity('Tomas Vell', 'person')]),
      doc('b', [entity('Ostrin', 'person'), entity('Vell', 'person')]),
    ]);
    assert.equal(of.get('b#0'), of.get('a#0'));
    assert.notEqual(of.get('b#1'), of.get('a#1'));
    assert.notEqual(of.get('b#1'), of.get('a#2'));
    assert.equal(entities.find((e) => e.id === of.get('a#0'))?.name, 'Pavel Ostrin');
  });

  it('gathers every use of one ambiguous surname into one entity, not one per use', () => {
    const { entities, of } = resolveEntities([
      doc('a', [entity('Anna Vell', 'person'), entity('Tomas Vell', 'person')]),
      doc('b', [entity('Vell', 'person')]),
      doc('c', [entity('Vell', 'person')]),
      doc('d', [entity('Vell', 'person')]),
    ]);
    assert.equal(entities.length, 3, JSON.stringify(entities.map((e) => e.name)));
    assert.equal(of.get('c#0'), of.get('b#0'));
    assert.equal(of.get('d#0'), of.get('b#0'));
    assert.notEqual(of.get('b#0'), of.get('a#0'));
    assert.notEqual(of.get('b#0'), of.get('a#1'));
  });

  it('keeps a person named like a place apart from the place', () => {
    const { of } = resolveEntities([doc('a', [entity('Brevno', 'place')]), doc('b', [entity('Brevno', 'person')])]);
    assert.notEqual(of.get('a#0'), of.get('b#0'));
  });

  it('keeps a role apart from the name inside it', () => {
    const { of, entities } = resolveEntities([doc('a', [entity('Marta Quill', 'person'), entity('spokesperson for Marta Quill', 'person')]), doc('b', [entity('spokesperson for Marta Quill', 'person')])]);
    assert.notEqual(of.get('a#0'), of.get('a#1'));
    assert.equal(of.get('a#1'), of.get('b#0'));
    assert.ok(entities.some((e) => e.name === 'spokesperson for Marta Quill'));
  });

  it('takes the longest full name as canonical and keeps ids stable across runs', () => {
    const input = [doc('a', [entity('Korvash', 'person')]), doc('b', [entity('Natalya Korvash', 'person', ['the regional governor'])])];
    const one = resolveEntities(input);
    const two = resolveEntities([...input].reverse());
    assert.equal(one.entities[0]?.name, 'Natalya Korvash');
    assert.equal(one.entities[0]?.id, two.entities[0]?.id);
    assert.ok(one.entities[0]?.aliases.includes('the regional governor'));
  });

  it('applies manual merges and splits', () => {
    const input = [doc('a', [entity('Selvan Labour Monitor', 'organization'), entity('SLM', 'organization')]), doc('b', [entity('Selvan Labour Monitor', 'organization')])];
    const merged = resolveEntities(input, { merges: [['SLM', 'Selvan Labour Monitor']], splits: [] });
    assert.equal(merged.of.get('a#1'), merged.of.get('a#0'));
    const split = resolveEntities(input, { merges: [], splits: ['Selvan Labour Monitor'] });
    assert.notEqual(split.of.get('a#0'), split.of.get('b#0'));
  });

  it('reads a republic named by its demonym as the place', () => {
    const { of } = resolveEntities([doc('a', [entity('Chechnya', 'place')]), doc('b', [entity('Chechen Republic', 'other')])]);
    assert.equal(of.get('a#0'), of.get('b#0'));
  });
});
