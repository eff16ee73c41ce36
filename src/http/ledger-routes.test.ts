/** The read side of the API over the invented story: shapes, filters, cursors, ETags. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixtureApi, type Fixture } from './fixture-api.ts';

interface Page<T> {
  items: T[];
  next?: string;
}

describe('ledger routes', () => {
  let f: Fixture;
  const get = async <T>(path: string): Promise<T> => {
    const res = await f.request(path, { as: 'vic' });
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  };
  const all = async <T>(path: string, limit: number): Promise<T[]> => {
    const out: T[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page = await get<Page<T>>(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return out;
  };
  before(async () => {
    f = await fixtureApi();
  });
  after(() => f.close());

  it('pages documents with cursors, the same as one big page, and filters them', async () => {
    const whole = await get<Page<{ id: string; publisher?: string; published?: string }>>('/api/documents?limit=1000');
    assert.ok(whole.items.length >= 5);
    assert.deepEqual(await all<{ id: string }>('/api/documents', 2), whole.items);
    const ledger = await all<{ publisher?: string }>('/api/documents?outlet=The%20Marrowby%20Ledger', 1);
    assert.ok(ledger.length >= 2 && ledger.every((d) => d.publisher === 'The Marrowby Ledger'));
    const april = await get<Page<{ published?: string }>>('/api/documents?from=2031-04-09&to=2031-04-09');
    assert.ok(april.items.length > 0 && april.items.every((d) => d.published?.startsWith('2031-04-09')));
    assert.equal((await f.request('/api/documents?from=yesterday', { as: 'vic' })).status, 400);
    assert.equal((await f.request('/api/documents?cursor=bogus', { as: 'vic' })).status, 400);
  });

  it('gives one document whole, and 404 for an unknown one', async () => {
    const [first] = (await get<Page<{ id: string }>>('/api/documents?limit=1')).items;
    const d = await get<{ document: { id: string; text: string }; attributions: { index: number; contentText: string }[]; capture: { sha256: string; custody: unknown[] } }>(`/api/documents/${first?.id}`);
    assert.equal(d.document.id, first?.id);
    assert.equal(d.capture.sha256, first?.id);
    assert.deepEqual(d.capture.custody, [], 'no archive in this fixture');
    d.attributions.forEach((a, i) => assert.equal(a.index, i));
    assert.equal((await f.request(`/api/documents/${'0'.repeat(64)}`, { as: 'vic' })).status, 404);
    assert.equal((await f.request('/api/documents/not-an-id', { as: 'vic' })).status, 400);
    assert.equal((await f.request(`/api/documents/${first?.id}/original`, { as: 'vic' })).status, 404, 'nothing archived here');
  });

  it('lists and searches entities, and shows one with statements by stance and over time', async () => {
    const list = await get<Page<{ id: string; name: string }>>('/api/entities');
    assert.ok(list.items.some((e) => e.id === 'c-vell'));
    const found = await get<Page<{ id: string }>>('/api/entities?q=vell&kind=person');
    assert.deepEqual(found.items.map((e) => e.id), ['c-vell']);
    const p = await get<{ entity: { id: string; statements: number }; stances: Record<string, number>; timeline: { period: string; total: number }[]; statements: { entityId?: string }[]; coverage: { complete: boolean }; claims: { taken: string[] }[] }>('/api/entities/c-vell');
    assert.equal(p.entity.id, 'c-vell');
    const counted = Object.values(p.stances).reduce((a, b) => a + b, 0);
    assert.equal(counted, p.entity.statements);
    assert.equal(p.timeline.reduce((n, t) => n + t.total, 0), counted);
    assert.ok(p.coverage.complete);
    assert.ok(p.statements.length > 0 && p.statements.every((s) => s.entityId === 'c-vell'));
    assert.equal((await f.request('/api/entities/c-nobody', { as: 'vic' })).status, 404);
  });

  it('filters attributions by entity, speaker, stance, kind, outlet, dates and document, across pages', async () => {
    const every = await all<{ kind: string; stance: string; publisher?: string; published?: string; docId: string; entityId?: string }>('/api/attributions', 1000);
    const direct = await all<{ kind: string }>('/api/attributions?kind=direct', 1);
    assert.equal(direct.length, every.filter((a) => a.kind === 'direct').length);
    const outlet = await all<{ publisher?: string }>('/api/attributions?outlet=Fenwick%20Daily%20Post&stance=asserts', 2);
    assert.equal(outlet.length, every.filter((a) => a.publisher === 'Fenwick Daily Post' && a.stance === 'asserts').length);
    const vell = await all<{ entityId?: string }>('/api/attributions?entity=c-vell', 1);
    assert.equal(vell.length, every.filter((a) => a.entityId === 'c-vell').length);
    const doc = every[0]?.docId ?? '';
    assert.equal((await all('/api/attributions?doc=' + doc, 50)).length, every.filter((a) => a.docId === doc).length);
    const dated = await all<{ published?: string }>('/api/attributions?from=2031-04&to=2031-04', 3);
    assert.ok(dated.every((a) => a.published?.startsWith('2031-04')));
  });

  it('groups a claim’s positions into supports, opposes and neutral', async () => {
    const claims = await get<Page<{ id: string; positions: unknown[] }>>('/api/claims');
    assert.ok(claims.items.length > 0);
    const id = claims.items[0]?.id ?? '';
    const c = await get<{ id: string; positions: Record<'supports' | 'opposes' | 'neutral', { position: string; text: string; docId: string; span: { start: number } }[]> }>(`/api/claims/${id}`);
    for (const side of ['supports', 'opposes', 'neutral'] as const) for (const p of c.positions[side]) assert.equal(p.position, side);
    assert.equal(Object.values(c.positions).flat().length, claims.items[0]?.positions.length);
    assert.equal((await f.request('/api/claims/nope', { as: 'vic' })).status, 404);
    const byVell = await get<Page<{ positions: { entityId?: string }[] }>>('/api/claims?entity=c-vell');
    assert.ok(byVell.items.every((cl) => cl.positions.some((p) => p.entityId === 'c-vell')));
  });

  it('lists figures and their series', async () => {
    const figs = await get<Page<{ value: number }>>('/api/figures');
    const series = await get<{ series: { points: unknown[] }[]; figures: number; complete: boolean }>('/api/figure-series');
    assert.equal(series.figures, figs.items.length);
    assert.ok(series.complete);
    assert.equal(series.series.reduce((n, s) => n + s.points.length, 0) <= figs.items.length, true);
  });

  it('searches with entity, kind, stance, outlet and date filters', async () => {
    const all0 = await get<Page<{ field: string }>>('/api/search?q=bridge');
    assert.ok(all0.items.some((h) => h.field === 'document'));
    const byVell = await get<Page<{ field: string; docId: string; span: { start: number; end: number } }>>('/api/search?q=bridge&entity=c-vell');
    assert.ok(byVell.items.every((h) => h.field === 'attribution'));
    const vellSpans = new Set((await all<{ docId: string; content: { start: number; end: number } }>('/api/attributions?entity=c-vell', 100)).map((a) => `${a.docId}:${a.content.start}`));
    assert.ok(byVell.items.every((h) => vellSpans.has(`${h.docId}:${h.span.start}`)));
    const direct = await get<Page<{ field: string }>>('/api/search?q=bridge&kind=direct&from=2031&to=2031');
    assert.ok(direct.items.every((h) => h.field === 'attribution'));
    assert.equal((await f.request('/api/search?q=bridge&entity=c-nobody', { as: 'vic' })).status, 404);
  });

  it('answers a repeated GET with 304 when the ETag still matches', async () => {
    const first = await f.request('/api/entities/c-vell', { as: 'vic' });
    const tag = first.headers.get('etag');
    assert.ok(tag);
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    const again = await f.request('/api/entities/c-vell', { as: 'vic', headers: { 'if-none-match': tag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await f.request('/api/entities/c-vell', { as: 'vic', headers: { 'if-none-match': '"stale"' } });
    assert.equal(other.status, 200);
  });
});
