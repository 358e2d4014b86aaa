// /werkruimte/{id}/leren: the learning cycles of a workspace — a new cycle with its learning question and role;
// per cycle its sessions (participants per perspective, decisions) and lessons (per perspective and building block,
// quotes by role only), proposing a lesson to the kennisbank, and publishing the cycle.
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  BUILDING_BLOCK_LABELS,
  BUILDING_BLOCKS,
  PERSPECTIVE_LABELS,
  PERSPECTIVES,
} from '../../jzojp/vocabulary.ts';
import type { Cycle, Lesson, Session } from '../../learning/schema.ts';
import { CYCLE_ROLE_LABELS, CYCLE_ROLES, CYCLE_STATUS_LABELS } from '../../learning/vocabulary.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ApiError, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate, useRoute } from '../router.tsx';
import { useLearningTexts } from './texts.ts';
import './learning.css';

type Message = { ok: boolean; text: string } | null;

/** What a failed request says on this page. */
const failed = (error: unknown): Message => ({ ok: false, text: (error as Error).message });

function Feedback({ message }: { message: Message }) {
  return (
    <div aria-live="polite">
      {message && (
        <p className="utrecht-paragraph" role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

/**
 * A form of this page: its heading, what its last request said, its fields and its submit button. `save` sends the
 * form and gives the text that says it went well (none: the message stays as it was); an error is said in the form.
 */
function LearningForm({
  id,
  title,
  level = 3,
  className = 'jp-learning-form',
  save,
  onError,
  submit,
  children,
}: {
  /** the heading's id, which names the form */
  id: string;
  title: string;
  level?: 2 | 3;
  className?: string;
  save: () => Promise<string | undefined>;
  onError?: (error: unknown) => void;
  submit: string;
  children: ReactNode;
}) {
  const [message, setMessage] = useState<Message>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await save();
      if (saved) setMessage({ ok: true, text: saved });
    } catch (error) {
      onError?.(error);
      setMessage(failed(error));
    }
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form className={className} onSubmit={onSubmit} aria-labelledby={id}>
      <Heading id={id} className={`utrecht-heading-${level}`}>
        {title}
      </Heading>
      <Feedback message={message} />
      {children}
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {submit}
      </button>
    </form>
  );
}

/** A select inside its label. */
function SelectField({
  label,
  value,
  onChange,
  options,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label>
      {label}
      <select className="utrecht-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A text box inside its label, or a text area when it has rows; a hint stands after it, in the label. */
function TextField({
  label,
  value,
  onChange,
  rows,
  hint,
  ...rest
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: { id: string; text: string };
  required?: boolean;
  maxLength?: number;
  type?: 'date';
  inputMode?: 'numeric';
}) {
  const props = {
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    'aria-describedby': hint?.id,
    ...rest,
  };
  const control = rows ? (
    <textarea className="utrecht-textarea" rows={rows} {...props} />
  ) : (
    <input className="utrecht-textbox" {...props} />
  );
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control above stands in the label
    <label>
      {label}
      {control}
      {hint && (
        <span id={hint.id} className="jp-muted">
          {hint.text}
        </span>
      )}
    </label>
  );
}

function LessonForm({ base, sessions, onSaved }: { base: string; sessions: Session[]; onSaved: () => void }) {
  const { text } = useI18n();
  const l = useLearningTexts();
  const empty = {
    perspective: 'bestuurlijk',
    buildingBlock: 'lerend-vermogen',
    text: '',
    quote: '',
    quoteRole: '',
    sessionId: '',
  };
  const [form, setForm] = useState(empty);
  const [namesChecked, setNamesChecked] = useState(false);
  const [flagged, setFlagged] = useState(false);
  const set = (field: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const save = async () => {
    const answer = await send<{ similarEarlier: { text: string }[] }>('POST', `${base}/lessons`, {
      ...form,
      sessionId: form.sessionId || null,
      quote: form.quote || null,
      quoteRole: form.quoteRole || null,
      namesChecked,
    });
    const similar = answer.similarEarlier.map((s) => `"${s.text}"`).join('; ');
    setForm(empty);
    setFlagged(false);
    setNamesChecked(false);
    onSaved();
    return similar ? `${l.saved} ${l.similar} ${similar}` : l.saved;
  };
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'possible-name') setFlagged(true);
  };
  return (
    <LearningForm id="lesson-form-title" title={l.newLesson} save={save} onError={onError} submit={l.save}>
      <SelectField
        label={l.perspective}
        value={form.perspective}
        onChange={set('perspective')}
        options={PERSPECTIVES.map((p) => ({ value: p, label: text(PERSPECTIVE_LABELS[p]) }))}
      />
      <SelectField
        label={`${l.lessons}: bouwsteen`}
        value={form.buildingBlock}
        onChange={set('buildingBlock')}
        options={BUILDING_BLOCKS.map((b) => ({ value: b, label: text(BUILDING_BLOCK_LABELS[b]) }))}
      />
      {sessions.length > 0 && (
        <SelectField
          label={l.sessions}
          value={form.sessionId}
          onChange={set('sessionId')}
          options={[
            { value: '', label: '–' },
            ...sessions.map((s) => ({ value: s.id, label: `${s.heldOn} ${s.title}` })),
          ]}
        />
      )}
      <TextField
        label={l.lessonText}
        required
        rows={3}
        value={form.text}
        onChange={set('text')}
        maxLength={2000}
      />
      <TextField label={l.quote} rows={2} value={form.quote} onChange={set('quote')} maxLength={1000} />
      <TextField
        label={l.quoteRole}
        value={form.quoteRole}
        onChange={set('quoteRole')}
        maxLength={120}
        hint={{ id: 'quote-hint', text: l.quoteHint }}
      />
      {flagged && (
        <label style={{ display: 'flex', gap: '0.5rem' }}>
          <input type="checkbox" checked={namesChecked} onChange={(e) => setNamesChecked(e.target.checked)} />
          {l.namesChecked}
        </label>
      )}
    </LearningForm>
  );
}

function SessionForm({ base, onSaved }: { base: string; onSaved: () => void }) {
  const { text } = useI18n();
  const l = useLearningTexts();
  const [form, setForm] = useState({
    heldOn: new Date().toISOString().slice(0, 10),
    title: '',
    decisions: '',
  });
  const [counts, setCounts] = useState<Record<string, string>>({});
  const save = async () => {
    await send('POST', `${base}/sessions`, {
      heldOn: form.heldOn,
      title: form.title,
      participants: Object.fromEntries(PERSPECTIVES.map((p) => [p, Number(counts[p] || 0)])),
      decisions: form.decisions
        .split('\n')
        .map((d) => d.trim())
        .filter((d) => d),
    });
    setForm((f) => ({ ...f, title: '', decisions: '' }));
    setCounts({});
    onSaved();
    return l.saved;
  };
  return (
    <LearningForm id="session-form-title" title={l.newSession} save={save} submit={l.save}>
      <TextField
        label={l.heldOn}
        type="date"
        required
        value={form.heldOn}
        onChange={(heldOn) => setForm({ ...form, heldOn })}
      />
      <TextField
        label={l.cycleTitle}
        required
        value={form.title}
        onChange={(title) => setForm({ ...form, title })}
        maxLength={200}
      />
      <fieldset>
        <legend>{l.participants}</legend>
        <div className="jp-learning-participants">
          {PERSPECTIVES.map((p) => (
            <TextField
              key={p}
              label={text(PERSPECTIVE_LABELS[p])}
              inputMode="numeric"
              value={counts[p] ?? ''}
              onChange={(count) => setCounts((c) => ({ ...c, [p]: count }))}
              maxLength={5}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        label={l.decisions}
        rows={3}
        value={form.decisions}
        onChange={(decisions) => setForm({ ...form, decisions })}
      />
    </LearningForm>
  );
}

function CycleDetail({ base, cycleId, onChanged }: { base: string; cycleId: string; onChanged: () => void }) {
  const { text } = useI18n();
  const l = useLearningTexts();
  const url = `${base}/${encodeURIComponent(cycleId)}`;
  const detail = useFresh<{ cycle: Cycle; sessions: Session[]; lessons: Lesson[] }>(url);
  const [message, setMessage] = useState<Message>(null);
  if (detail.error && !detail.data) return <ErrorMessage error={detail.error} />;
  if (!detail.data) return <Loading />;
  const { cycle, sessions, lessons } = detail.data;
  const reload = () => {
    detail.reload();
    onChanged();
  };
  const propose = async (lesson: Lesson) => {
    try {
      await send('POST', `${url}/lessons/${lesson.id}/propose`, { title: lesson.text.slice(0, 80) });
      setMessage({ ok: true, text: l.proposed });
      reload();
    } catch (error) {
      setMessage(failed(error));
    }
  };
  const publish = async () => {
    try {
      await send('PUT', url, { ...cycle, published: true, status: 'closed' });
      setMessage({ ok: true, text: l.published });
      reload();
    } catch (error) {
      setMessage(failed(error));
    }
  };
  return (
    <section className="jp-section" aria-labelledby="cycle-title">
      <h2 id="cycle-title" className="utrecht-heading-2">
        {cycle.title}
      </h2>
      <p className="utrecht-paragraph">
        <strong>{l.question}:</strong> {cycle.question}
      </p>
      <p className="utrecht-paragraph jp-muted">
        {text(CYCLE_ROLE_LABELS[cycle.role])} · {text(CYCLE_STATUS_LABELS[cycle.status])}
        {cycle.published ? ` · ${l.published}` : ''}
      </p>
      <Feedback message={message} />
      {!cycle.published && lessons.length > 0 && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={publish}>
          {l.publish}
        </button>
      )}
      <h3 className="utrecht-heading-3">{l.sessions}</h3>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            {s.heldOn} · {s.title} ·{' '}
            {PERSPECTIVES.filter((p) => s.participants[p] > 0)
              .map((p) => `${text(PERSPECTIVE_LABELS[p])} ${s.participants[p]}`)
              .join(', ')}
            {s.decisions.length > 0 && (
              <ul>
                {s.decisions.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h3 className="utrecht-heading-3">{l.lessons}</h3>
      {PERSPECTIVES.filter((p) => lessons.some((x) => x.perspective === p)).map((p) => (
        <div key={p}>
          <h4 className="utrecht-heading-4">{text(PERSPECTIVE_LABELS[p])}</h4>
          {lessons
            .filter((x) => x.perspective === p)
            .map((lesson) => (
              <div key={lesson.id} className="jp-lesson">
                <p className="jp-muted">
                  {text(PERSPECTIVE_LABELS[lesson.perspective])} ·{' '}
                  {text(BUILDING_BLOCK_LABELS[lesson.buildingBlock])}
                </p>
                <p className="utrecht-paragraph">{lesson.text}</p>
                {lesson.quote && (
                  <blockquote>
                    “{lesson.quote}” — {lesson.quoteRole}
                  </blockquote>
                )}
                {lesson.proposedItemId ? (
                  <p className="jp-muted">{l.proposed}</p>
                ) : (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => propose(lesson)}
                  >
                    {l.propose}
                  </button>
                )}
              </div>
            ))}
        </div>
      ))}
      <SessionForm base={url} onSaved={reload} />
      <LessonForm base={url} sessions={sessions} onSaved={reload} />
    </section>
  );
}

/** The cycles of a workspace (`/werkruimte/{id}/leren`) or of a collaboration (`/samenwerkingsverband/{id}/leren`). */
export default function CyclesPage({ apiBase, pagePath }: { apiBase: string; pagePath: string }) {
  const { text, href } = useI18n();
  const l = useLearningTexts();
  const route = useRoute();
  const base = apiBase;
  const list = useFresh<{ cycles: (Cycle & { sessions: number; lessons: number })[] }>(base);
  const [form, setForm] = useState({ title: '', question: '', role: 'network-building' });
  useTitle(l.cyclesTitle);
  const selected = route.query.get('cyclus');
  if (list.error && !list.data) {
    if (list.error instanceof ApiError && list.error.status === 401)
      return (
        <div className="jp-page">
          <h1 className="utrecht-heading-1">{l.cyclesTitle}</h1>
          <Link className="utrecht-link" href={href('/inloggen', { terug: pagePath })}>
            {l.loginFirst}
          </Link>
        </div>
      );
    return <ErrorMessage error={list.error} />;
  }
  if (!list.data) return <Loading />;
  const create = async () => {
    const cycle = await send<Cycle>('POST', base, form);
    setForm({ title: '', question: '', role: form.role });
    list.reload();
    navigate(href(pagePath, { cyclus: cycle.id }), { keepPosition: true });
    return undefined; // the new cycle opens: that says it went well
  };
  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{l.cyclesTitle}</h1>
      <p className="utrecht-paragraph jp-lead">{l.cyclesLead}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={href('/leren/synthese')}>
          {l.synthesisLink}
        </Link>
      </p>
      <ul>
        {list.data.cycles.map((c) => (
          <li key={c.id}>
            <Link
              className="utrecht-link"
              href={href(pagePath, { cyclus: c.id })}
              aria-current={c.id === selected ? 'true' : undefined}
            >
              {c.title}
            </Link>{' '}
            ({c.sessions} {l.sessions.toLowerCase()}, {c.lessons} {l.lessons.toLowerCase()}
            {c.published ? `, ${l.published.toLowerCase()}` : ''})
          </li>
        ))}
      </ul>
      {selected && <CycleDetail key={selected} base={base} cycleId={selected} onChanged={list.reload} />}
      <LearningForm
        id="new-cycle"
        title={l.newCycle}
        level={2}
        className="jp-learning-form jp-section"
        save={create}
        submit={l.create}
      >
        <TextField
          label={l.cycleTitle}
          required
          value={form.title}
          onChange={(title) => setForm({ ...form, title })}
          maxLength={200}
        />
        <TextField
          label={l.question}
          required
          rows={2}
          value={form.question}
          onChange={(question) => setForm({ ...form, question })}
          maxLength={1000}
        />
        <SelectField
          label={l.role}
          value={form.role}
          onChange={(role) => setForm({ ...form, role })}
          options={CYCLE_ROLES.map((r) => ({ value: r, label: text(CYCLE_ROLE_LABELS[r]) }))}
        />
      </LearningForm>
    </div>
  );
}
