import type { OdometerReading } from '../../api/types';
import { TextInput } from '../../components/fields/TextInput';
import { useFormatter } from '../../lib/prefs';
import { useForm } from '../../lib/useForm';
import { checkOdometer, checkRequired, collect, fromApi, toApi } from '../../lib/validate';
import {
  DateOdometerFields,
  OdometerResetField,
  recordDateChecks,
  RecordFormShell, useRecordSave, type RecordFormProps } from './recordForm';
import { RecordsTab, type Ctx, type KindConfig } from './RecordsTab';

function initial(record: OdometerReading | undefined, today: string, odometer: number | null) {
  return {
    date: record?.date ?? today,
    odometer: record ? fromApi.num(record.odometer) : fromApi.num(odometer),
    notes: fromApi.text(record?.notes),
    odometer_reset: record?.odometer_reset ?? false,
  };
}
type Values = ReturnType<typeof initial>;

const toPayload = (v: Values) => ({
  date: v.date,
  odometer: toApi.int(v.odometer),
  notes: toApi.text(v.notes),
  odometer_reset: v.odometer_reset,
});

export function OdometerReadingForm({ vehicle, record, onDone }: RecordFormProps<'odometer'>) {
  const fmt = useFormatter();
  const start = initial(record, fmt.today(), vehicle.current_odometer);
  const form = useForm(start, { draftKey: `odometer:${vehicle.id}:${record?.id ?? 'new'}` });
  const { values } = form;
  const { save, isPending } = useRecordSave('odometer', vehicle, record, form, toPayload, start, onDone);

  const submit = () => {
    const ok = form.check(
      collect({
        date: recordDateChecks(values.date, fmt.today()),
        odometer: [checkRequired(values.odometer, 'Odometer'), checkOdometer(values.odometer)],
      }),
    );
    if (ok) save();
  };

  return (
    <RecordFormShell
      form={form}
      noun="odometer reading"
      onSubmit={submit}
      onCancel={onDone}
      isPending={isPending}
      isEdit={!!record}
    >
      <DateOdometerFields
        date={form.text('date')}
        odometer={form.text('odometer')}
        unit={vehicle.distance_unit}
        odometerRequired
      />
      <TextInput label="Notes" multiline className="span-2" {...form.text('notes')} />
      <OdometerResetField {...form.bool('odometer_reset')} />
    </RecordFormShell>
  );
}

const describe = (r: OdometerReading, ctx: Ctx) =>
  `reading of ${ctx.fmt.distance(r.odometer, ctx.vehicle.distance_unit)} on ${ctx.fmt.date(r.date)}`;

export const odometerConfig: KindConfig<'odometer'> = {
  kind: 'odometer',
  title: 'Odometer readings',
  singular: 'odometer reading',
  plural: 'odometer readings',
  addLabel: 'Add odometer reading',
  defaultSort: '-date',
  sortOptions: [
    { id: '-date', label: 'Newest first' },
    { id: 'date', label: 'Oldest first' },
    { id: '-odometer', label: 'Highest reading first' },
    { id: 'odometer', label: 'Lowest reading first' },
  ],
  dateFilter: true,
  emptyHint: 'Note the odometer now and then; service records and fill-ups record it too.',
  describe,
  Form: OdometerReadingForm,
  columns: [
    { key: 'date', label: 'Date', sortKey: 'date', primary: true, render: (r, { fmt }) => fmt.date(r.date) },
    {
      key: 'odometer',
      label: 'Odometer',
      sortKey: 'odometer',
      numeric: true,
      render: (r, { fmt, vehicle }) => (
        <>
          {fmt.distance(r.odometer, vehicle.distance_unit)}
          {r.odometer_reset ? <span className="badge">Reset</span> : null}
        </>
      ),
    },
    { key: 'notes', label: 'Notes', render: (r) => r.notes || '—' },
  ],
};

export default function OdometerTab() {
  return <RecordsTab config={odometerConfig} />;
}
