const enc = new TextEncoder();

/** An HTTP/1.1 response as a WARC response block stores it: status line, headers, blank line, body as sent. */
export function httpResponseBytes(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: Uint8Array | string,
): Buffer {
  const head = [
    `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ].join('\r\n');
  return Buffer.concat([enc.encode(`${head}\r\n\r\n`), typeof body === 'string' ? enc.encode(body) : body]);
}
