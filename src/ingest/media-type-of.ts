/** The media type a file name implies, or undefined for files claimtrail does not read. */
export function mediaTypeOf(path: string): string | undefined {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (p.endsWith('.txt') || p.endsWith('.text')) return 'text/plain';
  if (p.endsWith('.html') || p.endsWith('.htm') || p.endsWith('.xhtml')) return 'text/html';
  // feeds: read as the originals of their items (read-documents.ts)
  if (p.endsWith('.rss')) return 'application/rss+xml';
  if (p.endsWith('.atom')) return 'application/atom+xml';
  // web archives (WARC, its WET and WAT derivatives, ARC): read record by record (warc/warc-source.ts)
  if (/\.(warc|wet|wat|arc)$/.test(p)) return 'application/warc';
  return undefined;
}
