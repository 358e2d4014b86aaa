// /samenwerkingsverband/{id}/vragenlijst/{year}: the questionnaire of one round, drawn from its versioned definition
// (single, multiple-choice and scale items, "not applicable" where offered). Saved as a draft or submitted; editable
// until the round closes. When another member saved in between, both versions are shown and nothing is lost.
import { type ReactNode, useState } from 'react';
import {
  type Answer,
  type Answers,
  type ItemDefinition,
  isNotApplicable,
  type QuestionnaireDefinition,
} from '../../dsv/questionnaire.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { ApiError, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { type CollaborationView, dsvApi, Notice, pagePath, type ResponseView } from './common.tsx';
import { useDsvTexts } from './texts.ts';
import './dsv.css';

export default function QuestionnairePage({ id, year }: { id: string; year: number }) {
  const { d } = useDsvTexts();
  const collaboration = useFresh<CollaborationView>(dsvApi.one(id));
  const response = useFresh<ResponseView>(dsvApi.response(id, year));
  const version = response.data?.round.definitionVersion ?? null;
  const definition = useFresh<QuestionnaireDefinition>(version ? dsvApi.definition(version) : null);
  useTitle(d.qTitle(year));
  const error = collaboration.error ?? response.error ?? definition.error;
  if (error) return <ErrorMessage error={error} />;
  if (!collaboration.data || !response.data || !definition.data) return <Loading />;
  return (
    <Questionnaire
      key={`${id}-${year}`}
      collaboration={collaboration.data}
      initial={response.data}
      definition={definition.data}
    />
  );
}

function Questionnaire({
  collaboration,
  initial,
  definition,
}: {
  collaboration: CollaborationView;
  initial: ResponseView;
  definition: QuestionnaireDefinition;
}) {
  const { d, text, href } = useDsvTexts();
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [saved, setSaved] = useState<ResponseView>(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: ReactNode } | null>(null);
  const [conflict, setConflict] = useState<{ current: ResponseView; yours: Answers } | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnly = saved.round.status !== 'open' || !collaboration.permissions.edit;
  const year = saved.year;

  const set = (item: string, value: Answer | undefined) =>
    setAnswers((a) => {
      const next = { ...a };
      if (value === undefined) delete next[item];
      else next[item] = value;
      return next;
    });

  const save = async (submit: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const view = await send<ResponseView>('PUT', dsvApi.response(collaboration.id, year), {
        answers,
        version: saved.version,
        submit,
      });
      setSaved(view);
      setConflict(null);
      setMessage({ kind: 'ok', text: submit ? d.submittedOk : d.draftSaved });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'stale-version') {
        setConflict({ current: error.extra.current as ResponseView, yours: answers });
        setMessage({ kind: 'error', text: `${d.staleTitle}. ${d.staleBody}` });
      } else setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const open = definition.items.filter((i) => answers[i.id] === undefined);
  return (
    <div className="jp-page jp-dsv" data-questionnaire={year}>
      <p className="jp-pre-heading">
        <Link href={href(pagePath.one(collaboration.id))} className="utrecht-link">
          {collaboration.name}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{text(definition.title)}</h1>
      <p className="utrecht-paragraph jp-muted">{text(definition.source.note)}</p>
      <p className="utrecht-paragraph" data-response-status={saved.status}>
        {d.status}: {d.responseStatus[saved.status]}
        {open.length > 0 && ` · ${d.unansweredNote(open.length)}`}
      </p>
      {saved.round.status !== 'open' && <Notice kind="warning">{d.roundClosedNote(year)}</Notice>}
      {!collaboration.check.passes && <Notice kind="warning">{d.notADsv}</Notice>}
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text}</Notice>}</div>
      {conflict && (
        <ConflictView
          definition={definition}
          current={conflict.current}
          yours={conflict.yours}
          onTakeTheirs={() => {
            setAnswers(conflict.current.answers);
            setSaved(conflict.current);
            setConflict(null);
            setMessage(null);
          }}
          onKeepMine={() => {
            setSaved(conflict.current);
            setConflict(null);
            setMessage(null);
          }}
        />
      )}
      <form
        className="jp-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        {definition.sections.map((section) => (
          <fieldset key={section.id} className="jp-fieldset" data-section={section.id}>
            <legend>{text(section.title)}</legend>
            {section.intro && <p className="utrecht-paragraph">{text(section.intro)}</p>}
            {definition.items
              .filter((i) => i.section === section.id)
              .map((item) => (
                <ItemField
                  key={item.id}
                  definition={definition}
                  item={item}
                  value={answers[item.id]}
                  disabled={readOnly}
                  onChange={(v) => set(item.id, v)}
                />
              ))}
          </fieldset>
        ))}
        {!readOnly && (
          <div className="jp-actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
              {d.saveDraft}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={busy}
              onClick={() => void save(true)}
            >
              {d.submit}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}

function ItemField({
  definition,
  item,
  value,
  disabled,
  onChange,
}: {
  definition: QuestionnaireDefinition;
  item: ItemDefinition;
  value: Answer | undefined;
  disabled: boolean;
  onChange: (value: Answer | undefined) => void;
}) {
  const { d, text } = useDsvTexts();
  const na = isNotApplicable(value);
  const name = `q-${item.id}`;
  const naBox = item.notApplicable && (
    <label className="jp-check">
      <input
        type={item.kind === 'multiple' ? 'checkbox' : 'radio'}
        name={item.kind === 'multiple' ? `${name}-na` : name}
        checked={na}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked ? { notApplicable: true } : undefined)}
      />{' '}
      {d.notApplicable}
    </label>
  );
  let options: ReactNode;
  if (item.kind === 'scale') {
    const scale = definition.scales[item.scale!]!;
    const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
    options = points.map((v) => (
      <label key={v} className="jp-check">
        <input
          type="radio"
          name={name}
          value={v}
          checked={value === v}
          disabled={disabled}
          onChange={() => onChange(v)}
        />{' '}
        {v}
        {scale.labels[String(v)] ? ` ${text(scale.labels[String(v)]!)}` : ''}
      </label>
    ));
  } else if (item.kind === 'single') {
    options = item.options!.map((o) => (
      <label key={o.id} className="jp-check">
        <input
          type="radio"
          name={name}
          value={o.id}
          checked={value === o.id}
          disabled={disabled}
          onChange={() => onChange(o.id)}
        />{' '}
        {text(o.label)}
      </label>
    ));
  } else {
    const chosen = Array.isArray(value) ? value : [];
    options = item.options!.map((o) => (
      <label key={o.id} className="jp-check">
        <input
          type="checkbox"
          value={o.id}
          checked={chosen.includes(o.id)}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))}
        />{' '}
        {text(o.label)}
      </label>
    ));
  }
  return (
    <fieldset className="jp-fieldset" data-item={item.id}>
      <legend>
        {text(item.text)}
        {item.required && <span className="jp-muted"> ({d.requiredNote})</span>}
      </legend>
      <div className={item.kind === 'scale' ? 'jp-dsv-scale' : undefined}>
        {options}
        {naBox}
      </div>
      {value !== undefined && !disabled && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle jp-button-small"
          onClick={() => onChange(undefined)}
        >
          {d.clear}
        </button>
      )}
    </fieldset>
  );
}

function ConflictView({
  definition,
  current,
  yours,
  onTakeTheirs,
  onKeepMine,
}: {
  definition: QuestionnaireDefinition;
  current: ResponseView;
  yours: Answers;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { d, text } = useDsvTexts();
  const differs = definition.items.filter(
    (i) => JSON.stringify(current.answers[i.id]) !== JSON.stringify(yours[i.id]),
  );
  const show = (a: Answer | undefined) =>
    a === undefined
      ? d.notAnswered
      : isNotApplicable(a)
        ? d.notApplicable
        : Array.isArray(a)
          ? a.join(', ')
          : String(a);
  const table = (title: string, answers: Answers) => (
    <table className="utrecht-table utrecht-table--html-table jp-table">
      <caption className="utrecht-table__caption">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{d.question}</th>
          <th scope="col">{d.answer}</th>
        </tr>
      </thead>
      <tbody>
        {differs.map((i) => (
          <tr key={i.id}>
            <th scope="row">{text(i.text)}</th>
            <td>{show(answers[i.id])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="jp-dsv-conflict" data-conflict aria-label={d.staleTitle}>
      <div data-conflict-current>{table(d.conflictCurrent, current.answers)}</div>
      <div data-conflict-yours>{table(d.conflictYours, yours)}</div>
      <div className="jp-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onTakeTheirs}
        >
          {d.takeTheirs}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onKeepMine}
        >
          {d.keepMine}
        </button>
      </div>
    </section>
  );
}
