/**
 * Test helper of the Store contract: a fresh store holding the given documents, added
 * in order, asserting that each was added.
 */
import assert from 'node:assert/strict';
import type { Store, StoredDocument } from '../store.ts';

export async function openWith<S extends Store>(
  open: () => Promise<S>,
  docs: readonly StoredDocument[],
): Promise<S> {
  const store = await open();
  for (const doc of docs) {
    assert.deepEqual(await store.addDocument(doc), { added: true }, `adding ${doc.document.name}`);
  }
  return store;
}
