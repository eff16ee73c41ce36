/** Test helper of the Store contract: a fixture's document id, the SHA-256 of its text as for real documents. */
import { createHash } from 'node:crypto';

export function idOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
