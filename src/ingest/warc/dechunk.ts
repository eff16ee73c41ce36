const LF = 0x0a;
const latin1 = new TextDecoder('latin1');

/**
 * A body sent with `Transfer-Encoding: chunked`, joined (RFC 9112 §7.1): hex size lines with
 * optional extensions, CRLF or bare LF. `notChunked` when the body does not even begin with
 * a size line: many crawlers store the body already de-chunked but keep the header. `cut`
 * when the last chunk runs past the end of the body.
 */
export function dechunk(
  body: Uint8Array,
):
  | { readonly bytes: Uint8Array; readonly cut?: true }
  | { readonly notChunked: true }
  | { readonly error: string } {
  const parts: Uint8Array[] = [];
  let p = 0;
  let size = 0;
  for (;;) {
    const e = body.indexOf(LF, p);
    const line = latin1.decode(
      body.subarray(p, e < 0 ? Math.min(body.length, p + 40) : Math.min(e, p + 200)),
    );
    const m = /^\s*([0-9a-fA-F]+)\s*(?:;.*)?\r?$/.exec(line);
    if (e < 0 || !m) {
      if (parts.length === 0 && p === 0) return { notChunked: true };
      // the end of the body after some chunks without the last-chunk line: what came is whole
      if (latin1.decode(body.subarray(p, p + 8)).trim() === '' && p + 8 >= body.length)
        return { bytes: Buffer.concat(parts, size) };
      return { error: `bad chunk size line at body byte ${p}` };
    }
    const n = parseInt(m[1] as string, 16);
    p = e + 1;
    if (n === 0) return { bytes: Buffer.concat(parts, size) }; // trailers after the last chunk are not body
    if (p + n > body.length) {
      // a capture cut off mid-chunk (crawlers truncate big pages): the caller decides if that is allowed
      parts.push(body.subarray(p));
      return { bytes: Buffer.concat(parts, size + body.length - p), cut: true };
    }
    parts.push(body.subarray(p, p + n));
    size += n;
    p += n;
    if (body[p] === 0x0d) p++;
    if (body[p] === LF) p++;
  }
}
