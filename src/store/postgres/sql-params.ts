/**
 * The parameters of a statement built from optional parts (filters, a cursor): each part
 * adds its values and writes the `$n` it got, so that placeholders and values cannot
 * drift apart however the parts combine.
 */
export interface SqlParams {
  readonly values: unknown[];
  /** Adds a value; returns its placeholder. */
  add(value: unknown): string;
}

export function sqlParams(): SqlParams {
  const values: unknown[] = [];
  return {
    values,
    add(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
