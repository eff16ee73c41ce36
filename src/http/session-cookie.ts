import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The session cookie: httpOnly (scripts cannot read it), SameSite=Lax (not sent on
 * cross-site POSTs, yet following a link to the UI keeps one signed in), Path=/, Secure
 * over https, where it also takes the __Host- prefix (no Domain, so no subdomain can set
 * or shadow it). Its value is a random secret; the server keeps only its hash.
 */
export const sessionCookie = {
  name: (secure: boolean): string => (secure ? '__Host-claimtrail_session' : 'claimtrail_session'),
  read(c: Context): string | undefined {
    return getCookie(c, '__Host-claimtrail_session') ?? getCookie(c, 'claimtrail_session');
  },
  write(c: Context, secret: string, expiresAt: string, secure: boolean): void {
    // hono adds the __Host- prefix itself when asked to
    setCookie(c, 'claimtrail_session', secret, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      expires: new Date(expiresAt),
      ...(secure ? { prefix: 'host' as const } : {}),
    });
  },
  clear(c: Context, secure: boolean): void {
    deleteCookie(c, 'claimtrail_session', { path: '/', secure, ...(secure ? { prefix: 'host' as const } : {}) });
  },
};
