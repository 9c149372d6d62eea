import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { api } from '../api/endpoints';
import { useMeta } from '../api/queries';
import { KEEP_ON_ACCOUNT_CHANGE, meKey } from '../api/session';
import type { User } from '../api/types';
import { FormError, TextInput } from '../components/fields/TextInput';
import { usePageTitle } from '../components/Status';
import { formatWait } from '../lib/format';
import { describeError, useForm } from '../lib/useForm';
import { checkRequired, collect } from '../lib/validate';
import { BusyButton } from '../components/BusyButton';

/** The message for a failed sign-in. */
export function loginErrorMessage(err: unknown): string {
  if (isApiError(err)) {
    const wait = err.retryAfter !== null ? ` Try again in ${formatWait(err.retryAfter)}.` : ' Try again later.';
    if (err.slug === 'invalid-credentials') return 'Wrong email or password.';
    if (err.slug === 'account-locked') {
      return `This account is locked after too many failed sign-in attempts.${wait}`;
    }
    if (err.status === 429) return `Too many sign-in attempts from this address.${wait}`;
  }
  return describeError(err);
}

/** After signing in or up: forget the previous account's data, remember the new one. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.removeQueries({ predicate: (q) => !KEEP_ON_ACCOUNT_CHANGE.has(String(q.queryKey[0])) });
    // The PublicOnly guard sends the owner on to `next`.
    queryClient.setQueryData(meKey, user);
  };
}

export default function LoginPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const meta = useMeta();
  const signedIn = useSignedIn();
  const form = useForm({ email: '', password: '' });
  const login = useMutation({
    mutationFn: api.login,
    onSuccess: signedIn,
    onError: (err) => {
      if (isApiError(err) && err.status === 422) form.showApiError(err);
      else form.setFormError(loginErrorMessage(err));
    },
  });

  const submit = form.onSubmit(() => {
    const ok = form.check(
      collect({
        email: [checkRequired(form.values.email, 'Email')],
        password: [checkRequired(form.values.password, 'Password')],
      }),
    );
    if (ok) login.mutate({ email: form.values.email.trim(), password: form.values.password });
  });

  const next = params.get('next');
  const signupHref = next ? `/signup?next=${encodeURIComponent(next)}` : '/signup';

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <h1>Sign in to Carnet</h1>
        {next && next !== '/' ? <p className="muted">Sign in to continue where you were.</p> : null}
        <Form id={form.formId} onSubmit={submit} validationBehavior="aria" className="form" aria-label="Sign in">
          <FormError message={form.formError} />
          <TextInput label="Email" type="email" autoComplete="email" isRequired autoFocus {...form.text('email')} />
          <TextInput
            label="Password"
            type="password"
            autoComplete="current-password"
            isRequired
            {...form.text('password')}
          />
          <div className="form-actions">
            <BusyButton type="submit" className="button button-primary" isBusy={login.isPending}>
              Sign in
            </BusyButton>
          </div>
        </Form>
        {meta.data?.registration !== 'closed' ? (
          <p className="auth-switch">
            New to Carnet? <Link to={signupHref}>Create an account</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
