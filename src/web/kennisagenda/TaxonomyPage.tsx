// /kennisagenda/taxonomie: the current taxonomy and its versions; a beheerder edits headings, aliases and
// descriptions (the five forms have none in the source) and saves the whole as a new version. Ids stay fixed.
import { type FormEvent, useState } from 'react';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Alert, useFormat } from '../plans/common.tsx';
import { Link } from '../router.tsx';
import { useKennisagendaTexts } from './texts.ts';
import type { Me, TaxonomyAnswer, TaxonomyDocument } from './types.ts';
import '../plans/plans.css';
import './kennisagenda.css';

interface VersionRow {
  version: number;
  author: string | null;
  note: string | null;
  createdAt: string;
}

export default function TaxonomyPage() {
  const k = useKennisagendaTexts();
  const { lang, href } = useI18n();
  const f = useFormat();
  useTitle(k.taxonomyTitle);
  const taxonomy = useFresh<TaxonomyAnswer>('/api/kennisagenda/taxonomy');
  const versions = useFresh<VersionRow[]>('/api/kennisagenda/taxonomy/versions');
  const me = useFresh<Me>('/api/kennisagenda/me');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (taxonomy.error) return <ErrorMessage error={taxonomy.error} />;
  if (!taxonomy.data) return <Loading />;
  const manage = me.data?.permissions.includes('manage') ?? false;
  const current = taxonomy.data;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const document: TaxonomyDocument = structuredClone(current.document);
    for (const entry of [...document.knowledgeThemes, ...document.careShiftForms]) {
      entry.heading = String(form.get(`heading-${entry.id}`) ?? entry.heading).trim() || entry.heading;
      entry.aliases = String(form.get(`aliases-${entry.id}`) ?? '')
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean);
      const description = String(form.get(`description-${entry.id}`) ?? '').trim();
      entry.description = description ? { ...(entry.description ?? {}), nl: description } : null;
    }
    const note = String(form.get('note') ?? '').trim();
    try {
      const saved = await send<{ version: number }>('PUT', '/api/kennisagenda/taxonomy', {
        version: current.version,
        document,
        ...(note ? { note } : {}),
      });
      setMessage({ kind: 'ok', text: k.versionSaved(saved.version) });
      taxonomy.reload();
      versions.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  const entries = (dimension: 'knowledgeThemes' | 'careShiftForms') => current.document[dimension];
  return (
    <div className="jp-page jp-ka">
      <p className="jp-pre-heading">
        <Link href={href('/kennisagenda')}>{k.agendaTitle}</Link>
      </p>
      <h1 className="utrecht-heading-1">{k.taxonomyTitle}</h1>
      <p className="utrecht-paragraph jp-lead">{k.taxonomyLead}</p>
      <p className="jp-muted">{k.edition(current.version, current.document.edition)}</p>
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      <form className="jp-form" onSubmit={save} key={current.version}>
        {(['knowledgeThemes', 'careShiftForms'] as const).map((dimension) => (
          <section key={dimension} className="jp-section" aria-labelledby={`tx-${dimension}`}>
            <h2 id={`tx-${dimension}`} className="utrecht-heading-2">
              {dimension === 'knowledgeThemes' ? k.themes : k.forms}
            </h2>
            {entries(dimension).map((e) => (
              <fieldset key={e.id} className="jp-fieldset">
                <legend>
                  {lang === 'en' ? e.label.en : e.label.nl} <span className="jp-muted">({e.id})</span>
                </legend>
                <label className="utrecht-form-label" htmlFor={`heading-${e.id}`}>
                  {k.heading}
                </label>
                <input
                  id={`heading-${e.id}`}
                  name={`heading-${e.id}`}
                  defaultValue={e.heading}
                  readOnly={!manage}
                  className="utrecht-textbox utrecht-textbox--html-input"
                />
                <label className="utrecht-form-label" htmlFor={`aliases-${e.id}`}>
                  {k.aliases}
                </label>
                <textarea
                  id={`aliases-${e.id}`}
                  name={`aliases-${e.id}`}
                  defaultValue={e.aliases.join('\n')}
                  readOnly={!manage}
                  rows={2}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                />
                <label className="utrecht-form-label" htmlFor={`description-${e.id}`}>
                  {k.descriptionOf}
                </label>
                <textarea
                  id={`description-${e.id}`}
                  name={`description-${e.id}`}
                  defaultValue={e.description?.nl ?? ''}
                  readOnly={!manage}
                  rows={3}
                  lang="nl"
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                />
              </fieldset>
            ))}
          </section>
        ))}
        {manage && (
          <>
            <label className="utrecht-form-label" htmlFor="tx-note">
              {k.changeNote}
            </label>
            <input
              id="tx-note"
              name="note"
              maxLength={1000}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {k.saveVersion}
            </button>
          </>
        )}
      </form>
      <section className="jp-section" aria-labelledby="tx-history">
        <h2 id="tx-history" className="utrecht-heading-2">
          {k.history}
        </h2>
        <ul>
          {(versions.data ?? []).map((v) => (
            <li key={v.version}>{k.versionLine(v.version, v.author, f.date(v.createdAt), v.note)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
