// /samenwerkingsverbanden: the public register — a map of collaborations per gemeente with the list as its
// alternative, the questionnaire rounds with their overviews, and for the platform administrator the round controls.
import { type FormEvent, useState } from 'react';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { type SessionInfo, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { CollaborationMap } from './CollaborationMap.tsx';
import { type CollaborationListItem, dsvApi, Notice, pagePath, type RoundView } from './common.tsx';
import { useDsvTexts } from './texts.ts';
import './dsv.css';

export default function RegisterPage() {
  const { d, href } = useDsvTexts();
  useTitle(d.registerTitle);
  const list = useFresh<{ collaborations: CollaborationListItem[] }>(dsvApi.list());
  const rounds = useFresh<{ rounds: RoundView[] }>(dsvApi.rounds());
  const session = useFresh<SessionInfo>('/api/auth/session');
  const collaborations = list.data?.collaborations ?? [];
  return (
    <div className="jp-page jp-dsv">
      <h1 className="utrecht-heading-1">{d.registerTitle}</h1>
      <p className="utrecht-paragraph jp-lead">{d.registerLead}</p>
      <p className="utrecht-paragraph">
        {session.data?.authenticated ? (
          <Link
            href={href(pagePath.new)}
            className="utrecht-button utrecht-button--primary-action jp-button-link"
          >
            {d.registerNew}
          </Link>
        ) : (
          <Link href={href('/inloggen', { terug: pagePath.new })} className="utrecht-link">
            {d.loginToRegister}
          </Link>
        )}
      </p>

      <RoundsSection
        rounds={rounds.data?.rounds ?? []}
        admin={session.data?.account?.platformAdmin === true}
        reload={rounds.reload}
      />

      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <Loading />}
      {list.data && <CollaborationMap collaborations={collaborations} />}
    </div>
  );
}

function RoundsSection({
  rounds,
  admin,
  reload,
}: {
  rounds: RoundView[];
  admin: boolean;
  reload: () => void;
}) {
  const { d, href } = useDsvTexts();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ kind: 'ok', text: await work() });
      reload();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const year = Number(form.get('year'));
    void run(async () => {
      await send('POST', dsvApi.rounds(), { year, definitionVersion: String(form.get('version')) });
      return d.roundOpened(year);
    });
  };
  const change = (year: number, to: 'close' | 'publish') => {
    if (to === 'close' && !window.confirm(d.confirmClose(year))) return;
    void run(async () => {
      const r = await send<RoundView>('POST', `${dsvApi.rounds()}/${year}/${to}`);
      return d.roundChanged(year, d.roundStatus[r.status]!);
    });
  };
  return (
    <section aria-labelledby="dsv-rounds">
      <h2 id="dsv-rounds" className="utrecht-heading-2">
        {d.roundsTitle}
      </h2>
      <p className="utrecht-paragraph">{d.roundsLead}</p>
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text}</Notice>}</div>
      <ul className="jp-dsv-rounds">
        {rounds.map((r) => (
          <li key={r.year}>
            {d.roundLine(r.year, d.roundStatus[r.status]!, r.definitionVersion)}
            {d.submittedCount(r.submitted)}
            {r.status === 'published' && (
              <>
                {' · '}
                <Link href={href(pagePath.overview(r.year))} className="utrecht-link">
                  {d.overviewLink(r.year)}
                </Link>
              </>
            )}
            {admin && r.status !== 'published' && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action jp-button-small"
                onClick={() => change(r.year, r.status === 'open' ? 'close' : 'publish')}
              >
                {r.status === 'open' ? d.closeRound(r.year) : d.publishRound(r.year)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {admin && (
        <form className="jp-form jp-form-row" onSubmit={open} aria-label={d.openRound}>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="dsv-round-year">
              {d.year}
            </label>
            <input
              id="dsv-round-year"
              name="year"
              type="number"
              required
              min={2000}
              max={2100}
              defaultValue={new Date().getFullYear()}
              className="utrecht-textbox utrecht-textbox--html-input jp-input-short"
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="dsv-round-version">
              {d.definitionVersion}
            </label>
            <input
              id="dsv-round-version"
              name="version"
              required
              defaultValue="2024"
              pattern="\d{4}"
              className="utrecht-textbox utrecht-textbox--html-input jp-input-short"
            />
          </div>
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {d.openRound}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
