// /werkruimte/{id}/plan: the regioplan of a workspace for its members — prioritisation rounds, kernopgaven with
// goals (baseline from the data, status computed now) and actions, evaluations, versions, publication and exports.
import { useState } from 'react';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { describeError, ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { KnowledgeSuggestions } from '../kennisbank/KnowledgeSuggestions.tsx';
import { useLearningTexts } from '../learning/texts.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { Alert, type PlanView } from './common.tsx';
import { DuidingSection } from './DuidingSection.tsx';
import { EvaluationsSection } from './EvaluationsSection.tsx';
import { KernopgaveSection } from './KernopgaveSection.tsx';
import { RoundsSection } from './RoundsSection.tsx';
import { usePlanTexts } from './texts.ts';
import { VersionsSection } from './VersionsSection.tsx';
import './plans.css';
import { ApiError, send, useFresh } from '../lib/http.ts';

/** Changes whenever any part of the plan changes (each part carries its own version number). */
const stampOf = (view: PlanView) =>
  [
    view.plan.version,
    view.rounds.map((r) => `${r.id}.${r.version}`),
    view.kernopgaven.map((k) => [k.version, k.goals.map((g) => g.version), k.actions.map((a) => a.version)]),
    view.evaluations.map((e) => e.version),
  ].join('|');

export default function PlanPage({ workspaceId }: { workspaceId: string }) {
  const { t, text, href, lang } = useI18n();
  const learning = useLearningTexts();
  const p = usePlanTexts();
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}/plan`;
  const plan = useFresh<PlanView>(base);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useTitle(plan.data?.plan.title ?? t.plans.title);

  if (plan.error && !plan.data) {
    if (plan.error instanceof ApiError && plan.error.status === 401)
      return (
        <div className="jp-page">
          <h1 className="utrecht-heading-1">{t.plans.title}</h1>
          <p className="utrecht-paragraph">
            <Link
              href={href('/inloggen', { terug: `/werkruimte/${workspaceId}/plan` })}
              className="utrecht-link"
            >
              {t.account.loginFirst}
            </Link>
          </p>
        </div>
      );
    return <ErrorMessage error={plan.error} onRetry={plan.reload} />;
  }
  if (!plan.data) return <Loading />;
  const view = plan.data;
  const can = (p: PlanView['permissions'][number]) => view.permissions.includes(p);
  const reload = () => plan.reload();
  const done = (text: string) => {
    setMessage({ kind: 'ok', text });
    reload();
  };
  const failed = (error: unknown) => setMessage({ kind: 'error', text: describeError(error, lang) });

  const publish = async (published: boolean) => {
    try {
      await send('PATCH', base, { version: view.plan.version, published });
      done(published ? t.plans.publishedNow : t.plans.unpublishedNow);
    } catch (e) {
      failed(e);
    }
  };

  return (
    <div className="jp-page jp-plan">
      <p className="jp-pre-heading">
        {view.workspace.name} · {view.workspace.region.name}
      </p>
      <h1 className="utrecht-heading-1">{view.plan.title}</h1>
      {view.plan.summary && <p className="utrecht-paragraph jp-lead">{view.plan.summary}</p>}
      <p className="utrecht-paragraph jp-muted">
        {t.plans.yourRole(t.account.roleLabel(view.role))}{' '}
        {view.plan.published ? t.plans.isPublished : t.plans.isNotPublished}
      </p>
      {plan.error && <ErrorMessage error={plan.error} onRetry={plan.reload} />}
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>

      <nav aria-label={t.plans.contents} className="jp-toc jp-no-print">
        <ul className="jp-plan-toc">
          <li>
            <a href="#prioriteren" className="utrecht-link">
              {t.plans.roundsTitle}
            </a>
          </li>
          <li>
            <a href="#kernopgaven" className="utrecht-link">
              {t.plans.kernopgavenTitle}
            </a>
          </li>
          <li>
            <a href="#evaluaties" className="utrecht-link">
              {t.plans.evaluationsTitle}
            </a>
          </li>
          <li>
            <a href="#versies" className="utrecht-link">
              {t.plans.versionsTitle}
            </a>
          </li>
        </ul>
      </nav>

      <div className="jp-actions jp-no-print">
        <a
          className="utrecht-button utrecht-button--secondary-action jp-button-link"
          href={`${base}/export.pdf`}
          download="regioplan.pdf"
        >
          {t.plans.printPdf}
        </a>
        <a
          className="utrecht-button utrecht-button--secondary-action jp-button-link"
          href={`${base}/export.json`}
          download="regioplan.json"
        >
          {t.plans.exportJson}
        </a>
        <Link className="utrecht-link" href={href(`/werkruimte/${workspaceId}/leden`)}>
          {t.members.link}
        </Link>
        <Link className="utrecht-link" href={href(`/werkruimte/${workspaceId}/leren`)}>
          {learning.cyclesTitle}
        </Link>
        {view.plan.published && (
          <Link className="utrecht-link" href={href(`/regioplan/${workspaceId}`)}>
            {t.plans.publicPage}
          </Link>
        )}
        {can('manage-plan') && (
          <ConfirmButton
            label={view.plan.published ? t.plans.unpublish : t.plans.publish}
            consequence={view.plan.published ? p.withdrawPlanWhat : p.publishPlanWhat}
            confirmLabel={view.plan.published ? p.withdrawPlanYes : p.publishPlanYes}
            onConfirm={() => publish(!view.plan.published)}
          />
        )}
      </div>

      <RoundsSection view={view} base={base} onDone={done} onError={failed} />

      <section id="kernopgaven" className="jp-section" aria-labelledby="kernopgaven-title">
        <h2 id="kernopgaven-title" className="utrecht-heading-2">
          {t.plans.kernopgavenTitle}
        </h2>
        {view.kernopgaven.length === 0 && <p className="utrecht-paragraph">{t.plans.noKernopgaven}</p>}
        {view.kernopgaven.map((k) => (
          <KernopgaveSection
            key={k.id}
            view={view}
            kernopgave={k}
            base={base}
            onDone={done}
            onError={failed}
          />
        ))}
        <details className="jp-details">
          <summary>{t.plans.ruleTitle}</summary>
          <p className="utrecht-paragraph">{text(view.statusRule)}</p>
        </details>
      </section>

      <KnowledgeSuggestions themes={view.kernopgaven.flatMap((k) => (k.themeId ? [k.themeId] : []))} />
      <EvaluationsSection view={view} base={base} onDone={done} onError={failed} />
      <DuidingSection view={view} />
      <VersionsSection base={base} stamp={stampOf(view)} />
    </div>
  );
}
