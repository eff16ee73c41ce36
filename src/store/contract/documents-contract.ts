/**
 * Store contract, part 1: adding documents (atomic, idempotent by id), reading them back
 * whole, counting, and closing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreError } from '../../domain/errors.ts';
import { storyDocuments } from '../contract-fixtures.ts';
import { syntheticDocuments } from './synthetic-documents.ts';
import type { Store, StoredDocument, StoreStats } from '../store.ts';
import { openWith } from './open-with.ts';

function countsOf(docs: readonly StoredDocument[]): StoreStats {
  return {
    documents: docs.length,
    attributions: docs.reduce((n, d) => n + d.attributions.length, 0),
    figures: docs.reduce((n, d) => n + d.figures.length, 0),
    mentions: docs.reduce((n, d) => n + d.mentions.length, 0),
  };
}

/** A story document made different (so with another id) and broken in its very last part. */
function brokenLate(): StoredDocument {
  const [base] = storyDocuments();
  assert.ok(base);
  const text = `${base.document.text}\nA postscript about the zephyrquill inquiry.\n`;
  const broken = { doc: base.document.name, severity: 'error', code: 'x', message: null };
  return {
    ...base,
    document: { ...base.document, id: 'f'.repeat(64), text },
    diagnostics: [...base.diagnostics, broken as unknown as StoredDocument['diagnostics'][number]],
  };
}

export function documentsContract(open: () => Promise<Store>): void {
  describe('addDocument', () => {
    it('adds a document once; the same id again adds nothing and changes no count', async () => {
      const story = storyDocuments();
      const store = await openWith(open, story);
      try {
        const before = await store.stats();
        assert.deepEqual(before, countsOf(story));
        for (const doc of story) {
          assert.deepEqual(await store.addDocument(doc), { added: false });
          // Same id, different analysis: still nothing added, and the first version stays.
          const changed = { ...doc, attributions: [...doc.attributions, ...doc.attributions], mentions: [] };
          assert.deepEqual(await store.addDocument(changed), { added: false });
          assert.deepEqual(await store.getDocument(doc.document.id), doc);
        }
        assert.deepEqual(await store.stats(), before);
        assert.equal((await store.listDocuments({ limit: 100 })).items.length, story.length);
        const all = await store.attributions({ limit: 100 });
        assert.equal(all.items.length, before.attributions);
      } finally {
        await store.close();
      }
    });

    it('adds a document once when the same one is added concurrently', async () => {
      const store = await open();
      try {
        const [doc] = storyDocuments();
        assert.ok(doc);
        const results = await Promise.all([
          store.addDocument(doc),
          store.addDocument(doc),
          store.addDocument(doc),
        ]);
        assert.deepEqual(results.map((r) => r.added).sort(), [false, false, true]);
        assert.deepEqual(await store.stats(), countsOf([doc]));
      } finally {
        await store.close();
      }
    });

    it('is atomic: a failure part-way through leaves nothing of the document behind', async () => {
      const story = storyDocuments();
      const store = await openWith(open, story);
      try {
        const broken = brokenLate();
        await assert.rejects(store.addDocument(broken));
        assert.equal(await store.hasDocument(broken.document.id), false);
        assert.equal(await store.getDocument(broken.document.id), undefined);
        assert.deepEqual(await store.stats(), countsOf(story));
        assert.deepEqual((await store.attributions({ docId: broken.document.id })).items, []);
        assert.deepEqual((await store.search({ text: 'zephyrquill' })).items, []);
        // The store is still usable, and the repaired document goes in.
        const repaired = { ...broken, diagnostics: broken.diagnostics.slice(0, -1) };
        assert.deepEqual(await store.addDocument(repaired), { added: true });
        assert.equal((await store.search({ text: 'zephyrquill' })).items.length, 1);
      } finally {
        await store.close();
      }
    });
  });

  describe('getDocument and hasDocument', () => {
    const story = storyDocuments();
    let store: Store;
    before(async () => {
      store = await openWith(open, [...story, ...syntheticDocuments(3)]);
    });
    after(() => store.close());

    it('gives back every field of every part exactly as added', async () => {
      for (const doc of story) {
        assert.deepStrictEqual(await store.getDocument(doc.document.id), doc, doc.document.name);
      }
    });

    it('gives linking the parts it reads, equal to getDocument', async () => {
      for (const doc of story) {
        const { document, boilerplate, entities, attributions } = doc;
        assert.deepStrictEqual(await store.getLinkInput(doc.document.id), { document, boilerplate, entities, attributions }, doc.document.name);
      }
      assert.equal(await store.getLinkInput('0'.repeat(64)), undefined);
    });

    it('knows which documents it has', async () => {
      for (const doc of story) assert.equal(await store.hasDocument(doc.document.id), true);
      for (const id of ['0'.repeat(64), '', "' OR 1=1 --", '%', '\u0000']) {
        assert.equal(await store.hasDocument(id), false, JSON.stringify(id));
        assert.equal(await store.getDocument(id), undefined, JSON.stringify(id));
      }
    });
  });

  describe('stats and close', () => {
    it('counts what an empty store holds', async () => {
      const store = await open();
      try {
        assert.deepEqual(await store.stats(), { documents: 0, attributions: 0, figures: 0, mentions: 0 });
        assert.deepEqual(await store.listDocuments(), { items: [] });
      } finally {
        await store.close();
      }
    });

    it('closes once; after that every call fails with a StoreError and close is harmless', async () => {
      const store = await openWith(open, storyDocuments().slice(0, 1));
      await store.close();
      await store.close();
      await assert.rejects(store.stats(), StoreError);
      await assert.rejects(store.hasDocument('x'), StoreError);
      await assert.rejects(store.search({ text: 'bridge' }), StoreError);
    });
  });
}
