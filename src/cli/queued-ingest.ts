import { enqueuePaths } from '../app/enqueue-paths.ts';
import { openQueue } from '../app/open-queue.ts';
import { openStore } from '../app/open-store.ts';
import type { CliIo } from './cli-io.ts';
import type { ParsedArgs } from './command.ts';
import { progressBar } from './progress-bar.ts';
import { writeDiagnostic } from './write-diagnostic.ts';

/** `claimtrail ingest --queue`: the originals queued for workers instead of extracted here. */
export async function queuedIngest(paths: readonly string[], location: string, maxBytes: number, args: ParsedArgs, io: CliIo): Promise<number> {
  const queue = await openQueue(location);
  try {
    const store = await openStore(location);
    try {
      const bar = progressBar(io.stderr, 'queue');
      const s = await enqueuePaths(paths, queue, store, {
        maxBytes,
        ...(args.values['fetch-pages'] ? { fetchPages: true } : {}),
        onWarning: (d) => {
          bar.done();
          writeDiagnostic(io, d);
        },
        onProgress: (p) => bar.update(`${p.seen} read · ${p.queued} queued · ${p.unchanged} stored already · ${p.failed} failed · ${p.current}`),
        onProblem: (d) => {
          bar.done();
          writeDiagnostic(io, d);
        },
      });
      bar.done();
      const shown = location.replace(/\/\/([^:/@]*):[^@/]*@/u, '//$1:***@');
      io.stdout.write(
        args.values.json
          ? `${JSON.stringify({ store: shown, read: s.seen, queued: s.queued, alreadyQueued: s.alreadyQueued, unchanged: s.unchanged, failed: s.failed, seconds: Number(s.seconds.toFixed(3)), problems: s.problems })}\n`
          : `queued into ${shown}: ${s.queued} queued, ${s.alreadyQueued} queued already, ${s.unchanged} already stored, ${s.failed} failed ` +
              `(${s.seen} read, ${s.seconds.toFixed(1)} s)\n` +
              (s.queued > 0 ? `run \`claimtrail worker --store ${shown}\` to extract them (\`claimtrail status\` shows the queue)\n` : ''),
      );
      return s.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  } finally {
    await queue.close();
  }
}
