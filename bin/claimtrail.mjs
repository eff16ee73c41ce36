#!/usr/bin/env node
// Entry point. claimtrail needs Node >= 22.18 (it runs its TypeScript sources directly);
// when started by an older `node` (this machine's system Node is 20), it re-runs itself
// under the Node that the `node` devDependency installed, if there is one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    process.stderr.write(`claimtrail needs Node >= 22.18 (this is ${process.version}); run npm install first\n`);
    process.exit(2);
  }
  const r = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
// Memory: documents are read, analysed and let go in long runs (ingest, link, worker).
// V8's allocation-site pretenuring, seeing the first ones outlive a scavenge, put later
// ones straight into the old generation; and V8 let the old generation grow to several
// times what was live before collecting it. Linking 8,000 AllSides articles peaked at
// 1,204 MB with V8's defaults and at 777 MB with the two settings below, 6 % slower;
// extraction's rate is the same. (docs/scale.md, "Memory of one process".)
const v8 = await import('node:v8');
v8.setFlagsFromString('--no-allocation-site-pretenuring');
v8.setFlagsFromString('--heap-growing-percent=30');
const { run } = await import('../src/cli/run.ts');
await run();
