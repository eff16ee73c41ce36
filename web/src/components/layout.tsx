// The frame of every signed-in page: the app's name, the navigation and who is signed in.
import type { ComponentChildren } from 'preact';
import type { User } from '../api-types.ts';
import { A } from '../router.tsx';

const NAV: readonly { readonly href: string; readonly label: string; readonly analyst?: boolean }[] = [
  { href: '/', label: 'Dashboard' },
  { href: '/search', label: 'Search' },
  { href: '/figures', label: 'Figures' },
  { href: '/ingest', label: 'Ingest', analyst: true },
];

export function Layout({ user, path, onSignOut, children }: { readonly user: User; readonly path: string; readonly onSignOut: () => void; readonly children: ComponentChildren }) {
  const canWrite = user.role !== 'viewer';
  return (
    <div class="shell">
      <header class="top">
        <A href="/" class="brand">
          claimtrail
        </A>
        <nav aria-label="Main">
          {NAV.filter((n) => canWrite || !n.analyst).map((n) => (
            <A key={n.href} href={n.href} class={(n.href === '/' ? path === '/' : path.startsWith(n.href)) ? 'active' : ''}>
              {n.label}
            </A>
          ))}
        </nav>
        <div class="who">
          <span>
            {user.name} <span class="muted">({user.role})</span>
          </span>
          <button type="button" class="link-button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main>{children}</main>
    </div>
  );
}
