import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { ErrorText, LabelText, type BaseProps, type Option } from './shared';

export interface ComboInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
}

/** A searchable list (e.g. time zones). */
export function ComboInput({
  label,
  name,
  value,
  onChange,
  options,
  errorMessage,
  description,
  isRequired,
  className,
}: ComboInputProps) {
  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      name={name}
      selectedKey={value || null}
      onSelectionChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
      defaultItems={options}
      isInvalid={!!errorMessage}
      isRequired={isRequired}
      menuTrigger="focus"
    >
      <LabelText label={label} isRequired={isRequired} />
      <div className="input-group combo">
        <Input className="input" />
        <Button className="combo-button" aria-label={`Show ${label.toLowerCase()} options`}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <ErrorText name={name} message={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox">
          {(item: Option) => (
            <ListBoxItem className="listbox-item" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

