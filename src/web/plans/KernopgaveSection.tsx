// One kernopgave: its goals (indicator, baseline from the data, target, owner, SMART check, status now) and its
// actions (type, form of moving care, partners, payment, milestones), with forms to add either.
import {
  ACTION_TYPE_LABELS,
  CARE_SHIFT_FORM_LABELS,
  MILESTONE_LABELS,
  PAYMENT_LABELS,
} from '../../plans/vocabulary.ts';
import { useI18n } from '../i18n/index.tsx';
import { send } from '../lib/http.ts';
import { Link } from '../router.tsx';
import { ActionForm } from './ActionForm.tsx';
import { type GoalInPlan, type PlanView, StatusBadge, useFormat } from './common.tsx';
import { GoalForm, type PlanFormProps } from './GoalForm.tsx';

type Props = PlanFormProps;

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
