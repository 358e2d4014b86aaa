// /inloggen: sign in with e-mail and password; afterwards to ?terug=… (a path on this site) or the workspaces.
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { forgetSession, getSession, send } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { navigate, useRoute } from '../router.tsx';

/** Only a path on this site (never another origin) is a place to return to. */
export const safeReturn = (value: string | null) =>
  value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : null;

export default function LoginPage() {
  const { t, href } = useI18n();
  const route = useRoute();
  const id = useId();
  useTitle(t.account.loginTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      forgetSession();
      await send('POST', '/api/auth/login', { email: form.get('email'), password: form.get('password') });
      await getSession(true);
      navigate(safeReturn(route.query.get('terug')) ?? href('/werkruimten'));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jp-page jp-narrow">
      <h1 className="utrecht-heading-1">{t.account.loginTitle}</h1>
      <p className="utrecht-paragraph">{t.account.loginIntro}</p>
      <form onSubmit={submit} className="jp-form" noValidate={false}>
        {error && (
          <div className="utrecht-alert utrecht-alert--error jp-alert" role="alert">
            <p className="utrecht-alert__message">{error}</p>
          </div>
        )}
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-email`}>
            {t.account.email}
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            required
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-password`}>
            {t.account.password}
          </label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.account.login}
        </button>
      </form>
    </div>
  );
}
