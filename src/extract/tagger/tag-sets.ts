/**
 * The two taggers' tag sets. The cue tagger marks attributing words; the role tagger,
 * knowing the cues, marks sources and contents. PolNeAR gives each token at most one role
 * of one attribution, so one tag per token says everything.
 */
export const CUE_TAGS = ['O', 'B-CUE', 'I-CUE'] as const;
export const ROLE_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;

/**
 * Allowed transitions for a BIO tag set with tags laid out as O, B-x, I-x, B-y, I-y, ...:
 * an inside tag only continues its own role. Row `tags` is the start of a sequence.
 */
export function bioTransitions(tags: number): Uint8Array {
  const allowed = new Uint8Array((tags + 1) * tags);
  for (let a = 0; a <= tags; a++) {
    for (let b = 0; b < tags; b++) {
      const inside = b > 0 && b % 2 === 0;
      allowed[a * tags + b] = !inside || (a < tags && (a === b || a === b - 1)) ? 1 : 0;
    }
  }
  return allowed;
}

/** Spans of BIO tags over tokens [offset, offset + n): role index (1, 2, ...) and token range inclusive. */
export function bioSpans(tags: Uint8Array, n: number, offset: number): { role: number; first: number; last: number }[] {
  const out: { role: number; first: number; last: number }[] = [];
  let open: { role: number; first: number } | undefined;
  for (let i = 0; i <= n; i++) {
    const t = i < n ? (tags[i] ?? 0) : 0;
    const role = t === 0 ? 0 : (t + 1) >> 1;
    const begins = t % 2 === 1;
    if (open && (role === 0 || begins || role !== open.role)) {
      out.push({ role: open.role, first: offset + open.first, last: offset + i - 1 });
      open = undefined;
    }
    if (role !== 0 && !open) open = { role, first: i };
  }
  return out;
}
