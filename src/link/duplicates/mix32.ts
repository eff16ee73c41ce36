/**
 * Scrambles a 32-bit integer into an unrelated-looking one: MurmurHash3's finaliser, a
 * bijection whose every output bit depends on every input bit. Shingle hashes, MinHash
 * permutations and band keys are all built from it, so that they stay plain 32-bit
 * integer arithmetic (no BigInt, no allocation) and come out the same on every machine.
 */
export function mix32(x: number): number {
  let v = x | 0;
  v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
  v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
  return (v ^ (v >>> 16)) >>> 0;
}
