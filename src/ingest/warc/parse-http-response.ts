export interface HttpResponse {
  readonly status: number;
  /** Header fields by lower-cased name; repeated fields joined with ", ". */
  readonly headers: ReadonlyMap<string, string>;
  /** The body exactly as stored: still chunked or compressed if the headers say so. */
  readonly body: Uint8Array;
}

const LF = 0x0a;
const latin1 = new TextDecoder('latin1');

/**
 * Splits a stored HTTP response into status, headers and body. Lines may end in CRLF or a
 * bare LF (both occur in real crawls); the header ends at the first empty line. Returns
 * why not when the block does not begin with a status line or has no end of header.
 */
export function parseHttpResponse(block: Uint8Array): HttpResponse | { readonly error: string } {
  const first = block.indexOf(LF);
  const statusLine = latin1.decode(block.subarray(0, first < 0 ? Math.min(block.length, 200) : first)).trim();
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/i.exec(statusLine);
  if (!m) return { error: `no HTTP status line (begins ${JSON.stringify(statusLine.slice(0, 40))})` };
  const headers = new Map<string, string>();
  let last: string | undefined;
  let p = first + 1;
  for (;;) {
    const e = block.indexOf(LF, p);
    if (e < 0) {
      // a header with no blank line after it: a response with no body, if the header is all there
      if (p >= block.length || latin1.decode(block.subarray(p)).trim() === '')
        return { status: Number(m[1]), headers, body: new Uint8Array(0) };
      return { error: 'HTTP header not ended by a blank line' };
    }
    const line = latin1.decode(block.subarray(p, e)).replace(/\r$/, '');
    p = e + 1;
    if (line === '') break;
    if ((line[0] === ' ' || line[0] === '\t') && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue; // junk in a header is common and harmless
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const had = headers.get(last);
    headers.set(last, had === undefined ? value : `${had}, ${value}`);
  }
  return { status: Number(m[1]), headers, body: block.subarray(p) };
}
