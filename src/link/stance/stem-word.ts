/**
 * A light suffix-stripping stemmer for lowercase words, so that "denies", "denied" and
 * "denying" meet as "deni" when a headline is compared with a body. Cruder than Porter's,
 * but it only has to map the same word the same way on both sides; short words are kept.
 */
export function stemWord(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 5 && s.endsWith('ly')) s = s.slice(0, -2);
  // "denied" and "deny" both end up as "deni"; "claimed" as "claim"
  if (s.endsWith('y') && s.length > 3) s = `${s.slice(0, -1)}i`;
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}
