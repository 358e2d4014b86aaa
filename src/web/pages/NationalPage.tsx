// /regio/NL01: Nederland as a region — the national JZOJP monitor. All 25 themes in the five Quintuple-Aim
// categories; the 14 national indicators with their latest value and trend; the 11 themes without a usable
// indicator with the reason; each figure with its source.
import { DataTable } from '../components/DataTable.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { Flags, rowAnchor } from '../components/profile/IndicatorRow.tsx';
import { PopulationSection } from '../components/profile/PopulationSection.tsx';
import { profileExport } from '../components/profile/profileExport.ts';
import { groupById, isPopulationRow, printPage } from '../components/profile/RegionProfile.tsx';
import { SourceDisclosure } from '../components/SourceDisclosure.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { useI18n } from '../i18n/index.tsx';
import { KennisagendaLinks } from '../kennisagenda/ProfileLinks.tsx';
import { api, type Profile, type ProfileIndicator } from '../lib/api.ts';
import { formatNumber, withUnit } from '../lib/format.ts';
import { useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { ExecutiveReport, usePrinting } from '../regiobeeld/ExecutiveReport.tsx';
import { Link, useRoute } from '../router.tsx';

function NationalRow({ row, multi }: { row: ProfileIndicator; multi: boolean }) {
  const { t, text } = useI18n();
  const unit = text(row.unit);
  const label = row.breakdownLabel ? text(row.breakdownLabel) : text(row.shortName);
  const points = row.trend.points;
  return (
    <div className="jp-ind" id={rowAnchor(row)}>
      {multi && <h5 className="utrecht-heading-5 jp-ind__breakdown">{label}</h5>}
      <div className="jp-ind__grid">
        <div className="jp-ind__facts">
          {row.value === null ? (
            <p className="jp-ind__missing">{row.reason ? text(row.reason) : t.profile.noData}</p>
          ) : (
            <>
              <p className="jp-ind__value">
                <span className="jp-big">{formatNumber(row.value, row.decimals, t.locale)}</span>{' '}
                <span className="jp-unit">{unit}</span>
              </p>
              <p className="jp-ind__meta">
                {row.period && <span>{t.period(row.period)}</span>}
                {row.lower !== null && row.upper !== null ? (
                  <span>
                    {t.profile.interval(
                      formatNumber(row.lower, row.decimals, t.locale),
                      formatNumber(row.upper, row.decimals, t.locale),
                    )}
                  </span>
                ) : (
                  <span>{t.profile.noInterval}</span>
                )}
              </p>
              {row.period && (
                <p className="jp-ind__sentence">
                  {t.nationalSentence(
                    row.breakdownLabel ? `${text(row.shortName)} (${label})` : label,
                    withUnit(formatNumber(row.value, row.decimals, t.locale), unit),
                    t.period(row.period),
                  )}
                </p>
              )}
            </>
          )}
          <Flags row={row} />
        </div>
        <div className="jp-ind__charts">
          {points.length > 0 && (
            <TrendChart
              series={[{ label: t.common.nederland, points }]}
              unit={unit}
              decimals={row.decimals}
              zero={unit.startsWith('%')}
              label={t.trend.chartLabel(
                t.common.nederland,
                label,
                t.period(points[0]!.period),
                t.period(points.at(-1)!.period),
              )}
            />
          )}
        </div>
      </div>
      <div className="jp-ind__footer">
        <SourceDisclosure
          source={row.source}
          snapshots={row.snapshots}
          method={t.method[row.method]}
          lookup={{ indicator: row.id, region: 'NL01', period: row.period, breakdown: row.breakdown }}
        />
      </div>
    </div>
  );
}

export default function NationalPage() {
  const { t, text, lang, href } = useI18n();
  const profile = useApi<Profile>(api.profile('NL01'));
  const printing = usePrinting(useRoute().query.get('print') === '1');
  useTitle(t.national.title);
  if (profile.error)
    return (
      <div className="jp-page">
        <h1 className="utrecht-heading-1">{t.national.title}</h1>
        <ErrorMessage error={profile.error} onRetry={profile.reload} />
      </div>
    );
  const data = profile.data;
  if (!data) return <Loading />;
  if (printing)
    return (
      <div className="jp-page">
        <article className="jp-profile" data-profile-ready="true" aria-labelledby="report-title">
          <ExecutiveReport profile={data} typeName={t.common.nederland} appendix={false} />
        </article>
      </div>
    );
  const byId = groupById(data.indicators.filter((r) => !isPopulationRow(r)));
  const themeIndicatorIds = new Set(data.themes.flatMap((th) => th.indicators));
  const usable = data.themes.filter((th) => th.usableIndicator).length;
  const others = [...byId.values()].filter((list) => !themeIndicatorIds.has(list[0]!.id));

  return (
    <div className="jp-page">
      <article className="jp-profile jp-national" data-profile-ready="true" aria-labelledby="profile-title">
        <header className="jp-profile-header">
          <p className="jp-pre-heading">{t.national.subtitle}</p>
          <h1 className="utrecht-heading-1" id="profile-title">
            {t.national.title}
          </h1>
          <p className="utrecht-paragraph utrecht-paragraph--lead jp-lead">{t.national.intro}</p>
          <p className="utrecht-paragraph">
            <strong>{t.national.usable(usable, data.themes.length - usable)}</strong>
          </p>
          <div className="jp-actions jp-no-print">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={printPage}
            >
              {t.common.print}
            </button>
            <ExportButton
              build={() => profileExport(data, data.indicators, t, lang)}
              label={t.common.downloadAll}
            />
          </div>
        </header>
        <nav className="jp-toc jp-no-print" aria-label={t.profile.toc}>
          <h2 className="jp-toc__title">{t.profile.toc}</h2>
          <ul>
            <li>
              <a href="#overview-title">{t.national.overviewTitle}</a>
            </li>
            {data.categories.map((c) => (
              <li key={c.id}>
                <a href={`#cat-${c.id}`}>{text(c.name)}</a>
              </li>
            ))}
            <li>
              <a href="#other-title">{t.national.otherTitle}</a>
            </li>
            <li>
              <a href="#population-title">{t.profile.populationTitle}</a>
            </li>
          </ul>
        </nav>
        <section className="jp-section" aria-labelledby="overview-title">
          <h2 className="utrecht-heading-2" id="overview-title">
            {t.national.overviewTitle}
          </h2>
          <DataTable
            caption={t.national.overviewTitle}
            captionHidden
            rows={data.themes}
            rowKey={(th) => th.id}
            columns={[
              {
                key: 'theme',
                header: t.national.colTheme,
                rowHeader: true,
                cell: (th) => <a href={`#theme-${th.id}`}>{text(th.name)}</a>,
              },
              {
                key: 'category',
                header: t.national.colCategory,
                cell: (th) => text(data.categories.find((c) => c.id === th.category)?.name),
              },
              {
                key: 'latest',
                header: t.national.colLatest,
                cell: (th) => {
                  // The theme's latest national figure: an indicator with a value (regional series that still
                  // need a CBS import have none yet), its total before a breakdown.
                  const all = th.indicators.flatMap((id) => byId.get(id) ?? []);
                  const rows = all.some((r) => r.value !== null) ? all.filter((r) => r.value !== null) : all;
                  const row = rows.find((r) => r.breakdown === 'totaal') ?? rows[0];
                  if (!th.usableIndicator || !row)
                    return <span className="jp-tag">{t.profile.themeNoIndicator}</span>;
                  return (
                    <>
                      {text(row.shortName)}
                      {row.breakdownLabel && ` (${text(row.breakdownLabel)})`}:{' '}
                      <strong>
                        {withUnit(formatNumber(row.value, row.decimals, t.locale), text(row.unit))}
                      </strong>
                      {row.period && <span className="jp-muted"> ({t.period(row.period)})</span>}
                    </>
                  );
                },
              },
            ]}
          />
        </section>
        {data.categories.map((category) => (
          <section
            key={category.id}
            className="jp-section jp-category"
            aria-labelledby={`cat-${category.id}`}
          >
            <h2 className="utrecht-heading-2 jp-category__title" id={`cat-${category.id}`}>
              {text(category.name)}
            </h2>
            <p className="utrecht-paragraph jp-category__description">{text(category.description)}</p>
            {data.themes
              .filter((th) => th.category === category.id)
              .map((theme) => {
                const lists = theme.indicators
                  .map((id) => byId.get(id))
                  .filter((l): l is ProfileIndicator[] => !!l);
                return (
                  <section key={theme.id} className="jp-theme" aria-labelledby={`theme-${theme.id}`}>
                    <h3 className="utrecht-heading-3 jp-theme__title" id={`theme-${theme.id}`}>
                      {text(theme.name)}
                    </h3>
                    <KennisagendaLinks jzojpTheme={theme.id} />
                    {!theme.usableIndicator || lists.length === 0 ? (
                      <div className="jp-theme__none">
                        <p>
                          <span className="jp-tag">{t.profile.themeNoIndicator}</span>
                        </p>
                        {theme.reason && <p className="utrecht-paragraph jp-reason">{text(theme.reason)}</p>}
                      </div>
                    ) : (
                      lists.map((list) => (
                        <article
                          key={list[0]!.id}
                          className="jp-indicator-card"
                          aria-labelledby={`h-${rowAnchor(list[0]!)}`}
                        >
                          <header className="jp-indicator-card__header">
                            <h4 className="utrecht-heading-4" id={`h-${rowAnchor(list[0]!)}`}>
                              {text(list[0]!.name)}
                            </h4>
                            <ExportButton build={() => profileExport(data, list, t, lang, list[0]!.id)} />
                          </header>
                          {list.map((row) => (
                            <NationalRow key={row.breakdown} row={row} multi={list.length > 1} />
                          ))}
                        </article>
                      ))
                    )}
                  </section>
                );
              })}
          </section>
        ))}
        <section className="jp-section" aria-labelledby="other-title">
          <h2 className="utrecht-heading-2" id="other-title">
            {t.national.otherTitle}
          </h2>
          <p className="utrecht-paragraph">{t.national.otherIntro}</p>
          <DataTable
            caption={t.national.otherTitle}
            captionHidden
            rows={others.flat()}
            rowKey={(r) => `${r.id}/${r.breakdown}`}
            columns={[
              {
                key: 'name',
                header: t.profile.indicatorRow,
                rowHeader: true,
                cell: (r) => (
                  <Link
                    href={href(`/indicator/${r.id}`, {
                      groep: r.breakdown === 'totaal' ? undefined : r.breakdown,
                    })}
                    className="utrecht-link"
                  >
                    {text(r.shortName)}
                    {r.breakdownLabel && ` (${text(r.breakdownLabel)})`}
                  </Link>
                ),
              },
              { key: 'period', header: t.common.period, cell: (r) => (r.period ? t.period(r.period) : '–') },
              {
                key: 'value',
                header: t.common.value,
                numeric: true,
                cell: (r) =>
                  withUnit(
                    formatNumber(r.value, r.decimals, t.locale),
                    text(r.unit).startsWith('%') ? '%' : '',
                  ),
              },
              { key: 'unit', header: t.common.unit, cell: (r) => text(r.unit) },
              {
                key: 'source',
                header: t.common.source,
                cell: (r) => `${r.source.attribution}`,
              },
            ]}
          />
        </section>
        <PopulationSection profile={data} />
      </article>
    </div>
  );
}
