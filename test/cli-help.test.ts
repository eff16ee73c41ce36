import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commands } from '../src/cli/commands/index.ts';
import { main } from '../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

describe('claimtrail --help', () => {
  it('lists every command', async () => {
    const io = fakeIo('/');
    assert.equal(await main(['--help'], io), 0);
    for (const c of commands) assert.match(io.out(), new RegExp(`\\b${c.name}\\b`));
  });
  for (const c of commands) {
    it(`${c.name} --help prints its usage and exits 0`, async () => {
      const io = fakeIo('/');
      assert.equal(await main([c.name, '--help'], io), 0);
      assert.match(io.out(), new RegExp(`^usage: claimtrail ${c.name}`));
    });
  }
  it('an unknown command is a usage error (exit 2)', async () => {
    const io = fakeIo('/');
    assert.equal(await main(['frobnicate'], io), 2);
    assert.match(io.err(), /unknown command 'frobnicate'/);
  });
});
