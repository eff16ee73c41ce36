/** FNV-1a over a string's UTF-16 units: a feature value's 32-bit hash. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines a template id with up to three value hashes into one 32-bit feature hash. Two
 * multiplications: it runs some twenty thousand times an article, and a bucket collision
 * now and then costs the perceptron little.
 */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ Math.imul(template, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b ^ Math.imul(c, 0x27d4eb2f), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
