// Sign-in: POST /api/auth/login sets the session cookie and answers the CSRF token.
import { useState } from 'preact/hooks';
import { apiPost, describeError } from '../api-client.ts';
import type { User } from '../api-types.ts';

export function SignInPage({ onSignedIn }: { readonly onSignedIn: (user: User, csrfToken: string) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const s = await apiPost<{ user: User; csrfToken: string }>('/api/auth/login', { name, password });
      onSignedIn(s.user, s.csrfToken);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="sign-in">
      <form class="card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">claimtrail</h1>
        <p class="muted">Sign in to the ledger of who said what.</p>
        <label>
          Name
          <input name="name" autocomplete="username" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
