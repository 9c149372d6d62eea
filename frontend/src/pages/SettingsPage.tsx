import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api } from '../api/endpoints';
import { keys, useUser } from '../api/queries';
import type { ApiToken, ApiTokenCreated, Payload, TokenScope, User } from '../api/types';
import { ConfirmDialog } from '../components/Dialogs';
import { ComboInput } from '../components/fields/ComboInput';
import { RadioInput } from '../components/fields/RadioInput';
import { SelectInput } from '../components/fields/SelectInput';
import { FormError, TextInput } from '../components/fields/TextInput';
import { type Option } from '../components/fields/shared';
import { Loading, QueryError, usePageTitle } from '../components/Status';
import { endOfDayInZone, formatDate } from '../lib/format';
import { useFormatter } from '../lib/prefs';
import { describeError, useForm } from '../lib/useForm';
import { checkDate, checkEmail, checkPassword, checkRequired, collect } from '../lib/validate';
import { changedFields } from './vehicle/recordForm';
import { BusyButton } from '../components/BusyButton';

const COMMON_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'CNY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'RON', 'TRY', 'ZAR', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'SGD', 'HKD', 'KRW', 'ILS', 'AED',
];

function currencyOptions(current: string): Option[] {
  const codes = COMMON_CURRENCIES.includes(current) ? COMMON_CURRENCIES : [current, ...COMMON_CURRENCIES];
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(undefined, { type: 'currency' });
  } catch {
    names = null;
  }
  return codes.map((code) => ({ id: code, label: `${code} · ${names?.of(code) ?? code}` }));
}

function timeZoneOptions(current: string): Option[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(['UTC', current, ...zones]);
  return [...all].filter(Boolean).map((z) => ({ id: z, label: z.replace(/_/g, ' ') }));
}

const SAMPLE_DATE = '2024-01-31';
const DATE_FORMATS: Option[] = (['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY'] as const).map((f) => ({
  id: f,
  label: `${formatDate(SAMPLE_DATE, f)} (${f})`,
}));

function Saved({ show, children }: { show: boolean; children: string }) {
  return (
    <p className="saved-message" role="status" data-testid="saved-message">
      {show ? children : ''}
    </p>
  );
}

function useSaveMe(onSaved: (user: User) => void, onError: (err: unknown) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Payload) => api.updateMe(body),
    onSuccess: (user) => {
      queryClient.setQueryData(keys.me, user);
      onSaved(user);
    },
    onError,
  });
}

function ProfileSection({ user }: { user: User }) {
  const start = { name: user.name ?? '', email: user.email };
  const form = useForm(start);
  const [saved, setSaved] = useState(false);
  const save = useSaveMe(
    () => setSaved(true),
    (err) => form.showApiError(err, { conflictField: 'email' }),
  );
  const submit = form.onSubmit(() => {
    setSaved(false);
    if (!form.check(collect({ email: [checkEmail(form.values.email)] }))) return;
    const changes = changedFields(
      { name: form.values.name.trim(), email: form.values.email.trim() },
      { name: start.name, email: start.email },
    );
    if (Object.keys(changes).length === 0) {
      setSaved(true);
      return;
    }
    save.mutate(changes);
  });
  return (
    <section className="card settings-card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <Form id={form.formId} onSubmit={submit} validationBehavior="aria" className="form" aria-label="Profile">
        <FormError message={form.formError} />
        <div className="form-grid">
          <TextInput label="Name" autoComplete="name" {...form.text('name')} />
          <TextInput label="Email" type="email" autoComplete="email" isRequired {...form.text('email')} />
        </div>
        <div className="form-actions">
          <Saved show={saved}>Profile saved.</Saved>
          <BusyButton type="submit" className="button button-primary" isBusy={save.isPending}>
            Save profile
          </BusyButton>
        </div>
      </Form>
    </section>
  );
}

function PreferencesSection({ user }: { user: User }) {
  const start = {
    currency: user.currency,
    distance_unit: user.distance_unit as string,
    fuel_economy_unit: user.fuel_economy_unit as string,
    timezone: user.timezone,
    date_format: user.date_format as string,
  };
  const form = useForm(start);
  const [saved, setSaved] = useState(false);
  const save = useSaveMe(
    () => setSaved(true),
    (err) => form.showApiError(err),
  );
  const submit = form.onSubmit(() => {
    setSaved(false);
    const ok = form.check(
      collect({
        currency: [checkRequired(form.values.currency, 'Currency')],
        timezone: [checkRequired(form.values.timezone, 'Time zone')],
      }),
    );
    if (!ok) return;
    const changes = changedFields(form.values, start);
    if (Object.keys(changes).length === 0) {
      setSaved(true);
      return;
    }
    save.mutate(changes);
  });
  return (
    <section className="card settings-card" aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">Preferences</h2>
      <Form id={form.formId} onSubmit={submit} validationBehavior="aria" className="form" aria-label="Preferences">
        <FormError message={form.formError} />
        <div className="form-grid">
          <SelectInput
            label="Currency"
            options={currencyOptions(user.currency)}
            description="Amounts are shown in this currency; they are not converted."
            isRequired
            {...form.text('currency')}
          />
          <ComboInput label="Time zone" options={timeZoneOptions(user.timezone)} isRequired {...form.text('timezone')} />
          <RadioInput
            label="Distance unit for new vehicles"
            options={[
              { id: 'mi', label: 'Miles' },
              { id: 'km', label: 'Kilometers' },
            ]}
            {...form.text('distance_unit')}
          />
          <RadioInput
            label="Fuel economy"
            options={[
              { id: 'mpg', label: 'mpg' },
              { id: 'l_per_100km', label: 'L/100 km' },
              { id: 'km_per_l', label: 'km/L' },
            ]}
            {...form.text('fuel_economy_unit')}
          />
          <RadioInput
            label="Date format"
            orientation="vertical"
            options={DATE_FORMATS}
            className="span-2"
            {...form.text('date_format')}
          />
        </div>
        <div className="form-actions">
          <Saved show={saved}>Preferences saved.</Saved>
          <BusyButton type="submit" className="button button-primary" isBusy={save.isPending}>
            Save preferences
          </BusyButton>
        </div>
      </Form>
    </section>
  );
}

function PasswordSection() {
  const blank = { current_password: '', new_password: '', confirm_password: '' };
  const form = useForm(blank);
  const [saved, setSaved] = useState(false);
  const change = useMutation({
    mutationFn: api.changePassword,
    onSuccess: () => {
      form.reset(blank);
      setSaved(true);
    },
    onError: (err) => form.showApiError(err),
  });
  const submit = form.onSubmit(() => {
    setSaved(false);
    const { current_password, new_password, confirm_password } = form.values;
    const ok = form.check(
      collect({
        current_password: [checkRequired(current_password, 'Current password')],
        new_password: [checkPassword(new_password, 'New password')],
        confirm_password: [
          new_password !== confirm_password ? 'The two new passwords are different.' : null,
        ],
      }),
    );
    if (ok) change.mutate({ current_password, new_password });
  });
  return (
    <section className="card settings-card" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <Form id={form.formId} onSubmit={submit} validationBehavior="aria" className="form" aria-label="Change password">
        <FormError message={form.formError} />
        <div className="form-grid">
          <TextInput
            label="Current password"
            type="password"
            autoComplete="current-password"
            isRequired
            className="span-2"
            {...form.text('current_password')}
          />
          <TextInput
            label="New password"
            type="password"
            autoComplete="new-password"
            isRequired
            description="At least 10 characters."
            {...form.text('new_password')}
          />
          <TextInput
            label="Confirm new password"
            type="password"
            autoComplete="new-password"
            isRequired
            {...form.text('confirm_password')}
          />
        </div>
        <div className="form-actions">
          <Saved show={saved}>Password changed.</Saved>
          <BusyButton type="submit" className="button button-primary" isBusy={change.isPending}>
            Change password
          </BusyButton>
        </div>
      </Form>
    </section>
  );
}

function NewTokenSecret({ token, onDone }: { token: ApiTokenCreated; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="callout callout-success token-secret" role="status" data-testid="new-token">
      <p>
        <strong>Token “{token.name}” created.</strong> Copy it now: it will not be shown again.
      </p>
      <div className="secret-row">
        <code className="secret" data-testid="token-secret">
          {token.token}
        </code>
        <Button className="button button-small" onPress={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      {copied === 'failed' ? <p className="muted">Copying failed: select the token and copy it by hand.</p> : null}
      <Button className="button button-small" onPress={onDone}>
        Done
      </Button>
    </div>
  );
}

function TokensSection() {
  const fmt = useFormatter();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: keys.tokens, queryFn: api.tokens });
  const blank = { name: '', scope: 'read', expires_on: '' };
  const form = useForm(blank);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const create = useMutation({
    mutationFn: api.createToken,
    onSuccess: async (token) => {
      setCreated(token);
      form.reset(blank);
      await queryClient.invalidateQueries({ queryKey: keys.tokens });
    },
    onError: (err) => form.showApiError(err, { fieldMap: { expires_at: 'expires_on' } }),
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api.revokeToken(id),
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: keys.tokens });
    },
  });

  const submit = form.onSubmit(() => {
    const { name, scope, expires_on } = form.values;
    const today = fmt.today();
    const ok = form.check(
      collect({
        name: [checkRequired(name, 'Name')],
        expires_on: [
          checkDate(expires_on, 'Expiry date'),
          expires_on && expires_on <= today ? 'The expiry date must be in the future.' : null,
        ],
      }),
    );
    if (!ok) return;
    create.mutate({
      name: name.trim(),
      scope: scope as TokenScope,
      // The end of the chosen day in the owner's time zone.
      ...(expires_on ? { expires_at: endOfDayInZone(expires_on, fmt.prefs.timezone) } : {}),
    });
  });

  const list = tokens.data ?? [];
  return (
    <section className="card settings-card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Personal API tokens</h2>
      <p className="muted">
        Tokens let scripts use the Carnet API as you. Send one as <code>Authorization: Bearer …</code>.
      </p>
      {created ? <NewTokenSecret token={created} onDone={() => setCreated(null)} /> : null}
      <Form id={form.formId} onSubmit={submit} validationBehavior="aria" className="form" aria-label="Create a token">
        <FormError message={form.formError} />
        <div className="form-grid">
          <TextInput label="Token name" isRequired description="What will use it, e.g. “backup script”." {...form.text('name')} />
          <TextInput label="Expires on" type="date" description="Optional." {...form.text('expires_on')} />
          <RadioInput
            label="Scope"
            options={[
              { id: 'read', label: 'Read only' },
              { id: 'write', label: 'Read and write' },
            ]}
            {...form.text('scope')}
          />
        </div>
        <div className="form-actions">
          <BusyButton type="submit" className="button button-primary" isBusy={create.isPending}>
            Create token
          </BusyButton>
        </div>
      </Form>

      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted" data-testid="tokens-empty">
          No tokens yet.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="records-table tokens-table">
            <caption className="visually-hidden">Your API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scope</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col" className="actions-col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((t) => (
                <tr key={t.id} data-testid="token-row">
                  <td data-label="Name" className="primary">
                    {t.name}
                  </td>
                  <td data-label="Scope">{t.scope === 'write' ? 'Read and write' : 'Read only'}</td>
                  <td data-label="Prefix">
                    <code>{t.prefix}…</code>
                  </td>
                  <td data-label="Created">{fmt.timestamp(t.created_at)}</td>
                  <td data-label="Expires">{t.expires_at ? fmt.timestamp(t.expires_at) : 'Never'}</td>
                  <td data-label="Last used">{t.last_used_at ? fmt.timestamp(t.last_used_at) : 'Never'}</td>
                  <td className="row-actions">
                    <Button
                      className="button button-small button-danger-quiet"
                      onPress={() => {
                        revoke.reset();
                        setRevoking(t);
                      }}
                      aria-label={`Revoke token ${t.name}`}
                    >
                      Revoke
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        isOpen={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        title="Revoke this token?"
        confirmLabel="Revoke"
        isPending={revoke.isPending}
        error={revoke.isError ? describeError(revoke.error) : null}
      >
        <p>Scripts using “{revoking?.name}” will stop working immediately.</p>
      </ConfirmDialog>
    </section>
  );
}

export default function SettingsPage() {
  usePageTitle('Settings');
  const user = useUser();
  return (
    <div className="page page-narrow settings">
      <h1>Settings</h1>
      <ProfileSection key={`profile-${user.id}`} user={user} />
      <PreferencesSection key={`prefs-${user.id}`} user={user} />
      <PasswordSection />
      <TokensSection />
    </div>
  );
}
