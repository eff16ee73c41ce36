/**
 * `{ [key]: value }` when a column held a value, `{}` when it was NULL: an absent optional
 * field is stored as NULL and must read back as an absent property (not `undefined`), so
 * that what the store hands out deep-equals what it was given.
 */
export function opt<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}
