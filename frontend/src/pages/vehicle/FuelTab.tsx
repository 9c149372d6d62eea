import { useUser } from '../../api/queries';
import type { FuelEntry } from '../../api/types';
import { CheckboxInput } from '../../components/fields/CheckboxInput';
import { TextInput } from '../../components/fields/TextInput';
import { volumeUnit } from '../../lib/format';
import { useFormatter } from '../../lib/prefs';
import { useForm } from '../../lib/useForm';
import {
  checkMoney,
  checkOdometer,
  checkPositiveNumber,
  checkRequired,
  checkUnitPrice,
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

function initial(record: FuelEntry | undefined, today: string, odometer: number | null) {
  return {
    date: record?.date ?? today,
    odometer: record ? fromApi.num(record.odometer) : fromApi.num(odometer),
    quantity: fromApi.num(record?.quantity),
    unit_price: fromApi.text(record?.unit_price),
    total_cost: fromApi.text(record?.total_cost),
    full_tank: record?.full_tank ?? true,
    missed_previous: record?.missed_previous ?? false,
    station: fromApi.text(record?.station),
    notes: fromApi.text(record?.notes),
    odometer_reset: record?.odometer_reset ?? false,
  };
}
type Values = ReturnType<typeof initial>;

const toPayload = (v: Values) => ({
  date: v.date,
  odometer: toApi.int(v.odometer),
  quantity: toApi.decimal(v.quantity),
  unit_price: toApi.unitPrice(v.unit_price),
  total_cost: toApi.money(v.total_cost),
  full_tank: v.full_tank,
  missed_previous: v.missed_previous,
  station: toApi.text(v.station),
  notes: toApi.text(v.notes),
  odometer_reset: v.odometer_reset,
});

export function FuelEntryForm({ vehicle, record, onDone }: RecordFormProps<'fuel'>) {
  const fmt = useFormatter();
  const user = useUser();
  const start = initial(record, fmt.today(), vehicle.current_odometer);
  const form = useForm(start, { draftKey: `fuel:${vehicle.id}:${record?.id ?? 'new'}` });
  const { values } = form;
  const volume = volumeUnit(vehicle.distance_unit);
  const { save, isPending } = useRecordSave('fuel', vehicle, record, form, toPayload, start, onDone);

  const submit = () => {
    const noPrice =
      values.unit_price.trim() === '' && values.total_cost.trim() === ''
        ? 'Give the total cost or the unit price.'
        : null;
    const ok = form.check(
      collect({
        date: recordDateChecks(values.date, fmt.today()),
        odometer: [checkRequired(values.odometer, 'Odometer'), checkOdometer(values.odometer)],
        quantity: [checkRequired(values.quantity, 'Quantity'), checkPositiveNumber(values.quantity, 'Quantity')],
        total_cost: [noPrice, checkMoney(values.total_cost, 'Total cost')],
        unit_price: [checkUnitPrice(values.unit_price, 'Unit price')],
      }),
    );
    if (ok) save();
  };

  return (
    <RecordFormShell
      form={form}
      noun="fuel entry"
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
      <TextInput
        label={`Quantity (${volume === 'L' ? 'liters' : 'gallons'})`}
        inputMode="decimal"
        isRequired
        suffix={volume}
        {...form.text('quantity')}
      />
      <TextInput
        label={`Total cost (${user.currency})`}
        inputMode="decimal"
        suffix={fmt.currencySymbol}
        description="Give the total or the unit price: the other is computed."
        {...form.text('total_cost')}
      />
      <TextInput
        label={`Unit price (${user.currency}/${volume})`}
        inputMode="decimal"
        suffix={`${fmt.currencySymbol}/${volume}`}
        {...form.text('unit_price')}
      />
      <TextInput label="Station" {...form.text('station')} />
      <CheckboxInput
        {...form.bool('full_tank')}
        description="Fuel economy is computed between full fills."
      >
        Filled the tank
      </CheckboxInput>
      <CheckboxInput {...form.bool('missed_previous')} description="A fill-up before this one was not recorded.">
        Missed a previous fill-up
      </CheckboxInput>
      <TextInput label="Notes" multiline className="span-2" {...form.text('notes')} />
      <OdometerResetField {...form.bool('odometer_reset')} />
    </RecordFormShell>
  );
}

const describe = (r: FuelEntry, ctx: Ctx) =>
  `fill-up of ${ctx.fmt.quantity(r.quantity, ctx.vehicle.distance_unit)} on ${ctx.fmt.date(r.date)}`;

export const fuelConfig: KindConfig<'fuel'> = {
  kind: 'fuel',
  title: 'Fuel',
  singular: 'fuel entry',
  plural: 'fuel entries',
  addLabel: 'Add fuel entry',
  defaultSort: '-date',
  sortOptions: [
    { id: '-date', label: 'Newest first' },
    { id: 'date', label: 'Oldest first' },
    { id: '-total_cost', label: 'Highest cost first' },
    { id: 'total_cost', label: 'Lowest cost first' },
  ],
  dateFilter: true,
  emptyHint: 'Record each fill-up: with two full tanks in a row Carnet shows your fuel economy.',
  describe,
  Form: FuelEntryForm,
  columns: [
    { key: 'date', label: 'Date', sortKey: 'date', primary: true, render: (r, { fmt }) => fmt.date(r.date) },
    {
      key: 'odometer',
      label: 'Odometer',
      numeric: true,
      render: (r, { fmt, vehicle }) => fmt.distance(r.odometer, vehicle.distance_unit),
    },
    {
      key: 'quantity',
      label: 'Quantity',
      numeric: true,
      render: (r, { fmt, vehicle }) => (
        <>
          {fmt.quantity(r.quantity, vehicle.distance_unit)}
          {r.full_tank ? null : <span className="badge">Partial</span>}
        </>
      ),
    },
    {
      key: 'unit_price',
      label: 'Unit price',
      numeric: true,
      render: (r, { fmt, vehicle }) => fmt.unitPrice(r.unit_price, vehicle.distance_unit),
    },
    {
      key: 'total_cost',
      label: 'Cost',
      sortKey: 'total_cost',
      numeric: true,
      render: (r, { fmt }) => fmt.money(r.total_cost),
    },
    {
      key: 'economy',
      label: 'Economy',
      numeric: true,
      render: (r, { fmt }) => <span data-testid="fuel-economy">{fmt.economy(r.economy, r.economy_unit)}</span>,
    },
    { key: 'station', label: 'Station', render: (r) => r.station || '—' },
  ],
};

export default function FuelTab() {
  return <RecordsTab config={fuelConfig} />;
}
