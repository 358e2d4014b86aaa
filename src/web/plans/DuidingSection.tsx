// Writing duiding on the plan page: per indicator a text for the workspace's region, shown next to the figure in the
// regiobeeld; several partners write it together, every version is kept with its author.
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog } from '../lib/api.ts';
import { ApiError, send, useApi, useFresh } from '../lib/http.ts';
import { Alert, type PlanView, useFormat } from './common.tsx';

interface DuidingState {
  current: { text: string; version: number; published: boolean } | null;
  versions: { version: number; authorEmail: string | null; organisationName: string | null; at: string }[];
}

export function DuidingSection({ view }: { view: PlanView }) {
  const { t, text } = useI18n();
  const f = useFormat();
  const id = useId();
  const catalog = useApi<Catalog>(api.catalog());
  const indicators = (catalog.data?.indicators ?? []).filter((i) => i.geography === 'gemeente');
  const [indicator, setIndicator] = useState('');
  const url = indicator ? `/api/workspaces/${view.workspace.id}/duiding/${indicator}` : null;
  const state = useFresh<DuidingState>(url);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (!view.permissions.includes('contribute')) return null;
  const current = indicator ? state.data?.current : null;
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await send('PUT', url!, {
        text: form.get('text'),
        version: current?.version ?? 0,
        published: form.get('published') === 'on',
      });
      setMessage({ kind: 'ok', text: t.plans.duidingSaved });
      state.reload();
    } catch (e) {
      const stale = e instanceof ApiError && e.status === 409;
      setMessage({ kind: 'error', text: stale ? t.plans.duidingStale : (e as Error).message });
      if (stale) state.reload();
    }
  };
  return (
    <section id="duiding" className="jp-section" aria-labelledby="duiding-title">
      <h2 id="duiding-title" className="utrecht-heading-2">
        {t.plans.duidingTitle}
      </h2>
      <p className="utrecht-paragraph">{t.plans.duidingIntro}</p>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`${id}-indicator`}>
          {t.plans.indicator}
        </label>
        <select
          id={`${id}-indicator`}
          value={indicator}
          onChange={(e) => {
            setIndicator(e.target.value);
            setMessage(null);
          }}
          className="utrecht-select utrecht-select--html-select"
        >
          <option value="">{t.plans.chooseIndicator}</option>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {text(i.name)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      {indicator && state.data && (
        <form onSubmit={save} className="jp-form" key={`${indicator}-${current?.version ?? 0}`}>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-text`}>
              {t.plans.duidingText}
            </label>
            <textarea
              id={`${id}-text`}
              name="text"
              rows={5}
              required
              defaultValue={current?.text ?? ''}
              className="utrecht-textarea utrecht-textarea--html-textarea"
            />
          </div>
          <label className="jp-check">
            <input type="checkbox" name="published" defaultChecked={current?.published ?? true} />{' '}
            {t.plans.duidingPublished}
          </label>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t.plans.duidingSave}
          </button>
          {state.data.versions.length > 0 && (
            <details className="jp-details">
              <summary>{t.plans.versionsList(state.data.versions.length)}</summary>
              <ol reversed className="jp-plan-list">
                {state.data.versions.map((v) => (
                  <li key={v.version}>
                    {t.plans.duidingVersion(
                      v.version,
                      v.organisationName ?? v.authorEmail ?? '–',
                      f.time(v.at),
                    )}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </form>
      )}
    </section>
  );
}
