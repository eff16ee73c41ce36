// A small client-side router over the History API: the server answers index.html for
// every path outside /api, so these URLs survive a reload and can be shared.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
}

const EVENT = 'claimtrail:navigate';

function current(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

/** Goes to an in-app path (one that starts with a single '/'). */
export function navigate(href: string, options: { readonly replace?: boolean } = {}): void {
  if (!isAppHref(href)) throw new Error(`not an in-app path: ${href}`);
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

function isAppHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return loc;
}

interface AnchorProps {
  readonly href: string;
  readonly class?: string;
  readonly children?: ComponentChildren;
}

/**
 * A link inside the app. `href` is always one of the app's own paths, built by routes.ts
 * from ids with encodeURIComponent: article text never becomes a URL.
 */
export function A({ href, children, class: cls }: AnchorProps) {
  const safe = isAppHref(href) ? href : '/';
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(safe);
  };
  return (
    <a href={safe} onClick={onClick} {...(cls ? { class: cls } : {})}>
      {children}
    </a>
  );
}
