import { basename } from 'node:path';

/** `data/text/abc.txt` → `abc`, `html/x.html.gz` → `x`: the file name without directory, `.gz`, last extension. */
export function docName(path: string): string {
  let b = basename(path);
  if (b.toLowerCase().endsWith('.gz')) b = b.slice(0, -3);
  const dot = b.lastIndexOf('.');
  return dot > 0 ? b.slice(0, dot) : b;
}
