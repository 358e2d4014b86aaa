// /werkruimte/{id}/leren: the learning cycles of a workspace — a new cycle with its learning question and role;
// per cycle its sessions (participants per perspective, decisions) and lessons (per perspective and building block,
// quotes by role only), proposing a lesson to the kennisbank, and publishing the cycle.
import { type FormEvent, useState } from 'react';
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
  const [message, setMessage] = useState<Message>(null);
  const set = (field: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const answer = await send<{ similarEarlier: { text: string }[] }>('POST', `${base}/lessons`, {
        ...form,
        sessionId: form.sessionId || null,
        quote: form.quote || null,
        quoteRole: form.quoteRole || null,
        namesChecked,
      });
      const similar = answer.similarEarlier.map((s) => `"${s.text}"`).join('; ');
      setMessage({ ok: true, text: similar ? `${l.saved} ${l.similar} ${similar}` : l.saved });
      setForm(empty);
      setFlagged(false);
      setNamesChecked(false);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'possible-name') setFlagged(true);
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  return (
    <form className="jp-learning-form" onSubmit={submit} aria-labelledby="lesson-form-title">
      <h3 id="lesson-form-title" className="utrecht-heading-3">
        {l.newLesson}
      </h3>
      <Feedback message={message} />
      <label>
        {l.perspective}
        <select className="utrecht-select" value={form.perspective} onChange={set('perspective')}>
          {PERSPECTIVES.map((p) => (
            <option key={p} value={p}>
              {text(PERSPECTIVE_LABELS[p])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {l.lessons}: bouwsteen
        <select className="utrecht-select" value={form.buildingBlock} onChange={set('buildingBlock')}>
          {BUILDING_BLOCKS.map((b) => (
            <option key={b} value={b}>
              {text(BUILDING_BLOCK_LABELS[b])}
            </option>
          ))}
        </select>
      </label>
      {sessions.length > 0 && (
        <label>
          {l.sessions}
          <select className="utrecht-select" value={form.sessionId} onChange={set('sessionId')}>
            <option value="">–</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.heldOn} {s.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {l.lessonText}
        <textarea
          className="utrecht-textarea"
          required
          rows={3}
          value={form.text}
          onChange={set('text')}
          maxLength={2000}
        />
      </label>
      <label>
        {l.quote}
        <textarea
          className="utrecht-textarea"
          rows={2}
          value={form.quote}
          onChange={set('quote')}
          maxLength={1000}
        />
      </label>
      <label>
        {l.quoteRole}
        <input
          className="utrecht-textbox"
          value={form.quoteRole}
          onChange={set('quoteRole')}
          maxLength={120}
          aria-describedby="quote-hint"
        />
        <span id="quote-hint" className="jp-muted">
          {l.quoteHint}
        </span>
      </label>
      {flagged && (
        <label style={{ display: 'flex', gap: '0.5rem' }}>
          <input type="checkbox" checked={namesChecked} onChange={(e) => setNamesChecked(e.target.checked)} />
          {l.namesChecked}
        </label>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {l.save}
      </button>
    </form>
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
  const [message, setMessage] = useState<Message>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await send('POST', `${base}/sessions`, {
        heldOn: form.heldOn,
        title: form.title,
        participants: Object.fromEntries(PERSPECTIVES.map((p) => [p, Number(counts[p] || 0)])),
        decisions: form.decisions
          .split('\n')
          .map((d) => d.trim())
          .filter((d) => d),
      });
      setMessage({ ok: true, text: l.saved });
      setForm((f) => ({ ...f, title: '', decisions: '' }));
      setCounts({});
      onSaved();
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  return (
    <form className="jp-learning-form" onSubmit={submit} aria-labelledby="session-form-title">
      <h3 id="session-form-title" className="utrecht-heading-3">
        {l.newSession}
      </h3>
      <Feedback message={message} />
      <label>
        {l.heldOn}
        <input
          type="date"
          className="utrecht-textbox"
          required
          value={form.heldOn}
          onChange={(e) => setForm({ ...form, heldOn: e.target.value })}
        />
      </label>
      <label>
        {l.cycleTitle}
        <input
          className="utrecht-textbox"
          required
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
          maxLength={200}
        />
      </label>
      <fieldset>
        <legend>{l.participants}</legend>
        <div className="jp-learning-participants">
          {PERSPECTIVES.map((p) => (
            <label key={p}>
              {text(PERSPECTIVE_LABELS[p])}
              <input
                className="utrecht-textbox"
                inputMode="numeric"
                value={counts[p] ?? ''}
                onChange={(e) => setCounts((c) => ({ ...c, [p]: e.target.value }))}
                maxLength={5}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {l.decisions}
        <textarea
          className="utrecht-textarea"
          rows={3}
          value={form.decisions}
          onChange={(e) => setForm({ ...form, decisions: e.target.value })}
        />
      </label>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {l.save}
      </button>
    </form>
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
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  const publish = async () => {
    try {
      await send('PUT', url, { ...cycle, published: true, status: 'closed' });
      setMessage({ ok: true, text: l.published });
      reload();
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
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
  const [message, setMessage] = useState<Message>(null);
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
  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const cycle = await send<Cycle>('POST', base, form);
      setForm({ title: '', question: '', role: form.role });
      list.reload();
      navigate(href(pagePath, { cyclus: cycle.id }), { keepPosition: true });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
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
      <form className="jp-learning-form jp-section" onSubmit={create} aria-labelledby="new-cycle">
        <h2 id="new-cycle" className="utrecht-heading-2">
          {l.newCycle}
        </h2>
        <Feedback message={message} />
        <label>
          {l.cycleTitle}
          <input
            className="utrecht-textbox"
            required
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
            maxLength={200}
          />
        </label>
        <label>
          {l.question}
          <textarea
            className="utrecht-textarea"
            required
            rows={2}
            value={form.question}
            onChange={(e) => setForm({ ...form, question: e.target.value })}
            maxLength={1000}
          />
        </label>
        <label>
          {l.role}
          <select
            className="utrecht-select"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value })}
          >
            {CYCLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {text(CYCLE_ROLE_LABELS[r])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {l.create}
        </button>
      </form>
    </div>
  );
}
