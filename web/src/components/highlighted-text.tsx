// An article's text as text nodes, with boilerplate dimmed and one span (the evidence)
// in a <mark> scrolled into view. Spans are UTF-16 indices, as JavaScript strings use.
import { useEffect, useRef } from 'preact/hooks';
import type { Span } from '../api-types.ts';

type Kind = 'plain' | 'boiler' | 'mark';

export function segments(text: string, boilerplate: readonly Span[], mark: Span | undefined): { readonly text: string; readonly kind: Kind }[] {
  const len = text.length;
  const hl = mark && mark.start >= 0 && mark.start < mark.end && mark.end <= len ? mark : undefined;
  const cuts = new Set<number>([0, len]);
  for (const b of boilerplate) {
    cuts.add(Math.max(0, Math.min(len, b.start)));
    cuts.add(Math.max(0, Math.min(len, b.end)));
  }
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; kind: Kind }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    if (a === b) continue;
    const kind: Kind = hl && a >= hl.start && b <= hl.end ? 'mark' : boilerplate.some((s) => a >= s.start && b <= s.end) ? 'boiler' : 'plain';
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), kind });
  }
  return out;
}

export function HighlightedText({ text, boilerplate, mark }: { readonly text: string; readonly boilerplate: readonly Span[]; readonly mark: Span | undefined }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center' });
  }, [text, mark?.start, mark?.end]);
  return (
    <div class="article-text">
      {segments(text, boilerplate, mark).map((s, i) =>
        s.kind === 'mark' ? (
          <mark key={i} id="evidence" class="evidence-mark" ref={ref}>
            {s.text}
          </mark>
        ) : s.kind === 'boiler' ? (
          <span key={i} class="boilerplate" title="boilerplate">
            {s.text}
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
