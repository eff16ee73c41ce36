import type { Analysis } from '../domain/analysis.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { StageContext } from '../extract/stage.ts';
import { analyse } from '../extract/pipeline.ts';
import type { FileSourceOptions } from '../ingest/file-source.ts';
import { readDocuments } from '../ingest/read-documents.ts';

export type ExtractItem = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly problem: Diagnostic };

/** Reads files and directories and runs the extraction pipeline on each document, in order. */
export async function* extractDocuments(
  paths: readonly string[],
  ctx: StageContext,
  options: FileSourceOptions = {},
): AsyncIterable<ExtractItem> {
  for await (const item of readDocuments(paths, options)) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const analysis = analyse(item.doc, ctx);
    yield {
      ok: true,
      analysis: item.warnings.length ? { ...analysis, diagnostics: [...item.warnings, ...analysis.diagnostics] } : analysis,
    };
  }
}
