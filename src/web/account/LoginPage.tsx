// /inloggen: sign in with e-mail and password; afterwards to ?terug=… (a path on this site) or the workspaces.
import { type FormEvent, useState } from 'react';
import type { LoginInput } from '../../accounts/api.ts';
import { FormField, useFieldErrors } from '../components/FormField.tsx';
import { describeError } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { forgetSession, getSession, send } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { navigate, useRoute } from '../router.tsx';

/** Only a path on this site (never another origin) is a place to return to. */
export const safeReturn = (value: string | null) =>
  value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : null;

const FIELDS = ['email', 'password'] as const;

export default function LoginPage() {
  const { t, href, lang } = useI18n();
  const route = useRoute();
  useTitle(t.account.loginTitle);
  const { errors, formRef, take, clear } = useFieldErrors(FIELDS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    clear();
    try {
      forgetSession();
      const body: LoginInput = {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      };
      await send('POST', '/api/auth/login', body);
      await getSession(true);
      navigate(safeReturn(route.query.get('terug')) ?? href('/werkruimten'));
    } catch (e) {
      if (!take(e)) setError(describeError(e, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jp-page jp-narrow">
      <h1 className="utrecht-heading-1">{t.account.loginTitle}</h1>
      <p className="utrecht-paragraph">{t.account.loginIntro}</p>
      <form onSubmit={submit} className="jp-form" ref={formRef}>
        <div aria-live="polite">
          {error && (
            <div className="utrecht-alert utrecht-alert--error jp-alert" role="alert">
              <p className="utrecht-alert__message">{error}</p>
            </div>
          )}
        </div>
        <FormField label={t.account.email} error={errors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="username"
              required
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <FormField label={t.account.password} error={errors.password}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.account.login}
        </button>
      </form>
    </div>
  );
}
