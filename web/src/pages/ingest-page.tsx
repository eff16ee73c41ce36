// Ingest: upload files, or give a page's or a feed's URL for the server to fetch. Each
// starts a job whose progress is shown until it ends.
import { useState } from 'preact/hooks';
import { apiPost, describeError } from '../api-client.ts';
import type { Job } from '../api-types.ts';
import { JobProgress } from '../components/job-progress.tsx';
import { A } from '../router.tsx';
import { useJob } from '../use-job.ts';
import { invalidateDocuments } from '../use-documents.ts';

const ACCEPT = '.txt,.html,.htm,.rss,.atom,.xml';

export function IngestPage({ canWrite }: { readonly canWrite: boolean }) {
  const [started, setStarted] = useState<Job>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const followed = useJob(started, invalidateDocuments);
  if (!canWrite) return <p class="error">Ingesting needs the analyst role.</p>;

  const start = async (send: () => Promise<Job>) => {
    setBusy(true);
    setError(undefined);
    try {
      setStarted(await send());
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };
  const upload = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('files') as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return setError('Choose one or more files first.');
    const body = new FormData();
    for (const f of files) body.append('files', f, f.name);
    if (!(form.elements.namedItem('link') as HTMLInputElement).checked) body.append('link', 'false');
    void start(() => apiPost<Job>('/api/ingest/files', body));
  };
  const fetchUrl = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const url = (form.elements.namedItem('url') as HTMLInputElement).value.trim();
    const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value === 'feed' ? 'feed' : 'url';
    const fetchPages = (form.elements.namedItem('fetchPages') as HTMLInputElement).checked;
    void start(() => apiPost<Job>('/api/ingest', kind === 'feed' ? { kind, url, fetchPages } : { kind, url }));
  };
  const done = followed.job?.status === 'succeeded';

  return (
    <div class="ingest-page">
      <h1>Ingest</h1>
      <div class="columns-2">
        <form class="card" onSubmit={upload} aria-labelledby="upload-title">
          <h2 id="upload-title">Upload files</h2>
          <p class="muted small">Articles as .txt or .html, feeds as .rss, .atom or .xml (50 MiB at most in all). Each original is archived with a custody entry naming you.</p>
          <input type="file" name="files" multiple accept={ACCEPT} />
          <label class="check">
            <input type="checkbox" name="link" checked /> Re-link the collection afterwards
          </label>
          <button type="submit" disabled={busy}>
            Upload and ingest
          </button>
        </form>
        <form class="card" onSubmit={fetchUrl} aria-labelledby="url-title">
          <h2 id="url-title">From the web</h2>
          <label>
            URL
            <input type="url" name="url" required placeholder="https://…" maxLength={2048} />
          </label>
          <label>
            It is
            <select name="kind">
              <option value="url">an article page</option>
              <option value="feed">an RSS or Atom feed</option>
            </select>
          </label>
          <label class="check">
            <input type="checkbox" name="fetchPages" /> For feeds: fetch each item's page
          </label>
          <button type="submit" disabled={busy}>
            Fetch and ingest
          </button>
        </form>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <JobProgress job={followed.job} error={followed.error} />
      {done && (
        <p>
          <A href="/">Open the dashboard</A> · <A href="/figures">See the figures</A>
        </p>
      )}
    </div>
  );
}
