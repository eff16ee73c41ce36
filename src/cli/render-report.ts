import type { Report } from '../app/build-report.ts';

const clip = (s: string, n: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** The report as text for a terminal: claims, who said what, figures over time. */
export function renderReport(r: Report, perSpeaker: number): string {
  const out: string[] = [`claimtrail report: ${r.documents} documents, ${r.claims.length} claims, ${r.speakers.length} speakers, ${r.figures.length} figure series`];
  out.push('', 'CLAIMS');
  for (const c of r.claims.slice(0, 10)) {
    const by = (p: string): string[] => [...new Set(c.positions.filter((x) => x.position === p).map((x) => x.speaker))];
    out.push('', `“${clip(c.text, 120)}”`);
    out.push(`  supports: ${by('supports').join(', ') || '—'}`, `  opposes:  ${by('opposes').join(', ') || '—'}`);
    const neutral = by('neutral');
    if (neutral.length) out.push(`  neutral:  ${neutral.join(', ')}`);
  }
  out.push('', 'WHO SAID WHAT');
  for (const s of r.speakers) {
    const stances = Object.entries(s.stances).map(([k, v]) => `${v} ${k}`).join(', ');
    out.push('', `${s.speaker} (${s.statements.length}: ${stances})`);
    for (const a of s.statements.slice(0, perSpeaker)) {
      const where = [a.published, a.publisher ?? a.docName].filter(Boolean).join(' ');
      out.push(`  [${a.stance}] ${clip(a.contentText, 110)}`, `      ${where}${a.channel ? ` · via ${a.channel}` : ''}`);
    }
    if (s.statements.length > perSpeaker) out.push(`  … ${s.statements.length - perSpeaker} more`);
  }
  out.push('', 'FIGURES OVER TIME');
  for (const f of r.figures) {
    out.push('', `${f.what}${f.unit ? ` (${f.unit})` : ''}`);
    for (const p of f.points) {
      const range = p.valueMax !== undefined ? `${p.value}–${p.valueMax}` : String(p.value);
      out.push(`  ${(p.when ?? p.published ?? '?').padEnd(10)}  ${range.padStart(10)}  ${p.source ?? 'unattributed'} · ${p.publisher ?? p.doc}`);
    }
    for (const c of f.conflicts) out.push(`  conflict ${c.when}: ${c.points.map((p) => `${p.value} (${p.source ?? p.publisher ?? p.doc})`).join(' vs ')}`);
  }
  return `${out.join('\n')}\n`;
}
