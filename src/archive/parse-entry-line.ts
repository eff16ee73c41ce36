import { canonicalJson } from './canonical-json.ts';
import { custodyEntrySchema, type CustodyEntry } from './custody-entry.ts';
import { entryHash } from './seal-entry.ts';

export type ParsedLine = { readonly ok: true; readonly entry: CustodyEntry } | { readonly ok: false; readonly problem: string; readonly entry?: CustodyEntry };

/**
 * One custody.jsonl line (without its newline) checked on its own: UTF-8, JSON, the entry
 * schema, byte-for-byte the canonical form, and its own hash. The canonical-form check
 * is what makes every single-byte change visible, even one JSON would read the same
 * (`\u001f` for `\u001F`). A line whose only fault is its hash still yields the entry,
 * so that the chain check after it can go on.
 */
export function parseEntryLine(bytes: Uint8Array): ParsedLine {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not valid UTF-8' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not a JSON object' };
  }
  const r = custodyEntrySchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, problem: `not a custody entry (${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'invalid'})` };
  }
  const entry = r.data;
  if (canonicalJson(entry) !== text) return { ok: false, problem: 'not in canonical form', entry };
  if (entryHash(entry) !== entry.hash) return { ok: false, problem: 'its hash does not match its content', entry };
  return { ok: true, entry };
}
