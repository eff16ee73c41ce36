/**
 * RFC 8785 (JCS) serialisation of a flat object of strings and safe integers: keys in
 * code-unit order, no whitespace, strings as ECMAScript's JSON.stringify writes them.
 * That is the whole of JCS for these value types, so anyone can recompute a custody
 * entry's hash with any JCS library.
 */
export function canonicalJson(obj: Readonly<Record<string, string | number | undefined>>): string {
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new TypeError(`canonicalJson: ${key} is not a safe integer`);
    parts.push(`${JSON.stringify(key)}:${typeof v === 'number' ? String(v) : JSON.stringify(v)}`);
  }
  return `{${parts.join(',')}}`;
}
