/**
 * The one contract every UserStore implementation passes (as store-contract.ts is for the
 * Store): an implementation's test calls `userStoreContract('name', open)`, `open`
 * returning a new, empty store each time. Fixtures are invented accounts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SessionRecord, TokenRecord, UserRecord, UserStore } from './user-store.ts';

const ada: UserRecord = { id: 'u-ada', name: 'Ada Quill', role: 'admin', passwordHash: 'scrypt$fake$ada', createdAt: '2030-01-01T00:00:00.000Z' };
const bo: UserRecord = { id: 'u-bo', name: 'bo', role: 'viewer', passwordHash: 'scrypt$fake$bo', createdAt: '2030-01-02T00:00:00.000Z' };

const session = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  idHash: 'a'.repeat(64),
  userId: ada.id,
  csrfToken: 'csrf-1',
  createdAt: '2030-01-03T00:00:00.000Z',
  lastSeenAt: '2030-01-03T00:00:00.000Z',
  expiresAt: '2030-01-04T00:00:00.000Z',
  absoluteExpiresAt: '2030-01-10T00:00:00.000Z',
  ...over,
});

const token = (over: Partial<TokenRecord> = {}): TokenRecord => ({
  id: 'tok1',
  userId: ada.id,
  label: 'laptop',
  hash: 'b'.repeat(64),
  createdAt: '2030-01-03T00:00:00.000Z',
  ...over,
});

async function withUsers(open: () => Promise<UserStore>, fn: (s: UserStore) => Promise<void>): Promise<void> {
  const s = await open();
  try {
    assert.deepEqual(await s.addUser(ada), { added: true });
    assert.deepEqual(await s.addUser(bo), { added: true });
    await fn(s);
  } finally {
    await s.close();
  }
}

export function userStoreContract(name: string, open: () => Promise<UserStore>): void {
  describe(`UserStore contract: ${name}`, () => {
    it('adds, finds, lists, counts, updates and removes accounts; names are unique in any case', async () => {
      await withUsers(open, async (s) => {
        assert.deepEqual(await s.userById(ada.id), ada);
        assert.deepEqual(await s.userByName('ada quill'), ada);
        assert.deepEqual(await s.userByName(' ADA QUILL '), ada);
        assert.equal(await s.userByName('nobody'), undefined);
        assert.deepEqual(await s.addUser({ ...bo, id: 'u-bo2', name: 'BO' }), { added: false });
        assert.deepEqual(await s.addUser({ ...bo, name: 'someone else' }), { added: false }, 'ids are unique too');
        assert.deepEqual((await s.listUsers()).map((u) => u.name), ['Ada Quill', 'bo']);
        assert.equal(await s.countUsers(), 2);
        assert.equal(await s.updateUser(bo.id, { role: 'analyst' }), true);
        assert.equal((await s.userById(bo.id))?.role, 'analyst');
        assert.equal((await s.userById(bo.id))?.passwordHash, bo.passwordHash, 'an update changes only what it names');
        assert.equal(await s.updateUser(bo.id, { passwordHash: 'scrypt$fake$new' }), true);
        assert.equal((await s.userById(bo.id))?.passwordHash, 'scrypt$fake$new');
        assert.equal(await s.updateUser('u-none', { role: 'admin' }), false);
        assert.equal(await s.removeUser(bo.id), true);
        assert.equal(await s.removeUser(bo.id), false);
        assert.equal(await s.countUsers(), 1);
      });
    });

    it('keeps sessions, moves their idle expiry no further than the absolute one, and drops expired ones', async () => {
      await withUsers(open, async (s) => {
        await s.addSession(session());
        assert.deepEqual(await s.session('a'.repeat(64)), session());
        await s.touchSession('a'.repeat(64), '2030-01-05T00:00:00.000Z', '2030-02-01T00:00:00.000Z');
        const touched = await s.session('a'.repeat(64));
        assert.equal(touched?.lastSeenAt, '2030-01-05T00:00:00.000Z');
        assert.equal(touched?.expiresAt, '2030-01-10T00:00:00.000Z');
        await s.addSession(session({ idHash: 'c'.repeat(64), expiresAt: '2030-01-03T01:00:00.000Z' }));
        assert.equal(await s.removeExpiredSessions('2030-01-03T02:00:00.000Z'), 1);
        assert.equal(await s.session('c'.repeat(64)), undefined);
        await s.removeSession('a'.repeat(64));
        assert.equal(await s.session('a'.repeat(64)), undefined);
        await s.addSession(session({ idHash: 'd'.repeat(64) }));
        await s.addSession(session({ idHash: 'e'.repeat(64), userId: bo.id }));
        await s.removeSessionsOf(ada.id);
        assert.equal(await s.session('d'.repeat(64)), undefined);
        assert.ok(await s.session('e'.repeat(64)), "another user's sessions stay");
      });
    });

    it('keeps tokens by hash and id, lists them newest first, revokes once, and records their use', async () => {
      await withUsers(open, async (s) => {
        await s.addToken(token());
        await s.addToken(token({ id: 'tok2', hash: 'c'.repeat(64), label: 'ci', createdAt: '2030-01-04T00:00:00.000Z' }));
        assert.deepEqual(await s.tokenByHash('b'.repeat(64)), token());
        assert.deepEqual(await s.token('tok2'), token({ id: 'tok2', hash: 'c'.repeat(64), label: 'ci', createdAt: '2030-01-04T00:00:00.000Z' }));
        assert.equal(await s.tokenByHash('f'.repeat(64)), undefined);
        assert.deepEqual((await s.tokensOf(ada.id)).map((t) => t.id), ['tok2', 'tok1']);
        assert.deepEqual(await s.tokensOf(bo.id), []);
        await s.touchToken('tok1', '2030-01-05T00:00:00.000Z');
        assert.equal((await s.token('tok1'))?.lastUsedAt, '2030-01-05T00:00:00.000Z');
        assert.equal(await s.revokeToken('tok1', '2030-01-06T00:00:00.000Z'), true);
        assert.equal(await s.revokeToken('tok1', '2030-01-07T00:00:00.000Z'), false);
        assert.equal((await s.token('tok1'))?.revokedAt, '2030-01-06T00:00:00.000Z');
        assert.equal(await s.revokeToken('nope', '2030-01-07T00:00:00.000Z'), false);
      });
    });

    it("removing an account removes its sessions and tokens", async () => {
      await withUsers(open, async (s) => {
        await s.addSession(session());
        await s.addToken(token());
        await s.removeUser(ada.id);
        assert.equal(await s.session('a'.repeat(64)), undefined);
        assert.equal(await s.tokenByHash('b'.repeat(64)), undefined);
      });
    });

    it('appends to the audit and reads it newest first, in pages', async () => {
      await withUsers(open, async (s) => {
        for (let i = 0; i < 5; i++) await s.appendAudit({ at: `2030-01-0${i + 1}T00:00:00.000Z`, who: 'Ada Quill', action: 'link', ...(i % 2 ? { target: `job${i}` } : {}) });
        await s.appendAudit({ at: '2030-01-09T00:00:00.000Z', who: 'bo', action: 'ingest', detail: '{"url":"https://example.invalid/a"}' });
        const first = await s.audit({ limit: 4 });
        assert.deepEqual(first.map((e) => e.action), ['ingest', 'link', 'link', 'link']);
        assert.equal(first[0]?.detail, '{"url":"https://example.invalid/a"}');
        assert.equal(first[1]?.target, undefined);
        assert.equal(first[2]?.target, 'job3');
        const rest = await s.audit({ limit: 4, before: first[3]?.seq ?? 0 });
        assert.equal(rest.length, 2);
        assert.ok(rest.every((e) => e.seq < (first[3]?.seq ?? 0)));
      });
    });
  });
}
