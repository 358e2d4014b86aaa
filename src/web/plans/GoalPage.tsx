// /werkruimte/{id}/plan/doel/{goalId}: monitoring of one goal — the indicator's values for the region with their
// interval, the line from baseline to target, the status with its rule — and editing it with its version number.
import { type FormEvent, useId, useState } from 'react';
import type { Goal } from '../../plans/document.ts';
import type { Progress } from '../../plans/measures.ts';
import type { SmartCheck } from '../../plans/smart.ts';
import type { IndicatorBrief } from '../../plans/view.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { Text } from '../lib/api.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { Alert, GoalChart, type MeasurePoint, type PlanView, StatusBadge, useFormat } from './common.tsx';
import './plans.css';
import { ApiError, send, useFresh } from '../lib/http.ts';

interface Monitoring {
  goal: Goal & { version: number };
  region: { code: string | null; name: string };
  indicator: IndicatorBrief | null;
  smart: SmartCheck;
  progress: Progress & { label: Text };
  points: MeasurePoint[];
  sentences: Text[];
}

export default function GoalPage({ workspaceId, goalId }: { workspaceId: string; goalId: string }) {
  const { t, text, href } = useI18n();
  const f = useFormat();
  const id = useId();
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}/plan`;
  const data = useFresh<Monitoring>(`${base}/goals/${encodeURIComponent(goalId)}/monitoring`);
  const plan = useFresh<PlanView>(base);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle(data.data?.goal.title ?? t.plans.goalsTitle);
  if (data.error && !data.data) {
    if (data.error instanceof ApiError && data.error.status === 401)
      return (
        <Link
          href={href('/inloggen', { terug: `/werkruimte/${workspaceId}/plan/doel/${goalId}` })}
          className="utrecht-link"
        >
          {t.account.loginFirst}
        </Link>
      );
    return <ErrorMessage error={data.error} onRetry={data.reload} />;
  }
  if (!data.data || !plan.data) return <Loading />;
  const m = data.data;
  const g = m.goal;
  const decimals = m.indicator?.decimals ?? 1;
  const unit = m.indicator ? ` ${text(m.indicator.unit)}` : '';
  const edit = plan.data.permissions.includes('edit-plan');

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = String(form.get('target') ?? '').replace(',', '.');
    setBusy(true);
    try {
      await send('PATCH', `${base}/goals/${g.id}`, {
        version: g.version,
        title: form.get('title'),
        targetValue: target === '' ? null : Number(target),
        targetDate: form.get('date') || null,
        ownerOrganisationId: form.get('owner') || null,
      });
      setMessage({ kind: 'ok', text: t.plans.goalSaved });
      data.reload();
    } catch (e) {
      const stale = e instanceof ApiError && e.status === 409;
      setMessage({ kind: 'error', text: stale ? t.plans.staleGoal : (e as Error).message });
      if (stale) data.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jp-page jp-plan">
      <p className="jp-pre-heading">
        <Link href={href(`/werkruimte/${workspaceId}/plan`)} className="utrecht-link">
          {plan.data.plan.title}
        </Link>{' '}
        · {m.region.name}
      </p>
      <h1 className="utrecht-heading-1">{g.title}</h1>
      <p className="utrecht-paragraph">
        <StatusBadge status={m.progress.status} label={m.progress.label} />
      </p>
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      <p className="utrecht-paragraph jp-lead-small" data-testid="goal-sentences">
        {m.sentences.map((s) => text(s)).join(' ')}
      </p>
      {m.progress.expected !== null && (
        <p className="utrecht-paragraph">
          {t.plans.expectedNow(f.number(m.progress.expected, decimals) + unit)}
        </p>
      )}
      {!m.smart.smart && (
        <div className="jp-smart">
          <p className="jp-smart__title">{t.plans.notSmart}</p>
          <ul>
            {m.smart.reasons.map((r) => (
              <li key={r.rule}>{text(r)}</li>
            ))}
          </ul>
        </div>
      )}
      <section className="jp-section" aria-labelledby="monitor-title">
        <h2 id="monitor-title" className="utrecht-heading-2">
          {t.plans.monitoringTitle}
        </h2>
        <GoalChart points={m.points} line={m.progress.line} indicator={m.indicator} title={g.title} />
        <details className="jp-details">
          <summary>{t.plans.ruleTitle}</summary>
          <p className="utrecht-paragraph">{text(m.progress.rule)}</p>
        </details>
      </section>
      {edit && (
        <section className="jp-section" aria-labelledby="edit-title">
          <h2 id="edit-title" className="utrecht-heading-2">
            {t.plans.editGoal}
          </h2>
          <form onSubmit={save} className="jp-form" key={`${g.id}-${g.version}`}>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-title`}>
                {t.plans.goalTitle}
              </label>
              <input
                id={`${id}-title`}
                name="title"
                defaultValue={g.title}
                required
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            </div>
            <div className="jp-form-row">
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`${id}-target`}>
                  {t.plans.target}
                </label>
                <input
                  id={`${id}-target`}
                  name="target"
                  inputMode="decimal"
                  defaultValue={g.target.value ?? ''}
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
                  defaultValue={g.target.date ?? ''}
                  className="utrecht-textbox utrecht-textbox--html-input"
                />
              </div>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-owner`}>
                {t.plans.owner}
              </label>
              <select
                id={`${id}-owner`}
                name="owner"
                defaultValue={g.ownerOrganisationId ?? ''}
                className="utrecht-select utrecht-select--html-select"
              >
                <option value="">{t.plans.noOwner}</option>
                {plan.data.organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            <p className="jp-muted">{t.plans.versionNote(g.version)}</p>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
              {t.plans.saveGoal}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
