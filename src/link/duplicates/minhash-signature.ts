/**
 * The MinHash signature of a set of shingle hashes: for each seed, the least value of
 * the shingles under that seed's permutation. Two sets agree in one position with
 * probability equal to their Jaccard similarity, so the share of agreeing positions
 * estimates it (see estimate-similarity.ts), from a fixed-size signature, without the text.
 *
 * Each permutation is the shingle xor its seed, scrambled (MurmurHash3's finaliser, as in
 * mix32.ts, inlined here because this loop is where the time goes). An empty set gives
 * all 0xffffffff, which `estimateSimilarity` never treats as agreement.
 */
export function minhashSignature(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] ?? 0;
    for (let p = 0; p < seeds.length; p++) {
      let v = x ^ (seeds[p] ?? 0);
      v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
      v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < (sig[p] ?? 0)) sig[p] = v;
    }
  }
  return sig;
}
