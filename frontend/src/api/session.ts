// Session plumbing shared by the API client and the router: where the cached
// user lives, what an expired session does, and which `next` targets are safe.
import type { QueryClient } from '@tanstack/react-query';
import { announceSessionEnded } from '../lib/drafts';

export const meKey = ['me'] as const;

/**
 * Query roots kept when the account changes (sign in, sign out): the user query
 * itself (mounted observers must keep seeing it) and data that is not per account.
 * Everything else is dropped so one account never sees another's cached data.
 */
export const KEEP_ON_ACCOUNT_CHANGE = new Set(['me', 'meta', 'service-types']);

const PUBLIC_PATHS = ['/login', '/signup'];

export function isPublicPath(path: string): boolean {
  const pathname = path.split(/[?#]/)[0] ?? '';
  return PUBLIC_PATHS.includes(pathname.replace(/\/+$/, '') || '/');
}

/** Only same-site absolute paths (no `//host`, no `/\host`) are accepted as `next`. */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (isPublicPath(raw)) return '/';
  return raw;
}

export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(safeNext(next))}`;
}

/**
 * What the client does on a 401 from an authenticated call: forget the user and
 * send the visitor to sign in, coming back to where they were afterwards.
 */
export function makeUnauthorizedHandler(queryClient: QueryClient, navigate: (to: string) => unknown) {
  return (currentPath: string) => {
    if (!isPublicPath(currentPath)) announceSessionEnded(); // open forms keep what was typed
    queryClient.setQueryData(meKey, null);
    if (!isPublicPath(currentPath)) void navigate(loginPath(currentPath));
  };
}
