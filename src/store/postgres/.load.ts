import { benchDocuments } from './bench-documents.ts';
import { openPostgresStore } from './open-postgres-store.ts';
import { TEST_POSTGRES_URL } from './open-test-postgres-store.ts';
const docs = benchDocuments(10000);
const s = await openPostgresStore(TEST_POSTGRES_URL, { schema: 'ct_keep' });
let i = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (i < docs.length) {
      const d = docs[i++]!;
      await s.addDocument(d);
    }
  }),
);
console.log(await s.stats());
await s.close();
