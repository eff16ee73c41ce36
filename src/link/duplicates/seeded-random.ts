/**
 * A small deterministic generator of numbers in [0, 1) (splitmix32): the same seed gives
 * the same sequence on every run and machine, which `Math.random` cannot. MinHash seeds
 * come from it so that signatures computed today still compare with those stored last
 * year; the evaluation draws its synthetic copies from it so that its figures repeat.
 * The state lives in the returned closure, never in the module.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 4294967296;
  };
}
