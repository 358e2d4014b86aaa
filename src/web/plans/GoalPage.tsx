import type { GoalMonitoring as Monitoring } from '../../plans/views.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { GoalChart, type PlanView, StatusBadge, useFormat } from './common.tsx';
import { GoalEditForm } from './GoalEditForm.tsx';
import './plans.css';
import { ApiError, useFresh } from '../lib/http.ts';

export default function GoalPage({ workspaceId, goalId }: { workspaceId: string; goalId: string }) {
  const { t, text, href } = useI18n();
  const f = useFormat();
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}/plan`;
  const data = useFresh<Monitoring>(`${base}/goals/${encodeURIComponent(goalId)}/monitoring`);
  const plan = useFresh<PlanView>(base);
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
      {(data.error || plan.error) && (
        <ErrorMessage
          error={(data.error ?? plan.error)!}
          onRetry={() => {
            data.reload();
            plan.reload();
          }}
        />
      )}
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
          <GoalEditForm
            goal={g}
            url={`${base}/goals/${g.id}`}
            organisations={plan.data.organisations}
            decimals={decimals}
            onSaved={data.reload}
          />
        </section>
      )}
    </div>
  );
}
