import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fakeIo } from '../../../test/fake-io.ts';
import { main } from '../main.ts';

describe('claimtrail users', () => {
  let dir: string;
  let store: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-users-cli-'));
    store = join(dir, 'ledger.db');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const run = async (args: string[], stdin?: string) => {
    const io = { ...fakeIo(dir), ...(stdin === undefined ? {} : { stdin: Readable.from([stdin]) }) };
    const code = await main([...args, '--store', store], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('bootstraps an admin from standard input, lists, makes a token once, and removes accounts', async () => {
    const added = await run(['users', 'add', 'Root Admin', '--role', 'admin', '--password-stdin'], 'a very long passphrase\n');
    assert.equal(added.code, 0, added.err);
    assert.equal(added.out, 'added Root Admin (admin)\n');
    assert.equal((await run(['users', 'add', 'eve', '--role', 'viewer', '--password-stdin'], 'short\n')).code, 2, 'too short a password');
    assert.equal((await run(['users', 'add', 'eve', '--role', 'superuser', '--password-stdin'], 'a very long passphrase\n')).code, 2);
    assert.equal((await run(['users', 'add', 'eve', '--role', 'viewer'])).code, 2, 'no terminal and no --password-stdin');
    assert.equal((await run(['users', 'add', 'eve', '--role', 'viewer', '--password-stdin'], 'another long passphrase\n')).code, 0);
    const list = await run(['users', 'list', '--json']);
    assert.deepEqual(list.out.trim().split('\n').map((l) => (JSON.parse(l) as { name: string; role: string }).role), ['viewer', 'admin']);
    assert.ok(!list.out.includes('scrypt'));
    const token = await run(['users', 'token', 'eve', '--label', 'laptop']);
    assert.equal(token.code, 0);
    assert.match(token.out, /^ct_[A-Za-z0-9_-]{43}\n$/);
    assert.equal((await run(['users', 'role', 'eve', 'analyst'])).out, 'eve is now analyst\n');
    assert.equal((await run(['users', 'remove', 'Root Admin'])).code, 2, 'not the last admin');
    assert.equal((await run(['users', 'remove', 'eve'])).code, 0);
    assert.equal((await run(['users', 'remove', 'eve'])).code, 1, 'gone');
    assert.equal((await run(['users', 'frobnicate'])).code, 2);
  });
});
