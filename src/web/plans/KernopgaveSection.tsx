// One kernopgave: its goals (indicator, baseline from the data, target, owner, SMART check, status now) and its
// actions (type, form of moving care, partners, payment, milestones), with forms to add either.
import { type FormEvent, useId, useState } from 'react';
import {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  CARE_SHIFT_FORM_LABELS,
  CARE_SHIFT_FORMS,
  MILESTONE_LABELS,
  PAYMENT_ARRANGEMENTS,
  PAYMENT_LABELS,
} from '../../plans/vocabulary.ts';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog } from '../lib/api.ts';
import { send, useApi } from '../lib/http.ts';
import { Link } from '../router.tsx';
import { type GoalInPlan, type PlanView, StatusBadge, useFormat } from './common.tsx';

interface Props {
  view: PlanView;
  kernopgave: PlanView['kernopgaven'][number];
  base: string;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

export function KernopgaveSection({ view, kernopgave, base, onDone, onError }: Props) {
  const { t, text, href } = useI18n();
  const f = useFormat();
  const edit = view.permissions.includes('edit-plan');
  const names = new Map(view.organisations.map((o) => [o.id, o.name]));
  const headingId = `k-${kernopgave.id}`;
  const value = (g: GoalInPlan, v: number | null) =>
    v === null
      ? '–'
      : `${f.number(v, g.indicator?.decimals ?? 1)}${g.indicator ? ` ${text(g.indicator.unit)}` : ''}`;
  return (
    <section className="jp-kernopgave" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t.plans.kernopgaveName(kernopgave.position, kernopgave.title)}
      </h3>
      {kernopgave.description && <p className="utrecht-paragraph">{kernopgave.description}</p>}

      <h4 className="utrecht-heading-4">{t.plans.goalsTitle}</h4>
      {kernopgave.goals.length === 0 ? (
        <p className="utrecht-paragraph">{t.plans.noGoals}</p>
      ) : (
        <ul className="jp-goal-list">
          {kernopgave.goals.map((g) => (
            <li key={g.id} className="jp-goal" data-goal-id={g.id}>
              <p className="jp-goal__title">
                <Link
                  href={href(`/werkruimte/${view.workspace.id}/plan/doel/${g.id}`)}
                  className="utrecht-link"
                >
                  {g.title}
                </Link>{' '}
                <StatusBadge status={g.progress.status} label={g.progress.label} />
              </p>
              <dl className="jp-goal__facts">
                <div>
                  <dt>{t.plans.indicator}</dt>
                  <dd>
                    {g.indicator ? text(g.indicator.name) : '–'}
                    {g.measureSource === 'partner' ? ` (${t.plans.partnerData})` : ''}
                  </dd>
                </div>
                <div>
                  <dt>{t.plans.baseline}</dt>
                  <dd data-field="baseline">
                    {value(g, g.baseline.value)} {g.baseline.period && `(${f.period(g.baseline.period)})`}
                  </dd>
                </div>
                <div>
                  <dt>{t.plans.target}</dt>
                  <dd>
                    {value(g, g.target.value)} {g.target.date && `(${f.date(g.target.date)})`}
                  </dd>
                </div>
                <div>
                  <dt>{t.plans.latest}</dt>
                  <dd>
                    {g.progress.latest
                      ? `${value(g, g.progress.latest.value)} (${f.period(g.progress.latest.period)})`
                      : '–'}
                  </dd>
                </div>
                <div>
                  <dt>{t.plans.owner}</dt>
                  <dd>{g.ownerOrganisationId ? names.get(g.ownerOrganisationId) : '–'}</dd>
                </div>
              </dl>
              {!g.smart.smart && (
                <div className="jp-smart">
                  <p className="jp-smart__title">{t.plans.notSmart}</p>
                  <ul>
                    {g.smart.reasons.map((r) => (
                      <li key={r.rule}>{text(r)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {edit && <GoalForm view={view} kernopgave={kernopgave} base={base} onDone={onDone} onError={onError} />}

      <h4 className="utrecht-heading-4">{t.plans.actionsTitle}</h4>
      {kernopgave.actions.length === 0 ? (
        <p className="utrecht-paragraph">{t.plans.noActions}</p>
      ) : (
        <ul className="jp-goal-list">
          {kernopgave.actions.map((a) => (
            <li key={a.id} className="jp-goal">
              <p className="jp-goal__title">
                {a.title} <span className="jp-tag">{text(ACTION_TYPE_LABELS[a.type])}</span>
              </p>
              {a.description && <p className="utrecht-paragraph">{a.description}</p>}
              <dl className="jp-goal__facts">
                <div>
                  <dt>{t.plans.forms}</dt>
                  <dd>{a.forms.map((x) => text(CARE_SHIFT_FORM_LABELS[x])).join(', ') || '–'}</dd>
                </div>
                <div>
                  <dt>{t.plans.responsible}</dt>
                  <dd>{a.responsibleOrganisationIds.map((o) => names.get(o) ?? o).join(', ') || '–'}</dd>
                </div>
                <div>
                  <dt>{t.plans.payment}</dt>
                  <dd>
                    {a.payment.arrangement ? text(PAYMENT_LABELS[a.payment.arrangement]) : '–'}
                    {a.payment.note && ` – ${a.payment.note}`}
                  </dd>
                </div>
              </dl>
              {a.milestones.length > 0 && (
                <MilestoneTable action={a} base={base} editable={edit} onDone={onDone} onError={onError} />
              )}
            </li>
          ))}
        </ul>
      )}
      {edit && (
        <ActionForm view={view} kernopgave={kernopgave} base={base} onDone={onDone} onError={onError} />
      )}
    </section>
  );
}

function MilestoneTable({
  action,
  base,
  editable,
  onDone,
  onError,
}: {
  action: PlanView['kernopgaven'][number]['actions'][number];
  base: string;
  editable: boolean;
  onDone: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t, text } = useI18n();
  const f = useFormat();
  const setStatus = async (milestoneId: string, status: string) => {
    try {
      await send('PATCH', `${base}/actions/${action.id}`, {
        version: action.version,
        milestones: action.milestones.map((m) => (m.id === milestoneId ? { ...m, status } : m)),
      });
      onDone(t.plans.milestoneSaved);
    } catch (e) {
      onError(e);
    }
  };
  return (
    <table className="utrecht-table utrecht-table--html-table jp-table">
      <caption className="utrecht-table__caption">{t.plans.milestonesOf(action.title)}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t.plans.milestone}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t.plans.due}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t.plans.status}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {action.milestones.map((m) => (
          <tr key={m.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
              {m.title}
            </th>
            <td className="utrecht-table__cell">{f.date(m.due)}</td>
            <td className="utrecht-table__cell">
              {editable ? (
                <select
                  aria-label={t.plans.statusOf(m.title)}
                  className="utrecht-select utrecht-select--html-select"
                  value={m.status}
                  onChange={(e) => setStatus(m.id, e.target.value)}
                >
                  {Object.entries(MILESTONE_LABELS).map(([k, label]) => (
                    <option key={k} value={k}>
                      {text(label)}
                    </option>
                  ))}
                </select>
              ) : (
                text(MILESTONE_LABELS[m.status])
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GoalForm({ view, kernopgave, base, onDone, onError }: Props) {
  const { t, text } = useI18n();
  const id = useId();
  const catalog = useApi<Catalog>(api.catalog());
  const [busy, setBusy] = useState(false);
  const indicators = (catalog.data?.indicators ?? []).filter(
    (i) => i.geography === 'gemeente' && i.id !== 'bevolking',
  );
  const themed = indicators.filter((i) => i.theme && i.theme === kernopgave.themeId);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const number = (v: FormDataEntryValue | null) =>
      v === null || v === '' ? null : Number(String(v).replace(',', '.'));
    setBusy(true);
    try {
      await send('POST', `${base}/kernopgaven/${kernopgave.id}/goals`, {
        title: form.get('title'),
        indicatorId: form.get('indicator') || null,
        measureSource: form.get('source'),
        targetValue: number(form.get('target')),
        targetDate: form.get('date') || null,
        ownerOrganisationId: form.get('owner') || null,
      });
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      onDone(t.plans.goalAdded);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="jp-details jp-plan-form">
      <summary>{t.plans.addGoal}</summary>
      <form onSubmit={submit} className="jp-form">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-title`}>
            {t.plans.goalTitle}
          </label>
          <input
            id={`${id}-title`}
            name="title"
            required
            maxLength={300}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-indicator`}>
            {t.plans.indicator}
          </label>
          <p className="jp-muted" id={`${id}-indicator-hint`}>
            {t.plans.indicatorHint}
          </p>
          <select
            id={`${id}-indicator`}
            name="indicator"
            aria-describedby={`${id}-indicator-hint`}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">{t.plans.chooseIndicator}</option>
            {themed.length > 0 && (
              <optgroup label={t.plans.themeIndicators}>
                {themed.map((i) => (
                  <option key={`t-${i.id}`} value={i.id}>
                    {text(i.name)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t.plans.allIndicators}>
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {text(i.name)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.source}</legend>
          <label className="jp-check">
            <input type="radio" name="source" value="open" defaultChecked /> {t.plans.openData}
          </label>
          <label className="jp-check">
            <input type="radio" name="source" value="partner" /> {t.plans.partnerData}
          </label>
        </fieldset>
        <div className="jp-form-row">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-target`}>
              {t.plans.target}
            </label>
            <input
              id={`${id}-target`}
              name="target"
              inputMode="decimal"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-date`}>
              {t.plans.targetDate}
            </label>
            <input
              id={`${id}-date`}
              name="date"
              type="date"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-owner`}>
            {t.plans.owner}
          </label>
          <select id={`${id}-owner`} name="owner" className="utrecht-select utrecht-select--html-select">
            <option value="">{t.plans.noOwner}</option>
            {view.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.plans.saveGoal}
        </button>
      </form>
    </details>
  );
}

function ActionForm({ view, kernopgave, base, onDone, onError }: Props) {
  const { t, text } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [milestones, setMilestones] = useState(1);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const titles = form.getAll('milestoneTitle').map(String);
    const dues = form.getAll('milestoneDue').map(String);
    setBusy(true);
    try {
      await send('POST', `${base}/kernopgaven/${kernopgave.id}/actions`, {
        title: form.get('title'),
        description: form.get('description') ?? '',
        type: form.get('type'),
        forms: form.getAll('forms'),
        responsibleOrganisationIds: form.getAll('responsible'),
        goalIds: form.getAll('goals'),
        payment: { arrangement: form.get('payment') || null, note: form.get('paymentNote') ?? '' },
        milestones: titles
          .map((title, i) => ({ title: title.trim(), due: dues[i] ?? '' }))
          .filter((m) => m.title && m.due),
      });
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      setMilestones(1);
      onDone(t.plans.actionAdded);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="jp-details jp-plan-form">
      <summary>{t.plans.addAction}</summary>
      <form onSubmit={submit} className="jp-form">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-title`}>
            {t.plans.actionTitle}
          </label>
          <input
            id={`${id}-title`}
            name="title"
            required
            maxLength={300}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-description`}>
            {t.plans.description}
          </label>
          <textarea
            id={`${id}-description`}
            name="description"
            rows={2}
            className="utrecht-textarea utrecht-textarea--html-textarea"
          />
        </div>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.actionType}</legend>
          {ACTION_TYPES.map((type, i) => (
            <label key={type} className="jp-check">
              <input type="radio" name="type" value={type} defaultChecked={i === 0} />{' '}
              {text(ACTION_TYPE_LABELS[type])}
            </label>
          ))}
        </fieldset>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.forms}</legend>
          {CARE_SHIFT_FORMS.map((form) => (
            <label key={form} className="jp-check">
              <input type="checkbox" name="forms" value={form} /> {text(CARE_SHIFT_FORM_LABELS[form])}
            </label>
          ))}
        </fieldset>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.responsible}</legend>
          {view.organisations.map((o) => (
            <label key={o.id} className="jp-check">
              <input type="checkbox" name="responsible" value={o.id} /> {o.name}
            </label>
          ))}
        </fieldset>
        {kernopgave.goals.length > 0 && (
          <fieldset className="jp-fieldset">
            <legend>{t.plans.forGoals}</legend>
            {kernopgave.goals.map((g) => (
              <label key={g.id} className="jp-check">
                <input type="checkbox" name="goals" value={g.id} /> {g.title}
              </label>
            ))}
          </fieldset>
        )}
        <div className="jp-form-row">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-payment`}>
              {t.plans.payment}
            </label>
            <select
              id={`${id}-payment`}
              name="payment"
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t.plans.noPayment}</option>
              {PAYMENT_ARRANGEMENTS.map((p) => (
                <option key={p} value={p}>
                  {text(PAYMENT_LABELS[p])}
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-payment-note`}>
              {t.plans.paymentNote}
            </label>
            <input
              id={`${id}-payment-note`}
              name="paymentNote"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
        </div>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.milestonesTitle}</legend>
          {Array.from({ length: milestones }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added, never reordered
            <div key={i} className="jp-form-row">
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`${id}-m${i}`}>
                  {t.plans.milestoneN(i + 1)}
                </label>
                <input
                  id={`${id}-m${i}`}
                  name="milestoneTitle"
                  className="utrecht-textbox utrecht-textbox--html-input"
                />
              </div>
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`${id}-d${i}`}>
                  {t.plans.due}
                </label>
                <input
                  id={`${id}-d${i}`}
                  name="milestoneDue"
                  type="date"
                  className="utrecht-textbox utrecht-textbox--html-input"
                />
              </div>
            </div>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action jp-button-small"
            onClick={() => setMilestones((n) => n + 1)}
          >
            {t.plans.addMilestone}
          </button>
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.plans.saveAction}
        </button>
      </form>
    </details>
  );
}
