import { useId, type ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

export interface CheckboxInputProps {
  name: string;
  children: ReactNode;
  isSelected: boolean;
  onChange: (value: boolean) => void;
  description?: string;
  isDisabled?: boolean;
}

export function CheckboxInput({ name, children, isSelected, onChange, description, isDisabled }: CheckboxInputProps) {
  const descriptionId = useId();
  return (
    <div className="field checkbox-field">
      <Checkbox
        className="checkbox"
        name={name}
        isSelected={isSelected}
        onChange={onChange}
        isDisabled={isDisabled}
        aria-describedby={description ? descriptionId : undefined}
      >
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 18 18" focusable="false">
            <polyline points="2.5 9.5 7 14 15.5 4.5" />
          </svg>
        </span>
        <span>{children}</span>
      </Checkbox>
      {description ? (
        <p className="field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
    </div>
  );
}

