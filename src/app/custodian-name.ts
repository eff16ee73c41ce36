/** Who a custody entry names: `--as USER` when given, else the login name, else `unknown`. */
export function custodianName(explicit: unknown, env: Readonly<Record<string, string | undefined>>): string {
  if (typeof explicit === 'string' && explicit.trim() !== '') return explicit.trim();
  return env.USER || env.LOGNAME || env.USERNAME || 'unknown';
}
