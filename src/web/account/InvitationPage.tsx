// /uitnodiging/{token}: accept an invitation to a workspace. A new account chooses a password; an account that is
// signed in with the invited address accepts with one button (no password); an existing account that is not
// signed in is sent to the login page and comes back here. The token never leaves this site (the server sends
// Referrer-Policy: no-referrer).
import { type FormEvent, useEffect, useState } from 'react';
import type { AcceptAnswer, InvitationView } from '../../accounts/api.ts';
import { FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError, ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { forgetSession, getSession, type SessionInfo, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate } from '../router.tsx';
import { useAccountTexts } from './texts.ts';

const FIELDS = ['password', 'again'] as const;

export default function InvitationPage({ token }: { token: string }) {
  const { t, href, lang } = useI18n();
  const a = useAccountTexts();
  useTitle(t.account.invitationTitle);
  const path = `/uitnodiging/${encodeURIComponent(token)}`;
  const invitation = useFresh<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`);
  const [session, setSession] = useState<SessionInfo | null>(null);
  useEffect(() => {
    getSession(true).then(setSession);
  }, []);
  const { errors, formRef, fail, take, clear } = useFieldErrors(FIELDS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const accept = async (password?: string) => {
    setBusy(true);
    setError(null);
    clear();
    try {
      const answer = await send<AcceptAnswer>(
        'POST',
        `/api/invitations/${encodeURIComponent(token)}/accept`,
        password === undefined ? {} : { password },
      );
      forgetSession();
      await getSession(true);
      navigate(href(`/werkruimte/${answer.workspaceId}/plan`));
    } catch (e) {
      if (!take(e)) setError(describeError(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get('password') !== form.get('again')) {
      fail({ again: t.account.passwordsDiffer });
      return;
    }
    void accept(String(form.get('password') ?? ''));
  };

  const view = invitation.data;
  const signedIn = session?.authenticated ? session.account?.email : undefined;
  const sameAccount = !!view && !!signedIn && signedIn.toLowerCase() === view.email.toLowerCase();

  return (
    <div className="jp-page jp-narrow">
      <h1 className="utrecht-heading-1">{t.account.invitationTitle}</h1>
      {(invitation.loading || !session) && !view && <Loading />}
      {invitation.error && <ErrorMessage error={invitation.error} onRetry={invitation.reload} />}
      {view && session && (
        <>
          <p className="utrecht-paragraph">
            {t.account.invitationText(view.workspace, view.email, t.account.roleLabel(view.role))}
            {view.organisation && ` ${t.account.invitationOrganisation(view.organisation)}`}
          </p>
          <div aria-live="polite">
            {error && (
              <div className="utrecht-alert utrecht-alert--error jp-alert" role="alert">
                <p className="utrecht-alert__message">{error}</p>
              </div>
            )}
          </div>
          {sameAccount ? (
            <>
              <p className="utrecht-paragraph">{a.acceptSignedIn(view.email)}</p>
              <button
                type="button"
                className="utrecht-button utrecht-button--primary-action"
                disabled={busy}
                onClick={() => accept()}
              >
                {t.account.accept}
              </button>
            </>
          ) : signedIn ? (
            <p className="utrecht-paragraph">{a.otherAccount(signedIn, view.email)}</p>
          ) : view.existingAccount ? (
            <>
              <p className="utrecht-paragraph">{a.existingAccount(view.email)}</p>
              <p className="utrecht-paragraph">
                <Link href={href('/inloggen', { terug: path })} className="utrecht-link">
                  {a.loginToAccept}
                </Link>
              </p>
            </>
          ) : (
            <form onSubmit={submit} className="jp-form" ref={formRef}>
              <FormField label={t.account.newPassword} hint={t.account.passwordHint} error={errors.password}>
                {(control) => (
                  <input
                    {...control}
                    name="password"
                    type="password"
                    minLength={12}
                    autoComplete="new-password"
                    required
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </FormField>
              <FormField label={t.account.passwordAgain} error={errors.again}>
                {(control) => (
                  <input
                    {...control}
                    name="again"
                    type="password"
                    minLength={12}
                    autoComplete="new-password"
                    required
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                )}
              </FormField>
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
                {t.account.accept}
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
