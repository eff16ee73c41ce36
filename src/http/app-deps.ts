import type { Archive } from '../archive/archive.ts';
import type { LoginThrottleOptions } from '../app/login-throttle.ts';
import type { PasswordHasher } from '../app/password-hasher.ts';
import type { SessionOptions } from '../app/user-sessions.ts';
import type { StageContext } from '../extract/stage.ts';
import type { Store } from '../store/store.ts';
import type { UserStore } from '../store/user-store.ts';

/** Everything the API is made from: createApp(deps) wires it, and tests pass their own. */
export interface AppDeps {
  readonly store: Store;
  readonly users: UserStore;
  /** The archive of originals beside the store; without one, nothing is archived and no original can be downloaded. */
  readonly archive?: Archive;
  /** The store's location, as custody entries name it. */
  readonly storeLocation: string;
  /** The extraction context, built on first use (it loads models). */
  readonly stageContext: () => StageContext;
  readonly hasher?: PasswordHasher;
  readonly now?: () => Date;
  readonly throttle?: LoginThrottleOptions;
  readonly sessions?: SessionOptions;
  /** Take the client address and scheme from X-Forwarded-For / -Proto / -Host (only behind a proxy you run). */
  readonly trustProxy?: boolean;
  /** Secure cookies: 'auto' (default) sets Secure when the request came over https. */
  readonly secureCookies?: boolean | 'auto';
  /** Origins besides the server's own allowed to make cookie-authenticated writes (a UI dev server). */
  readonly allowedOrigins?: readonly string[];
  /** The built web UI (web/dist), served for non-API GETs when present. */
  readonly webDist?: string;
  /** Let ingest fetch loopback and private addresses (tests, a local feed). */
  readonly allowPrivateUrls?: boolean;
  /** Largest upload (default 50 MiB). */
  readonly maxUploadBytes?: number;
  /** Where export jobs write their WACZ files (default: a temporary folder). */
  readonly exportDir?: string;
  /** Where unexpected errors are told in full (they are never told to the client). */
  readonly log?: (line: string) => void;
}
