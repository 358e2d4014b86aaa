// One form field: label, optional hint, and the error right next to the field — tied to it with aria-describedby
// and aria-invalid and announced by a live region that is always there (so screen readers hear it change).
// useFieldErrors turns an API error that names a field (`parameter`) into that field's error.
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../lib/http.ts';
import './forms.css';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** the control, given its id and aria attributes */
  children: (control: ControlProps) => ReactNode;
  className?: string;
}

function describedBy(id: string, hint: boolean, error: boolean) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FormField({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const control: ControlProps = {
    id,
    'aria-describedby': describedBy(id, !!hint, !!error),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <div
      className={`utrecht-form-field${error ? ' utrecht-form-field--invalid jp-field--invalid' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="utrecht-form-field-description jp-muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
      {children(control)}
    </div>
  );
}

/** A group of radio buttons or check boxes with a legend, a hint and an error for the group. */
export function FieldSet({
  legend,
  hint,
  error,
  children,
  className,
  legendClassName,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
  /** e.g. `jp-visually-hidden` when the page's heading already says what the group is */
  legendClassName?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`jp-fieldset${error ? ' jp-field--invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(id, !!hint, !!error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className={legendClassName}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="utrecht-form-field-description jp-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
      {children}
    </fieldset>
  );
}

function FieldError({ id, error }: { id: string; error?: string | null }) {
  return (
    <p id={id} className="utrecht-form-field-error-message jp-field-error" aria-live="assertive">
      {error ?? ''}
    </p>
  );
}

export type FieldErrors = Record<string, string>;

/**
 * The errors of one form, by field name (the API's `parameter`, e.g. `targetDate` or `milestones.0.due`).
 * `take(error)` files an API error under its field and says whether it did; otherwise the caller shows it as a
 * message of the whole form. After new errors the first invalid control of `formRef` gets the focus.
 */
export function useFieldErrors(fields: readonly string[]) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (round === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [round]);
  const fail = useCallback((next: FieldErrors) => {
    setErrors(next);
    if (Object.keys(next).length > 0) setRound((n) => n + 1);
  }, []);
  const take = useCallback(
    (error: unknown): boolean => {
      if (!(error instanceof ApiError) || !error.parameter) return false;
      const field = fields.some((f) => error.parameter === f || error.parameter?.startsWith(`${f}.`));
      if (!field) return false;
      fail({ [error.parameter]: error.fieldMessage });
      return true;
    },
    [fields, fail],
  );
  const clear = useCallback(() => setErrors({}), []);
  return { errors, formRef, fail, take, clear };
}
