import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { ErrorText, LabelText, type BaseProps, type Option } from './shared';

export interface SelectInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  placeholder?: string;
}

export function SelectInput({
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
  placeholder,
}: SelectInputProps) {
  return (
    <Select
      className={`field ${className ?? ''}`}
      name={name}
      value={value === '' ? null : value}
      onChange={(key) => onChange(key === null ? '' : String(key))}
      isInvalid={!!errorMessage}
      isRequired={isRequired}
      isDisabled={isDisabled}
      placeholder={placeholder ?? 'Choose…'}
    >
      <LabelText label={label} isRequired={isRequired} />
      <Button className="input select-button">
        <SelectValue className="select-value" />
        <span className="select-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <ErrorText name={name} message={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(item) => (
            <ListBoxItem className="listbox-item" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

