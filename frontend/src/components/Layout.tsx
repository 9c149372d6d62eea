import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import {
  isRouteErrorResponse,
  Link,
  NavLink,
  Outlet,
  useHref,
  useLocation,
  useNavigate,
  useRouteError,
  type NavigateOptions,
} from 'react-router';
import { BusyButton } from './BusyButton';
import { api } from '../api/endpoints';
import { useMe, useMeta } from '../api/queries';
import { KEEP_ON_ACCOUNT_CHANGE, meKey } from '../api/session';
import { Loading } from './Status';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" className="logo-bg" />
      <path
        className="logo-car"
        d="M14 38l5-12c1-3 3-4 6-4h14c3 0 5 1 6 4l5 12v8a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2v-2H22v2a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2z"
      />
    </svg>
  );
}

function Header() {
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: api.logout,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => !KEEP_ON_ACCOUNT_CHANGE.has(String(q.queryKey[0])) });
      queryClient.setQueryData(meKey, null);
      void navigate('/login', { replace: true });
    },
  });

  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand">
          <Logo />
          <span>Carnet</span>
        </Link>
        {me ? (
          <nav className="main-nav" aria-label="Main">
            <NavLink to="/" end className="nav-link">
              Garage
            </NavLink>
            <NavLink to="/settings" className="nav-link">
              Settings
            </NavLink>
          </nav>
        ) : null}
        <div className="header-user">
          {me ? (
            <>
              <span className="user-name" data-testid="user-name">
                {me.name || me.email}
              </span>
              <BusyButton className="button button-small" onPress={() => signOut.mutate()} isBusy={signOut.isPending}>
                Sign out
              </BusyButton>
            </>
          ) : (
            <>
              <NavLink to="/login" className="nav-link">
                Sign in
              </NavLink>
              <NavLink to="/signup" className="nav-link">
                Sign up
              </NavLink>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

function Footer() {
  const meta = useMeta();
  return (
    <footer className="site-footer">
      <span>{meta.data?.name ?? 'Carnet'}</span>
      <span>
        Server version{' '}
        <span data-testid="server-version">{meta.data?.version ?? (meta.isError ? 'unavailable' : '…')}</span>
      </span>
    </footer>
  );
}

/** The page a path shows: a vehicle's tabs are one page. */
export function pageOf(pathname: string): string {
  return pathname.replace(/^(\/vehicles\/\d+)\/(service|fuel|odometer|registrations|insurance)$/, '$1');
}

/**
 * Moves keyboard and screen-reader focus to the main region when the page
 * changes (not when a vehicle tab or a query string changes), as a full page
 * load would.
 */
function useFocusMainOnPageChange() {
  const { pathname } = useLocation();
  const page = pageOf(pathname);
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [page]);
}

export function Layout() {
  const navigate = useNavigate();
  useFocusMainOnPageChange();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Header />
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </AriaRouterProvider>
  );
}

/** Shown when a route fails to render (e.g. a chunk could not be loaded after a deploy). */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    console.error('Carnet: route error', error);
  }, [error]);
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : 'The page could not be shown. A new version may have been installed.';
  return (
    <main id="main" className="site-main">
      <div className="callout callout-error" role="alert">
        <h1>Something went wrong</h1>
        <p>{message}</p>
        {error instanceof Error ? <p className="muted">{error.message}</p> : null}
        <p>
          <a href="/" className="button">
            Reload Carnet
          </a>
        </p>
      </div>
    </main>
  );
}
