import { cleanDocuments } from '../../app/clean-documents.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { Command } from '../command.ts';
import { maxBytesOption, parseMaxBytes, requirePaths } from '../shared-options.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

export const cleanCommand: Command = {
  name: 'clean',
  summary: 'print the article text of files and web pages without boilerplate (menus, banners, credits, captions)',
  usage: `usage: claimtrail clean [--jsonl] [--max-bytes N] FILE_OR_DIR...

Prints each article without what is not article text. For a plain-text article (.txt):
promotional banners, photo credits and captions, section labels ("Latest News",
"Related Articles"), syndication and read-more notices, share and follow lines,
copyright lines. For a web page (.html, .htm, .html.gz): the article inside it, without
navigation, promotions, captions, credits, share buttons, related-article lists,
comments or ads; its headline first, one paragraph per block. Paragraph breaks are
kept; directories are walked for both kinds. Nothing is stored.

options:
  --jsonl          one JSON object per file: {"doc","title","text","published","author"}
                   (../shared/eval/FORMAT.md, section 3); missing fields are null
  --max-bytes N    skip files larger than N bytes (default 20971520)
  -h, --help       this text

Problems with single files are reported on stderr; the run goes on.
Exit codes: 0 ok, 1 some documents failed, 2 usage error.
`,
  options: { jsonl: { type: 'boolean' }, ...maxBytesOption },
  async run(args, io) {
    const paths = requirePaths(args, 'clean');
    const maxBytes = parseMaxBytes(args);
    const ctx = createStageContext();
    let failed = 0;
    for await (const item of cleanDocuments(paths, ctx, { maxBytes })) {
      if (!item.ok) {
        failed++;
        writeDiagnostic(io, item.problem);
        continue;
      }
      const { doc, diagnostics } = item.analysis;
      for (const d of diagnostics) writeDiagnostic(io, d);
      if (diagnostics.some((d) => d.severity === 'error')) failed++;
      if (args.values.jsonl) {
        const record = {
          doc: doc.name,
          title: doc.title ?? null,
          text: item.text,
          published: doc.published ?? null,
          author: doc.author ?? null,
        };
        io.stdout.write(`${JSON.stringify(record)}\n`);
        continue;
      }
      io.stdout.write(`# ${doc.name}${doc.title ? `: ${doc.title}` : ''}\n\n${item.text}\n\n`);
    }
    return failed > 0 ? 1 : 0;
  },
};
