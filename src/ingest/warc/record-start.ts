const WARC_LINE = /^WARC\/(\d+)\.(\d+)(?:[ \t].*)?\r?\n?$/;

/** `WARC/1.0`, `WARC/1.1`, `WARC/0.18`, `WARC/0.9 ...` (0.9 has its fields on this line): the version, or undefined. */
export function warcVersion(line: string): string | undefined {
  const m = WARC_LINE.exec(line);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** An ARC header line: `URL IP DATE TYPE LENGTH` (version 1) or the ten fields of version 2; URLs may hold spaces. */
export interface ArcHeaderLine {
  readonly url: string;
  readonly date: string;
  readonly contentType: string;
  /** As written; a non-number is the caller's problem to report. */
  readonly length: string;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\S/;
const DATE = /^\d{12,18}$/;

/**
 * Reads a line as an ARC header line, or undefined when it is not one. Fields are taken
 * from the right, since old crawlers wrote URLs with unescaped spaces
 * ("http://example.com/index.cfm?EmailTitle=Examples From The Live Web 93.184.216.119 ...");
 * the length is returned as written so that `-1` or `abc` can be reported as such.
 */
export function arcHeaderLine(line: string, version: 1 | 2): ArcHeaderLine | undefined {
  const f = line.replace(/\r?\n$/, '').split(' ');
  if (!SCHEME.test(f[0] ?? '')) return undefined;
  const n = f.length;
  // version 2: URL IP DATE TYPE RESULT CHECKSUM LOCATION OFFSET FILENAME LENGTH
  const v2 = n >= 10 && DATE.test(f[n - 8] ?? '');
  const v1 = n >= 5 && DATE.test(f[n - 3] ?? '');
  if (!(version === 2 ? v2 || v1 : v1 || v2)) return undefined;
  const useV2 = version === 2 ? v2 : !v1;
  const k = useV2 ? 9 : 4;
  return {
    url: f.slice(0, n - k).join(' '),
    date: f[n - k + 1] ?? '',
    contentType: f[n - k + 2] ?? '',
    length: f[n - 1] ?? '',
  };
}
