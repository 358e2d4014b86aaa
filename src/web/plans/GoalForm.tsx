// Adding a SMART goal to a kernopgave. The indicator list holds only indicators with data for the workspace's
// region (open data), with the reasons for the others; errors appear next to their field; nothing typed is lost.
import { type FormEvent, useState } from 'react';
import type { CreateGoalInput } from '../../plans/api.ts';
import type { WorkspaceDetail } from '../../workspaces/api.ts';
import { FieldSet, FormField } from '../components/FormField.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog, type Profile, profileUrl } from '../lib/api.ts';
import { useApi, useFresh } from '../lib/http.ts';
import { AddForm, TextBoxField, useAddForm } from './AddForm.tsx';
import type { PlanView } from './common.tsx';
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
  const { t, text } = useI18n();
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
  const state = useAddForm(FIELDS);
  const { errors, fail } = state;

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
    await state.save(formElement, `${base}/kernopgaven/${kernopgave.id}/goals`, body, () => {
      setSource('open');
      onDone(t.plans.goalAdded);
    });
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
    <AddForm state={state} summary={t.plans.addGoal} saveLabel={t.plans.saveGoal} onSubmit={submit}>
      <TextBoxField label={t.plans.goalTitle} error={errors.title} name="title" required maxLength={300} />
      <FieldSet legend={t.plans.source} error={errors.measureSource}>
        {(['open', 'partner'] as const).map((value) => (
          <label key={value} className="jp-check">
            <input
              type="radio"
              name="source"
              value={value}
              checked={source === value}
              onChange={() => setSource(value)}
            />{' '}
            {value === 'open' ? t.plans.openData : t.plans.partnerData}
          </label>
        ))}
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
        <TextBoxField label={t.plans.target} error={errors.targetValue} name="target" inputMode="decimal" />
        <TextBoxField label={t.plans.targetDate} error={errors.targetDate} name="date" type="date" />
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
    </AddForm>
  );
}
