import { allPages } from '../../app/all-pages.ts';
import { linkStoreExclusively } from '../../app/link-store-exclusively.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list entities across the collection; merge or split them by hand',
  usage: `usage: claimtrail entities [list] [--q WORDS] [--kind KIND] [--json] [--store PATH]
       claimtrail entities merge NAME_A NAME_B [--store PATH]
       claimtrail entities split ALIAS [--store PATH]

list   entities with their kind, aliases, mentions and statements (most mentioned first)
merge  two names (canonical names or aliases) are one entity
split  an alias is an entity of its own, not the one it was resolved to
Corrections are kept in the store, survive re-processing, and the store is re-linked
at once.

options:
${STORE_HELP}
  --q WORDS         only entities whose name or an alias has these words
  --kind KIND       person, organization, place or other
  --json            one JSON object per line
  -h, --help        this text
`,
  options: { ...storeOption, q: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const [action = 'list', ...names] = args.positionals;
    const location = storeLocation(args, io);
    const store = await openStore(location);
    try {
      if (action === 'merge' || action === 'split') {
        const want = action === 'merge' ? 2 : 1;
        if (names.length !== want) throw new UsageError(`entities ${action} takes ${want === 2 ? 'two names' : 'one alias'} (see claimtrail entities --help)`);
        await store.addOverride({ kind: action, a: names[0] as string, ...(names[1] ? { b: names[1] } : {}), by: io.env.USER ?? 'cli', at: new Date().toISOString() });
        const s = await linkStoreExclusively(location, store);
        io.stdout.write(`${action === 'merge' ? `merged "${names[0]}" and "${names[1]}"` : `split "${names[0]}" off`}; re-linked: ${s.entities} entities, ${s.claims} claims\n`);
        return 0;
      }
      if (action !== 'list') throw new UsageError(`unknown entities action '${action}' (list, merge or split)`);
      const kind = args.values.kind;
      if (kind !== undefined && !['person', 'organization', 'place', 'other'].includes(String(kind))) throw new UsageError(`--kind must be person, organization, place or other, got '${String(kind)}'`);
      const q = typeof args.values.q === 'string' ? args.values.q : undefined;
      const list = await allPages((p) => store.entities({ ...p, ...(q ? { q } : {}), ...(kind ? { kind: kind as 'person' } : {}) }));
      for (const e of list) {
        io.stdout.write(
          args.values.json
            ? `${JSON.stringify(e)}\n`
            : `${e.name} (${e.kind}, ${e.mentions} mentions, ${e.statements} statements)${e.aliases.length ? `: ${e.aliases.slice(0, 6).join(' | ')}` : ''}\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
