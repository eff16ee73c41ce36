/**
 * Load test of the HTTP API: `node bench/http-load.ts [--docs 100000] [--seconds 30]
 * [--connections 20] [--keep DIR] [--real-link]`.
 *
 * 1. Generates N small fictional documents (invented outlets, people and a harbour town's
 *    affairs; seeded, so every run is the same) with entities, mentions, attributions and
 *    a figure each, straight into a fresh SQLite store through Store.addDocument.
 * 2. Links them: by default with links built alongside the documents (the generator knows
 *    who is who) and stored with Store.replaceLinks, the fast path; --real-link runs
 *    linkStore instead (much slower at 100k).
 * 3. Starts the API server in this process, makes a viewer token, and drives it from a
 *    second process (this file with --drive) with autocannon: C concurrent clients for S
 *    seconds against search (varied words and filters), then against entity pages.
 * 4. Prints p50/p95/p99 latency (from every response's time, as autocannon reports it),
 *    requests per second, non-2xx answers and errors, against the targets: search p95 <
 *    100 ms, entity page p95 < 150 ms, errors 0. Exits 1 when a target is missed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPasswordHasher } from '../src/app/password-hasher.ts';
import { linkStore } from '../src/app/link-store.ts';
import { createUserAccounts } from '../src/app/user-accounts.ts';
import type { Attribution } from '../src/domain/attribution.ts';
import type { Stance } from '../src/domain/stance.ts';
import { sha256 } from '../src/ingest/sha256.ts';
import { createApp } from '../src/http/create-app.ts';
import { startServer } from '../src/http/start-server.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { openSqliteUserStore } from '../src/store/sqlite/open-sqlite-user-store.ts';
import type { StoredClaim, StoredDocument, StoredLinks } from '../src/store/store.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '20' },
    keep: { type: 'string' },
    'real-link': { type: 'boolean' },
    drive: { type: 'string' },
  },
});

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ione', 'Osric', 'Mave', 'Tamsin', 'Corin', 'Bryn', 'Elsa', 'Hollis', 'Dagny', 'Kasimir', 'Ottilie', 'Ines', 'Bo', 'Rune', 'Sabra', 'Teodor', 'Wren', 'Yusra', 'Ilse', 'Piet', 'Anouk', 'Fen', 'Greer', 'Lio', 'Maren', 'Nils', 'Odile', 'Quill', 'Rasmus', 'Sunniva'];
const LAST = ['Varga', 'Penn', 'Ludlow', 'Roe', 'Vell', 'Brand', 'Marlow', 'Tarrant', 'Quist', 'Ashdown', 'Fairweather', 'Holm', 'Kestrel', 'Lind', 'Moss', 'Nyland', 'Orrin', 'Pell', 'Ravel', 'Strand', 'Thorne', 'Umber', 'Vane', 'Wick', 'Yarrow', 'Zell', 'Bracken', 'Cole', 'Dunmore', 'Eske'];
const TOPICS = ['harbour', 'ferry', 'bridge', 'quarry', 'flood', 'school', 'hospital', 'tramway', 'lighthouse', 'market', 'reservoir', 'library', 'festival', 'fishery', 'dockyard', 'railway', 'orchard', 'mine', 'tunnel', 'council'];
const VERBS = ['repair', 'close', 'reopen', 'inspect', 'fund', 'expand', 'relocate', 'review', 'delay', 'rebuild'];
const WORDS = ['cracks', 'budget', 'safety', 'contract', 'delay', 'storm', 'audit', 'petition', 'strike', 'report', 'inquiry', 'vote', 'tender', 'survey', 'permit', 'ramp', 'bolts', 'engineers', 'residents', 'funding'];
const STANCES: readonly Stance[] = ['asserts', 'denies', 'confirms', 'disputes', 'reports'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `${LAST[i % LAST.length]} ${['Courier', 'Gazette', 'Ledger', 'Post', 'Herald'][i % 5]}`);
const PEOPLE = Array.from({ length: 5000 }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 900 ? `-${LAST[Math.floor(i / 900) % LAST.length]}` : ''}`);

interface Generated {
  readonly doc: StoredDocument;
  readonly people: readonly number[];
  readonly topic: number;
}

/** One fictional article: a headline, a lead, 2 to 4 attributed statements, a figure. */
function generate(i: number, rnd: () => number): Generated {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  // Zipf-like: a few people are quoted very often, most rarely
  const person = (): number => Math.min(PEOPLE.length - 1, Math.floor(PEOPLE.length ** rnd()) - 1);
  const topic = Math.floor(rnd() * TOPICS.length);
  const t = TOPICS[topic] as string;
  const day = new Date(Date.UTC(2030, 0, 1) + Math.floor(rnd() * 730) * 86400_000).toISOString().slice(0, 10);
  let text = `${pick(VERBS)} plan for the ${t} (${i})\n\nThe ${t} ${pick(WORDS)} was discussed again this week in the town of Marrowby. `;
  const attributions: Attribution[] = [];
  const mentions: StoredDocument['mentions'][number][] = [];
  const people: number[] = [];
  const n = 2 + Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) {
    const p = person();
    let local = people.indexOf(p);
    if (local < 0) local = people.push(p) - 1;
    const name = PEOPLE[p] as string;
    const content = `the ${t} ${pick(WORDS)} would ${pick(VERBS)} the ${pick(WORDS)} by ${pick(['spring', 'summer', 'autumn', 'winter'])}`;
    const stance = pick(STANCES);
    const sStart = text.length;
    text += `${name} said that `;
    const cStart = text.length;
    text += `${content}. `;
    mentions.push({ start: sStart, end: sStart + name.length, text: name, kind: 'person', form: 'name', entity: local });
    attributions.push({ kind: rnd() < 0.3 ? 'direct' : 'indirect', content: { start: cStart, end: cStart + content.length }, cue: { start: sStart + name.length + 1, end: sStart + name.length + 5 }, source: { start: sStart, end: sStart + name.length }, speaker: name, stance, entity: local });
  }
  const value = 1 + Math.floor(rnd() * 500);
  const fStart = text.length + 4;
  text += `Some ${value} ${pick(WORDS)} were counted.\n`;
  const doc: StoredDocument = {
    document: { id: sha256(text), name: `bench-${String(i).padStart(6, '0')}`, uri: `bench:${i}`, mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length, title: text.slice(0, text.indexOf('\n')), published: day, publisher: OUTLETS[i % OUTLETS.length] as string },
    boilerplate: [],
    mentions,
    entities: people.map((p, local) => ({ id: `e${local}`, name: PEOPLE[p] as string, kind: 'person' as const, aliases: [] })),
    attributions,
    figures: [{ value, span: { start: fStart, end: fStart + String(value).length }, what: 'items counted' }],
    dates: [],
    diagnostics: [],
  };
  return { doc, people, topic };
}

/** What linking would find, known from the generator: one entity per person, one claim per topic and stance side. */
function linksOf(all: readonly Generated[]): StoredLinks {
  const used = new Set<number>();
  const members: { docId: string; local: number; entityId: string }[] = [];
  const speakers: { docId: string; index: number; speaker: string | null; entityId?: string }[] = [];
  const positions = new Map<string, StoredClaim['positions'][number][]>();
  for (const g of all) {
    const id = g.doc.document.id;
    g.people.forEach((p, local) => {
      used.add(p);
      members.push({ docId: id, local, entityId: `p${p}` });
    });
    g.doc.attributions.forEach((a, index) => {
      const p = g.people[a.entity ?? 0] as number;
      speakers.push({ docId: id, index, speaker: PEOPLE[p] as string, entityId: `p${p}` });
      const key = `st${g.topic}-c${index % 4}`;
      const list = positions.get(key) ?? [];
      if (list.length < 40) list.push({ speaker: PEOPLE[p] as string, position: a.stance === 'denies' || a.stance === 'disputes' ? 'opposes' : a.stance === 'reports' ? 'neutral' : 'supports', doc: g.doc.document.name, span: a.content, attribution: index, docId: id, entityId: `p${p}`, text: g.doc.document.text.slice(a.content.start, a.content.end) });
      positions.set(key, list);
    });
  }
  return {
    entities: [...used].map((p) => ({ id: `p${p}`, name: PEOPLE[p] as string, kind: 'person' as const, aliases: [(PEOPLE[p] as string).split(' ').at(-1) as string] })),
    members,
    speakers,
    claims: [...positions].map(([id, ps]) => ({ id, text: `the ${TOPICS[Number(id.slice(2, id.indexOf('-')))]} claim ${id}`, story: id.slice(0, id.indexOf('-')), positions: ps })),
    copies: [],
    events: all.map((g) => ({ docId: g.doc.document.id, event: `ev${g.topic}`, story: `st${g.topic}` })),
  };
}

async function main(): Promise<void> {
  const count = Number(values.docs);
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'claimtrail-http-load-'));
  const location = join(dir, 'ledger.db');
  const store = await openSqliteStore(location);
  const users = await openSqliteUserStore(location);
  try {
    let t0 = performance.now();
    const existing = (await store.stats()).documents;
    const rnd = random(42);
    const all: Generated[] = [];
    for (let i = 0; i < count; i++) {
      const g = generate(i, rnd);
      all.push(g);
      if (existing === 0) await store.addDocument(g.doc);
      if (i % 10_000 === 9_999) process.stderr.write(`\rgenerated ${i + 1} documents`);
    }
    const stats = await store.stats();
    console.log(`\n${stats.documents} documents, ${stats.attributions} attributions, ${stats.mentions} mentions in ${((performance.now() - t0) / 1000).toFixed(1)} s${existing ? ' (store kept from an earlier run)' : ''}`);
    t0 = performance.now();
    if (values['real-link']) await linkStore(store);
    else await store.replaceLinks(linksOf(all));
    console.log(`linked (${values['real-link'] ? 'linkStore' : 'generated links, replaceLinks'}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const accounts = createUserAccounts({ users, hasher: createPasswordHasher({ logN: 4 }) });
    const viewer = (await accounts.byName('bench').catch(() => undefined)) ?? (await accounts.add('bench', 'viewer', 'bench passphrase'));
    const { token } = await accounts.createToken(viewer.id, 'load test');
    const api = createApp({ store, users, storeLocation: location, stageContext: () => { throw new Error('no ingest in the load test'); } });
    const server = await startServer(api, { port: 0, host: '127.0.0.1' });
    const top = (await store.entities({ limit: 200 })).items.map((e) => e.id);
    const rnd2 = random(7);
    const searches = Array.from({ length: 500 }, () => {
      const w = (xs: readonly string[]) => xs[Math.floor(rnd2() * xs.length)] as string;
      const r = rnd2();
      const q = r < 0.4 ? w(TOPICS) : r < 0.7 ? `${w(TOPICS)} ${w(WORDS)}` : r < 0.85 ? w(WORDS) : `${w(FIRST)} ${w(WORDS)}`;
      const f = rnd2();
      const filter = f < 0.6 ? '' : f < 0.7 ? `&stance=${w(STANCES)}` : f < 0.8 ? `&outlet=${encodeURIComponent(w(OUTLETS))}` : f < 0.9 ? '&from=2031-01&to=2031-06' : `&entity=${w(top.slice(0, 50))}`;
      return `/api/search?q=${encodeURIComponent(q)}${filter}&limit=20`;
    });
    const entityPages = Array.from({ length: 500 }, (_, i) => `/api/entities/${i % 2 === 0 ? top[Math.floor(rnd2() * 20)] : top[Math.floor(rnd2() * top.length)]}`);
    const results = [];
    for (const [name, paths, target] of [['search', searches, 100], ['entity page', entityPages, 150]] as const) {
      const r = await runDriver(server.url, token, paths);
      results.push({ name, target, ...r });
      console.log(`${name.padEnd(12)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ${r.rps.toFixed(0)} req/s  ${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors  (target p95 < ${target} ms)`);
    }
    await server.close();
    await api.close();
    const failed = results.filter((r) => r.p95 >= r.target || r.errors > 0 || r.non2xx > 0);
    console.log(failed.length === 0 ? 'all targets met' : `missed: ${failed.map((r) => r.name).join(', ')}`);
    process.exitCode = failed.length === 0 ? 0 : 1;
  } finally {
    await users.close();
    await store.close();
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

interface DriveResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Runs this file with --drive in a second process, so the load is not generated by the server's own thread. */
function runDriver(url: string, token: string, paths: readonly string[]): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--drive', JSON.stringify({ url, token, paths, seconds: Number(values.seconds), connections: Number(values.connections) })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as DriveResult) : reject(new Error(`driver exited ${code}`))));
  });
}

async function drive(spec: string): Promise<void> {
  const { url, token, paths, seconds, connections } = JSON.parse(spec) as { url: string; token: string; paths: string[]; seconds: number; connections: number };
  // autocannon ships no types; the little of it used here is typed below
  const name = 'autocannon';
  const { default: autocannon } = (await import(name)) as unknown as { default: (o: object) => AutocannonInstance };
  const times: number[] = [];
  let next = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req: object) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await new Promise<AutocannonResult>((resolve) => instance.on('done', resolve));
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  const out: DriveResult = { p50: at(50), p95: at(95), p99: at(99), rps: result.requests.average, requests: times.length, non2xx: result.non2xx, errors: result.errors + result.timeouts };
  process.stdout.write(JSON.stringify(out));
}

interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
  on(event: 'done', fn: (r: AutocannonResult) => void): void;
}
interface AutocannonResult {
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

if (values.drive) await drive(values.drive);
else await main();
