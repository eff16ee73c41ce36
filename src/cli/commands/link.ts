import { linkStoreExclusively } from '../../app/link-store-exclusively.ts';
import { openStore } from '../../app/open-store.ts';
import type { Command } from '../command.ts';
import { progressBar } from '../progress-bar.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

export const linkCommand: Command = {
  name: 'link',
  summary: 'link the stored documents into stories: copies, events, entities, claims',
  usage: `usage: claimtrail link [--store PATH] [--json]

Links everything in the store: which articles copy which (each copy to its earliest
source), which report the same event and story, one entity per real-world name across
articles (manual merges and splits applied), every statement's canonical speaker, and
each story's claims with who supports and who opposes them. ingest runs this at its end.
On a PostgreSQL store, one process links at a time (workers too): it waits its turn.

options:
${STORE_HELP}
  --json            print the summary as one JSON object
  -h, --help        this text
`,
  options: { ...storeOption, json: { type: 'boolean' } },
  async run(args, io) {
    const location = storeLocation(args, io);
    // reads or writes the whole store: no memory map, so resident memory stays bounded
    const store = await openStore(location, { memoryMap: false });
    try {
      const bar = progressBar(io.stderr, 'link');
      const s = await linkStoreExclusively(location, store, (n) => bar.update(`${n} documents read`), () => io.stderr.write('waiting for another process linking this store\n'));
      bar.done();
      io.stdout.write(
        args.values.json
          ? `${JSON.stringify(s)}\n`
          : `linked ${s.documents} documents: ${s.stories} stories, ${s.events} events, ${s.copies} copies, ${s.entities} entities, ${s.claims} claims (${s.seconds.toFixed(1)} s)\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
