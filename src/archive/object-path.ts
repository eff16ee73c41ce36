/** Where an object lives below the archive folder: `objects/ab/cd/abcd…` (two levels keep folders small). */
export function objectPath(sha256: string): string {
  return `objects/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
