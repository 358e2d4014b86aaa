// Evaluation moments (plan–do–check–act) with notes and decisions per kernopgave, goal or action.
import { type FormEvent, useState } from 'react';
import { DECISION_LABELS, DECISIONS, PDCA_LABELS, PDCA_PHASES } from '../../plans/vocabulary.ts';
import { FormField } from '../components/FormField.tsx';
import { useI18n } from '../i18n/index.tsx';
import { send } from '../lib/http.ts';
import { type PlanView, useFormat } from './common.tsx';

interface Props {
  view: PlanView;
  base: string;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

export function EvaluationsSection({ view, base, onDone, onError }: Props) {
  const { t, text } = useI18n();
  const f = useFormat();
  const [busy, setBusy] = useState(false);
  const subjects = view.kernopgaven.flatMap((k) => [
    { kind: 'kernopgave', id: k.id, title: k.title },
    ...k.goals.map((g) => ({ kind: 'goal', id: g.id, title: g.title })),
    ...k.actions.map((a) => ({ kind: 'action', id: a.id, title: a.title })),
  ]);
  const titles = new Map(subjects.map((s) => [s.id, s.title]));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const subject = String(form.get('subject') ?? '');
    const [kind, subjectId] = subject.split(':');
    setBusy(true);
    try {
      await send('POST', `${base}/evaluations`, {
        heldOn: form.get('heldOn'),
        phase: form.get('phase'),
        notes: form.get('notes') ?? '',
        decisions: subject
          ? [
              {
                subject: { kind, id: subjectId },
                decision: form.get('decision'),
                note: form.get('decisionNote') ?? '',
              },
            ]
          : [],
      });
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      onDone(t.plans.evaluationAdded);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section id="evaluaties" className="jp-section" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title" className="utrecht-heading-2">
        {t.plans.evaluationsTitle}
      </h2>
      <p className="utrecht-paragraph">{t.plans.evaluationsIntro}</p>
      {view.evaluations.length === 0 ? (
        <p className="utrecht-paragraph">{t.plans.noEvaluations}</p>
      ) : (
        <ul className="jp-goal-list">
          {view.evaluations.map((e) => (
            <li key={e.id} className="jp-goal">
              <p className="jp-goal__title">
                {f.date(e.heldOn)} · {text(PDCA_LABELS[e.phase])}
              </p>
              {e.notes && <p className="utrecht-paragraph">{e.notes}</p>}
              {e.decisions.length > 0 && (
                <ul>
                  {e.decisions.map((d) => (
                    <li key={`${d.subject.kind}:${d.subject.id}`}>
                      <strong>{text(DECISION_LABELS[d.decision])}</strong>:{' '}
                      {titles.get(d.subject.id) ?? d.subject.id}
                      {d.note && ` – ${d.note}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.permissions.includes('edit-plan') && (
        <details className="jp-details jp-plan-form">
          <summary>{t.plans.addEvaluation}</summary>
          <form onSubmit={submit} className="jp-form">
            <div className="jp-form-row">
              <FormField label={t.plans.heldOn}>
                {(control) => (
                  <input
                    {...control}
                    name="heldOn"
                    type="date"
                    required
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </FormField>
              <FormField label={t.plans.phase}>
                {(control) => (
                  <select {...control} name="phase" className="utrecht-select utrecht-select--html-select">
                    {PDCA_PHASES.map((p) => (
                      <option key={p} value={p}>
                        {text(PDCA_LABELS[p])}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            </div>
            <FormField label={t.plans.notes}>
              {(control) => (
                <textarea
                  {...control}
                  name="notes"
                  rows={3}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                />
              )}
            </FormField>
            <fieldset className="jp-fieldset">
              <legend>{t.plans.decision}</legend>
              <div className="jp-form-row">
                <FormField label={t.plans.decisionAbout}>
                  {(control) => (
                    <select
                      {...control}
                      name="subject"
                      className="utrecht-select utrecht-select--html-select"
                    >
                      <option value="">{t.plans.noDecision}</option>
                      {subjects.map((s) => (
                        <option key={s.id} value={`${s.kind}:${s.id}`}>
                          {s.title}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField label={t.plans.decision}>
                  {(control) => (
                    <select
                      {...control}
                      name="decision"
                      className="utrecht-select utrecht-select--html-select"
                    >
                      {DECISIONS.map((d) => (
                        <option key={d} value={d}>
                          {text(DECISION_LABELS[d])}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              </div>
              <FormField label={t.plans.decisionNote}>
                {(control) => (
                  <input
                    {...control}
                    name="decisionNote"
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </FormField>
            </fieldset>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
              {t.plans.saveEvaluation}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
