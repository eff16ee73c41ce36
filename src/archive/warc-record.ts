/**
 * One WARC/1.1 record: version line, header fields, blank line, block, two CRLFs. Field
 * values must be single lines: a CR or LF in one would let a value forge further fields.
 */
export function warcRecord(fields: readonly (readonly [string, string])[], block: Uint8Array): Buffer {
  const lines = ['WARC/1.1'];
  for (const [name, value] of [...fields, ['Content-Length', String(block.length)] as const]) {
    if (/[\r\n]/.test(value)) throw new TypeError(`WARC field ${name} has a line break in its value`);
    lines.push(`${name}: ${value}`);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}
