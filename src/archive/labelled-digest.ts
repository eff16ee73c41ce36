import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Whether a WARC labelled digest (`sha256:…`, `sha1:…`, in hex or base32 as tools write
 * them) is the digest of `bytes`. Undefined when the algorithm is one not checked here.
 */
export function matchesDigest(label: string, bytes: Uint8Array): boolean | undefined {
  const m = /^(sha-?256|sha-?1):(.+)$/i.exec(label.trim());
  if (!m) return undefined;
  const algo = (m[1] as string).toLowerCase().replace('-', '');
  const value = (m[2] as string).trim();
  const digest = createHash(algo).update(bytes).digest();
  if (/^[0-9a-f]+$/i.test(value) && value.length === digest.length * 2) return value.toLowerCase() === digest.toString('hex');
  return value.toUpperCase().replace(/=+$/, '') === base32(digest);
}

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(acc << (5 - bits)) & 31];
  return out;
}
