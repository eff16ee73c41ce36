import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { encodeStanceModel } from '../../link/stance/encode-stance-model.ts';
import { fictionalPairs } from '../../link/stance/fictional-pairs.ts';
import { trainStanceModel } from '../../link/stance/train-stance-model.ts';
import { fakeIo } from '../../../test/fake-io.ts';
import { main } from '../main.ts';

// An invented story, a body that reports it and one about something else entirely.
const CLAIM = 'Seatown mayor Ola Example resigns over secret ferry deal';
const BODY = [
  'The mayor of Seatown, Ola Example, resigned on Tuesday after documents showed a secret deal with a ferry company.',
  'Ola Example said in a statement that the ferry deal had been a mistake and that he would step down at once.',
  'The harbour board confirmed the resignation and said an interim mayor would be named next week.',
].join('\n');
const OTHER =
  'Keepers at Hillbury zoo say their new penguin enclosure has a pool, a slide and heated rocks. Visitors can watch feeding time at noon every day.';
const LABELS = ['agree', 'disagree', 'discuss', 'unrelated'];

const line = (o: unknown): string => JSON.stringify(o);
const records = (out: string): Record<string, unknown>[] =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('claimtrail stance', () => {
  let dir = '';
  let pairs = '';
  let bad = '';
  let smallModel = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-stance-'));
    pairs = join(dir, 'pairs.jsonl');
    await writeFile(
      pairs,
      [
        line({ id: 'a', claim: CLAIM, text: BODY }),
        '',
        line({ id: 7, claim: CLAIM, text: OTHER, stance: 'unrelated' }),
      ].join('\n') + '\n',
    );
    bad = join(dir, 'bad.jsonl');
    await writeFile(
      bad,
      [
        line({ id: 'ok1', claim: CLAIM, text: BODY }),
        '{"id": "x", "claim": ',
        line({ id: 'no-text', claim: CLAIM }),
        line(['not', 'an', 'object']),
        line({ id: 'ok2', claim: CLAIM, text: OTHER }),
      ].join('\n'),
    );
    smallModel = join(dir, 'small.bin');
    const model = trainStanceModel(fictionalPairs(), {
      vocabSize: 200,
      hidden: 16,
      epochs: 40,
      batchSize: 8,
      learningRate: 0.01,
      l2: 1e-5,
      dropout: 0.1,
      seed: 3,
    });
    await writeFile(smallModel, encodeStanceModel(model));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('--jsonl prints {"id","stance"} per pair, in input order, with the committed model', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', pairs], io), 0);
    assert.equal(io.err(), '');
    const recs = records(io.out());
    assert.deepEqual(
      recs.map((r) => Object.keys(r)),
      [
        ['id', 'stance'],
        ['id', 'stance'],
      ],
    );
    assert.deepEqual(
      recs.map((r) => r.id),
      ['a', '7'],
    );
    assert.ok(LABELS.includes(recs[0]?.stance as string));
    assert.notEqual(recs[0]?.stance, 'unrelated');
    assert.equal(recs[1]?.stance, 'unrelated');
  });

  it('reads a relative path from the working directory, and --scores adds the probabilities', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', '--scores', 'pairs.jsonl'], io), 0);
    const scores = records(io.out())[0]?.scores as Record<string, number>;
    assert.deepEqual(Object.keys(scores), LABELS);
    assert.ok(Math.abs(Object.values(scores).reduce((s, x) => s + x, 0) - 1) < 1e-5);
  });

  it('without --jsonl prints one readable line per pair', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', pairs], io), 0);
    assert.match(
      io.out(),
      /^a {2}(agree|disagree|discuss) {2}\(agree 0\.\d\d, disagree 0\.\d\d, discuss 0\.\d\d, unrelated 0\.\d\d\)\n7 {2}unrelated/,
    );
  });

  it('--model takes a committed model by name or a model file; the same model gives the same answers', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', '--model', 'emergent', pairs], io), 0);
    assert.equal(records(io.out()).length, 2);
    const a = fakeIo(dir);
    const b = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', '--scores', '--model', smallModel, pairs], a), 0);
    assert.equal(await main(['stance', '--jsonl', '--scores', '--model', smallModel, pairs], b), 0);
    assert.equal(a.out(), b.out());
    const relative = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', '--scores', '--model', 'small.bin', pairs], relative), 0);
    assert.equal(relative.out(), a.out());
    const c = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', '--model', join(dir, 'none.bin'), pairs], c), 1);
    assert.match(c.err(), /stance model file .*none\.bin does not exist/);
    const d = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', '--model', pairs, pairs], d), 1);
    assert.match(d.err(), /cannot read the stance model/);
  });

  it('reports each malformed line with its number, goes on, and exits 1', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', bad], io), 1);
    assert.deepEqual(
      records(io.out()).map((r) => r.id),
      ['ok1', 'ok2'],
    );
    const errors = io.err().trimEnd().split('\n');
    assert.equal(errors.length, 3);
    assert.match(errors[0] ?? '', /^error: .*bad\.jsonl:2: not JSON/);
    assert.match(errors[1] ?? '', /^error: .*bad\.jsonl:3: not a pair \{"id","claim","text"\}: "text": /);
    assert.match(errors[2] ?? '', /^error: .*bad\.jsonl:4: not a pair/);
  });

  it('is a usage error (exit 2) without a file or with an unknown option; a missing file exits 1', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl'], io), 2);
    assert.match(io.err(), /stance needs a file of pairs/);
    assert.equal(await main(['stance', '--frobnicate', pairs], fakeIo(dir)), 2);
    const missing = fakeIo(dir);
    assert.equal(await main(['stance', '--jsonl', 'nowhere.jsonl'], missing), 1);
    assert.match(missing.err(), /nowhere\.jsonl: no such file/);
  });

  it('--help prints its usage', async () => {
    const io = fakeIo(dir);
    assert.equal(await main(['stance', '--help'], io), 0);
    assert.match(io.out(), /^usage: claimtrail stance/);
  });
});
