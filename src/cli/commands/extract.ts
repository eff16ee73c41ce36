import { createStageContext } from '../../extract/create-stage-context.ts';
import { extractDocuments } from '../../app/extract-documents.ts';
import { formatRecords } from '../../app/format-records.ts';
import type { Analysis } from '../../domain/analysis.ts';
import { linkCollection } from '../../app/link-collection.ts';
import type { CliIo } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { maxBytesOption, parseMaxBytes, requirePaths } from '../shared-options.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print who said what, figures and dates found in files (no store)',
  usage: `usage: claimtrail extract [--jsonl] [--max-bytes N] FILE_OR_DIR...

Runs the extraction pipeline on text files (.txt) and prints what it finds:
attributions (who said what, with cue, source, speaker and stance), figures and
dates. Nothing is stored.

options:
  --jsonl          one JSON object per line, as ../shared/eval/FORMAT.md describes
  --max-bytes N    skip files larger than N bytes (default 20971520)
  -h, --help       this text

Problems with single files are reported on stderr; the run goes on.
Exit codes: 0 ok, 1 some documents failed, 2 usage error.
`,
  options: { jsonl: { type: 'boolean' }, ...maxBytesOption },
  async run(args, io) {
    const paths = requirePaths(args, 'extract');
    const maxBytes = parseMaxBytes(args);
    const ctx = createStageContext();
    let failed = 0;
    // several documents: records are held until the collection is linked, so that speakers
    // carry their names across the collection and entity and claim records can follow
    const held: { a: Analysis }[] = [];
    for await (const item of extractDocuments(paths, ctx, { maxBytes })) {
      if (!item.ok) {
        failed++;
        writeDiagnostic(io, item.problem);
        continue;
      }
      const a = item.analysis;
      for (const d of a.diagnostics) writeDiagnostic(io, d);
      if (args.values.jsonl) {
        held.push({ a: slim(a) });
        continue;
      }
      io.stdout.write(`# ${a.doc.name}${a.doc.title ? `: ${a.doc.title}` : ''}\n`);
      for (const at of a.attributions) {
        const who = at.speaker ?? (at.source ? a.doc.text.slice(at.source.start, at.source.end) : 'unknown');
        const cue = at.cue ? a.doc.text.slice(at.cue.start, at.cue.end) : '—';
        io.stdout.write(`  ${who} [${at.stance}, ${cue}]: ${a.doc.text.slice(at.content.start, at.content.end)}\n`);
      }
      for (const f of a.figures) io.stdout.write(`  figure ${f.value}: ${f.what}${f.source ? ` (${f.source})` : ''}\n`);
    }
    if (args.values.jsonl) writeLinked(io, held.map((h) => h.a));
    return failed > 0 ? 1 : 0;
  },
};

/** What linking needs of an analysis: not the tokens. */
function slim(a: Analysis): Analysis {
  return { ...a, tokens: [], sentences: [] };
}

/** Per-document records with collection-wide speaker names, then entities and claims. */
function writeLinked(io: CliIo, analyses: readonly Analysis[]): void {
  const links = analyses.length > 1 ? linkCollection(analyses) : undefined;
  for (const a of analyses) {
    const names = links?.speakers.get(a.doc.name);
    const renamed = names ? { ...a, attributions: a.attributions.map((x, i) => ({ ...x, speaker: names[i] ?? x.speaker })) } : a;
    io.stdout.write(formatRecords(renamed).map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  if (!links) return;
  for (const e of links.entities) io.stdout.write(`${JSON.stringify({ type: 'entity', ...e })}\n`);
  for (const c of links.claims) io.stdout.write(`${JSON.stringify({ type: 'claim', ...c })}\n`);
}
