/**
 * Reads a PolNeAR-style split (DIR/text/*.txt, DIR/attributions/*_<annotator>.ann, brat
 * standoff) into documents with attributions in UTF-16 offsets: brat counts Unicode code
 * points and a byte-order mark, the project's text has neither. As the scorer does, only
 * the first .ann of a document (sorted) is read, discontinuous spans become their hull,
 * and span edges are trimmed of white space. Training and evaluation tooling only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/domain/span.ts';

export interface GoldAttribution {
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly contents: readonly Span[];
}

export interface GoldDocument {
  readonly name: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

export function readPolnear(dir: string, limit = Infinity): GoldDocument[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`${dir}: expected text/ and attributions/ (a PolNeAR split)`);
  const names = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const firstAnn = new Map<string, string>();
  const known = new Set(names);
  for (const f of anns) {
    const b = f.slice(0, -4);
    const d = known.has(b) ? b : b.slice(0, b.lastIndexOf('_'));
    if (known.has(d) && !firstAnn.has(d)) firstAnn.set(d, f);
  }
  const out: GoldDocument[] = [];
  for (const name of names.slice(0, limit)) {
    const raw = readFileSync(join(textDir, `${name}.txt`));
    const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
    const text = raw.toString('utf8').replace(/^\uFEFF/, '');
    const ann = firstAnn.get(name);
    out.push({ name, text, attributions: ann ? parseAnn(readFileSync(join(annDir, ann), 'utf8'), text, bom) : [] });
  }
  return out;
}

function parseAnn(ann: string, text: string, bom: boolean): GoldAttribution[] {
  const cpToUnit: number[] = [];
  let u = 0;
  for (const ch of text) {
    cpToUnit.push(u);
    u += ch.length;
  }
  cpToUnit.push(u);
  const conv = (cp: number): number => cpToUnit[Math.max(0, Math.min(cp - (bom ? 1 : 0), cpToUnit.length - 1))] ?? 0;
  const spans = new Map<string, { type: string; span: Span }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?/.exec(line);
    if (t) {
      const frags = (t[3] ?? '').split(';').map((f) => f.split(' ').map(Number));
      const s = conv(Math.min(...frags.map((f) => f[0] ?? 0)));
      const e = conv(Math.max(...frags.map((f) => f[1] ?? 0)));
      spans.set(t[1] ?? '', { type: t[2] ?? '', span: trim(text, s, e) });
      continue;
    }
    const ev = /^(E\d+)\t(.*)$/.exec(line);
    if (ev) events.push((ev[2] ?? '').trim().split(/\s+/));
  }
  const out: GoldAttribution[] = [];
  for (const args of events) {
    let source: Span | null = null;
    let cue: Span | null = null;
    const contents: Span[] = [];
    for (const arg of args) {
      const [role = '', id = ''] = arg.split(':');
      const sp = spans.get(id)?.span;
      if (!sp) continue;
      const r = role.replace(/\d+$/, '').toLowerCase();
      if (r === 'content') contents.push(sp);
      else if (r === 'source' && !source) source = sp;
      else if (r === 'cue' && !cue) cue = sp;
    }
    if (contents.length > 0) out.push({ source, cue, contents });
  }
  return out;
}

function trim(text: string, s: number, e: number): Span {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}
