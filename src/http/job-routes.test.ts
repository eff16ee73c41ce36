/** The write side: ingest by upload as a job, custody naming the user, export, verify, corrections, accounts. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureApi, type Fixture } from './fixture-api.ts';

const ARTICLE = `Ferry service to Quell Island suspended

By Ione Varga, Tidewater Courier

The ferry to Quell Island will not sail this week, the harbour master said on Monday.
"The ramp is unsafe until the new bolts arrive," said harbour master Osric Penn.
Councillor Mave Ludlow denied that the ramp was unsafe. Three crossings were cancelled.
`;

interface Job {
  id: string;
  status: string;
  result?: Record<string, unknown>;
  error?: { code: string; message: string };
}

describe('jobs', () => {
  let dir: string;
  let f: Fixture;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-jobs-'));
    f = await fixtureApi({ dir, documents: [] });
  });
  after(async () => {
    await f.close();
    await rm(dir, { recursive: true, force: true });
  });

  const finished = async (job: Job, as = 'ana'): Promise<Job> => {
    for (let i = 0; i < 600; i++) {
      const j = (await (await f.request(`/api/jobs/${job.id}`, { as })).json()) as Job;
      if (j.status === 'succeeded' || j.status === 'failed') return j;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`job ${job.id} did not finish`);
  };
  const post = (path: string, body: unknown, as = 'ana') => f.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), as });

  it('ingests uploaded files in the background, archived with custody naming the user', async () => {
    const form = new FormData();
    form.append('files', new File([ARTICLE], 'ferry.txt', { type: 'text/plain' }));
    form.append('files', new File(['\u0000\u0001binary'], 'blob.exe'));
    const res = await f.request('/api/ingest/files', { method: 'POST', body: form, as: 'ana' });
    assert.equal(res.status, 202);
    const queued = (await res.json()) as Job;
    assert.ok(['queued', 'running'].includes(queued.status));
    const done = await finished(queued);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    assert.equal(done.result?.['added'], 1);
    assert.equal(done.result?.['failed'], 1, 'the .exe is reported, the run goes on');
    const docs = (await (await f.request('/api/documents', { as: 'vic' })).json()) as { items: { id: string }[] };
    assert.equal(docs.items.length, 1);
    const id = docs.items[0]?.id ?? '';
    const detail = (await (await f.request(`/api/documents/${id}`, { as: 'vic' })).json()) as { capture: { archived: boolean; uri: string; custody: { who: string; action: string }[] }; attributions: unknown[] };
    assert.ok(detail.capture.archived);
    assert.equal(detail.capture.uri, 'upload:ferry.txt');
    assert.deepEqual(detail.capture.custody.map((e) => [e.action, e.who]), [['capture', 'ana'], ['ingest', 'ana']]);
    assert.ok(detail.attributions.length > 0);
    const original = await f.request(`/api/documents/${id}/original`, { as: 'vic' });
    assert.equal(original.status, 200);
    assert.equal(original.headers.get('content-type'), 'application/octet-stream');
    assert.match(original.headers.get('content-disposition') ?? '', /^attachment; filename="[0-9a-f]{64}\.txt"$/);
    assert.equal(await original.text(), ARTICLE);
    const audit = (await (await f.request('/api/audit', { as: 'ada' })).json()) as { items: { who: string; action: string; target?: string }[] };
    assert.deepEqual(audit.items[0], { ...audit.items[0], who: 'ana', action: 'ingest', target: queued.id });
  });

  it('refuses an upload without files, and an oversized one (413)', async () => {
    const empty = new FormData();
    empty.append('link', 'false');
    assert.equal((await f.request('/api/ingest/files', { method: 'POST', body: empty, as: 'ana' })).status, 400);
    const small = await fixtureApi({ deps: { maxUploadBytes: 1000 }, documents: [] });
    try {
      const big = new FormData();
      big.append('files', new File(['x'.repeat(5000)], 'big.txt'));
      const res = await small.request('/api/ingest/files', { method: 'POST', body: big, as: 'ana' });
      assert.equal(res.status, 413);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'payload_too_large');
    } finally {
      await small.close();
    }
  });

  it('refuses to fetch internal addresses unless allowed', async () => {
    const strict = await fixtureApi({ deps: { allowPrivateUrls: false }, documents: [] });
    try {
      const res = await strict.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'url', url: 'http://127.0.0.1:8080/admin' }), as: 'ana' });
      const job = (await res.json()) as Job;
      await strict.api.jobs.idle();
      const done = (await (await strict.request(`/api/jobs/${job.id}`, { as: 'ana' })).json()) as Job;
      assert.equal(done.status, 'failed');
      assert.equal(done.error?.code, 'bad_request');
      assert.match(done.error?.message ?? '', /internal address/);
    } finally {
      await strict.close();
    }
  });

  it('exports the archive as a WACZ to download, recording the export for the user', async () => {
    const done = await finished((await (await post('/api/exports', {})).json()) as Job);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    assert.equal(done.result?.['originals'], 1);
    const file = await f.request(String(done.result?.['download']), { as: 'ana' });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/wacz');
    const bytes = new Uint8Array(await file.arrayBuffer());
    assert.equal(bytes.length, done.result?.['bytes']);
    assert.deepEqual([...bytes.slice(0, 2)], [0x50, 0x4b], 'a zip');
    assert.equal((await f.request(String(done.result?.['download']), { as: 'vic' })).status, 403);
    const entries: { action: string; who: string }[] = [];
    for await (const e of f.archive?.entries() ?? []) entries.push(e);
    assert.deepEqual(entries.at(-1), { ...entries.at(-1), action: 'export', who: 'ana' });
  });

  it('verifies the archive against the store and records it for the user', async () => {
    const done = await finished((await (await post('/api/verify', {})).json()) as Job);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.error));
    assert.equal(done.result?.['ok'], true);
    assert.equal(done.result?.['documents'], 1);
    assert.ok(!JSON.stringify(done.result).includes(dir), 'no server paths');
  });

  it('merges and splits entities as corrections kept by the store, then re-links', async () => {
    const merged = await finished((await (await post('/api/entities/merge', { a: 'Osric Penn', b: 'harbour master' })).json()) as Job);
    assert.equal(merged.status, 'succeeded', JSON.stringify(merged.error));
    const split = await finished((await (await post('/api/entities/split', { alias: 'harbour master' })).json()) as Job);
    assert.equal(split.status, 'succeeded');
    const overrides = await f.store.overrides();
    assert.deepEqual(overrides.map((o) => [o.kind, o.by]), [['merge', 'ana'], ['split', 'ana']]);
  });

  it('lets an admin add, change and remove accounts, never the last admin', async () => {
    const add = await post('/api/users', { name: 'Nell Ashdown', role: 'viewer', password: 'a long passphrase' }, 'ada');
    assert.equal(add.status, 201);
    assert.equal((await post('/api/users', { name: 'nell ashdown', role: 'viewer', password: 'a long passphrase' }, 'ada')).status, 409);
    assert.equal((await post('/api/users', { name: 'short', role: 'viewer', password: 'short' }, 'ada')).status, 400);
    const patched = await f.request('/api/users/Nell%20Ashdown', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'analyst' }), as: 'ada' });
    assert.equal(((await patched.json()) as { role: string }).role, 'analyst');
    assert.equal((await f.request('/api/users/Nell%20Ashdown', { method: 'DELETE', as: 'ada' })).status, 204);
    assert.equal((await f.request('/api/users/ada', { method: 'DELETE', as: 'ada' })).status, 400, 'the last admin stays');
    const list = (await (await f.request('/api/users', { as: 'ada' })).json()) as { items: { name: string }[] };
    assert.deepEqual(list.items.map((u) => u.name), ['ada', 'ana', 'vic']);
  });

  it('changes one’s own password only with the current one, signing sessions out', async () => {
    const { cookie, csrf } = await f.login('vic');
    const wrong = await f.request('/api/auth/password', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify({ current: 'not it at all', password: 'a brand new passphrase' }) });
    assert.equal(wrong.status, 401);
    const ok = await f.request('/api/auth/password', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify({ current: 'correct horse battery', password: 'a brand new passphrase' }) });
    assert.equal(ok.status, 204);
    assert.equal((await f.request('/api/auth/me', { headers: { cookie } })).status, 401);
    const again = await f.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'vic', password: 'a brand new passphrase' }) });
    assert.equal(again.status, 200);
  });
});
