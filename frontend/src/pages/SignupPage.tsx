import { useMutation } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { api } from '../api/endpoints';
import { useMeta } from '../api/queries';
import { FormError, TextInput } from '../components/fields/TextInput';
import { usePageTitle } from '../components/Status';
import { useForm } from '../lib/useForm';
import { checkEmail, checkPassword, collect, MIN_PASSWORD } from '../lib/validate';
import { loginErrorMessage, useSignedIn } from './LoginPage';
import { BusyButton } from '../components/BusyButton';

const CLOSED_MESSAGE = 'Registration is closed on this server. Ask its administrator for an account.';

export default function SignupPage() {
  usePageTitle('Create an account');
  const [params] = useSearchParams();
  const meta = useMeta();
  const signedIn = useSignedIn();
  const form = useForm({ name: '', email: '', password: '' });
  const register = useMutation({
    mutationFn: api.register,
    onSuccess: signedIn,
    onError: (err) => {
      if (isApiError(err) && err.slug === 'registration-closed') form.setFormError(CLOSED_MESSAGE);
      else if (isApiError(err) && err.status === 429) form.setFormError(loginErrorMessage(err));
      else form.showApiError(err, { conflictField: 'email' });
    },
  });

  const next = params.get('next');
  const loginHref = next ? `/login?next=${encodeURIComponent(next)}` : '/login';

  if (meta.data?.registration === 'closed') {
    return (
      <div className="auth-page">
        <div className="card auth-card">
          <h1>Create an account</h1>
          <p className="callout" role="status" data-testid="registration-closed">
            {CLOSED_MESSAGE}
          </p>
          <p className="auth-switch">
            Already have an account? <Link to={loginHref}>Sign in</Link>
          </p>
        </div>
      </div>
    );
  }

  const submit = form.onSubmit(() => {
    const { name, email, password } = form.values;
    const ok = form.check(
      collect({
        email: [checkEmail(email)],
        password: [checkPassword(password)],
      }),
    );
    if (ok) register.mutate({ name: name.trim(), email: email.trim(), password });
  });

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <h1>Create your Carnet account</h1>
        <p className="muted">Keep the service booklet of every car you own in one place.</p>
        <Form
          id={form.formId}
          onSubmit={submit}
          validationBehavior="aria"
          className="form"
          aria-label="Create an account"
        >
          <FormError message={form.formError} />
          <TextInput label="Name" autoComplete="name" autoFocus {...form.text('name')} />
          <TextInput label="Email" type="email" autoComplete="email" isRequired {...form.text('email')} />
          <TextInput
            label="Password"
            type="password"
            autoComplete="new-password"
            isRequired
            description={`At least ${MIN_PASSWORD} characters.`}
            {...form.text('password')}
          />
          <div className="form-actions">
            <BusyButton type="submit" className="button button-primary" isBusy={register.isPending}>
              Create account
            </BusyButton>
          </div>
        </Form>
        <p className="auth-switch">
          Already have an account? <Link to={loginHref}>Sign in</Link>
        </p>
      </div>
    </div>
  );
}
