// Loading and error states, the same on every page.
import type { ComponentChildren } from 'preact';
import { describeError } from '../api-client.ts';

export function Loading({ what = 'Loading' }: { readonly what?: string }) {
  return (
    <p class="muted" role="status">
      {what}…
    </p>
  );
}

export function ErrorBox({ error }: { readonly error: unknown }) {
  return (
    <p class="error" role="alert">
      {describeError(error)}
    </p>
  );
}

/** Shows `children` once `data` is there, else the loading or error state. */
export function Loaded<T>({ data, error, children }: { readonly data: T | undefined; readonly error?: unknown; readonly children: (data: T) => ComponentChildren }) {
  if (error !== undefined) return <ErrorBox error={error} />;
  if (data === undefined) return <Loading />;
  return <>{children(data)}</>;
}

export function Empty({ children }: { readonly children: ComponentChildren }) {
  return <p class="muted empty">{children}</p>;
}
