// Editing a goal with the version it was read at. On a conflict (someone else saved in between) nothing typed is
// lost: the user's version stands next to the saved one and the user chooses which stays.
import { type FormEvent, useRef, useState } from 'react';
import type { UpdateGoalInput } from '../../plans/api.ts';
import type { Goal } from '../../plans/document.ts';
import { FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ApiError, send } from '../lib/http.ts';
import { Alert, type PlanView, useFormat } from './common.tsx';
import { decimal } from './GoalForm.tsx';
import { usePlanTexts } from './texts.ts';

const FIELDS = ['title', 'targetValue', 'targetDate', 'ownerOrganisationId'];

type Saved = Goal & { version: number };
type Yours = UpdateGoalInput;

interface Props {
  goal: Saved;
  url: string;
  organisations: PlanView['organisations'];
  decimals: number;
  onSaved: () => void;
}

export function GoalEditForm({ goal, url, organisations, decimals, onSaved }: Props) {
  const { t, lang } = useI18n();
  const p = usePlanTexts();
  const f = useFormat();
  const { errors, formRef, fail, take, clear } = useFieldErrors(FIELDS);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState<{ current: Saved; yours: Yours } | null>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);

  const put = async (body: Yours) => {
    setBusy(true);
    clear();
    setMessage(null);
    try {
      await send('PATCH', url, body);
      setConflict(null);
      setMessage({ kind: 'ok', text: t.plans.goalSaved });
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'stale-version' && e.extra.current) {
        setConflict({ current: e.extra.current as Saved, yours: body });
        window.setTimeout(() => conflictHeading.current?.focus(), 0);
      } else if (!take(e)) setMessage({ kind: 'error', text: describeError(e, lang) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const targetValue = decimal(form.get('target'));
    if (targetValue !== null && Number.isNaN(targetValue)) {
      fail({ targetValue: p.notANumber });
      return;
    }
    void put({
      version: goal.version,
      title: String(form.get('title') ?? ''),
      targetValue,
      targetDate: String(form.get('date') ?? '') || null,
      ownerOrganisationId: String(form.get('owner') ?? '') || null,
    });
  };
  const owner = (id: string | null | undefined) =>
    id ? (organisations.find((o) => o.id === id)?.name ?? id) : t.plans.noOwner;
  const facts = (g: {
    title?: string;
    value?: number | null;
    date?: string | null;
    owner?: string | null;
  }) => (
    <dl className="jp-goal__facts">
      <div>
        <dt>{t.plans.goalTitle}</dt>
        <dd>{g.title}</dd>
      </div>
      <div>
        <dt>{t.plans.target}</dt>
        <dd>{f.number(g.value, decimals)}</dd>
      </div>
      <div>
        <dt>{t.plans.targetDate}</dt>
        <dd>{f.date(g.date)}</dd>
      </div>
      <div>
        <dt>{t.plans.owner}</dt>
        <dd>{owner(g.owner)}</dd>
      </div>
    </dl>
  );

  return (
    <>
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      {conflict && (
        <section className="jp-conflict" aria-labelledby="conflict-title" data-testid="conflict">
          <div>
            <h3 id="conflict-title" tabIndex={-1} ref={conflictHeading} className="utrecht-heading-3">
              {p.conflictTitle}
            </h3>
            <p className="utrecht-paragraph">{p.conflictIntro}</p>
          </div>
          <div data-version="yours">
            <h4 className="utrecht-heading-4">{p.yourVersion}</h4>
            {facts({
              title: conflict.yours.title,
              value: conflict.yours.targetValue,
              date: conflict.yours.targetDate,
              owner: conflict.yours.ownerOrganisationId,
            })}
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={busy}
              onClick={() => put({ ...conflict.yours, version: conflict.current.version })}
            >
              {p.keepMine}
            </button>
          </div>
          <div data-version="saved">
            <h4 className="utrecht-heading-4">{p.savedVersion(conflict.current.version)}</h4>
            {facts({
              title: conflict.current.title,
              value: conflict.current.target.value,
              date: conflict.current.target.date,
              owner: conflict.current.ownerOrganisationId,
            })}
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={busy}
              onClick={() => {
                setConflict(null);
                setMessage({ kind: 'ok', text: p.keptSaved });
                onSaved();
              }}
            >
              {p.keepSaved}
            </button>
          </div>
        </section>
      )}
      <form onSubmit={submit} className="jp-form" key={`${goal.id}-${goal.version}`} ref={formRef}>
        <FormField label={t.plans.goalTitle} error={errors.title}>
          {(control) => (
            <input
              {...control}
              name="title"
              defaultValue={goal.title}
              required
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <div className="jp-form-row">
          <FormField label={t.plans.target} error={errors.targetValue}>
            {(control) => (
              <input
                {...control}
                name="target"
                inputMode="decimal"
                defaultValue={goal.target.value ?? ''}
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
                defaultValue={goal.target.date ?? ''}
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            )}
          </FormField>
        </div>
        <FormField label={t.plans.owner} error={errors.ownerOrganisationId}>
          {(control) => (
            <select
              {...control}
              name="owner"
              defaultValue={goal.ownerOrganisationId ?? ''}
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t.plans.noOwner}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <p className="jp-muted">{t.plans.versionNote(goal.version)}</p>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={busy || !!conflict}
        >
          {t.plans.saveGoal}
        </button>
      </form>
    </>
  );
}
