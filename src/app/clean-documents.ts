import type { Analysis } from '../domain/analysis.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import { boilerplate } from '../extract/boilerplate/boilerplate.ts';
import { stripBoilerplate } from '../extract/boilerplate/strip-boilerplate.ts';
import { headline } from '../extract/headline/headline.ts';
import { analyse } from '../extract/pipeline.ts';
import type { Stage, StageContext } from '../extract/stage.ts';
import type { FileSourceOptions } from '../ingest/file-source.ts';
import { mediaTypeOf } from '../ingest/media-type-of.ts';
import { readDocuments } from '../ingest/read-documents.ts';

export type CleanItem =
  | { readonly ok: true; readonly analysis: Analysis; readonly text: string }
  | { readonly ok: false; readonly problem: Diagnostic };

const CLEANABLE = new Set(['text/plain', 'text/html']);

/** What cleaning needs: boilerplate spans, then the headline and notices. */
const cleanStages: readonly Stage[] = [boilerplate, headline];

/**
 * Reads files and directories and gives each article's text: a plain-text article
 * without its boilerplate lines, with what `headline` found (title, publisher,
 * syndication); a web page's article as extraction found it (the document's text
 * itself, which spans point into: ../shared/eval/FORMAT.md section 3). Directory walks
 * take `.txt` and `.html`/`.htm` files (gzipped too); other named files are reported.
 */
export async function* cleanDocuments(
  paths: readonly string[],
  ctx: StageContext,
  options: FileSourceOptions = {},
): AsyncIterable<CleanItem> {
  const accept = (p: string): boolean => CLEANABLE.has(mediaTypeOf(p) ?? '');
  for await (const item of readDocuments(paths, { accept, ...options })) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const doc = item.doc;
    const html = doc.encoding === 'html';
    if (doc.mediaType !== 'text/plain' && !html) {
      yield {
        ok: false,
        problem: {
          doc: doc.name,
          severity: 'error',
          code: 'unsupported',
          message: `${doc.uri}: ${doc.mediaType} is not supported by clean (plain text and HTML only)`,
        },
      };
      continue;
    }
    const analysis = analyse(doc, ctx, cleanStages);
    yield {
      ok: true,
      analysis: item.warnings.length
        ? { ...analysis, diagnostics: [...item.warnings, ...analysis.diagnostics] }
        : analysis,
      // A page's article text is already without furniture, and spans point into it as it is.
      text: html ? analysis.doc.text : stripBoilerplate(doc.text, analysis.boilerplate),
    };
  }
}
