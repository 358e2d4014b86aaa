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
import { FieldSet, FormField } from '../components/FormField.tsx';
import { useI18n } from '../i18n/index.tsx';
import { AddForm, ChoiceSet, TextBoxField, useAddForm } from './AddForm.tsx';
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
  const { t, text } = useI18n();
  const p = usePlanTexts();
  const [milestones, setMilestones] = useState(1);
  const state = useAddForm(FIELDS);
  const { errors, fail } = state;
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
    await state.save(formElement, `${base}/kernopgaven/${kernopgave.id}/actions`, body, () => {
      setMilestones(1);
      onDone(t.plans.actionAdded);
    });
  };
  return (
    <AddForm state={state} summary={t.plans.addAction} saveLabel={t.plans.saveAction} onSubmit={submit}>
      <TextBoxField label={t.plans.actionTitle} error={errors.title} name="title" required maxLength={300} />
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
      <ChoiceSet
        legend={t.plans.actionType}
        error={errors.type}
        type="radio"
        name="type"
        options={ACTION_TYPES.map((type) => ({ value: type, label: text(ACTION_TYPE_LABELS[type]) }))}
      />
      <ChoiceSet
        legend={t.plans.forms}
        error={errors.forms}
        name="forms"
        options={CARE_SHIFT_FORMS.map((form) => ({ value: form, label: text(CARE_SHIFT_FORM_LABELS[form]) }))}
      />
      <ChoiceSet
        legend={t.plans.responsible}
        error={errors.responsibleOrganisationIds}
        name="responsible"
        options={view.organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      {kernopgave.goals.length > 0 && (
        <ChoiceSet
          legend={t.plans.forGoals}
          error={errors.goalIds}
          name="goals"
          options={kernopgave.goals.map((g) => ({ value: g.id, label: g.title }))}
        />
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
        <TextBoxField label={t.plans.paymentNote} error={errors['payment.note']} name="paymentNote" />
      </div>
      <FieldSet legend={t.plans.milestonesTitle} error={errors.milestones}>
        {Array.from({ length: milestones }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added, never reordered
          <div key={i} className="jp-form-row">
            <TextBoxField
              label={t.plans.milestoneN(i + 1)}
              error={errors[`milestones.${i}.title`]}
              name="milestoneTitle"
            />
            <TextBoxField
              label={t.plans.due}
              error={errors[`milestones.${i}.due`]}
              name="milestoneDue"
              type="date"
            />
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
    </AddForm>
  );
}
