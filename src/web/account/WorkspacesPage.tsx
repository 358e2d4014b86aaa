// /werkruimten: the signed-in account's workspaces, each with its regioplan and its members page; signing out.
// A platform administrator sees every workspace of the platform and creates new ones here.
import { type FormEvent, useEffect, useState } from 'react';
import type { CreateWorkspaceInput, WorkspaceInfo, WorkspaceSummary } from '../../workspaces/api.ts';
import { WORKSPACE_KINDS } from '../../workspaces/roles.ts';
import { FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError, ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ApiError, forgetSession, getSession, type SessionInfo, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate } from '../router.tsx';
import { useAccountTexts } from './texts.ts';
import './account.css';

export default function WorkspacesPage() {
  const { t, href } = useI18n();
  const a = useAccountTexts();
  useTitle(t.account.workspacesTitle);
  const [session, setSession] = useState<SessionInfo | null>(null);
  useEffect(() => {
    getSession(true).then(setSession);
  }, []);
  const admin = session?.account?.platformAdmin === true;
  const all = useFresh<WorkspaceSummary[]>(admin ? '/api/workspaces' : null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!session) return <Loading />;
  if (!session.authenticated)
    return (
      <div className="jp-page">
        <h1 className="utrecht-heading-1">{t.account.workspacesTitle}</h1>
        <p className="utrecht-paragraph">
          <Link href={href('/inloggen', { terug: '/werkruimten' })} className="utrecht-link">
            {t.account.loginFirst}
          </Link>
        </p>
      </div>
    );
  const logout = async () => {
    await send('POST', '/api/auth/logout');
    forgetSession();
    navigate(href('/'));
  };
  const list: { id: string; name: string; role: string | null }[] = admin
    ? (all.data ?? [])
    : (session.workspaces ?? []);
  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{t.account.workspacesTitle}</h1>
      <p className="utrecht-paragraph">{t.account.signedInAs(session.account!.email)}</p>
      {admin && <h2 className="utrecht-heading-2">{a.allWorkspaces}</h2>}
      {admin && all.error && <ErrorMessage error={all.error} onRetry={all.reload} />}
      {admin && !all.data && !all.error && <Loading />}
      <div aria-live="polite">
        {notice && (
          <div className="utrecht-alert utrecht-alert--ok jp-alert" role="status">
            <p className="utrecht-alert__message">{notice}</p>
          </div>
        )}
      </div>
      {list.length ? (
        <ul className="jp-cards" data-testid="workspace-list">
          {list.map((w) => (
            <li key={w.id} className="jp-card jp-card--workspace">
              <Link href={href(`/werkruimte/${w.id}/plan`)} className="jp-card__link">
                <span className="jp-card__title" id={`ws-${w.id}-name`}>
                  {w.name}
                </span>
                <span className="jp-card__text">
                  {w.role ? t.account.roleLabel(w.role) : a.notMember} · {t.plans.planLink}
                </span>
              </Link>
              <p className="jp-card__more">
                <Link
                  href={href(`/werkruimte/${w.id}/leden`)}
                  className="utrecht-link"
                  aria-describedby={`ws-${w.id}-name`}
                >
                  {t.members.link}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        (!admin || all.data) && <p className="utrecht-paragraph">{t.account.noWorkspaces}</p>
      )}
      {admin && (
        <CreateWorkspace
          onCreated={(w) => {
            setNotice(a.created(w.name));
            all.reload();
          }}
        />
      )}
      <p>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={logout}>
          {t.account.logout}
        </button>
      </p>
    </div>
  );
}

const FIELDS = ['name', 'kind', 'region'] as const;

function CreateWorkspace({ onCreated }: { onCreated: (w: WorkspaceInfo) => void }) {
  const { lang } = useI18n();
  const a = useAccountTexts();
  const { errors, formRef, fail, take, clear } = useFieldErrors(FIELDS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body: CreateWorkspaceInput = {
      name: String(form.get('name') ?? ''),
      kind: String(form.get('kind')) as CreateWorkspaceInput['kind'],
      region: {
        code: String(form.get('region') ?? '')
          .trim()
          .toUpperCase(),
      },
    };
    setBusy(true);
    setError(null);
    clear();
    try {
      const created = await send<WorkspaceInfo>('POST', '/api/workspaces', body);
      formElement.reset();
      onCreated(created);
    } catch (e) {
      // An unknown region code is the only thing in this form that can be 'not found'.
      if (e instanceof ApiError && e.status === 404) fail({ region: e.message });
      else if (!take(e)) setError(describeError(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="jp-section" aria-labelledby="create-ws-title">
      <h2 id="create-ws-title" className="utrecht-heading-2">
        {a.createTitle}
      </h2>
      <p className="utrecht-paragraph">{a.createIntro}</p>
      <form onSubmit={submit} className="jp-form" ref={formRef}>
        <FormField label={a.name} error={errors.name}>
          {(control) => (
            <input
              {...control}
              name="name"
              required
              maxLength={200}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <FormField label={a.kind} error={errors.kind}>
          {(control) => (
            <select {...control} name="kind" className="utrecht-select utrecht-select--html-select">
              {WORKSPACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {a.kinds[k] ?? k}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={a.region} hint={a.regionHint} error={errors.region ?? errors['region.code']}>
          {(control) => (
            <input
              {...control}
              name="region"
              required
              maxLength={20}
              autoComplete="off"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <div aria-live="polite">
          {error && (
            <div className="utrecht-alert utrecht-alert--error jp-alert" role="alert">
              <p className="utrecht-alert__message">{error}</p>
            </div>
          )}
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {a.create}
        </button>
      </form>
    </section>
  );
}
