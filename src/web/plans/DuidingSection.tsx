// Writing duiding on the plan page: per indicator a text for the workspace's region. A new text is private to the
// workspace until its author publishes it (after a preview of how it will look in the regiobeeld); a published
// text can be withdrawn. On a conflict the user's text stands next to the saved one. Every version is kept.
import { type FormEvent, useRef, useState } from 'react';
import type { DuidingInput } from '../../plans/api.ts';
import type { DuidingRow as Current, DuidingWithVersions as DuidingState } from '../../plans/views.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog } from '../lib/api.ts';
import { ApiError, send, useApi, useFresh } from '../lib/http.ts';
import { Alert, type PlanView, useFormat } from './common.tsx';
import { usePlanTexts } from './texts.ts';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function DuidingSection({ view }: { view: PlanView }) {
  const { t, text } = useI18n();
  const catalog = useApi<Catalog>(api.catalog());
  const indicators = (catalog.data?.indicators ?? []).filter((i) => i.geography === 'gemeente');
  const [indicator, setIndicator] = useState('');
  const url = indicator ? `/api/workspaces/${view.workspace.id}/duiding/${indicator}` : null;
  const state = useFresh<DuidingState>(url);
  const [message, setMessage] = useState<Message>(null);
  if (!view.permissions.includes('contribute')) return null;
  const current = indicator ? (state.data?.current ?? null) : null;
  return (
    <section id="duiding" className="jp-section" aria-labelledby="duiding-title">
      <h2 id="duiding-title" className="utrecht-heading-2">
        {t.plans.duidingTitle}
      </h2>
      <p className="utrecht-paragraph">{t.plans.duidingIntro}</p>
      <FormField label={t.plans.indicator}>
        {(control) => (
          <select
            {...control}
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
        )}
      </FormField>
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      {indicator && url && state.data && (
        <DuidingEditor
          key={`${indicator}-${current?.version ?? 0}`}
          url={url}
          current={current}
          versions={state.data.versions}
          workspaceName={view.workspace.name}
          onSaved={(text) => {
            setMessage({ kind: 'ok', text });
            state.reload();
          }}
          onMessage={setMessage}
        />
      )}
    </section>
  );
}

function DuidingEditor({
  url,
  current,
  versions,
  workspaceName,
  onSaved,
  onMessage,
}: {
  url: string;
  current: Current | null;
  versions: DuidingState['versions'];
  workspaceName: string;
  onSaved: (message: string) => void;
  onMessage: (message: Message) => void;
}) {
  const { t, lang } = useI18n();
  const p = usePlanTexts();
  const f = useFormat();
  const [draft, setDraft] = useState(current?.text ?? '');
  const [conflict, setConflict] = useState<{ saved: Current; yours: DuidingInput } | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, formRef, fail, take, clear } = useFieldErrors(['text']);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const published = current?.published ?? false;

  const put = async (body: DuidingInput, done: string) => {
    if (!body.text.trim()) {
      fail({ text: p.required });
      return;
    }
    setBusy(true);
    clear();
    onMessage(null);
    try {
      await send('PUT', url, body);
      onSaved(done);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'stale-version' && e.extra.current) {
        setConflict({ saved: e.extra.current as Current, yours: body });
        window.setTimeout(() => conflictHeading.current?.focus(), 0);
      } else if (!take(e)) onMessage({ kind: 'error', text: describeError(e, lang) });
    } finally {
      setBusy(false);
    }
  };
  const version = current?.version ?? 0;
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void put({ text: draft, version, published }, published ? t.plans.duidingSaved : p.duidingDraftSaved);
  };

  return (
    <form onSubmit={save} className="jp-form" ref={formRef}>
      <p className="utrecht-paragraph" data-testid="duiding-status">
        <strong>{published ? p.duidingIsPublic : p.duidingIsPrivate}</strong>
        {!published && ` ${p.duidingPrivate}`}
      </p>
      {conflict && (
        <section className="jp-conflict" aria-labelledby="duiding-conflict" data-testid="duiding-conflict">
          <div>
            <h3 id="duiding-conflict" tabIndex={-1} ref={conflictHeading} className="utrecht-heading-3">
              {p.duidingConflictTitle}
            </h3>
            <p className="utrecht-paragraph">{p.conflictIntro}</p>
          </div>
          <div data-version="yours">
            <h4 className="utrecht-heading-4">{p.yourVersion}</h4>
            <p className="utrecht-paragraph jp-pre-wrap">{conflict.yours.text}</p>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={busy}
              onClick={() =>
                put({ ...conflict.yours, version: conflict.saved.version }, t.plans.duidingSaved)
              }
            >
              {p.keepMine}
            </button>
          </div>
          <div data-version="saved">
            <h4 className="utrecht-heading-4">{p.savedVersion(conflict.saved.version)}</h4>
            <p className="utrecht-paragraph jp-pre-wrap">{conflict.saved.text}</p>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              disabled={busy}
              onClick={() => onSaved(p.keptSaved)}
            >
              {p.keepSaved}
            </button>
          </div>
        </section>
      )}
      <FormField label={t.plans.duidingText} error={errors.text}>
        {(control) => (
          <textarea
            {...control}
            name="text"
            rows={5}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            className="utrecht-textarea utrecht-textarea--html-textarea"
          />
        )}
      </FormField>
      <details className="jp-details">
        <summary>{p.preview}</summary>
        <p className="utrecht-paragraph">{p.previewIntro}</p>
        <aside className="jp-duiding jp-preview" aria-label={p.preview} data-testid="duiding-preview">
          <p className="jp-duiding__title">{t.plans.duidingTitle}</p>
          <p className="utrecht-paragraph jp-pre-wrap">{draft}</p>
          <p className="jp-muted">{workspaceName}</p>
        </aside>
      </details>
      <div className="jp-actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
          {published ? t.plans.duidingSave : p.saveDraft}
        </button>
        {published ? (
          <ConfirmButton
            label={p.withdrawDuiding}
            consequence={p.withdrawDuidingWhat}
            confirmLabel={p.withdrawDuidingYes}
            disabled={busy}
            onConfirm={() => put({ text: draft, version, published: false }, p.duidingWithdrawnNow)}
          />
        ) : (
          <ConfirmButton
            primary
            label={p.publishDuiding}
            consequence={p.publishDuidingWhat}
            confirmLabel={p.publishDuidingYes}
            disabled={busy}
            onConfirm={() => put({ text: draft, version, published: true }, p.duidingPublishedNow)}
          />
        )}
      </div>
      {versions.length > 0 && (
        <details className="jp-details">
          <summary>{t.plans.versionsList(versions.length)}</summary>
          <ol reversed className="jp-plan-list">
            {versions.map((v) => (
              <li key={v.version}>
                {t.plans.duidingVersion(v.version, v.organisationName ?? v.authorEmail ?? '–', f.time(v.at))}
              </li>
            ))}
          </ol>
        </details>
      )}
    </form>
  );
}
