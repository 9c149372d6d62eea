import { Input, Text, TextArea, TextField } from 'react-aria-components';
import { ErrorText, LabelText, type BaseProps } from './shared';

export interface TextInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'tel' | 'url';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'search' | 'url';
  autoComplete?: string;
  placeholder?: string;
  multiline?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
  /** Unit or currency shown after the input, e.g. "mi". */
  suffix?: string;
}

export function TextInput({
  label,
  name,
  value,
  onChange,
  errorMessage,
  description,
  isRequired,
  isDisabled,
  className,
  type = 'text',
  inputMode,
  autoComplete,
  placeholder,
  multiline,
  autoFocus,
  maxLength,
  suffix,
}: TextInputProps) {
  return (
    <TextField
      className={`field ${className ?? ''}`}
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={!!errorMessage}
      isRequired={isRequired}
      isDisabled={isDisabled}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      autoFocus={autoFocus}
      maxLength={maxLength}
    >
      <LabelText label={label} isRequired={isRequired} />
      {multiline ? (
        <TextArea className="input textarea" placeholder={placeholder} rows={3} />
      ) : suffix ? (
        <div className="input-group">
          <Input className="input" placeholder={placeholder} />
          <span className="input-suffix" aria-hidden="true">
            {suffix}
          </span>
        </div>
      ) : (
        <Input className="input" placeholder={placeholder} />
      )}
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <ErrorText name={name} message={errorMessage} />
    </TextField>
  );
}


/** The message above a form for errors that belong to no single field. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert" data-testid="form-error" data-form-error tabIndex={-1}>
      {message}
    </div>
  );
}
