// /kennisagenda/werk: the coding work for the signed-in account: its roles, the corpora with their counts, for a
// beheerder a new corpus and an import (all or nothing, every problem named by row and column), and the report.
import { type FormEvent, useState } from 'react';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ApiError, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Alert } from '../plans/common.tsx';
import { Link } from '../router.tsx';
import { useKennisagendaTexts } from './texts.ts';
import type { CorpusRow, Me } from './types.ts';
import '../plans/plans.css';
import './kennisagenda.css';

interface Problem {
  row: number | null;
  column: string | null;
  message: string;
}

async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export default function WorkPage() {
  const k = useKennisagendaTexts();
  const { href } = useI18n();
  useTitle(k.workTitle);
  const me = useFresh<Me>('/api/kennisagenda/me');
  const hasRole = (me.data?.roles.length ?? 0) > 0;
  const corpora = useFresh<CorpusRow[]>(hasRole ? '/api/kennisagenda/corpora' : null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; problems?: Problem[] } | null>(
    null,
  );
  const [picked, setPicked] = useState<string[]>([]);
  const manage = me.data?.permissions.includes('manage') ?? false;

  if (me.error) return <ErrorMessage error={me.error} />;
  if (!me.data) return <Loading />;
  if (me.error === undefined && !hasRole) {
    return (
      <div className="jp-page jp-ka">
        <h1 className="utrecht-heading-1">{k.workTitle}</h1>
        <p className="utrecht-paragraph">{k.noRole}</p>
        <p className="utrecht-paragraph">
          {k.signIn} <Link href={href('/inloggen', { terug: '/kennisagenda/werk' })}>{k.signInLink}</Link>
        </p>
      </div>
    );
  }

  const createCorpus = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await send('POST', '/api/kennisagenda/corpora', {
        name: String(form.get('name') ?? ''),
        description: String(form.get('description') ?? ''),
        screening: form.get('screening') === 'on',
      });
      setMessage({ kind: 'ok', text: `${k.corpus}: ${String(form.get('name'))}` });
      (event.target as HTMLFormElement).reset();
      corpora.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  const importFile = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file') as File | null;
    const corpus = String(form.get('corpus') ?? '');
    if (!file || file.size === 0 || !corpus) return;
    try {
      const result = await send<{ items: number; file: string }>(
        'POST',
        `/api/kennisagenda/corpora/${corpus}/import`,
        {
          fileName: file.name,
          contentBase64: await fileAsBase64(file),
        },
      );
      setMessage({ kind: 'ok', text: k.imported(result.items, result.file) });
      corpora.reload();
    } catch (error) {
      const extra = error instanceof ApiError ? error.extra : null;
      const problems = (extra?.problems as Problem[] | undefined) ?? undefined;
      setMessage({
        kind: 'error',
        text: problems
          ? k.problems(Number(extra?.problemCount ?? problems.length))
          : (error as Error).message,
        problems,
      });
    }
  };

  const rows = corpora.data ?? [];
  return (
    <div className="jp-page jp-ka">
      <h1 className="utrecht-heading-1">{k.workTitle}</h1>
      <p className="utrecht-paragraph">{k.yourRoles(me.data.roles.map((r) => k.roles[r] ?? r).join(', '))}</p>
      {message && (
        <div aria-live="polite">
          <Alert kind={message.kind}>{message.text}</Alert>
          {message.problems && (
            <ul className="jp-ka-problems">
              {message.problems.map((p) => (
                <li key={`${p.row}-${p.column}-${p.message}`}>
                  {[p.row !== null ? `rij ${p.row}` : null, p.column ? `kolom '${p.column}'` : null]
                    .filter(Boolean)
                    .join(', ')}
                  {': '}
                  {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <section className="jp-section" aria-labelledby="ka-corpora">
        <h2 id="ka-corpora" className="utrecht-heading-2">
          {k.corpora}
        </h2>
        {corpora.error && <ErrorMessage error={corpora.error} />}
        <DataTable
          caption={k.corpora}
          captionHidden
          rowKey={(r) => r.id}
          rows={rows}
          columns={[
            {
              key: 'name',
              header: k.corpus,
              rowHeader: true,
              cell: (r) => <Link href={href(`/kennisagenda/corpus/${r.id}`)}>{r.name}</Link>,
            },
            { key: 'items', header: k.items, numeric: true, cell: (r) => r.items },
            {
              key: 'relevant',
              header: k.relevant,
              numeric: true,
              cell: (r) => (r.screening ? r.relevant : '–'),
            },
            { key: 'coded', header: k.coded, numeric: true, cell: (r) => r.coded },
          ]}
        />
        {rows.length > 0 && (
          <fieldset className="jp-fieldset">
            <legend>{k.reportPick}</legend>
            {rows.map((r) => (
              <label key={r.id} className="jp-check">
                <input
                  type="checkbox"
                  checked={picked.includes(r.id)}
                  onChange={(e) =>
                    setPicked((p) => (e.target.checked ? [...p, r.id] : p.filter((id) => id !== r.id)))
                  }
                />{' '}
                {r.name}
              </label>
            ))}
            <p>
              {picked.length > 0 ? (
                <Link
                  className="utrecht-button utrecht-button--primary-action jp-button-link"
                  href={href('/kennisagenda/rapport', { corpora: picked.join(',') })}
                >
                  {k.showReport}
                </Link>
              ) : null}
            </p>
          </fieldset>
        )}
      </section>
      {manage && (
        <>
          <section className="jp-section" aria-labelledby="ka-new">
            <h2 id="ka-new" className="utrecht-heading-2">
              {k.newCorpus}
            </h2>
            <form className="jp-form" onSubmit={createCorpus}>
              <label className="utrecht-form-label" htmlFor="ka-name">
                {k.name}
              </label>
              <input
                id="ka-name"
                name="name"
                required
                maxLength={200}
                className="utrecht-textbox utrecht-textbox--html-input"
              />
              <label className="utrecht-form-label" htmlFor="ka-description">
                {k.description}
              </label>
              <textarea
                id="ka-description"
                name="description"
                maxLength={2000}
                className="utrecht-textarea utrecht-textarea--html-textarea"
              />
              <label className="jp-check">
                <input type="checkbox" name="screening" /> {k.screening}
              </label>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {k.create}
              </button>
            </form>
          </section>
          {rows.length > 0 && (
            <section className="jp-section" aria-labelledby="ka-import">
              <h2 id="ka-import" className="utrecht-heading-2">
                {k.importTitle}
              </h2>
              <p className="utrecht-paragraph">{k.importHelp}</p>
              <form className="jp-form" onSubmit={importFile}>
                <label className="utrecht-form-label" htmlFor="ka-import-corpus">
                  {k.importInto}
                </label>
                <select
                  id="ka-import-corpus"
                  name="corpus"
                  className="utrecht-select utrecht-select--html-select"
                >
                  {rows.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
                <label className="utrecht-form-label" htmlFor="ka-file">
                  {k.file}
                </label>
                <input id="ka-file" name="file" type="file" accept=".csv,.txt,.xlsx" required />
                <button type="submit" className="utrecht-button utrecht-button--primary-action">
                  {k.importButton}
                </button>
              </form>
            </section>
          )}
        </>
      )}
    </div>
  );
}
