import type { PublicPlan } from '../../plans/views.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { GoalChart, StatusBadge, useFormat } from './common.tsx';
import './plans.css';
import { useFresh } from '../lib/http.ts';

export default function PublicPlanPage({ workspaceId }: { workspaceId: string }) {
  const { t, text } = useI18n();
  const f = useFormat();
  const plan = useFresh<PublicPlan>(`/api/public/plans/${encodeURIComponent(workspaceId)}`);
  useTitle(plan.data?.title ?? t.plans.title);
  if (plan.error && !plan.data) return <ErrorMessage error={plan.error} onRetry={plan.reload} />;
  if (!plan.data) return <Loading />;
  const p = plan.data;
  return (
    <div className="jp-page jp-plan">
      <p className="jp-pre-heading">{t.plans.publicPre(p.region.name)}</p>
      <h1 className="utrecht-heading-1">{p.title}</h1>
      {p.summary && <p className="utrecht-paragraph jp-lead">{p.summary}</p>}
      <p className="utrecht-paragraph">{t.plans.publicPartners(p.organisations.join(', ') || '–')}</p>
      {p.kernopgaven.map((k, i) => (
        <section key={k.id} className="jp-section" aria-labelledby={`pk-${k.id}`}>
          <h2 id={`pk-${k.id}`} className="utrecht-heading-2">
            {t.plans.kernopgaveName(i + 1, k.title)}
          </h2>
          {k.description && <p className="utrecht-paragraph">{k.description}</p>}
          {k.goals.map((g) => (
            <article key={g.id} className="jp-goal" aria-labelledby={`pg-${g.id}`}>
              <h3 id={`pg-${g.id}`} className="utrecht-heading-3">
                {g.title} <StatusBadge status={g.status} label={g.statusLabel} />
              </h3>
              <p className="utrecht-paragraph">{g.sentences.map((s) => text(s)).join(' ')}</p>
              {g.owner && <p className="utrecht-paragraph jp-muted">{t.plans.ownerIs(g.owner)}</p>}
              <GoalChart points={g.points} line={g.line} indicator={g.indicator} title={g.title} />
            </article>
          ))}
          {k.actions.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">{t.plans.whatWeDo}</h3>
              <ul className="jp-goal-list">
                {k.actions.map((a) => (
                  <li key={a.id} className="jp-goal">
                    <p className="jp-goal__title">
                      {a.title} <span className="jp-tag">{text(a.typeLabel)}</span>
                    </p>
                    {a.description && <p className="utrecht-paragraph">{a.description}</p>}
                    <p className="utrecht-paragraph jp-muted">
                      {[a.forms.map((x) => text(x)).join(', '), a.responsible.join(', ')]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {a.milestones.length > 0 && (
                      <ul>
                        {a.milestones.map((m) => (
                          <li key={m.id}>
                            {m.title} – {f.date(m.due)}: {text(m.statusLabel)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <details className="jp-details">
        <summary>{t.plans.ruleTitle}</summary>
        <p className="utrecht-paragraph">{text(p.statusRule)}</p>
      </details>
    </div>
  );
}
