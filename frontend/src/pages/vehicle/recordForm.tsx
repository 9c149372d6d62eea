// What every record form shares: the save mutation (create or partial update),
// the dialog's form shell, the date and odometer inputs with their checks, and
// the odometer-reset checkbox.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { createRecord, updateRecord, type RecordKind, type RecordTypes } from '../../api/endpoints';
import { invalidateVehicle } from '../../api/queries';
import type { Payload, Vehicle } from '../../api/types';
import { CheckboxInput } from '../../components/fields/CheckboxInput';
import { FormError, TextInput } from '../../components/fields/TextInput';
import { checkDate, checkNotFuture, checkRequired } from '../../lib/validate';
import type { FormValues, useForm } from '../../lib/useForm';
import { BusyButton } from '../../components/BusyButton';

/** The fields of `next` that differ from `initial` (a PATCH sends only those). */
export function changedFields(next: Payload, initial: Payload): Payload {
  const out: Payload = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify(initial[key])) out[key] = value;
  }
  return out;
}

export interface RecordFormProps<K extends RecordKind> {
  vehicle: Vehicle;
  record?: RecordTypes[K];
  onDone: () => void;
}

type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;

export function useRecordSave<K extends RecordKind, V extends FormValues>(
  kind: K,
  vehicle: Vehicle,
  record: RecordTypes[K] | undefined,
  form: Form<V>,
  toPayload: (values: V) => Payload,
  initialValues: V,
  onDone: () => void,
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (body: Payload) =>
      record ? updateRecord(kind, record.id, body) : createRecord(kind, vehicle.id, body),
    onSuccess: async () => {
      await invalidateVehicle(queryClient, vehicle.id);
      onDone();
    },
    onError: (err) => form.showApiError(err),
  });
  const save = () => {
    const body = toPayload(form.values);
    if (record) {
      const changes = changedFields(body, toPayload(initialValues));
      if (Object.keys(changes).length === 0) {
        onDone();
        return;
      }
      mutation.mutate(changes);
    } else {
      mutation.mutate(body);
    }
  };
  return { save, isPending: mutation.isPending };
}

export function RecordFormShell<V extends FormValues>({
  form,
  noun,
  onSubmit,
  onCancel,
  isPending,
  isEdit,
  children,
}: {
  form: Form<V>;
  /** What the form records, as in "Add fuel entry" / "Edit fuel entry". */
  noun: string;
  onSubmit: () => void;
  onCancel: () => void;
  isPending: boolean;
  isEdit: boolean;
  children: ReactNode;
}) {
  return (
    <Form
      id={form.formId}
      onSubmit={form.onSubmit(onSubmit)}
      validationBehavior="aria"
      className="form"
      aria-label={`${isEdit ? 'Edit' : 'Add'} ${noun}`}
    >
      <FormError message={form.formError} />
      <div className="form-grid">{children}</div>
      <div className="form-actions">
        <Button className="button" onPress={onCancel}>
          Cancel
        </Button>
        <BusyButton type="submit" className="button button-primary" isBusy={isPending}>
          {isEdit ? 'Save changes' : 'Save'}
        </BusyButton>
      </div>
    </Form>
  );
}

export function OdometerResetField({ isSelected, onChange }: { isSelected: boolean; onChange: (v: boolean) => void }) {
  return (
    <CheckboxInput
      name="odometer_reset"
      isSelected={isSelected}
      onChange={onChange}
      description="Tick this when the odometer reads lower than before because the meter was replaced or rolled over."
    >
      Meter reset or replaced
    </CheckboxInput>
  );
}

/** The checks on a record's date: given, a real date, not in the future. */
export function recordDateChecks(date: string, today: string) {
  return [checkRequired(date, 'Date'), checkDate(date, 'Date'), checkNotFuture(date, today)];
}

interface TextFieldProps {
  name: string;
  value: string;
  onChange: (v: string) => void;
  errorMessage?: string;
}

/** The date and odometer inputs a service, fuel or odometer record starts with. */
export function DateOdometerFields({
  date,
  odometer,
  unit,
  odometerRequired = false,
}: {
  date: TextFieldProps;
  odometer: TextFieldProps;
  unit: string;
  odometerRequired?: boolean;
}) {
  return (
    <>
      <TextInput label="Date" type="date" isRequired {...date} />
      <TextInput label={`Odometer (${unit})`} inputMode="numeric" isRequired={odometerRequired} suffix={unit} {...odometer} />
    </>
  );
}
