import { openUserStore } from '../../app/open-user-store.ts';
import { createPasswordHasher } from '../../app/password-hasher.ts';
import { createUserAccounts } from '../../app/user-accounts.ts';
import { UsageError } from '../../domain/errors.ts';
import { ROLES, type Role } from '../../store/user-store.ts';
import type { CliIo } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

/** Standard input, when the caller gives one (tests do; the process's otherwise). */
interface InStream extends AsyncIterable<string | Buffer> {
  readonly isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
  pause?(): unknown;
}

export const usersCommand: Command = {
  name: 'users',
  summary: 'manage the accounts of the HTTP API: add, list, token, remove',
  usage: `usage: claimtrail users add NAME --role viewer|analyst|admin [--password-stdin] [--store PATH]
       claimtrail users list [--json] [--store PATH]
       claimtrail users role NAME ROLE [--store PATH]
       claimtrail users password NAME [--password-stdin] [--store PATH]
       claimtrail users token NAME [--label TEXT] [--store PATH]
       claimtrail users remove NAME [--store PATH]

Accounts of 'claimtrail serve', kept in the store's database (passwords as scrypt
hashes, tokens as SHA-256 hashes). Roles: viewer reads; analyst also ingests, links,
exports, merges and splits entities; admin also manages accounts. 'add' bootstraps the
first admin. A password is asked for on the terminal without echo, or read as the
first line of standard input with --password-stdin; it never goes on the command line.
'token' prints a new API token for NAME once: keep it, it is not shown again
(send it as 'Authorization: Bearer TOKEN'; revoke it in the API).

options:
${STORE_HELP}
  --role ROLE         for add: viewer, analyst or admin
  --password-stdin    read the password from standard input
  --label TEXT        for token: what the token is for (default 'cli')
  --json              for list: one JSON object per line
  -h, --help          this text
`,
  options: { ...storeOption, role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, label: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const [action, name, extra] = args.positionals;
    const store = await openUserStore(storeLocation(args, io));
    try {
      const accounts = createUserAccounts({ users: store, hasher: createPasswordHasher() });
      const needName = (): string => {
        if (!name) throw new UsageError(`users ${action} needs a NAME (see claimtrail users --help)`);
        return name;
      };
      switch (action) {
        case 'add': {
          const role = roleOf(args.values.role);
          const password = await readPassword(io, Boolean(args.values['password-stdin']), `password for ${needName()}: `);
          const u = await accounts.add(needName(), role, password);
          io.stdout.write(`added ${u.name} (${u.role})\n`);
          return 0;
        }
        case 'list': {
          for (const u of await accounts.list()) io.stdout.write(args.values.json ? `${JSON.stringify(u)}\n` : `${u.name}\t${u.role}\t${u.createdAt}\n`);
          return 0;
        }
        case 'role': {
          const u = await accounts.update(needName(), { role: roleOf(extra) });
          io.stdout.write(`${u.name} is now ${u.role}\n`);
          return 0;
        }
        case 'password': {
          const password = await readPassword(io, Boolean(args.values['password-stdin']), `new password for ${needName()}: `);
          await accounts.update(needName(), { password });
          io.stdout.write(`password of ${needName()} changed; its sessions are signed out\n`);
          return 0;
        }
        case 'token': {
          const u = await accounts.byName(needName());
          const label = typeof args.values.label === 'string' ? args.values.label : 'cli';
          const t = await accounts.createToken(u.id, label);
          io.stderr.write(`API token ${t.info.id} for ${u.name} (${label}); shown this once:\n`);
          io.stdout.write(`${t.token}\n`);
          return 0;
        }
        case 'remove': {
          const u = await accounts.remove(needName());
          io.stdout.write(`removed ${u.name}\n`);
          return 0;
        }
        default:
          throw new UsageError(`unknown users action '${action ?? ''}' (add, list, role, password, token, remove)`);
      }
    } finally {
      await store.close();
    }
  },
};

function roleOf(v: unknown): Role {
  if (typeof v !== 'string' || !ROLES.includes(v as Role)) throw new UsageError(`--role must be viewer, analyst or admin, got '${String(v ?? '')}'`);
  return v as Role;
}

/** The password: the first line of standard input, or typed on the terminal without echo. */
async function readPassword(io: CliIo, fromStdin: boolean, prompt: string): Promise<string> {
  const stdin = ((io as CliIo & { stdin?: InStream }).stdin ?? process.stdin) as InStream;
  if (!fromStdin && !stdin.isTTY) throw new UsageError('no terminal to ask for the password on: pipe it in with --password-stdin');
  if (fromStdin) {
    let text = '';
    for await (const chunk of stdin) {
      text += chunk.toString();
      if (text.includes('\n')) break;
    }
    const line = text.split(/\r?\n/)[0] ?? '';
    if (line === '') throw new UsageError('--password-stdin read no password');
    return line;
  }
  io.stderr.write(prompt);
  stdin.setRawMode?.(true);
  stdin.setEncoding?.('utf8');
  let typed = '';
  try {
    for await (const chunk of stdin) {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return typed;
        if (ch === '\u0003') throw new UsageError('cancelled');
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    }
    return typed;
  } finally {
    stdin.setRawMode?.(false);
    stdin.pause?.();
    io.stderr.write('\n');
  }
}
