import type { Command } from '../command.ts';
import { claimCommand } from './claim.ts';
import { cleanCommand } from './clean.ts';
import { demoCommand } from './demo.ts';
import { entitiesCommand } from './entities.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { importCommand } from './import.ts';
import { ingestCommand } from './ingest.ts';
import { linkCommand } from './link.ts';
import { migrateCommand } from './migrate.ts';
import { reportCommand } from './report.ts';
import { serveCommand } from './serve.ts';
import { stanceCommand } from './stance.ts';
import { statusCommand } from './status.ts';
import { usersCommand } from './users.ts';
import { verifyCommand } from './verify.ts';
import { watchCommand } from './watch.ts';
import { workerCommand } from './worker.ts';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  demoCommand,
  ingestCommand,
  watchCommand,
  reportCommand,
  claimCommand,
  entitiesCommand,
  linkCommand,
  extractCommand,
  cleanCommand,
  stanceCommand,
  verifyCommand,
  exportCommand,
  importCommand,
  migrateCommand,
  workerCommand,
  statusCommand,
  serveCommand,
  usersCommand,
];
