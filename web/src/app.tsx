// Who is signed in (GET /api/auth/me on load), and which page the path shows.
import { useEffect, useState } from 'preact/hooks';
import { apiGet, apiPost, onSignedOut, setCsrfToken } from './api-client.ts';
import type { Me, User } from './api-types.ts';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/status.tsx';
import { ClaimPage } from './pages/claim-page.tsx';
import { DashboardPage } from './pages/dashboard-page.tsx';
import { EntityPage } from './pages/entity-page.tsx';
import { FiguresPage } from './pages/figures-page.tsx';
import { IngestPage } from './pages/ingest-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { SourcePage } from './pages/source-page.tsx';
import { matchPath } from './routes.ts';
import { useLocation, type Location } from './router.tsx';

export function App() {
  const loc = useLocation();
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    apiGet<Me>('/api/auth/me').then(
      (me) => {
        setCsrfToken(me.csrfToken);
        setUser(me.user);
      },
      () => setUser(null),
    );
    return onSignedOut(() => {
      setCsrfToken(undefined);
      setUser(null);
    });
  }, []);

  useEffect(() => {
    document.title = user ? `claimtrail · ${titleOf(loc.path)}` : 'claimtrail · sign in';
  }, [user, loc.path]);

  if (user === undefined) return <Loading />;
  if (user === null)
    return (
      <SignInPage
        onSignedIn={(u, csrf) => {
          setCsrfToken(csrf);
          setUser(u);
        }}
      />
    );
  const signOut = () => {
    apiPost('/api/auth/logout').finally(() => {
      setCsrfToken(undefined);
      setUser(null);
    });
  };
  return (
    <Layout user={user} path={loc.path} onSignOut={signOut}>
      <Page loc={loc} user={user} />
    </Layout>
  );
}

function Page({ loc, user }: { readonly loc: Location; readonly user: User }) {
  const { path, query } = loc;
  if (path === '/' || path === '') return <DashboardPage />;
  const claim = matchPath(path, 'claims');
  if (claim !== undefined) return <ClaimPage id={claim} />;
  const entity = matchPath(path, 'entities');
  if (entity !== undefined) return <EntityPage id={entity} />;
  const source = matchPath(path, 'sources');
  if (source !== undefined) return <SourcePage id={source} start={intOf(query.get('start'))} end={intOf(query.get('end'))} />;
  if (path === '/search') return <SearchPage query={query} />;
  if (path === '/figures') return <FiguresPage what={query.get('what') ?? undefined} />;
  if (path === '/ingest') return <IngestPage canWrite={user.role !== 'viewer'} />;
  return (
    <section>
      <h1>Not found</h1>
      <p>There is no page here.</p>
    </section>
  );
}

function intOf(s: string | null): number | undefined {
  if (s === null || !/^\d+$/.test(s)) return undefined;
  return Number(s);
}

function titleOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  return first === '' ? 'dashboard' : first;
}
