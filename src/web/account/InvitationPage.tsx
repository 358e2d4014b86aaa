// /uitnodiging/{token}: accept an invitation to a workspace by choosing a password (or, for an existing account,
// while signed in). The token never leaves this site (the server sends Referrer-Policy: no-referrer).
import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { forgetSession, getSession, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { navigate } from '../router.tsx';

interface Invitation {
  workspace: string;
  email: string;
  role: string;
  organisation?: string | null;
  expiresAt: string;
}

export default function InvitationPage({ token }: { token: string }) {
  const { t, href } = useI18n();
  const id = useId();
  useTitle(t.account.invitationTitle);
  const invitation = useFresh<Invitation>(`/api/invitations/${encodeURIComponent(token)}`);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get('password') !== form.get('again')) {
      setError(t.account.passwordsDiffer);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await send<{ workspaceId: string }>(
        'POST',
        `/api/invitations/${encodeURIComponent(token)}/accept`,
        { password: form.get('password') },
      );
      forgetSession();
      await getSession(true);
      navigate(href(`/werkruimte/${answer.workspaceId}/plan`));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jp-page jp-narrow">
      <h1 className="utrecht-heading-1">{t.account.invitationTitle}</h1>
      {invitation.loading && !invitation.data && <Loading />}
      {invitation.error && <ErrorMessage error={invitation.error} onRetry={invitation.reload} />}
      {invitation.data && (
        <>
          <p className="utrecht-paragraph">
            {t.account.invitationText(
              invitation.data.workspace,
              invitation.data.email,
              t.account.roleLabel(invitation.data.role),
            )}
            {invitation.data.organisation &&
              ` ${t.account.invitationOrganisation(invitation.data.organisation)}`}
          </p>
          <form onSubmit={submit} className="jp-form">
            {error && (
              <div className="utrecht-alert utrecht-alert--error jp-alert" role="alert">
                <p className="utrecht-alert__message">{error}</p>
              </div>
            )}
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-password`}>
                {t.account.newPassword}
              </label>
              <p className="utrecht-form-field-description jp-muted" id={`${id}-hint`}>
                {t.account.passwordHint}
              </p>
              <input
                id={`${id}-password`}
                name="password"
                type="password"
                minLength={12}
                autoComplete="new-password"
                aria-describedby={`${id}-hint`}
                required
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-again`}>
                {t.account.passwordAgain}
              </label>
              <input
                id={`${id}-again`}
                name="again"
                type="password"
                minLength={12}
                autoComplete="new-password"
                required
                className="utrecht-textbox utrecht-textbox--html-input"
              />
            </div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
              {t.account.accept}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
