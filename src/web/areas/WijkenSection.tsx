// Within a gemeente's profile: its wijken ranked for one indicator at a time, as a table (no wijk boundaries in
// the open data, so no map). Data from GET /api/regions/{code}/areas.
import { useId, useState } from 'react';
import type { SubAreaRanking } from '../../regiobeeld/subAreas.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { formatInteger, formatNumber, withUnit } from '../lib/format.ts';
import { useApi } from '../lib/http.ts';
import { Link } from '../router.tsx';
import { areaTexts } from './texts.ts';

export function WijkenSection({ gemeente }: { gemeente: string }) {
  const { t, text, lang, href } = useI18n();
  const w = areaTexts[lang];
  const selectId = useId();
  const ranking = useApi<SubAreaRanking>(`/api/regions/${encodeURIComponent(gemeente)}/areas?type=wijk`);
  const [chosen, setChosen] = useState<string | null>(null);
  if (ranking.error) return <ErrorMessage error={ranking.error} />;
  if (!ranking.data) return <Loading />;
  const data = ranking.data;
  if (data.areas === 0) return null;
  const current = data.indicators.find((i) => i.id === chosen) ?? data.indicators[0];
  const f = (v: number | null, decimals: number) => formatNumber(v, decimals, t.locale);

  return (
    <section className="jp-section jp-areas" aria-labelledby="areas-title">
      <h2 className="utrecht-heading-2" id="areas-title">
        {w.areasTitle(data.gemeente.name)}
      </h2>
      <p className="utrecht-paragraph">{w.areasIntro(data.areas)}</p>
      {!current ? (
        <p className="utrecht-paragraph">{w.areasNone}</p>
      ) : (
        <>
          <p>
            <label className="utrecht-form-label jp-label" htmlFor={selectId}>
              {w.indicatorSelect}
            </label>{' '}
            <select
              id={selectId}
              className="utrecht-select utrecht-select--html-select"
              value={current.id}
              onChange={(e) => setChosen(e.target.value)}
            >
              {data.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {text(i.shortName)} ({t.period(i.period)})
                </option>
              ))}
            </select>
          </p>
          <p className="utrecht-paragraph jp-note">
            {w.gemeenteValue(withUnit(f(current.gemeenteValue, current.decimals), text(current.unit)))} ·{' '}
            {w.nationalValue(withUnit(f(current.nationalValue, current.decimals), text(current.unit)))}
            {current.note ? ` · ${text(current.note)}` : ''}
          </p>
          <DataTable
            caption={w.tableCaption(text(current.shortName), data.gemeente.name, t.period(current.period))}
            rows={current.areas}
            rowKey={(a) => a.code}
            columns={[
              {
                key: 'rank',
                header: w.columns.rank,
                numeric: true,
                cell: (a) => (a.rank === null ? '–' : a.rank),
              },
              {
                key: 'name',
                header: w.columns.name,
                rowHeader: true,
                cell: (a) => (
                  <Link href={href(`/regio/${a.code}`)} className="utrecht-link">
                    {a.name}
                  </Link>
                ),
              },
              {
                key: 'value',
                header: `${w.columns.value} (${text(current.unit)})`,
                numeric: true,
                cell: (a) =>
                  a.value === null
                    ? a.reason
                      ? `${w.noValue}: ${text(a.reason)}`
                      : w.noValue
                    : f(a.value, current.decimals),
              },
              {
                key: 'counts',
                header: w.columns.counts,
                numeric: true,
                cell: (a) =>
                  a.count !== null && a.denominator !== null
                    ? `${formatInteger(a.count, t.locale)} / ${formatInteger(a.denominator, t.locale)}`
                    : '',
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
