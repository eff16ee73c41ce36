import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixtureApi, type Fixture } from './fixture-api.ts';

describe('/openapi.json', () => {
  let f: Fixture;
  before(async () => {
    f = await fixtureApi();
  });
  after(() => f.close());

  it('documents every API route the app serves, with the one error body', async () => {
    const res = await f.request('/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    const served = f.api.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
    assert.ok(served.length >= 30, `${served.length} routes`);
    for (const r of served) assert.ok(documented.has(r), `${r} is not in /openapi.json`);
    assert.ok(doc.components.schemas['Error']);
  });
});
