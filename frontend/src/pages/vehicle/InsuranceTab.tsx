import { useUser } from '../../api/queries';
import type { InsurancePolicy, PremiumPeriod } from '../../api/types';
import { SelectInput } from '../../components/fields/SelectInput';
import { TextInput } from '../../components/fields/TextInput';
import { useFormatter } from '../../lib/prefs';
import { useForm } from '../../lib/useForm';
import { checkAfter, checkDate, checkMoney, checkRequired, collect, fromApi, toApi } from '../../lib/validate';
import { RecordFormShell, useRecordSave, type RecordFormProps } from './recordForm';
import { RecordsTab, type Ctx, type KindConfig } from './RecordsTab';

export const PREMIUM_PERIODS: { id: PremiumPeriod; label: string; per: string }[] = [
  { id: 'monthly', label: 'Monthly', per: 'month' },
  { id: 'quarterly', label: 'Quarterly', per: 'quarter' },
  { id: 'semiannual', label: 'Every six months', per: 'six months' },
  { id: 'annual', label: 'Annual', per: 'year' },
];

function addYear(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

function initial(record: InsurancePolicy | undefined, today: string) {
  return {
    provider: fromApi.text(record?.provider),
    policy_number: fromApi.text(record?.policy_number),
    coverage_type: fromApi.text(record?.coverage_type),
    coverage_start: record?.coverage_start ?? today,
    coverage_end: record?.coverage_end ?? addYear(today),
    premium: fromApi.text(record?.premium),
    premium_period: record?.premium_period ?? 'annual',
    deductible: fromApi.text(record?.deductible),
    agent_name: fromApi.text(record?.agent_name),
    agent_phone: fromApi.text(record?.agent_phone),
    notes: fromApi.text(record?.notes),
  };
}
type Values = ReturnType<typeof initial>;

const toPayload = (v: Values) => ({
  provider: toApi.text(v.provider),
  policy_number: toApi.text(v.policy_number),
  coverage_type: toApi.text(v.coverage_type),
  coverage_start: v.coverage_start,
  coverage_end: v.coverage_end,
  premium: toApi.money(v.premium) ?? '0.00',
  premium_period: v.premium_period,
  deductible: toApi.money(v.deductible),
  agent_name: toApi.text(v.agent_name),
  agent_phone: toApi.text(v.agent_phone),
  notes: toApi.text(v.notes),
});

export function InsurancePolicyForm({ vehicle, record, onDone }: RecordFormProps<'insurance'>) {
  const fmt = useFormatter();
  const user = useUser();
  const start = initial(record, fmt.today());
  const form = useForm(start, { draftKey: `insurance:${vehicle.id}:${record?.id ?? 'new'}` });
  const { values } = form;
  const { save, isPending } = useRecordSave('insurance', vehicle, record, form, toPayload, start, onDone);

  const submit = () => {
    const ok = form.check(
      collect({
        provider: [checkRequired(values.provider, 'Provider')],
        coverage_start: [checkRequired(values.coverage_start, 'Coverage start'), checkDate(values.coverage_start, 'Coverage start')],
        coverage_end: [
          checkRequired(values.coverage_end, 'Coverage end'),
          checkDate(values.coverage_end, 'Coverage end'),
          checkAfter(values.coverage_start, values.coverage_end, 'Coverage must end after it starts.'),
        ],
        premium: [checkMoney(values.premium, 'Premium')],
        deductible: [checkMoney(values.deductible, 'Deductible')],
      }),
    );
    if (ok) save();
  };

  return (
    <RecordFormShell
      form={form}
      noun="insurance policy"
      onSubmit={submit}
      onCancel={onDone}
      isPending={isPending}
      isEdit={!!record}
    >
      <TextInput label="Provider" isRequired {...form.text('provider')} />
      <TextInput label="Policy number" {...form.text('policy_number')} />
      <TextInput label="Coverage type" description="E.g. liability, comprehensive." {...form.text('coverage_type')} />
      <TextInput label="Coverage start" type="date" isRequired {...form.text('coverage_start')} />
      <TextInput label="Coverage end" type="date" isRequired {...form.text('coverage_end')} />
      <TextInput label={`Premium (${user.currency})`} inputMode="decimal" suffix={fmt.currencySymbol} {...form.text('premium')} />
      <SelectInput label="Premium period" options={PREMIUM_PERIODS} {...form.text('premium_period')} />
      <TextInput
        label={`Deductible (${user.currency})`}
        inputMode="decimal"
        suffix={fmt.currencySymbol}
        {...form.text('deductible')}
      />
      <TextInput label="Agent name" {...form.text('agent_name')} />
      <TextInput label="Agent phone" type="tel" {...form.text('agent_phone')} />
      <TextInput label="Notes" multiline className="span-2" {...form.text('notes')} />
    </RecordFormShell>
  );
}

const describe = (r: InsurancePolicy, ctx: Ctx) =>
  `${r.provider} policy${r.policy_number ? ` ${r.policy_number}` : ''} ending ${ctx.fmt.date(r.coverage_end)}`;

function premiumText(r: InsurancePolicy, ctx: Ctx): string {
  if (r.premium === null) return '—';
  const per = PREMIUM_PERIODS.find((p) => p.id === r.premium_period)?.per;
  return per ? `${ctx.fmt.money(r.premium)} / ${per}` : ctx.fmt.money(r.premium);
}

export const insuranceConfig: KindConfig<'insurance'> = {
  kind: 'insurance',
  title: 'Insurance',
  singular: 'insurance policy',
  plural: 'insurance policies',
  addLabel: 'Add insurance policy',
  defaultSort: '-coverage_end',
  sortOptions: [
    { id: '-coverage_end', label: 'Latest end first' },
    { id: 'coverage_end', label: 'Earliest end first' },
    { id: '-coverage_start', label: 'Latest start first' },
    { id: 'coverage_start', label: 'Earliest start first' },
    { id: '-premium', label: 'Highest premium first' },
    { id: 'premium', label: 'Lowest premium first' },
  ],
  dateFilter: false,
  emptyHint: 'Add the insurance policy to see when it ends at a glance.',
  describe,
  Form: InsurancePolicyForm,
  columns: [
    { key: 'provider', label: 'Provider', primary: true, render: (r) => r.provider },
    { key: 'policy', label: 'Policy number', render: (r) => r.policy_number || '—' },
    { key: 'type', label: 'Coverage', render: (r) => r.coverage_type || '—' },
    {
      key: 'coverage_start',
      label: 'Start',
      sortKey: 'coverage_start',
      render: (r, { fmt }) => fmt.date(r.coverage_start),
    },
    { key: 'coverage_end', label: 'End', sortKey: 'coverage_end', render: (r, { fmt }) => fmt.date(r.coverage_end) },
    { key: 'premium', label: 'Premium', sortKey: 'premium', numeric: true, render: premiumText },
    { key: 'deductible', label: 'Deductible', numeric: true, render: (r, { fmt }) => fmt.money(r.deductible) },
  ],
};

export default function InsuranceTab() {
  return <RecordsTab config={insuranceConfig} />;
}
