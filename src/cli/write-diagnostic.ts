import type { Diagnostic } from '../domain/diagnostic.ts';
import type { CliIo } from './cli-io.ts';

/** One line on stderr per document problem: `error: NAME: message`. */
export function writeDiagnostic(io: CliIo, d: Diagnostic): void {
  io.stderr.write(`${d.severity}: ${d.message.startsWith(d.doc) ? d.message : `${d.doc}: ${d.message}`}\n`);
}
