// /samenwerkingsverbanden: the public register — a map of collaborations per gemeente with the list as its
// alternative, the questionnaire rounds with their overviews, and for the platform administrator the round controls.
import { type FormEvent, useMemo, useState } from 'react';
import { type SessionInfo, send, useFresh } from '../account/session.ts';
import { DataTable } from '../components/DataTable.tsx';
import { GeoMap } from '../components/GeoMap.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { type CollaborationListItem, dsvApi, Notice, pagePath, type RoundView } from './common.tsx';
import { useDsvTexts } from './texts.ts';
import './dsv.css';

const SHADES = ['#e8eef6', '#b3c7e0', '#6f94c2', '#2f5f9a', '#154273'];

export default function RegisterPage() {
  const { d, href } = useDsvTexts();
  useTitle(d.registerTitle);
  const list = useFresh<{ collaborations: CollaborationListItem[] }>(dsvApi.list());
  const rounds = useFresh<{ rounds: RoundView[] }>(dsvApi.rounds());
  const session = useFresh<SessionInfo>('/api/auth/session');
  const collaborations = list.data?.collaborations ?? [];
  const perGemeente = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of collaborations) for (const g of c.area.gemeenten) counts.set(g, (counts.get(g) ?? 0) + 1);
    return counts;
  }, [collaborations]);
  const max = Math.max(1, ...perGemeente.values());
  const fill = (code: string) => {
    const n = perGemeente.get(code) ?? 0;
    return n === 0
      ? '#d9d9d9'
      : SHADES[Math.min(SHADES.length - 1, Math.floor(((n - 1) / max) * SHADES.length))]!;
  };

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
      {list.data && (
        <>
          <section aria-labelledby="dsv-map">
            <h2 id="dsv-map" className="utrecht-heading-2">
              {d.mapTitle}
            </h2>
            <div className="jp-dsv-map">
              <GeoMap
                type="gemeente"
                mode="view"
                label={d.mapLabel(collaborations.length)}
                fill={fill}
                titleOf={(code, name) => d.mapTitleOf(name, perGemeente.get(code) ?? 0)}
              />
            </div>
            <p className="utrecht-paragraph jp-muted">{d.mapLegend}</p>
          </section>
          <section aria-labelledby="dsv-list">
            <h2 id="dsv-list" className="utrecht-heading-2">
              {d.listTitle}
            </h2>
            {collaborations.length === 0 ? (
              <p className="utrecht-paragraph">{d.empty}</p>
            ) : (
              <DataTable
                caption={d.listCaption(collaborations.length)}
                rows={collaborations}
                rowKey={(c) => c.id}
                columns={[
                  {
                    key: 'name',
                    header: d.name,
                    rowHeader: true,
                    cell: (c) => (
                      <Link href={href(pagePath.one(c.id))} className="utrecht-link">
                        {c.name}
                      </Link>
                    ),
                  },
                  { key: 'area', header: d.area, cell: (c) => `${c.area.name} (${d.scope[c.area.scope]})` },
                  { key: 'start', header: d.startYear, cell: (c) => c.startYear, numeric: true },
                  { key: 'orgs', header: d.organisations, cell: (c) => c.organisations, numeric: true },
                  { key: 'status', header: d.status, cell: (c) => d.statusLabel[c.status] },
                ]}
              />
            )}
          </section>
        </>
      )}
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
