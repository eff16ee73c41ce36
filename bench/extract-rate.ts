/**
 * Extraction alone, no database: `node bench/extract-rate.ts CORPUS [LIMIT]` reads up to
 * LIMIT articles of the corpus, warms up on a tenth of them, then times the whole pipeline
 * over all of them and prints `{"documents": n, "perSecond": r}`. bench/workers.ts runs one
 * and then two at once, for the ceiling that several worker processes on one machine can
 * reach whatever the queue does.
 */
import { createStageContext } from '../src/extract/create-stage-context.ts';
import { analyse } from '../src/extract/pipeline.ts';
import type { Document } from '../src/domain/document.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';

const [corpus, limit = '1000'] = process.argv.slice(2);
if (!corpus) {
  process.stderr.write('usage: node bench/extract-rate.ts CORPUS [LIMIT]\n');
  process.exit(2);
}
const docs: Document[] = [];
for await (const item of readDocuments([corpus])) if (item.ok && !/^readme$/i.test(item.doc.name) && docs.length < Number(limit)) docs.push(item.doc);
const ctx = createStageContext();
for (const d of docs.slice(0, Math.ceil(docs.length / 10))) analyse(d, ctx);
const t0 = performance.now();
for (const d of docs) analyse(d, ctx);
process.stdout.write(`${JSON.stringify({ documents: docs.length, perSecond: docs.length / ((performance.now() - t0) / 1000) })}\n`);
