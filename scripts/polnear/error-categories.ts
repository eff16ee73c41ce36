/**
 * Sorts attribution errors into categories a developer can act on: a cue missed or
 * invented (by its word), content or source missed, and boundary errors by what differs
 * (a leading "that", trailing punctuation, a quotation mark, an apposition, a determiner,
 * a clause cut short or run on).
 */
import type { Attribution } from '../../src/domain/attribution.ts';
import type { Span } from '../../src/domain/span.ts';
import type { GoldDocument } from './read-polnear.ts';

type Predicted = ReadonlyMap<string, { text: string; attributions: readonly Attribution[] }>;

const words = (t: string, s: Span): string[] => t.slice(s.start, s.end).match(/[\p{L}\p{N}_]+/gu) ?? [];
function overlap(t: string, a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  if (inter === 0) return 0;
  const wa = words(t, a).length;
  const wb = words(t, b).length;
  const wi = words(t, { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) }).length;
  return wa + wb > 0 ? (2 * wi) / (wa + wb) : 0;
}

function edgeDiff(t: string, gold: Span, pred: Span, role: string): string {
  const parts: string[] = [];
  const describe = (a: number, b: number): string => {
    const x = t.slice(Math.min(a, b), Math.max(a, b)).trim();
    if (/^that$/i.test(x)) return '"that"';
    if (/^[.,;:!?]+$/.test(x)) return 'punctuation';
    if (/^["“”'‘’]+[.,]?$|^[.,]?["“”'‘’]+$/.test(x)) return 'quotation mark';
    if (/^(the|a|an)$/i.test(x)) return 'determiner';
    if (x.startsWith(',')) return 'comma phrase';
    return x.split(/\s+/).length <= 2 ? 'a word or two' : 'a clause';
  };
  if (gold.start !== pred.start) parts.push(`${role} starts ${pred.start < gold.start ? 'early' : 'late'} by ${describe(gold.start, pred.start)}`);
  if (gold.end !== pred.end) parts.push(`${role} ends ${pred.end > gold.end ? 'late' : 'early'} by ${describe(gold.end, pred.end)}`);
  return parts.join('; ');
}

export function errorCategories(gold: readonly GoldDocument[], predicted: Predicted): Map<string, string[]> {
  const cats = new Map<string, string[]>();
  const add = (cat: string, example: string): void => {
    const list = cats.get(cat) ?? [];
    list.push(example);
    cats.set(cat, list);
  };
  for (const g of gold) {
    const p = predicted.get(g.name);
    if (!p) continue;
    const t = g.text;
    const q = (s: Span | null): string => (s ? JSON.stringify(t.slice(s.start, s.end).slice(0, 140)) : '-');
    const used = new Set<number>();
    for (const ga of g.attributions) {
      for (const gc of ga.contents) {
        let best = -1;
        let bestF = 0;
        p.attributions.forEach((pa, i) => {
          const f = overlap(t, gc, pa.content);
          if (f > bestF && !used.has(i)) [best, bestF] = [i, f];
        });
        const cueWord = ga.cue ? t.slice(ga.cue.start, ga.cue.end).toLowerCase().split(/\s+/).pop() ?? '' : '(none)';
        if (best < 0 || bestF < 0.5) {
          add(`content missed (gold cue "${cueWord}")`, `${g.name} ${q(ga.cue)} ${q(gc)}`);
          continue;
        }
        used.add(best);
        const pa = p.attributions[best] as Attribution;
        if (pa.content.start !== gc.start || pa.content.end !== gc.end) {
          for (const d of edgeDiff(t, gc, pa.content, 'content').split('; ')) add(d, `${g.name} gold ${q(gc)}\n      pred ${q(pa.content)}`);
        }
        if (ga.cue && !pa.cue) add('cue missed where content found', `${g.name} ${q(ga.cue)} for ${q(gc)}`);
        else if (ga.cue && pa.cue && (pa.cue.start !== ga.cue.start || pa.cue.end !== ga.cue.end)) {
          if (overlap(t, ga.cue, pa.cue) > 0) add(edgeDiff(t, ga.cue, pa.cue, 'cue').split('; ')[0] ?? 'cue boundary', `${g.name} gold ${q(ga.cue)} pred ${q(pa.cue)}`);
          else add('cue is another word', `${g.name} gold ${q(ga.cue)} pred ${q(pa.cue)}`);
        }
        if (ga.source && !pa.source) add('source missed', `${g.name} gold ${q(ga.source)} cue ${q(ga.cue)}`);
        else if (!ga.source && pa.source) add('source where gold has none', `${g.name} pred ${q(pa.source)}`);
        else if (ga.source && pa.source && (ga.source.start !== pa.source.start || ga.source.end !== pa.source.end)) {
          if (overlap(t, ga.source, pa.source) > 0) add(edgeDiff(t, ga.source, pa.source, 'source').split('; ')[0] ?? 'source boundary', `${g.name} gold ${q(ga.source)} pred ${q(pa.source)}`);
          else add('source is another phrase', `${g.name} gold ${q(ga.source)} pred ${q(pa.source)}`);
        }
      }
    }
    p.attributions.forEach((pa, i) => {
      if (used.has(i)) return;
      const cueWord = pa.cue ? t.slice(pa.cue.start, pa.cue.end).toLowerCase().split(/\s+/).pop() ?? '' : '(no cue)';
      add(`false positive (cue "${cueWord}")`, `${g.name} ${q(pa.cue)} ${q(pa.content)}`);
    });
  }
  // fold rare cue words into one bucket per kind
  const folded = new Map<string, string[]>();
  for (const [k, v] of cats) {
    const key = v.length < 8 && /cue "/.test(k) ? k.replace(/\(.*\)/, '(other cue words)') : k;
    folded.set(key, [...(folded.get(key) ?? []), ...v]);
  }
  return folded;
}
