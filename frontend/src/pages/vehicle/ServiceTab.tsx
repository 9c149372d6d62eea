import { useServiceTypes, useUser } from '../../api/queries';
import type { ServiceRecord } from '../../api/types';
import { serviceTypeLabel } from '../../lib/vehicle';
import { RadioInput } from '../../components/fields/RadioInput';
import { SelectInput } from '../../components/fields/SelectInput';
import { TextInput } from '../../components/fields/TextInput';
import { useFormatter } from '../../lib/prefs';
import { useForm } from '../../lib/useForm';
import {
  checkMoney,
  checkOdometer,
  checkRequired,
  collect,
  fromApi,
  toApi,
} from '../../lib/validate';
import {
  DateOdometerFields,
  OdometerResetField,
  recordDateChecks,
  RecordFormShell, useRecordSave, type RecordFormProps } from './recordForm';
import { RecordsTab, type Ctx, type KindConfig } from './RecordsTab';

export const CATEGORIES = [
  { id: 'maintenance', label: 'Maintenance' },
  { id: 'repair', label: 'Repair' },
  { id: 'upgrade', label: 'Upgrade' },
];

function categoryLabel(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

function initial(record: ServiceRecord | undefined, today: string, odometer: number | null) {
  return {
    date: record?.date ?? today,
    odometer: record ? fromApi.num(record.odometer) : fromApi.num(odometer),
    category: record?.category ?? 'maintenance',
    service_type: record?.service_type ?? '',
    title: fromApi.text(record?.title),
    cost: fromApi.text(record?.cost),
    vendor: fromApi.text(record?.vendor),
    description: fromApi.text(record?.description),
    notes: fromApi.text(record?.notes),
    odometer_reset: record?.odometer_reset ?? false,
  };
}
type Values = ReturnType<typeof initial>;

const toPayload = (v: Values) => ({
  date: v.date,
  odometer: toApi.int(v.odometer),
  category: v.category,
  service_type: v.service_type,
  title: toApi.text(v.title),
  cost: toApi.money(v.cost) ?? '0.00',
  vendor: toApi.text(v.vendor),
  description: toApi.text(v.description),
  notes: toApi.text(v.notes),
  odometer_reset: v.odometer_reset,
});

export function ServiceRecordForm({ vehicle, record, onDone }: RecordFormProps<'service'>) {
  const fmt = useFormatter();
  const user = useUser();
  const types = useServiceTypes().data ?? [];
  const start = initial(record, fmt.today(), vehicle.current_odometer);
  const form = useForm(start, { draftKey: `service:${vehicle.id}:${record?.id ?? 'new'}` });
  const { values } = form;
  const { save, isPending } = useRecordSave('service', vehicle, record, form, toPayload, start, onDone);

  const onTypeChange = (key: string) => {
    const type = types.find((t) => t.key === key);
    const previousLabel = types.find((t) => t.key === values.service_type)?.label ?? '';
    form.set('service_type', key);
    if (type && !record) form.set('category', type.category);
    if (type && (values.title.trim() === '' || values.title === previousLabel)) form.set('title', type.label);
  };

  const submit = () => {
    const ok = form.check(
      collect({
        date: recordDateChecks(values.date, fmt.today()),
        odometer: [checkOdometer(values.odometer)],
        category: [checkRequired(values.category, 'Category')],
        service_type: [checkRequired(values.service_type, 'Service type')],
        title: [checkRequired(values.title, 'Title')],
        cost: [checkMoney(values.cost, 'Cost')],
      }),
    );
    if (ok) save();
  };

  return (
    <RecordFormShell
      form={form}
      noun="service record"
      onSubmit={submit}
      onCancel={onDone}
      isPending={isPending}
      isEdit={!!record}
    >
      <DateOdometerFields
        date={form.text('date')}
        odometer={form.text('odometer')}
        unit={vehicle.distance_unit}
      />
      <SelectInput
        label="Service type"
        isRequired
        options={types.map((t) => ({ id: t.key, label: t.label }))}
        {...form.text('service_type')}
        onChange={onTypeChange}
      />
      <RadioInput label="Category" isRequired options={CATEGORIES} {...form.text('category')} />
      <TextInput label="Title" isRequired className="span-2" {...form.text('title')} />
      <TextInput
        label={`Cost (${user.currency})`}
        inputMode="decimal"
        suffix={fmt.currencySymbol}
        {...form.text('cost')}
      />
      <TextInput label="Vendor" description="The garage or shop." {...form.text('vendor')} />
      <TextInput label="Description" multiline className="span-2" {...form.text('description')} />
      <TextInput label="Notes" multiline className="span-2" {...form.text('notes')} />
      <OdometerResetField {...form.bool('odometer_reset')} />
    </RecordFormShell>
  );
}

const describe = (r: ServiceRecord, ctx: Ctx) =>
  `${r.title || serviceTypeLabel(r.service_type, ctx.serviceTypes)} on ${ctx.fmt.date(r.date)}`;

export const serviceConfig: KindConfig<'service'> = {
  kind: 'service',
  title: 'Service records',
  singular: 'service record',
  plural: 'service records',
  addLabel: 'Add service record',
  defaultSort: '-date',
  sortOptions: [
    { id: '-date', label: 'Newest first' },
    { id: 'date', label: 'Oldest first' },
    { id: '-cost', label: 'Highest cost first' },
    { id: 'cost', label: 'Lowest cost first' },
  ],
  dateFilter: true,
  serviceFilters: true,
  emptyHint: 'Record oil changes, repairs and upgrades to keep the full history of this vehicle.',
  describe,
  Form: ServiceRecordForm,
  columns: [
    { key: 'date', label: 'Date', sortKey: 'date', render: (r, { fmt }) => fmt.date(r.date) },
    {
      key: 'title',
      label: 'Service',
      primary: true,
      render: (r, { serviceTypes }) => (
        <>
          <span className="cell-title">{r.title || serviceTypeLabel(r.service_type, serviceTypes)}</span>
          <span className="cell-sub">
            {serviceTypeLabel(r.service_type, serviceTypes)} ·{' '}
            <span className={`badge badge-${r.category}`}>{categoryLabel(r.category)}</span>
          </span>
        </>
      ),
    },
    {
      key: 'odometer',
      label: 'Odometer',
      numeric: true,
      render: (r, { fmt, vehicle }) => fmt.distance(r.odometer, vehicle.distance_unit),
    },
    { key: 'vendor', label: 'Vendor', render: (r) => r.vendor || '—' },
    { key: 'cost', label: 'Cost', sortKey: 'cost', numeric: true, render: (r, { fmt }) => fmt.money(r.cost) },
  ],
};

export default function ServiceTab() {
  return <RecordsTab config={serviceConfig} />;
}
