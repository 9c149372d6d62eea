// Labelled form fields over react-aria-components. Each shows its error
// message next to it (tied to the input with aria-describedby by React Aria)
// with data-testid="field-error-<name>".
import type { ReactNode } from 'react';
import { FieldError, Label } from 'react-aria-components';

export interface Option {
  id: string;
  label: string;
}

export interface BaseProps {
  label: string;
  name: string;
  errorMessage?: string;
  description?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
}

export function LabelText({ label, isRequired }: { label: string; isRequired?: boolean }) {
  // The required mark stays outside the label so the accessible name (and a
  // test's exact label match) is just the label; aria-required says it.
  return (
    <span className="field-label-row">
      <Label className="field-label">{label}</Label>
      {isRequired ? (
        <span className="required-mark" aria-hidden="true">
          *
        </span>
      ) : null}
    </span>
  );
}

export function ErrorText({ name, message }: { name: string; message?: string }) {
  return (
    <FieldError className="field-error" data-testid={`field-error-${name}`}>
      {message}
    </FieldError>
  );
}

