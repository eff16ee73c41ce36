// A job's state as it runs: status, the ingest counters, and the result or error.
import type { Job } from '../api-types.ts';
import { ErrorBox } from './status.tsx';

interface IngestResult {
  readonly read?: number;
  readonly added?: number;
  readonly unchanged?: number;
  readonly failed?: number;
  readonly attributions?: number;
  readonly figures?: number;
  readonly problems?: readonly { readonly doc: string; readonly code: string; readonly message: string }[];
  readonly linked?: Readonly<Record<string, number>>;
}

export function JobProgress({ job, error }: { readonly job: Job | undefined; readonly error?: unknown }) {
  if (error !== undefined) return <ErrorBox error={error} />;
  if (!job) return null;
  const p = job.progress;
  const result = (job.status === 'succeeded' ? job.result : undefined) as IngestResult | undefined;
  return (
    <div class={`card job job-${job.status}`} role="status" aria-live="polite" data-status={job.status}>
      <div class="job-head">
        <strong>
          {job.kind} job {job.id}
        </strong>{' '}
        <span class={`badge job-badge-${job.status}`}>{job.status}</span>
      </div>
      {Object.keys(p).length > 0 && (
        <p class="small job-progress">
          {'linking' in p ? `linking: ${p['linking']} documents` : `${p['seen'] ?? 0} read · ${p['added'] ?? 0} added · ${p['unchanged'] ?? 0} unchanged · ${p['failed'] ?? 0} failed`}
          {typeof p['current'] === 'string' && p['current'] !== '' && <span class="muted"> · {p['current']}</span>}
        </p>
      )}
      {result && (
        <p class="job-result">
          Done: {result.added ?? 0} added, {result.unchanged ?? 0} already stored, {result.failed ?? 0} failed ({result.attributions ?? 0} statements, {result.figures ?? 0} figures)
          {result.linked ? `; linked: ${Object.entries(result.linked).filter(([k]) => k !== 'seconds').map(([k, v]) => `${v} ${k}`).join(', ')}` : ''}.
        </p>
      )}
      {result?.problems && result.problems.length > 0 && (
        <ul class="problems small">
          {result.problems.map((pr, i) => (
            <li key={i}>
              {pr.doc}: {pr.message}
            </li>
          ))}
        </ul>
      )}
      {job.error && (
        <p class="error" role="alert">
          Failed: {job.error.message}
        </p>
      )}
    </div>
  );
}
