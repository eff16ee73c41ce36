// Follows a background job: polls GET /api/jobs/{id} about once a second until it
// succeeds or fails.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from './api-client.ts';
import type { Job } from './api-types.ts';

const POLL_MS = 1000;

export function useJob(initial: Job | undefined, onDone?: (job: Job) => void): { readonly job?: Job; readonly error?: unknown } {
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setJob(initial);
    setError(undefined);
    if (!initial) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const j = await apiGet<Job>(`/api/jobs/${encodeURIComponent(initial.id)}`);
        if (!live) return;
        setJob(j);
        if (j.status === 'succeeded' || j.status === 'failed') onDone?.(j);
        else timer = setTimeout(poll, POLL_MS);
      } catch (err) {
        if (live) setError(err);
      }
    };
    timer = setTimeout(poll, initial.status === 'queued' || initial.status === 'running' ? 250 : 0);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [initial?.id]);
  return { ...(job ? { job } : {}), ...(error !== undefined ? { error } : {}) };
}
