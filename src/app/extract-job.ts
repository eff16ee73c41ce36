import type { StageContext } from '../extract/stage.ts';
import { analyse } from '../extract/pipeline.ts';
import { toDocument } from '../ingest/to-document.ts';
import type { ClaimedJob, JobOutcome } from '../store/work-queue.ts';
import { toStoredDocument } from './to-stored-document.ts';

/**
 * One queued original, decoded and extracted exactly as ingest does it inline
 * (ingest-items.ts): the same StoredDocument, decoding warnings first among its
 * diagnostics. An original that cannot be decoded, or whose bytes are not the ones it
 * was queued under, fails for good; anything thrown fails this try (the queue retries).
 */
export function extractJob(job: ClaimedJob, ctx: StageContext): JobOutcome {
  try {
    const item = toDocument(job.raw);
    if (!item.ok) return { ok: false, reason: `${item.problem.code}: ${item.problem.message}`, permanent: true };
    if (item.doc.id !== job.id) return { ok: false, reason: `the original's SHA-256 is ${item.doc.id}, not the ${job.id} it was queued under`, permanent: true };
    const analysis = analyse(item.doc, ctx);
    return { ok: true, stored: toStoredDocument({ ...analysis, diagnostics: [...item.warnings, ...analysis.diagnostics] }) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
