import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { keys, useUser, useVehicle } from '../api/queries';
import type { User, Vehicle } from '../api/types';
import { RadioInput } from '../components/fields/RadioInput';
import { SelectInput } from '../components/fields/SelectInput';
import { FormError, TextInput } from '../components/fields/TextInput';
import { Loading, QueryError, usePageTitle } from '../components/Status';
import { useFormatter } from '../lib/prefs';
import { useForm } from '../lib/useForm';
import {
  checkDate,
  checkMoney,
  checkNotFuture,
  checkOdometer,
  checkRequired,
  checkVin,
  checkYear,
  collect,
  fromApi,
  toApi,
} from '../lib/validate';
import { FUEL_TYPES, vehicleTitle } from '../lib/vehicle';
import NotFoundPage from './NotFoundPage';
import { BusyButton } from '../components/BusyButton';

function initialValues(v: Vehicle | undefined, user: User) {
  return {
    name: fromApi.text(v?.name),
    make: fromApi.text(v?.make),
    model: fromApi.text(v?.model),
    year: fromApi.num(v?.year),
    trim: fromApi.text(v?.trim),
    vin: fromApi.text(v?.vin),
    license_plate: fromApi.text(v?.license_plate),
    color: fromApi.text(v?.color),
    fuel_type: v?.fuel_type ?? 'gasoline',
    distance_unit: v?.distance_unit ?? user.distance_unit,
    purchase_date: fromApi.text(v?.purchase_date),
    purchase_price: fromApi.text(v?.purchase_price),
    purchase_odometer: fromApi.num(v?.purchase_odometer),
    notes: fromApi.text(v?.notes),
  };
}

type Values = ReturnType<typeof initialValues>;

export function VehicleForm({ vehicle, onDone }: { vehicle?: Vehicle; onDone: (v: Vehicle) => void }) {
  const user = useUser();
  const fmt = useFormatter();
  const queryClient = useQueryClient();
  const form = useForm<Values>(() => initialValues(vehicle, user), { draftKey: `vehicle:${vehicle?.id ?? 'new'}` });
  const { values } = form;

  const save = useMutation({
    mutationFn: (body: Record<string, string | number | null>) =>
      vehicle ? api.updateVehicle(vehicle.id, body) : api.createVehicle(body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.vehicle(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: keys.vehicles() });
      onDone(saved);
    },
    onError: (err) => form.showApiError(err, { conflictField: 'vin' }),
  });

  const submit = form.onSubmit(() => {
    const ok = form.check(
      collect({
        make: [checkRequired(values.make, 'Make')],
        model: [checkRequired(values.model, 'Model')],
        year: [checkYear(values.year)],
        vin: [checkVin(values.vin)],
        purchase_date: [checkDate(values.purchase_date, 'Purchase date'), checkNotFuture(values.purchase_date, fmt.today(), 'Purchase date')],
        purchase_price: [checkMoney(values.purchase_price, 'Purchase price')],
        purchase_odometer: [checkOdometer(values.purchase_odometer, 'Odometer at purchase')],
      }),
    );
    if (!ok) return;
    save.mutate({
      name: toApi.text(values.name),
      make: toApi.text(values.make),
      model: toApi.text(values.model),
      year: Number(values.year),
      trim: toApi.text(values.trim),
      vin: toApi.text(values.vin).toUpperCase() || null,
      license_plate: toApi.text(values.license_plate),
      color: toApi.text(values.color),
      fuel_type: values.fuel_type,
      distance_unit: values.distance_unit,
      purchase_date: toApi.date(values.purchase_date),
      purchase_price: toApi.money(values.purchase_price),
      purchase_odometer: toApi.int(values.purchase_odometer),
      notes: toApi.text(values.notes),
    });
  });

  const unit = values.distance_unit;

  return (
    <Form
      id={form.formId}
      onSubmit={submit}
      validationBehavior="aria"
      className="form"
      aria-label={vehicle ? 'Edit vehicle' : 'Add a vehicle'}
    >
      <FormError message={form.formError} />
      <fieldset className="fieldset">
        <legend>The vehicle</legend>
        <div className="form-grid">
          <TextInput label="Make" isRequired autoFocus placeholder="Honda" {...form.text('make')} />
          <TextInput label="Model" isRequired placeholder="Civic" {...form.text('model')} />
          <TextInput label="Year" isRequired inputMode="numeric" maxLength={4} {...form.text('year')} />
          <TextInput label="Trim" {...form.text('trim')} />
          <TextInput
            label="Name"
            description="Optional nickname, shown instead of year, make and model."
            {...form.text('name')}
          />
          <TextInput label="Color" {...form.text('color')} />
          <SelectInput label="Fuel type" options={FUEL_TYPES} isRequired {...form.text('fuel_type')} />
          <RadioInput
            label="Odometer unit"
            options={[
              { id: 'mi', label: 'Miles (mi)' },
              { id: 'km', label: 'Kilometers (km)' },
            ]}
            {...form.text('distance_unit')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Identification</legend>
        <div className="form-grid">
          <TextInput
            label="VIN"
            description="17 characters, on the dashboard or the driver's door frame."
            maxLength={17}
            autoComplete="off"
            {...form.text('vin')}
          />
          <TextInput label="License plate" autoComplete="off" {...form.text('license_plate')} />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Purchase</legend>
        <div className="form-grid">
          <TextInput label="Purchase date" type="date" {...form.text('purchase_date')} />
          <TextInput
            label={`Purchase price (${fmt.prefs.currency})`}
            inputMode="decimal"
            suffix={fmt.currencySymbol}
            {...form.text('purchase_price')}
          />
          <TextInput
            label={`Odometer at purchase (${unit})`}
            inputMode="numeric"
            suffix={unit}
            {...form.text('purchase_odometer')}
          />
        </div>
      </fieldset>
      <TextInput label="Notes" multiline {...form.text('notes')} />
      <div className="form-actions">
        <Link to={vehicle ? `/vehicles/${vehicle.id}` : '/'} className="button">
          Cancel
        </Link>
        <BusyButton type="submit" className="button button-primary" isBusy={save.isPending}>
          {vehicle ? 'Save changes' : 'Add vehicle'}
        </BusyButton>
      </div>
    </Form>
  );
}

function EditVehicle({ id }: { id: number }) {
  const navigate = useNavigate();
  const vehicle = useVehicle(id);
  usePageTitle(vehicle.data ? `Edit ${vehicleTitle(vehicle.data)}` : 'Edit vehicle');
  if (vehicle.isPending) return <Loading />;
  if (vehicle.isError) {
    if (vehicle.error && 'status' in vehicle.error && vehicle.error.status === 404) return <NotFoundPage />;
    return <QueryError error={vehicle.error} onRetry={() => void vehicle.refetch()} />;
  }
  return (
    <div className="page page-narrow">
      <h1>Edit {vehicleTitle(vehicle.data)}</h1>
      <VehicleForm vehicle={vehicle.data} onDone={(v) => void navigate(`/vehicles/${v.id}`)} />
    </div>
  );
}

function NewVehicle() {
  usePageTitle('Add a vehicle');
  const navigate = useNavigate();
  return (
    <div className="page page-narrow">
      <h1>Add a vehicle</h1>
      <p className="muted">Make, model and year are required; everything else can wait.</p>
      <VehicleForm onDone={(v) => void navigate(`/vehicles/${v.id}`)} />
    </div>
  );
}

export default function VehicleFormPage() {
  const { vehicleId } = useParams();
  if (vehicleId === undefined) return <NewVehicle />;
  const id = Number(vehicleId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <EditVehicle id={id} />;
}
