/**
 * The form of a speaker's name that speaker filters compare: case folded and white space
 * collapsed, so `ottilie  BRAND` finds `Ottilie Brand`. Computed in one place (not with
 * the database's own lower()) so that every Store implementation folds alike, beyond ASCII.
 */
export function speakerKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
