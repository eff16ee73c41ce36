import type { Analysis } from '../domain/analysis.ts';
import type { Span } from '../domain/span.ts';

/** A JSON Lines record as ../shared/eval/FORMAT.md defines it. */
export type OutputRecord = Record<string, unknown> & { readonly type: string };

const span = (s: Span | null | undefined): { start: number; end: number } | null =>
  s ? { start: s.start, end: s.end } : null;

/** The per-document records of `extract --jsonl`: the document, its attributions, figures and dates. */
export function formatRecords(a: Readonly<Analysis>): OutputRecord[] {
  const doc = a.doc.name;
  const out: OutputRecord[] = [];
  const d = a.doc;
  out.push({
    doc,
    type: 'document',
    id: d.id,
    title: d.title ?? null,
    published: d.published ?? null,
    publisher: d.publisher ?? null,
    syndicated_from: d.syndicatedFrom ?? null,
    boilerplate: a.boilerplate.map(span),
  });
  for (const at of a.attributions) {
    out.push({
      doc,
      type: 'attribution',
      kind: at.kind,
      content: span(at.content),
      cue: span(at.cue),
      source: span(at.source),
      speaker: at.speaker,
      stance: at.stance,
      ...(at.channel ? { channel: at.channel } : {}),
      ...(at.addressee ? { addressee: at.addressee } : {}),
    });
  }
  for (const f of a.figures) {
    out.push({
      doc,
      type: 'figure',
      value: f.value,
      ...(f.valueMax !== undefined ? { value_max: f.valueMax } : {}),
      span: span(f.span),
      what: f.what,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.when ? { when: f.when } : {}),
      ...(f.source ? { source: f.source } : {}),
    });
  }
  for (const dt of a.dates) out.push({ doc, type: 'date', span: span(dt), text: dt.text, value: dt.value });
  return out;
}
