/**
 * Security of the API, against the app in-process: who may do what, CSRF on cookie
 * sessions, login rate limiting, and what never leaves the server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreError } from '../domain/errors.ts';
import { fixtureApi, ORIGIN, PASSWORD, type Fixture } from './fixture-api.ts';

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Every write an analyst may make (admin-only ones are checked apart). */
const ANALYST_WRITES: readonly [string, RequestInit][] = [
  ['/api/ingest', json({ kind: 'url', url: 'http://127.0.0.1:9/none' })],
  ['/api/link', { method: 'POST' }],
  ['/api/entities/merge', json({ a: 'Kasimir Vell', b: 'Ottilie Brand' })],
  ['/api/entities/split', json({ alias: 'Vell' })],
  ['/api/verify', { method: 'POST' }],
  ['/api/exports', json({})],
];
const ADMIN_WRITES: readonly [string, RequestInit][] = [
  ['/api/users', json({ name: 'mallory', role: 'admin', password: 'a long enough password' })],
  ['/api/users/vic', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'admin' }) }],
  ['/api/users/vic', { method: 'DELETE' }],
];

describe('access control', () => {
  let f: Fixture;
  before(async () => {
    f = await fixtureApi();
  });
  after(() => f.close());

  it('refuses every write and read without credentials (401)', async () => {
    for (const [path, init] of [...ANALYST_WRITES, ...ADMIN_WRITES, ['/api/tokens', json({ label: 'x' })] as const, ['/api/documents', {}] as const, ['/api/search?q=bridge', {}] as const]) {
      const res = await f.request(path, init);
      assert.equal(res.status, 401, `${init.method ?? 'GET'} ${path}`);
      const body = (await res.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'unauthorized');
    }
    assert.equal((await f.request('/api/health')).status, 200);
  });

  it('refuses a bad, unknown or revoked bearer token (401)', async () => {
    assert.equal((await f.request('/api/stats', { headers: { authorization: 'Bearer nonsense' } })).status, 401);
    assert.equal((await f.request('/api/stats', { headers: { authorization: 'Basic YWRhOnB3' } })).status, 401);
    const made = await f.request('/api/tokens', { ...json({ label: 'short-lived' }), as: 'vic' });
    const { token, info } = (await made.json()) as { token: string; info: { id: string } };
    assert.equal((await f.request('/api/stats', { headers: { authorization: `Bearer ${token}` } })).status, 200);
    assert.equal((await f.request(`/api/tokens/${info.id}`, { method: 'DELETE', as: 'vic' })).status, 200);
    assert.equal((await f.request('/api/stats', { headers: { authorization: `Bearer ${token}` } })).status, 401);
  });

  it('lets a viewer read but not write (403), an analyst not manage accounts (403)', async () => {
    assert.equal((await f.request('/api/documents', { as: 'vic' })).status, 200);
    for (const [path, init] of [...ANALYST_WRITES, ...ADMIN_WRITES]) {
      const res = await f.request(path, { ...init, as: 'vic' });
      assert.equal(res.status, 403, `viewer ${init.method} ${path}`);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'forbidden');
    }
    for (const [path, init] of ADMIN_WRITES) assert.equal((await f.request(path, { ...init, as: 'ana' })).status, 403, `analyst ${init.method} ${path}`);
    assert.equal((await f.request('/api/users', { as: 'ana' })).status, 403);
    assert.equal((await f.request('/api/audit', { as: 'ana' })).status, 403);
  });

  it("does not let a user revoke someone else's token", async () => {
    const made = await f.request('/api/tokens', { ...json({ label: 'mine' }), as: 'ana' });
    const { info } = (await made.json()) as { info: { id: string } };
    assert.equal((await f.request(`/api/tokens/${info.id}`, { method: 'DELETE', as: 'vic' })).status, 404);
    assert.equal((await f.request(`/api/tokens/${info.id}`, { method: 'DELETE', as: 'ada' })).status, 200, 'an admin may');
  });
});

describe('CSRF on cookie sessions', () => {
  let f: Fixture;
  before(async () => {
    f = await fixtureApi();
  });
  after(() => f.close());

  const post = (cookie: string, headers: Record<string, string>) => f.request('/api/link', { method: 'POST', headers: { cookie, ...headers } });

  it('refuses a cookie-authenticated write without the CSRF token, with a wrong one, or from another site', async () => {
    const { cookie, csrf } = await f.login('ana');
    assert.equal((await post(cookie, {})).status, 403, 'no token');
    assert.equal((await post(cookie, { 'x-csrf-token': 'guess' })).status, 403, 'wrong token');
    assert.equal((await post(cookie, { 'x-csrf-token': csrf, origin: 'https://evil.example' })).status, 403, 'foreign Origin');
    assert.equal((await post(cookie, { 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' })).status, 403, 'cross-site fetch');
    // a cross-site form post: the browser sends the cookie (were it not SameSite) but cannot add the header
    const form = await f.request('/api/ingest', { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=url' });
    assert.equal(form.status, 403);
    assert.equal((await post(cookie, { 'x-csrf-token': csrf, origin: ORIGIN, 'sec-fetch-site': 'same-origin' })).status, 202, 'same origin with the token');
    assert.equal((await post(cookie, { 'x-csrf-token': csrf })).status, 202, 'no Origin (same-origin GET-less clients) with the token');
  });

  it('refuses a cross-site sign-in (login CSRF) and needs no CSRF token with a bearer token', async () => {
    const res = await f.request('/api/auth/login', { ...json({ name: 'vic', password: PASSWORD }), headers: { 'content-type': 'application/json', origin: 'https://evil.example' } });
    assert.equal(res.status, 403);
    assert.equal((await f.request('/api/link', { method: 'POST', as: 'ana' })).status, 202);
  });

  it('sets the session cookie httpOnly, SameSite=Lax, and Secure with __Host- over https', async () => {
    const plain = await f.request('/api/auth/login', json({ name: 'vic', password: PASSWORD }));
    const c1 = plain.headers.get('set-cookie') ?? '';
    assert.match(c1, /^claimtrail_session=/);
    assert.match(c1, /HttpOnly/);
    assert.match(c1, /SameSite=Lax/);
    assert.doesNotMatch(c1, /Secure/);
    const tls = await f.request('https://claimtrail.test/api/auth/login', json({ name: 'vic', password: PASSWORD }));
    const c2 = tls.headers.get('set-cookie') ?? '';
    assert.match(c2, /^__Host-claimtrail_session=/);
    assert.match(c2, /Secure/);
    assert.match(c2, /Path=\//);
    assert.equal(tls.headers.get('strict-transport-security'), 'max-age=31536000');
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const { cookie, csrf } = await f.login('vic');
    assert.equal((await f.request('/api/auth/me', { headers: { cookie } })).status, 200);
    assert.equal((await f.request('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } })).status, 204);
    assert.equal((await f.request('/api/auth/me', { headers: { cookie } })).status, 401);
  });
});

describe('login rate limiting', () => {
  it('answers 429 with Retry-After after repeated failures, even to the right password, per account and per address', async () => {
    const f = await fixtureApi({ deps: { throttle: { freeAccount: 5, freeIp: 8 } } });
    try {
      const attempt = (name: string, password: string) => f.request('/api/auth/login', json({ name, password }));
      for (let i = 0; i < 5; i++) assert.equal((await attempt('vic', 'wrong password!')).status, 401);
      const locked = await attempt('vic', PASSWORD);
      assert.equal(locked.status, 429);
      assert.ok(Number(locked.headers.get('retry-after')) >= 1);
      assert.equal(((await locked.json()) as { error: { code: string } }).error.code, 'rate_limited');
      // the same address trying other names (known or not) is stopped too
      for (let i = 0; i < 3; i++) await attempt(`nobody${i}`, 'wrong password!');
      assert.equal((await attempt('ada', PASSWORD)).status, 429);
    } finally {
      await f.close();
    }
  });
});

describe('secrets stay secret', () => {
  it('stores no password or token in clear, and never shows a token again', async () => {
    const { mkdtemp, readFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'claimtrail-secrets-'));
    const f = await fixtureApi({ dir, documents: [] });
    try {
      const created = await f.request('/api/tokens', { ...json({ label: 'laptop' }), as: 'ada' });
      assert.equal(created.status, 201);
      const { token } = (await created.json()) as { token: string };
      assert.match(token, /^ct_[A-Za-z0-9_-]{43}$/);
      const listed = await (await f.request('/api/tokens', { as: 'ada' })).text();
      assert.ok(!listed.includes(token) && !listed.includes('hash'), 'listing shows no secret or hash');
      const users = await (await f.request('/api/users', { as: 'ada' })).text();
      assert.ok(!users.includes('scrypt') && !users.toLowerCase().includes('password'));
      const { cookie } = await f.login('ada');
      await f.users.close();
      await f.store.close();
      const bytes = await readFile(join(dir, 'ledger.db'));
      const wal = await readFile(join(dir, 'ledger.db-wal')).catch(() => Buffer.alloc(0));
      for (const secret of [PASSWORD, token, cookie.split('=')[1] ?? 'x']) {
        assert.ok(!bytes.includes(secret) && !wal.includes(secret), `${secret.slice(0, 6)}… is not in the database`);
      }
      assert.ok(bytes.includes('scrypt$') || wal.includes('scrypt$'), 'passwords are kept as scrypt hashes');
    } finally {
      await f.api.close();
      await f.archive?.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers an unexpected failure with a bare 500 that leaks nothing', async () => {
    const f = await fixtureApi();
    try {
      const broken = new Proxy(f.store, {
        get: (t, p) => (p === 'stats' ? () => Promise.reject(new StoreError('stats failed', { cause: new Error('SQLITE_CORRUPT: SELECT secret FROM /var/lib/x.db') })) : Reflect.get(t, p)),
      });
      const { createApp } = await import('./create-app.ts');
      const lines: string[] = [];
      const api = createApp({ store: broken, users: f.users, storeLocation: ':memory:', stageContext: () => { throw new Error('unused'); }, log: (l) => lines.push(l) });
      const token = (await (await f.request('/api/tokens', { ...json({ label: 'x' }), as: 'vic' })).json()) as { token: string };
      const res = await api.app.request('/api/stats', { headers: { authorization: `Bearer ${token.token}` } });
      assert.equal(res.status, 500);
      assert.deepEqual(await res.json(), { error: { code: 'internal', message: 'internal error' } });
      assert.match(lines.join('\n'), /SQLITE_CORRUPT/, 'the server log has the whole story');
      await api.close();
    } finally {
      await f.close();
    }
  });
});
