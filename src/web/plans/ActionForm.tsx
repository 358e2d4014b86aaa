// Adding an action to a kernopgave: type, forms of moving care, partners, payment and milestones. A milestone
// with a name but no date (or a date but no name) is refused with that field marked, never dropped silently.
import { type FormEvent, useState } from 'react';
import type { CreateActionInput } from '../../plans/api.ts';
import {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  CARE_SHIFT_FORM_LABELS,
  CARE_SHIFT_FORMS,
  PAYMENT_ARRANGEMENTS,
  PAYMENT_LABELS,
} from '../../plans/vocabulary.ts';
import { FieldSet, FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { send } from '../lib/http.ts';
import { Alert } from './common.tsx';
import type { PlanFormProps } from './GoalForm.tsx';
import { milestoneRows } from './milestones.ts';
import { usePlanTexts } from './texts.ts';

const FIELDS = [
  'title',
  'description',
  'type',
  'forms',
  'responsibleOrganisationIds',
  'goalIds',
  'payment',
  'milestones',
];

export function ActionForm({ view, kernopgave, base, onDone }: PlanFormProps) {
  const { t, text, lang } = useI18n();
  const p = usePlanTexts();
  const [busy, setBusy] = useState(false);
  // a refusal that names no field is said here, next to the form, not at the top of the page
  const [formError, setFormError] = useState<string | null>(null);
  const [milestones, setMilestones] = useState(1);
  const { errors, formRef, fail, take, clear } = useFieldErrors(FIELDS);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const rows = milestoneRows(
      form.getAll('milestoneTitle').map(String),
      form.getAll('milestoneDue').map(String),
      p,
    );
    if (Object.keys(rows.errors).length > 0) {
      fail(rows.errors);
      return;
    }
    const body: CreateActionInput = {
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? ''),
      type: String(form.get('type')) as CreateActionInput['type'],
      forms: form.getAll('forms').map(String) as CreateActionInput['forms'],
      responsibleOrganisationIds: form.getAll('responsible').map(String),
      goalIds: form.getAll('goals').map(String),
      payment: {
        arrangement: (String(form.get('payment') ?? '') ||
          null) as CreateActionInput['payment']['arrangement'],
        note: String(form.get('paymentNote') ?? ''),
      },
      milestones: rows.milestones.map((m) => ({ ...m, status: 'gepland' })),
    };
    setBusy(true);
    clear();
    setFormError(null);
    try {
      await send('POST', `${base}/kernopgaven/${kernopgave.id}/actions`, body);
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      setMilestones(1);
      onDone(t.plans.actionAdded);
    } catch (e) {
      if (!take(e)) setFormError(describeError(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="jp-details jp-plan-form">
      <summary>{t.plans.addAction}</summary>
      <form onSubmit={submit} className="jp-form" ref={formRef} noValidate={false}>
        <FormField label={t.plans.actionTitle} error={errors.title}>
          {(control) => (
            <input
              {...control}
              name="title"
              required
              maxLength={300}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <FormField label={t.plans.description} error={errors.description}>
          {(control) => (
            <textarea
              {...control}
              name="description"
              rows={2}
              className="utrecht-textarea utrecht-textarea--html-textarea"
            />
          )}
        </FormField>
        <FieldSet legend={t.plans.actionType} error={errors.type}>
          {ACTION_TYPES.map((type, i) => (
            <label key={type} className="jp-check">
              <input type="radio" name="type" value={type} defaultChecked={i === 0} />{' '}
              {text(ACTION_TYPE_LABELS[type])}
            </label>
          ))}
        </FieldSet>
        <FieldSet legend={t.plans.forms} error={errors.forms}>
          {CARE_SHIFT_FORMS.map((form) => (
            <label key={form} className="jp-check">
              <input type="checkbox" name="forms" value={form} /> {text(CARE_SHIFT_FORM_LABELS[form])}
            </label>
          ))}
        </FieldSet>
        <FieldSet legend={t.plans.responsible} error={errors.responsibleOrganisationIds}>
          {view.organisations.map((o) => (
            <label key={o.id} className="jp-check">
              <input type="checkbox" name="responsible" value={o.id} /> {o.name}
            </label>
          ))}
        </FieldSet>
        {kernopgave.goals.length > 0 && (
          <FieldSet legend={t.plans.forGoals} error={errors.goalIds}>
            {kernopgave.goals.map((g) => (
              <label key={g.id} className="jp-check">
                <input type="checkbox" name="goals" value={g.id} /> {g.title}
              </label>
            ))}
          </FieldSet>
        )}
        <div className="jp-form-row">
          <FormField label={t.plans.payment} error={errors['payment.arrangement']}>
            {(control) => (
              <select {...control} name="payment" className="utrecht-select utrecht-select--html-select">
                <option value="">{t.plans.noPayment}</option>
                {PAYMENT_ARRANGEMENTS.map((arrangement) => (
                  <option key={arrangement} value={arrangement}>
                    {text(PAYMENT_LABELS[arrangement])}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t.plans.paymentNote} error={errors['payment.note']}>
            {(control) => (
              <input
                {...control}
                name="paymentNote"
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            )}
          </FormField>
        </div>
        <FieldSet legend={t.plans.milestonesTitle} error={errors.milestones}>
          {Array.from({ length: milestones }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added, never reordered
            <div key={i} className="jp-form-row">
              <FormField label={t.plans.milestoneN(i + 1)} error={errors[`milestones.${i}.title`]}>
                {(control) => (
                  <input
                    {...control}
                    name="milestoneTitle"
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </FormField>
              <FormField label={t.plans.due} error={errors[`milestones.${i}.due`]}>
                {(control) => (
                  <input
                    {...control}
                    name="milestoneDue"
                    type="date"
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </FormField>
            </div>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action jp-button-small"
            onClick={() => setMilestones((n) => n + 1)}
          >
            {t.plans.addMilestone}
          </button>
        </FieldSet>
        <div aria-live="polite">{formError && <Alert kind="error">{formError}</Alert>}</div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.plans.saveAction}
        </button>
      </form>
    </details>
  );
}
