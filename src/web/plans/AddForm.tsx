// What the forms that add a goal or an action to a kernopgave share: folded away in a details element, errors next
// to their fields, a refusal that names no field next to the submit button (not at the top of the page).
import { type FormEvent, type ReactNode, useState } from 'react';
import { FieldSet, FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { send } from '../lib/http.ts';
import { Alert } from './common.tsx';

/** The state of an add form; `save` posts its body and, once saved, empties and folds the form and calls `done`. */
export function useAddForm(fields: readonly string[]) {
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(fields);
  const { take, clear } = fieldErrors;
  const save = async (formElement: HTMLFormElement, url: string, body: unknown, done: () => void) => {
    setBusy(true);
    clear();
    setFormError(null);
    try {
      await send('POST', url, body);
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      done();
    } catch (e) {
      if (!take(e)) setFormError(describeError(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return { ...fieldErrors, busy, formError, save };
}

export function AddForm({
  state,
  summary,
  saveLabel,
  onSubmit,
  children,
}: {
  state: ReturnType<typeof useAddForm>;
  summary: string;
  saveLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <details className="jp-details jp-plan-form">
      <summary>{summary}</summary>
      <form onSubmit={onSubmit} className="jp-form" ref={state.formRef}>
        {children}
        <div aria-live="polite">{state.formError && <Alert kind="error">{state.formError}</Alert>}</div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={state.busy}>
          {saveLabel}
        </button>
      </form>
    </details>
  );
}

/** A group of check boxes, or of radio buttons of which the first is chosen at the start. */
export function ChoiceSet({
  legend,
  error,
  type = 'checkbox',
  name,
  options,
}: {
  legend: string;
  error?: string;
  type?: 'checkbox' | 'radio';
  name: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <FieldSet legend={legend} error={error}>
      {options.map((o, i) => (
        <label key={o.value} className="jp-check">
          <input type={type} name={name} value={o.value} defaultChecked={type === 'radio' && i === 0} />{' '}
          {o.label}
        </label>
      ))}
    </FieldSet>
  );
}

/** A text box (or date) field of an add form. */
export function TextBoxField({
  label,
  error,
  ...input
}: {
  label: string;
  error?: string;
  name: string;
  required?: boolean;
  maxLength?: number;
  type?: 'date';
  inputMode?: 'decimal';
}) {
  return (
    <FormField label={label} error={error}>
      {(control) => <input {...control} {...input} className="utrecht-textbox utrecht-textbox--html-input" />}
    </FormField>
  );
}
