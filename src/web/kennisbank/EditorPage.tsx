// /kennisbank/redactie: for redacteuren — the drafts and items in review, and a new item (a draft: summary in
// own words, source required). Errors from the API name the field; the form keeps what was typed.
import { type FormEvent, useState } from 'react';
import { PHASE_LABELS, PHASES } from '../../jzojp/vocabulary.ts';
import type { Item, SearchAnswer } from '../../kennisbank/schema.ts';
import { ITEM_KIND_LABELS, ITEM_KINDS, type ItemKind } from '../../kennisbank/vocabulary.ts';
import { Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { useKbTexts } from './texts.ts';
import './kennisbank.css';

function Queue({ status, label, stamp }: { status: 'draft' | 'review'; label: string; stamp: number }) {
  const { href } = useI18n();
  const kb = useKbTexts();
  const list = useFresh<SearchAnswer>(`/api/kennisbank/search?status=${status}&limit=100&v=${stamp}`);
  return (
    <section className="jp-section" aria-labelledby={`kb-${status}`}>
      <h2 id={`kb-${status}`} className="utrecht-heading-2">
        {label}
      </h2>
      {!list.data && <Loading />}
      {list.data && list.data.hits.length === 0 && <p className="utrecht-paragraph">{kb.none}</p>}
      <ul>
        {list.data?.hits.map((h) => (
          <li key={h.item.id}>
            <Link className="utrecht-link" href={href(`/kennisbank/item/${h.item.id}`)}>
              {h.item.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function EditorPage() {
  const { text, href } = useI18n();
  const kb = useKbTexts();
  useTitle(kb.editorTitle);
  const me = useFresh<{ editor: boolean }>('/api/kennisbank/me');
  const [form, setForm] = useState({
    kind: 'tool' as ItemKind,
    title: '',
    summary: '',
    document: '',
    section: '',
    page: '',
  });
  const [phases, setPhases] = useState<number[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string; id?: string } | null>(null);
  const [stamp, setStamp] = useState(0);
  if (!me.data) return <Loading />;
  if (!me.data.editor)
    return (
      <div className="jp-page">
        <h1 className="utrecht-heading-1">{kb.editorTitle}</h1>
        <p className="utrecht-paragraph">{kb.notEditor}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={href('/inloggen', { terug: '/kennisbank/redactie' })}>
            Inloggen
          </Link>
        </p>
      </div>
    );
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const item = await send<Item>('POST', '/api/kennisbank/items', {
        kind: form.kind,
        title: form.title,
        summary: form.summary,
        source: {
          document: form.document,
          section: form.section,
          page: form.page ? Number(form.page) : null,
        },
        phases,
      });
      setMessage({ ok: true, text: kb.saved, id: item.id });
      setForm((f) => ({ ...f, title: '', summary: '' }));
      setStamp((s) => s + 1);
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{kb.editorTitle}</h1>
      <p className="utrecht-paragraph jp-lead">{kb.editorLead}</p>
      <Queue status="review" label={kb.inReview} stamp={stamp} />
      <Queue status="draft" label={kb.drafts} stamp={stamp} />
      <section className="jp-section" aria-labelledby="kb-new">
        <h2 id="kb-new" className="utrecht-heading-2">
          {kb.newItem}
        </h2>
        <div aria-live="polite">
          {message && (
            <p className="utrecht-paragraph" role={message.ok ? 'status' : 'alert'}>
              {message.text}{' '}
              {message.id && (
                <Link className="utrecht-link" href={href(`/kennisbank/item/${message.id}`)}>
                  {form.kind && text(ITEM_KIND_LABELS[form.kind])}
                </Link>
              )}
            </p>
          )}
        </div>
        <form className="jp-kb-edit" onSubmit={submit}>
          <label>
            {kb.kind}
            <select className="utrecht-select" value={form.kind} onChange={set('kind')}>
              {ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {text(ITEM_KIND_LABELS[k])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {kb.titleField}
            <input
              className="utrecht-textbox"
              required
              value={form.title}
              onChange={set('title')}
              maxLength={200}
            />
          </label>
          <label>
            {kb.summaryField}
            <textarea
              className="utrecht-textarea"
              required
              rows={4}
              value={form.summary}
              onChange={set('summary')}
              maxLength={2000}
            />
          </label>
          <label>
            {kb.documentField}
            <input
              className="utrecht-textbox"
              required
              value={form.document}
              onChange={set('document')}
              maxLength={300}
            />
          </label>
          <label>
            {kb.sectionField}
            <input
              className="utrecht-textbox"
              required
              value={form.section}
              onChange={set('section')}
              maxLength={300}
            />
          </label>
          <label>
            {kb.pageField}
            <input
              className="utrecht-textbox"
              inputMode="numeric"
              value={form.page}
              onChange={set('page')}
              maxLength={5}
            />
          </label>
          <fieldset>
            <legend>{kb.phases}</legend>
            {PHASES.map((p) => (
              <label key={p} style={{ display: 'flex', gap: '0.5rem' }}>
                <input
                  type="checkbox"
                  checked={phases.includes(p)}
                  onChange={(e) =>
                    setPhases((xs) => (e.target.checked ? [...xs, p] : xs.filter((x) => x !== p)))
                  }
                />
                {p}. {text(PHASE_LABELS[p])}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {kb.save}
          </button>
        </form>
      </section>
    </div>
  );
}
