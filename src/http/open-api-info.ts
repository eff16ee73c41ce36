/** The head of /openapi.json: what the API is, and how to authenticate to it. */
export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'claimtrail API',
    version: '0.1.0',
    description:
      'A sourced ledger of who said what. Sign in with POST /api/auth/login (session cookie; send its csrfToken as X-CSRF-Token on writes) or send Authorization: Bearer <API token>. ' +
      'Every error is { error: { code, message, details? } }. Lists page with cursors: pass `next` back as `cursor`. GETs carry ETags (If-None-Match → 304). ' +
      'Article text and everything cut from it is untrusted input: render it as text, never as HTML. See src/http/README.md.',
  },
  security: [{ session: [] }, { token: [] }],
};
