import { Radio, RadioGroup, Text } from 'react-aria-components';
import { ErrorText, LabelText, type BaseProps, type Option } from './shared';

export interface RadioInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  orientation?: 'horizontal' | 'vertical';
}

export function RadioInput({
  label,
  name,
  value,
  onChange,
  options,
  errorMessage,
  description,
  isRequired,
  isDisabled,
  className,
  orientation = 'horizontal',
}: RadioInputProps) {
  return (
    <RadioGroup
      className={`field radio-group ${className ?? ''}`}
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={!!errorMessage}
      isRequired={isRequired}
      isDisabled={isDisabled}
      orientation={orientation}
    >
      <LabelText label={label} isRequired={isRequired} />
      <div className="radio-options">
        {options.map((o) => (
          <Radio key={o.id} value={o.id} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            {o.label}
          </Radio>
        ))}
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <ErrorText name={name} message={errorMessage} />
    </RadioGroup>
  );
}

