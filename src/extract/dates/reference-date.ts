/** The day a document was published, which relative dates ("last year", "on Monday") count from. */
export interface ReferenceDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Noon UTC of that day: what chrono resolves against (with timezone offset 0). */
  readonly instant: Date;
}

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/**
 * Reads the publication date from `Document.published` ("2017-05-30", "2017-05-30T08:12:00Z",
 * "2017-05" taken as the 15th); null when absent or unreadable.
 */
export function referenceDate(published: string | undefined): ReferenceDate | null {
  const m = published ? ISO_DAY.exec(published.trim()) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : 15;
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return null;
  return { year, month, day, instant };
}
