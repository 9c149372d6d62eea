// Form state for every form of the app: values stay as typed, browser-side
// errors and API errors (422 fields, 409 conflicts) land on their fields, and
// focus moves to the first field in error.
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { SESSION_ENDED_EVENT, saveDraft, takeDraft } from './drafts';
import { isApiError } from '../api/client';
import type { Errors } from './validate';

export type FormValues = Record<string, string | boolean>;

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;
type BoolKeys<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V] & string;

export interface ApiErrorOptions {
  /** On a 409 without per-field errors, the field the conflict is about (e.g. `vin`). */
  conflictField?: string;
  /** Maps an API field name to a form field when they differ. */
  fieldMap?: Record<string, string>;
}

const ACRONYMS: Record<string, string> = { vin: 'VIN' };

/** `purchase_price` → `Purchase price`. */
export function humanizeField(field: string): string {
  if (ACRONYMS[field]) return ACRONYMS[field];
  const words = field.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const PREDICATE = /^(must|is|are|has|have|should|cannot|can't|can|may|needs?|does|do|was|were|exceeds?|contains?|looks?|already|not)\b/;

/**
 * API messages are often phrased after the field ("must be 17 characters"): put
 * the field's name first. Other messages just get a capital letter.
 */
export function fieldMessage(field: string, message: string): string {
  if (PREDICATE.test(message)) return `${humanizeField(field)} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The message shown above a form for an error that belongs to no field. */
export function describeError(err: unknown): string {
  if (isApiError(err)) {
    if (err.status === 0) return err.detail;
    if (err.status >= 500) return 'Something went wrong on the server. Please try again in a moment.';
    return err.detail || err.title;
  }
  return 'Something went wrong. Please try again.';
}

export interface FormOptions {
  /**
   * Names the form's draft: when the session ends while it is open, what was
   * typed is kept and given back when the same form is opened after signing
   * in. Never set it on forms with passwords.
   */
  draftKey?: string;
}

export const DRAFT_RESTORED_MESSAGE = 'Your session had ended: what you typed was kept. Check it and save again.';

export function useForm<V extends FormValues>(initial: V | (() => V), options: FormOptions = {}) {
  const { draftKey } = options;
  const [start] = useState(() => {
    const base = typeof initial === 'function' ? initial() : initial;
    const draft = draftKey ? takeDraft(draftKey, base) : null;
    return { values: draft ?? base, restored: draft !== null };
  });
  const [values, setValues] = useState<V>(start.values);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(start.restored ? DRAFT_RESTORED_MESSAGE : null);

  // Keep what was typed when the session ends under the form.
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  }, [values]);
  useEffect(() => {
    if (!draftKey) return;
    const keep = () => saveDraft(draftKey, latest.current);
    window.addEventListener(SESSION_ENDED_EVENT, keep);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, keep);
  }, [draftKey]);
  /** The form element's id (`<Form id={form.formId}>`), used to move focus to errors. */
  const formId = useId();

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [name]: value }));
    setErrors((prev) => {
      if (!(name in prev)) return prev;
      const next = { ...prev };
      delete next[name as string];
      return next;
    });
  }, []);

  // Focus moves to the first field in error once React has rendered the error
  // state (an effect, not a timeout: after an API error the render can come
  // later than a zero timeout, and focus was left on <body>).
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    const formEl = document.getElementById(formId);
    const el = formEl?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (el) el.focus();
    else formEl?.querySelector<HTMLElement>('[data-form-error]')?.focus();
  }, [focusRequest, formId]);
  const focusFirstInvalid = useCallback(() => setFocusRequest((n) => n + 1), []);

  /** Shows browser-side errors; returns true when there were none. */
  const check = useCallback(
    (found: Errors): boolean => {
      setErrors(found);
      if (Object.keys(found).length === 0) return true;
      setFormError('Please correct the highlighted fields.');
      focusFirstInvalid();
      return false;
    },
    [focusFirstInvalid],
  );

  /** Shows an API error next to its fields (keeping every typed value). */
  const showApiError = useCallback(
    (err: unknown, options: ApiErrorOptions = {}) => {
      const known = new Set(Object.keys(values));
      const fieldErrors: Errors = {};
      const other: string[] = [];
      if (isApiError(err)) {
        for (const [apiField, message] of Object.entries(err.fieldErrors)) {
          const field = options.fieldMap?.[apiField] ?? apiField;
          if (known.has(field)) fieldErrors[field] = fieldMessage(field, message);
          else other.push(fieldMessage(apiField, message));
        }
        if (err.status === 409 && options.conflictField && Object.keys(fieldErrors).length === 0) {
          fieldErrors[options.conflictField] = err.detail || 'This value is already taken.';
        }
      }
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) {
        setFormError(other.length > 0 ? other.join(' ') : 'Please correct the highlighted fields.');
      } else {
        setFormError(other.length > 0 ? other.join(' ') : describeError(err));
      }
      focusFirstInvalid();
    },
    [values, focusFirstInvalid],
  );

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  }, []);

  const text = (name: StringKeys<V>) => ({
    name,
    value: values[name] as string,
    onChange: (v: string) => set(name, v as V[typeof name]),
    errorMessage: errors[name],
  });

  const bool = (name: BoolKeys<V>) => ({
    name,
    isSelected: values[name] as boolean,
    onChange: (v: boolean) => set(name, v as V[typeof name]),
  });

  /** Wraps a submit handler: no page reload, stale form message cleared. */
  const onSubmit = (handler: () => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    handler();
  };

  return { values, set, errors, formError, setFormError, formId, check, showApiError, reset, text, bool, onSubmit };
}
