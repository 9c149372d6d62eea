import { useUser } from '../../api/queries';
import type { Registration } from '../../api/types';
import { TextInput } from '../../components/fields/TextInput';
import { useFormatter } from '../../lib/prefs';
import { useForm } from '../../lib/useForm';
import { checkAfter, checkDate, checkMoney, checkRequired, collect, fromApi, toApi } from '../../lib/validate';
import { RecordFormShell, useRecordSave, type RecordFormProps } from './recordForm';
import { RecordsTab, type Ctx, type KindConfig } from './RecordsTab';

function initial(record: Registration | undefined, today: string, plate: string | null) {
  return {
    plate: record ? fromApi.text(record.plate) : fromApi.text(plate),
    region: fromApi.text(record?.region),
    registration_number: fromApi.text(record?.registration_number),
    issued_on: record ? fromApi.text(record.issued_on) : today,
    expires_on: fromApi.text(record?.expires_on),
    inspection_due_on: fromApi.text(record?.inspection_due_on),
    fee: fromApi.text(record?.fee),
    notes: fromApi.text(record?.notes),
  };
}
type Values = ReturnType<typeof initial>;

const toPayload = (v: Values) => ({
  plate: toApi.text(v.plate),
  region: toApi.text(v.region),
  registration_number: toApi.text(v.registration_number),
  issued_on: toApi.date(v.issued_on),
  expires_on: v.expires_on,
  inspection_due_on: toApi.date(v.inspection_due_on),
  fee: toApi.money(v.fee),
  notes: toApi.text(v.notes),
});

export function RegistrationForm({ vehicle, record, onDone }: RecordFormProps<'registrations'>) {
  const fmt = useFormatter();
  const user = useUser();
  const start = initial(record, fmt.today(), vehicle.license_plate);
  const form = useForm(start, { draftKey: `registration:${vehicle.id}:${record?.id ?? 'new'}` });
  const { values } = form;
  const { save, isPending } = useRecordSave('registrations', vehicle, record, form, toPayload, start, onDone);

  const submit = () => {
    const ok = form.check(
      collect({
        issued_on: [checkDate(values.issued_on, 'Issue date')],
        expires_on: [
          checkRequired(values.expires_on, 'Expiry date'),
          checkDate(values.expires_on, 'Expiry date'),
          checkAfter(values.issued_on, values.expires_on, 'The expiry date cannot be before the issue date.', true),
        ],
        inspection_due_on: [checkDate(values.inspection_due_on, 'Inspection due date')],
        fee: [checkMoney(values.fee, 'Fee')],
      }),
    );
    if (ok) save();
  };

  return (
    <RecordFormShell
      form={form}
      noun="registration"
      onSubmit={submit}
      onCancel={onDone}
      isPending={isPending}
      isEdit={!!record}
    >
      <TextInput label="Plate" {...form.text('plate')} />
      <TextInput label="Region" description="State, province or country." {...form.text('region')} />
      <TextInput label="Registration number" {...form.text('registration_number')} />
      <TextInput label={`Fee (${user.currency})`} inputMode="decimal" suffix={fmt.currencySymbol} {...form.text('fee')} />
      <TextInput label="Issued on" type="date" {...form.text('issued_on')} />
      <TextInput label="Expires on" type="date" isRequired {...form.text('expires_on')} />
      <TextInput label="Inspection due on" type="date" {...form.text('inspection_due_on')} />
      <TextInput label="Notes" multiline className="span-2" {...form.text('notes')} />
    </RecordFormShell>
  );
}

const describe = (r: Registration, ctx: Ctx) =>
  `registration${r.plate ? ` ${r.plate}` : ''} expiring ${ctx.fmt.date(r.expires_on)}`;

export const registrationsConfig: KindConfig<'registrations'> = {
  kind: 'registrations',
  title: 'Registrations',
  singular: 'registration',
  plural: 'registrations',
  addLabel: 'Add registration',
  defaultSort: '-expires_on',
  sortOptions: [
    { id: '-expires_on', label: 'Latest expiry first' },
    { id: 'expires_on', label: 'Earliest expiry first' },
    { id: '-issued_on', label: 'Most recently issued first' },
    { id: 'issued_on', label: 'First issued first' },
  ],
  dateFilter: false,
  emptyHint: 'Add the registration to be reminded before it expires.',
  describe,
  Form: RegistrationForm,
  columns: [
    { key: 'plate', label: 'Plate', primary: true, render: (r) => r.plate || '—' },
    { key: 'region', label: 'Region', render: (r) => r.region || '—' },
    { key: 'number', label: 'Number', render: (r) => r.registration_number || '—' },
    { key: 'issued_on', label: 'Issued', sortKey: 'issued_on', render: (r, { fmt }) => fmt.date(r.issued_on) },
    { key: 'expires_on', label: 'Expires', sortKey: 'expires_on', render: (r, { fmt }) => fmt.date(r.expires_on) },
    { key: 'inspection', label: 'Inspection due', render: (r, { fmt }) => fmt.date(r.inspection_due_on) },
    { key: 'fee', label: 'Fee', numeric: true, render: (r, { fmt }) => fmt.money(r.fee) },
  ],
};

export default function RegistrationsTab() {
  return <RecordsTab config={registrationsConfig} />;
}
