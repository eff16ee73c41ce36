import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixtureApi, PASSWORD, type Fixture } from './fixture-api.ts';
import { startServer, type RunningServer } from './start-server.ts';

describe('the API on a real socket', () => {
  let f: Fixture;
  let server: RunningServer;
  before(async () => {
    f = await fixtureApi();
    server = await startServer(f.api, { port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await server.close();
    await f.close();
  });

  it('signs in over HTTP, reads with the cookie, refuses a cookie write without the CSRF token', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ana', password: PASSWORD }) });
    assert.equal(login.status, 200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie } });
    assert.equal(((await me.json()) as { user: { name: string } }).user.name, 'ana');
    assert.equal((await fetch(`${server.url}/api/link`, { method: 'POST', headers: { cookie } })).status, 403);
    assert.equal((await fetch(`${server.url}/api/link`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })).status, 202);
    await f.api.jobs.idle();
  });

  it('throttles sign-ins per client address as the socket gives it', async () => {
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++) {
      const r = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: `guess${i}`, password: 'wrong password' }) });
      last = r.status;
    }
    assert.equal(last, 429);
  });
});
