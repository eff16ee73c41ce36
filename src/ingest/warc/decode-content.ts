import {
  brotliDecompressSync,
  constants,
  gunzipSync,
  inflateRawSync,
  inflateSync,
  zstdDecompressSync,
} from 'node:zlib';

/**
 * A body with its `Content-Encoding` undone, last applied first ("gzip, br" was gzipped,
 * then brotli'd). `deflate` is meant to be zlib-wrapped but servers send raw deflate too,
 * so both are tried. Output is capped at `maxBytes` (a small body can inflate to anything).
 * `partial`: the capture was cut off (WARC-Truncated), so a compressed stream that stops
 * short gives what it has instead of failing.
 */
export function decodeContent(
  body: Uint8Array,
  contentEncoding: string | undefined,
  maxBytes: number,
  partial = false,
): { readonly bytes: Uint8Array } | { readonly error: string } {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== 'identity' && c !== 'none');
  let bytes: Uint8Array = body;
  const opts = { maxOutputLength: maxBytes, ...(partial ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) };
  const brOpts = {
    maxOutputLength: maxBytes,
    ...(partial ? { finishFlush: constants.BROTLI_OPERATION_FLUSH } : {}),
  };
  for (const coding of codings.reverse()) {
    if (bytes.length === 0) break; // HEAD-like responses keep the header, not the body
    try {
      if (coding === 'gzip' || coding === 'x-gzip') bytes = gunzipSync(bytes, opts);
      else if (coding === 'br') bytes = brotliDecompressSync(bytes, brOpts);
      else if (coding === 'zstd') bytes = zstdDecompressSync(bytes, { maxOutputLength: maxBytes });
      else if (coding === 'deflate') bytes = inflateOrRaw(bytes, opts);
      else return { error: `unknown Content-Encoding ${JSON.stringify(coding)}` };
    } catch (err) {
      const why =
        err && typeof err === 'object' && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE'
          ? `decodes to over ${maxBytes} bytes`
          : err instanceof Error
            ? err.message
            : String(err);
      return { error: `Content-Encoding ${coding}: ${why}` };
    }
  }
  return { bytes };
}

function inflateOrRaw(b: Uint8Array, opts: { maxOutputLength: number; finishFlush?: number }): Uint8Array {
  try {
    return inflateSync(b, opts);
  } catch (err) {
    if (err && typeof err === 'object' && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE') throw err;
    return inflateRawSync(b, opts);
  }
}
