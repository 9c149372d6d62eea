import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useMe } from '../api/queries';
import { loginPath, safeNext } from '../api/session';
import { Loading, QueryError } from './Status';

/** Pages that need a session: visitors go to /login?next=<here> and come back after. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label="Checking your session…" />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}

/** Sign-in and sign-up: a signed-in owner goes on to `next` (or the garage). */
export function PublicOnly() {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}
