/**
 * Test helper (not shipped to users): an API over the invented story of the Store
 * contract (src/store/contract), linked, with one account per role and a hostile
 * article, plus helpers to sign in and to make requests as someone.
 */
import { join } from 'node:path';
import { createPasswordHasher } from '../app/password-hasher.ts';
import { createUserAccounts } from '../app/user-accounts.ts';
import { openArchive } from '../archive/open-archive.ts';
import type { Archive } from '../archive/archive.ts';
import { createStageContext } from '../extract/create-stage-context.ts';
import type { StageContext } from '../extract/stage.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { openSqliteUserStore } from '../store/sqlite/open-sqlite-user-store.ts';
import type { Store, StoredDocument } from '../store/store.ts';
import type { Role, UserStore } from '../store/user-store.ts';
import { linkedStoryDocuments, storyLinks } from '../store/contract/story-links.ts';
import { createApp, type Api } from './create-app.ts';
import type { AppDeps } from './app-deps.ts';

export const PASSWORD = 'correct horse battery';
export const ORIGIN = 'http://claimtrail.test';

/** Payloads an article could carry: the API must hand them back as inert JSON text. */
export const HOSTILE_TEXT =
  'Harbour board statement.\n\nThe board said "<script>alert(1)</script> was never run" on Tuesday. ' +
  '<img src=x onerror=alert(2)> <a href="javascript:alert(3)">link</a> <style>body{background:url(javascript:alert(4))}</style>\n';

export function hostileDocument(): StoredDocument {
  const t = HOSTILE_TEXT;
  const start = t.indexOf('<script>');
  return {
    document: { id: 'f'.repeat(64), name: 'hostile-harbour', uri: 'file:///fixtures/hostile.txt', mediaType: 'text/plain', text: t, encoding: 'utf-8', byteLength: t.length, title: '<script>alert("title")</script>', published: '2031-01-01', publisher: 'Harbour "Gazette" <b>' },
    boilerplate: [],
    mentions: [],
    entities: [],
    attributions: [{ kind: 'direct', content: { start, end: start + 36 }, cue: null, source: null, speaker: '<img src=x onerror=alert(5)>', stance: 'asserts' }],
    figures: [],
    dates: [],
    diagnostics: [],
  };
}

export interface Fixture {
  readonly api: Api;
  readonly store: Store;
  readonly users: UserStore;
  readonly archive?: Archive;
  /** A request to the app in-process; `as` signs it with that user's bearer token. */
  request(path: string, init?: RequestInit & { readonly as?: string }): Promise<Response>;
  /** Signs in through the API: the Cookie header value and the session's CSRF token. */
  login(name: string): Promise<{ readonly cookie: string; readonly csrf: string }>;
  close(): Promise<void>;
}

/** `dir`: keep the store in a file there, with an archive beside it (for ingest and export). */
export async function fixtureApi(options: { readonly dir?: string; readonly deps?: Partial<AppDeps>; readonly documents?: readonly StoredDocument[] } = {}): Promise<Fixture> {
  const location = options.dir ? join(options.dir, 'ledger.db') : ':memory:';
  const store = await openSqliteStore(location);
  const users = await openSqliteUserStore(options.dir ? location : ':memory:');
  const archive = options.dir ? await openArchive(`${location}.archive`, { who: 'test' }) : undefined;
  const docs = options.documents ?? linkedStoryDocuments();
  for (const d of docs) await store.addDocument(d);
  if (!options.documents) {
    await store.replaceLinks(storyLinks(docs));
    await store.addDocument(hostileDocument());
  }
  const hasher = createPasswordHasher({ logN: 4 });
  const accounts = createUserAccounts({ users, hasher });
  const tokens = new Map<string, string>();
  const roles: Record<string, Role> = { ada: 'admin', ana: 'analyst', vic: 'viewer' };
  for (const [name, role] of Object.entries(roles)) {
    const u = await accounts.add(name, role, PASSWORD);
    tokens.set(name, (await accounts.createToken(u.id, 'tests')).token);
  }
  let ctx: StageContext | undefined;
  const api = createApp({
    store,
    users,
    ...(archive ? { archive } : {}),
    storeLocation: location,
    stageContext: () => (ctx ??= createStageContext()),
    hasher,
    allowPrivateUrls: true,
    log: () => undefined,
    ...options.deps,
  });
  const request = (path: string, init: RequestInit & { readonly as?: string } = {}): Promise<Response> => {
    const { as, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as !== undefined) headers.set('authorization', `Bearer ${tokens.get(as) ?? 'ct_unknown'}`);
    return Promise.resolve(api.app.request(path.startsWith('http') ? path : `${ORIGIN}${path}`, { ...rest, headers }));
  };
  return {
    api,
    store,
    users,
    ...(archive ? { archive } : {}),
    request,
    async login(name) {
      const res = await request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ name, password: PASSWORD }) });
      if (res.status !== 200) throw new Error(`login ${name}: ${res.status} ${await res.text()}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const body = (await res.json()) as { csrfToken: string };
      return { cookie, csrf: body.csrfToken };
    },
    async close() {
      await api.close();
      await archive?.close();
      await users.close();
      await store.close();
    },
  };
}
