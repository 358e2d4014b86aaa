// Adding a SMART goal to a kernopgave. The indicator list holds only indicators with data for the workspace's
// region (open data), with the reasons for the others; errors appear next to their field; nothing typed is lost.
import { type FormEvent, useState } from 'react';
import type { CreateGoalInput } from '../../plans/api.ts';
import type { WorkspaceDetail } from '../../workspaces/api.ts';
import { FieldSet, FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog, type Profile, profileUrl } from '../lib/api.ts';
import { send, useApi, useFresh } from '../lib/http.ts';
import { Alert, type PlanView } from './common.tsx';
import { indicatorChoice } from './indicatorChoice.ts';
import { usePlanTexts } from './texts.ts';

export interface PlanFormProps {
  view: PlanView;
  kernopgave: PlanView['kernopgaven'][number];
  base: string;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

const FIELDS = ['title', 'indicatorId', 'measureSource', 'targetValue', 'targetDate', 'ownerOrganisationId'];

/** A decimal typed the Dutch way (12,5) or the English way (12.5); null when empty, NaN when not a number. */
export const decimal = (v: FormDataEntryValue | null) =>
  v === null || String(v).trim() === '' ? null : Number(String(v).trim().replace(',', '.'));

export function GoalForm({ view, kernopgave, base, onDone }: PlanFormProps) {
  const { t, text, lang } = useI18n();
  const p = usePlanTexts();
  const catalog = useApi<Catalog>(api.catalog());
  const workspace = useFresh<WorkspaceDetail>(`/api/workspaces/${encodeURIComponent(view.workspace.id)}`);
  const ws = workspace.data;
  const profile = useApi<Profile>(
    ws
      ? profileUrl(ws.regionCode ? { code: ws.regionCode } : { gemeenten: ws.gemeenten, name: ws.name })
      : null,
  );
  const [source, setSource] = useState<'open' | 'partner'>('open');
  const [busy, setBusy] = useState(false);
  // a refusal that names no field is said here, next to the form, not at the top of the page
  const [formError, setFormError] = useState<string | null>(null);
  const { errors, formRef, fail, take, clear } = useFieldErrors(FIELDS);

  const regional = (catalog.data?.indicators ?? []).filter(
    (i) => i.geography === 'gemeente' && i.id !== 'bevolking',
  );
  const choice = profile.data && catalog.data ? indicatorChoice(regional, profile.data) : null;
  const offered = source === 'partner' ? regional : (choice?.available ?? []);
  const themed = offered.filter((i) => i.theme && i.theme === kernopgave.themeId);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const targetValue = decimal(form.get('target'));
    if (targetValue !== null && Number.isNaN(targetValue)) {
      fail({ targetValue: p.notANumber });
      return;
    }
    const body: CreateGoalInput = {
      title: String(form.get('title') ?? ''),
      indicatorId: String(form.get('indicator') ?? '') || null,
      measureSource: source,
      breakdown: 'totaal',
      targetValue,
      targetDate: String(form.get('date') ?? '') || null,
      ownerOrganisationId: String(form.get('owner') ?? '') || null,
    };
    setBusy(true);
    clear();
    setFormError(null);
    try {
      await send('POST', `${base}/kernopgaven/${kernopgave.id}/goals`, body);
      formElement.reset();
      setSource('open');
      formElement.closest('details')?.removeAttribute('open');
      onDone(t.plans.goalAdded);
    } catch (e) {
      if (!take(e)) setFormError(describeError(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const indicatorHint = (
    <>
      {t.plans.indicatorHint}{' '}
      {source === 'partner'
        ? p.partnerAll
        : choice
          ? p.indicatorsWithData(profile.data!.region.name)
          : p.indicatorsLoading}
    </>
  );
  return (
    <details className="jp-details jp-plan-form">
      <summary>{t.plans.addGoal}</summary>
      <form onSubmit={submit} className="jp-form" ref={formRef}>
        <FormField label={t.plans.goalTitle} error={errors.title}>
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
        <FieldSet legend={t.plans.source} error={errors.measureSource}>
          <label className="jp-check">
            <input
              type="radio"
              name="source"
              value="open"
              checked={source === 'open'}
              onChange={() => setSource('open')}
            />{' '}
            {t.plans.openData}
          </label>
          <label className="jp-check">
            <input
              type="radio"
              name="source"
              value="partner"
              checked={source === 'partner'}
              onChange={() => setSource('partner')}
            />{' '}
            {t.plans.partnerData}
          </label>
        </FieldSet>
        <FormField label={t.plans.indicator} hint={indicatorHint} error={errors.indicatorId}>
          {(control) => (
            <select {...control} name="indicator" className="utrecht-select utrecht-select--html-select">
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
                {offered.map((i) => (
                  <option key={i.id} value={i.id}>
                    {text(i.name)}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </FormField>
        {source === 'open' && choice && choice.missing.length > 0 && (
          <details className="jp-details" data-testid="missing-indicators">
            <summary>{p.whyMissing(choice.missing.length)}</summary>
            <ul className="jp-plan-list">
              {choice.missing.map((m) => (
                <li key={m.indicator.id}>
                  <strong>{text(m.indicator.name)}</strong>:{' '}
                  {m.nationalOnly ? p.nationalOnly : m.reason ? text(m.reason) : p.noRegionalValue}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="jp-form-row">
          <FormField label={t.plans.target} error={errors.targetValue}>
            {(control) => (
              <input
                {...control}
                name="target"
                inputMode="decimal"
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            )}
          </FormField>
          <FormField label={t.plans.targetDate} error={errors.targetDate}>
            {(control) => (
              <input
                {...control}
                name="date"
                type="date"
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            )}
          </FormField>
        </div>
        <FormField label={t.plans.owner} error={errors.ownerOrganisationId}>
          {(control) => (
            <select {...control} name="owner" className="utrecht-select utrecht-select--html-select">
              <option value="">{t.plans.noOwner}</option>
              {view.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div aria-live="polite">{formError && <Alert kind="error">{formError}</Alert>}</div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.plans.saveGoal}
        </button>
      </form>
    </details>
  );
}
