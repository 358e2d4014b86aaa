// /werkruimten: the signed-in account's workspaces, each with its regioplan and its members page; signing out.
import { useEffect, useState } from 'react';
import { Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate } from '../router.tsx';
import './account.css';
import { forgetSession, getSession, type SessionInfo, send } from '../lib/http.ts';

export default function WorkspacesPage() {
  const { t, href } = useI18n();
  useTitle(t.account.workspacesTitle);
  const [session, setSession] = useState<SessionInfo | null>(null);
  useEffect(() => {
    getSession(true).then(setSession);
  }, []);
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
  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{t.account.workspacesTitle}</h1>
      <p className="utrecht-paragraph">{t.account.signedInAs(session.account!.email)}</p>
      {session.workspaces?.length ? (
        <ul className="jp-cards">
          {session.workspaces.map((w) => (
            <li key={w.id} className="jp-card jp-card--workspace">
              <Link href={href(`/werkruimte/${w.id}/plan`)} className="jp-card__link">
                <span className="jp-card__title" id={`ws-${w.id}-name`}>
                  {w.name}
                </span>
                <span className="jp-card__text">
                  {t.account.roleLabel(w.role)} · {t.plans.planLink}
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
        <p className="utrecht-paragraph">{t.account.noWorkspaces}</p>
      )}
      <p>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={logout}>
          {t.account.logout}
        </button>
      </p>
    </div>
  );
}
