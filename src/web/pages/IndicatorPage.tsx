// /indicator/{id}?type=gemeente&periode=…&regio=…&groep=…&kleur=kwintiel|vergelijking
// One indicator for all regions of a type: a choropleth map with its legend, the ranked list with intervals
// (also the keyboard and screen-reader alternative to the map), the trend of a chosen region against
// Nederland, and the definition and source.
import { type FormEvent, useId, useMemo } from 'react';
import { attributionText, plainTitle } from '../../regiobeeld/summary.ts';
import type { Comparison } from '../../stats/compare.ts';
import { COMPARISON_COLOURS, ComparisonBadge, ComparisonLegend } from '../components/ComparisonBadge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { GeoMap } from '../components/GeoMap.tsx';
import { ErrorMessage, isUnreachable, Loading } from '../components/Status.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { useI18n } from '../i18n/index.tsx';
import { KnowledgeSuggestions } from '../kennisbank/KnowledgeSuggestions.tsx';
import {
  api,
  type IndicatorDetail,
  type IndicatorSeries,
  type IndicatorValues,
  type Profile,
  type RegionType,
  type ValuesRegion,
} from '../lib/api.ts';
import type { ExportSpec } from '../lib/exportZip.ts';
import { formatNumber, side, withUnit } from '../lib/format.ts';
import { useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Notice, PeriodNotice } from '../regiobeeld/Notice.tsx';
import { useRegiobeeldTexts } from '../regiobeeld/texts.ts';
import { Link, navigate, useRoute } from '../router.tsx';

export const QUINTILE_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const NO_DATA = '#d9d9d9';

function periodKind(code: string): string {
  if (/^\d{4}$/.test(code)) return 'year';
  if (/^\d{4}Q[1-4]$/.test(code)) return 'quarter';
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return 'date';
  if (/^\d{4}-\d{4}$/.test(code)) return 'multi-year';
  return 'other';
}

function Definition({ indicator }: { indicator: IndicatorDetail }) {
  const { t, text } = useI18n();
  const d = t.indicator;
  const items: [string, string][] = [
    [d.definition, text(indicator.definition)],
    ...(indicator.numerator ? ([[d.numerator, text(indicator.numerator)]] as [string, string][]) : []),
    ...(indicator.denominator ? ([[d.denominator, text(indicator.denominator)]] as [string, string][]) : []),
    [d.unit, text(indicator.unit)],
    [d.polarity, t.polarity[indicator.polarity] ?? indicator.polarity],
    [d.intervalMethod, t.intervalMethod[indicator.intervalMethod] ?? indicator.intervalMethod],
    [
      d.aggregation,
      `${t.aggregation[indicator.aggregation] ?? indicator.aggregation}${indicator.aggregationNote ? `. ${text(indicator.aggregationNote)}` : ''}`,
    ],
    [
      d.suppression,
      d.suppressionRule(indicator.suppression.minNumerator, indicator.suppression.minDenominator),
    ],
    [t.sourceBox.publisher, indicator.source.publisher],
    [t.sourceBox.title, plainTitle(indicator.source.title)],
  ];
  // Tables, files and the operators' caveats are for who checks the figure: folded under "Bron".
  const technical: [string, string][] = [
    [t.sourceBox.table, indicator.source.table],
    [t.sourceBox.licence, indicator.source.licence],
    [t.sourceBox.attribution, attributionText(indicator.source.attribution)],
  ];
  return (
    <section className="jp-section" aria-labelledby="definition-title">
      <h2 className="utrecht-heading-2" id="definition-title">
        {d.definitionTitle}
      </h2>
      <dl className="jp-definition">
        {items.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <details className="jp-details jp-source">
        <summary>{t.sourceBox.summary}</summary>
        <dl className="jp-definition">
          {technical.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
          {indicator.caveats.length > 0 && (
            <div>
              <dt>{d.caveats}</dt>
              <dd>
                <ul>
                  {indicator.caveats.map((c) => (
                    <li key={c.nl}>{text(c)}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </details>
      {indicator.source.url && (
        <p>
          <a className="utrecht-link" href={indicator.source.url} rel="noopener noreferrer">
            {t.sourceBox.link}
          </a>
        </p>
      )}
    </section>
  );
}

function IntervalBar({
  region,
  domain,
  national,
}: {
  region: ValuesRegion;
  domain: [number, number];
  national: number | null;
}) {
  const [lo, hi] = domain;
  const x = (v: number) => 4 + ((v - lo) / (hi - lo || 1)) * 112;
  if (region.value === null) return null;
  return (
    <svg
      viewBox="0 0 120 16"
      width="120"
      height="16"
      aria-hidden="true"
      className="jp-interval-bar"
      overflow="hidden"
    >
      {national !== null && (
        <line x1={x(national)} x2={x(national)} y1={0} y2={16} stroke="#1a1a1a" strokeWidth={1.5} />
      )}
      {region.lower !== null && region.upper !== null && (
        <line x1={x(region.lower)} x2={x(region.upper)} y1={8} y2={8} stroke="#4a4a4a" strokeWidth={1.5} />
      )}
      <circle
        cx={x(region.value)}
        cy={8}
        r={4}
        fill={COMPARISON_COLOURS[region.comparison]}
        stroke="#1a1a1a"
      />
    </svg>
  );
}

function Controls({
  indicator,
  values,
  types,
}: {
  indicator: IndicatorDetail;
  values: IndicatorValues | undefined;
  types: RegionType[];
}) {
  const { t, text, href } = useI18n();
  const route = useRoute();
  const id = useId();
  const q = route.query;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    navigate(
      href(`/indicator/${indicator.id}`, {
        type: String(form.get('type') ?? 'gemeente'),
        periode: String(form.get('periode') ?? ''),
        groep: String(form.get('groep') ?? ''),
        kleur: String(form.get('kleur') ?? ''),
        regio: q.get('regio'),
      }),
      { keepPosition: true },
    );
  };
  const periods = values?.periods ?? indicator.periods.map((p) => p.period);
  const breakdowns = values?.breakdowns ?? [];
  const labelOf = (code: string) => {
    const b = indicator.breakdowns.find((x) => x.code === code);
    return b ? text(b.label) : code;
  };
  const colour = q.get('kleur') === 'vergelijking' ? 'vergelijking' : 'kwintiel';
  return (
    <form
      className="jp-controls jp-no-print"
      onSubmit={submit}
      key={`${route.href}|${values?.period}|${values?.type}`}
    >
      <div className="jp-control">
        <label htmlFor={`${id}-type`} className="utrecht-form-label">
          {t.indicator.typeLabel}
        </label>
        <select
          id={`${id}-type`}
          name="type"
          defaultValue={values?.type ?? q.get('type') ?? 'gemeente'}
          className="utrecht-select utrecht-select--html-select"
        >
          {types
            .filter((ty) => ty.hasBoundaries)
            .map((ty) => (
              <option key={ty.code} value={ty.code}>
                {text(ty.name)}
              </option>
            ))}
        </select>
      </div>
      <div className="jp-control">
        <label htmlFor={`${id}-period`} className="utrecht-form-label">
          {t.indicator.periodLabel}
        </label>
        <select
          id={`${id}-period`}
          name="periode"
          defaultValue={values?.period ?? q.get('periode') ?? ''}
          className="utrecht-select utrecht-select--html-select"
        >
          {[...periods].reverse().map((p) => (
            <option key={p} value={p}>
              {t.period(p)}
            </option>
          ))}
        </select>
      </div>
      {breakdowns.length > 1 && (
        <div className="jp-control">
          <label htmlFor={`${id}-group`} className="utrecht-form-label">
            {t.indicator.breakdownLabel}
          </label>
          <select
            id={`${id}-group`}
            name="groep"
            defaultValue={values?.breakdown}
            className="utrecht-select utrecht-select--html-select"
          >
            {breakdowns.map((b) => (
              <option key={b} value={b}>
                {labelOf(b)}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="jp-control utrecht-form-fieldset">
        <legend className="utrecht-form-label">{t.indicator.colourLabel}</legend>
        <label className="jp-radio">
          <input type="radio" name="kleur" value="kwintiel" defaultChecked={colour === 'kwintiel'} />{' '}
          {t.indicator.colourQuintile}
        </label>
        <label className="jp-radio">
          <input type="radio" name="kleur" value="vergelijking" defaultChecked={colour === 'vergelijking'} />{' '}
          {t.indicator.colourComparison}
        </label>
      </fieldset>
      <div className="jp-control jp-control--submit">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t.indicator.apply}
        </button>
      </div>
    </form>
  );
}

function NationalOnly({ indicator }: { indicator: IndicatorDetail }) {
  const { t, text } = useI18n();
  const profile = useApi<Profile>(api.profile('NL01'));
  const rows = (profile.data?.indicators ?? []).filter((r) => r.id === indicator.id);
  return (
    <section className="jp-section" aria-labelledby="trend-title">
      <h2 className="utrecht-heading-2" id="trend-title">
        {t.indicator.trendTitle}
      </h2>
      <p className="utrecht-paragraph jp-note">{t.indicator.nationalOnly}</p>
      {profile.loading && <Loading />}
      <div className="jp-grid-2">
        {rows.map((row) => (
          <div key={row.breakdown}>
            <h3 className="utrecht-heading-3 jp-ucfirst">
              {row.breakdownLabel ? text(row.breakdownLabel) : text(row.shortName)}
            </h3>
            {row.value !== null && row.period && (
              <p className="jp-ind__sentence">
                {t.nationalSentence(
                  row.breakdownLabel
                    ? `${text(row.shortName)} (${text(row.breakdownLabel)})`
                    : text(row.shortName),
                  withUnit(formatNumber(row.value, row.decimals, t.locale), text(row.unit)),
                  t.period(row.period),
                )}
              </p>
            )}
            <TrendChart
              series={[{ label: t.common.nederland, points: row.trend.points, national: true }]}
              unit={text(row.unit)}
              decimals={row.decimals}
              label={t.trend.chartLabel(
                t.common.nederland,
                text(row.shortName),
                t.period(row.trend.points[0]?.period ?? ''),
                t.period(row.trend.points.at(-1)?.period ?? ''),
              )}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

export default function IndicatorPage({ id }: { id: string }) {
  const { t, text, href, lang } = useI18n();
  const rt = useRegiobeeldTexts();
  const route = useRoute();
  const q = route.query;
  const indicator = useApi<IndicatorDetail>(api.indicator(id));
  // Figures published per GGD-regio only are mapped per GGD-regio (never split to gemeenten).
  const type = q.get('type') ?? (indicator.data?.geography === 'ggdregio' ? 'ggdregio' : 'gemeente');
  const regio = q.get('regio')?.toUpperCase() ?? null;
  const colour = q.get('kleur') === 'vergelijking' ? 'comparison' : 'quintile';
  const types = useApi<RegionType[]>(api.regionTypes());
  const regional = indicator.data?.geography !== undefined && indicator.data.geography !== 'nederland';
  const knownPeriods = indicator.data?.periods.map((p) => p.period) ?? [];
  const periode = q.get('periode');
  // No figures yet, or a period without figures: a neutral notice instead of an error (and no request).
  const noDataYet = !!indicator.data && knownPeriods.length === 0;
  const unknownPeriod = !!indicator.data && !!periode && !noDataYet && !knownPeriods.includes(periode);
  const values = useApi<IndicatorValues>(
    regional && indicator.data && !noDataYet && !unknownPeriod
      ? api.values(id, type, periode, q.get('groep'))
      : null,
  );
  const v = values.data ?? (values.loading || isUnreachable(values.error) ? values.latest : undefined);
  const series = useApi<IndicatorSeries>(
    regional && regio && regio !== 'NL01'
      ? api.series(id, { code: regio }, v?.breakdown ?? q.get('groep'))
      : null,
  );
  useTitle(indicator.data ? text(indicator.data.name) : id);

  const byCode = useMemo(() => new Map((v?.regions ?? []).map((r) => [r.code, r])), [v]);
  // The bars' scale covers the values and Nederland; very wide intervals run off the edge (clipped).
  const domain = useMemo((): [number, number] => {
    const values = (v?.regions ?? []).map((r) => r.value).filter((x): x is number => x !== null);
    const nl = v?.national?.value;
    if (nl !== null && nl !== undefined) values.push(nl);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = (hi - lo) * 0.08 || 1;
    return [lo - pad, hi + pad];
  }, [v]);

  if (indicator.error)
    return (
      <div className="jp-page">
        <h1 className="utrecht-heading-1">{t.common.notFoundTitle}</h1>
        <ErrorMessage error={indicator.error} onRetry={indicator.reload} />
      </div>
    );
  const ind = indicator.data;
  if (!ind || !types.data) return <Loading />;

  const unit = text(ind.unit);
  const short = text(ind.shortName);
  const f = (x: number | null) => formatNumber(x, ind.decimals, t.locale);
  const typeName = text(types.data.find((ty) => ty.code === type)?.name ?? { nl: type, en: type });
  const period = v ? t.period(v.period) : '';
  const fillOf = (code: string) => {
    const r = byCode.get(code);
    if (!r || r.value === null) return NO_DATA;
    if (colour === 'comparison') return COMPARISON_COLOURS[r.comparison];
    return QUINTILE_COLOURS[(r.quintile ?? 1) - 1] ?? NO_DATA;
  };
  const withValue = (v?.regions ?? []).filter((r) => r.value !== null);
  const sorted = [...withValue].sort((a, b) => a.value! - b.value!);
  const counts: Record<string, number> = {};
  for (const r of withValue) counts[r.comparison] = (counts[r.comparison] ?? 0) + 1;
  const selectRegion = (code: string) =>
    navigate(
      href(`/indicator/${id}`, {
        type,
        periode: v?.period,
        groep: q.get('groep'),
        kleur: q.get('kleur'),
        regio: code,
      }),
      {
        keepPosition: true,
      },
    );
  const chosen = regio ? byCode.get(regio) : undefined;
  const kind = v ? periodKind(v.period) : 'year';
  const trendPoints = (points: IndicatorSeries['points'][number][]) =>
    points.filter((p) => periodKind(p.period) === kind);

  const exportValues = async (): Promise<ExportSpec> => ({
    fileBase: `${ind.id}-${type}-${v?.period ?? ''}`,
    title: `${text(ind.name)} – ${typeName}, ${period}`,
    description: text(ind.definition),
    tables: [
      {
        name: `${ind.id}-${type}`,
        title: `${text(ind.name)} (${unit}), ${typeName}, ${period}`,
        columns: [
          'rank',
          'region_code',
          'region_name',
          'period',
          'breakdown',
          'value',
          'lower_95',
          'upper_95',
          'count',
          'denominator',
          'comparison_nederland_95',
          'quintile',
          'suppressed',
          'reason',
          'flags',
        ],
        rows: (v?.regions ?? []).map((r) => [
          r.rank,
          r.code,
          r.name,
          v?.period,
          v?.breakdown,
          r.value,
          r.lower,
          r.upper,
          r.count,
          r.denominator,
          r.comparison,
          r.quintile,
          r.suppressed,
          r.reason ? r.reason[lang] : null,
          r.flags.join(' '),
        ]),
      },
      {
        name: 'nederland',
        title: t.common.nederland,
        columns: ['period', 'breakdown', 'value', 'lower_95', 'upper_95', 'basis'],
        rows: [
          [
            v?.period,
            v?.breakdown,
            v?.national?.value,
            v?.national?.lower,
            v?.national?.upper,
            v?.national?.basis,
          ],
        ],
      },
    ],
    indicators: [ind],
    snapshots: [],
    period: v?.period,
  });

  const exportTrend = async (): Promise<ExportSpec> => ({
    fileBase: `${ind.id}-trend-${series.data?.region.name ?? ''}`,
    title: `${text(ind.name)} – ${series.data?.region.name ?? ''} ${t.indicator.trendOf('').trim()}`,
    tables: [
      {
        name: `${ind.id}-trend`,
        title: t.indicator.trendOf(series.data?.region.name ?? ''),
        columns: ['region', 'period', 'value', 'lower_95', 'upper_95', 'partial'],
        rows: [
          ...trendPoints(series.data?.points ?? []).map((p) => [
            series.data?.region.name,
            p.period,
            p.value,
            p.lower,
            p.upper,
            p.partial,
          ]),
          ...trendPoints(series.data?.national ?? []).map((p) => [
            'Nederland',
            p.period,
            p.value,
            p.lower,
            p.upper,
            p.partial,
          ]),
        ],
      },
    ],
    indicators: [ind],
    snapshots: [],
    region: series.data ? { code: series.data.region.code, name: series.data.region.name } : undefined,
  });

  return (
    <div className="jp-page jp-indicator-page">
      <p className="jp-pre-heading">{t.profile.indicatorRow}</p>
      <h1 className="utrecht-heading-1">{text(ind.name)}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead jp-lead">{text(ind.definition)}</p>

      {regional && noDataYet ? (
        <Notice title={rt.noDataYetTitle}>
          <p className="utrecht-paragraph">{rt.noDataYet(ind.source.publisher)}</p>
        </Notice>
      ) : regional && unknownPeriod ? (
        <PeriodNotice
          title={rt.periodUnknownTitle(t.period(periode!))}
          message={rt.indicatorPeriodUnknown(t.period(periode!))}
          periods={[...knownPeriods].reverse()}
          label={t.period}
          hrefOf={(p) =>
            href(`/indicator/${ind.id}`, {
              type: q.get('type'),
              periode: p,
              groep: q.get('groep'),
              kleur: q.get('kleur'),
              regio: q.get('regio'),
            })
          }
        />
      ) : !regional ? (
        <NationalOnly indicator={ind} />
      ) : (
        <>
          <Controls indicator={ind} values={v} types={types.data} />
          {values.error && <ErrorMessage error={values.error} onRetry={values.reload} />}
          {values.loading && !values.latest && <Loading />}
          {v && (
            <>
              {sorted.length > 0 && (
                <p className="utrecht-paragraph jp-lead-small">
                  {t.indicator.summary({
                    short,
                    period,
                    min: withUnit(f(sorted[0]!.value), unit.startsWith('%') ? '%' : ''),
                    minName: sorted[0]!.name,
                    max: withUnit(f(sorted.at(-1)!.value), unit.startsWith('%') ? '%' : ''),
                    maxName: sorted.at(-1)!.name,
                    national: withUnit(f(v.national?.value ?? null), unit),
                  })}{' '}
                  {(ind.polarity === 'neutral' ? t.indicator.countsNeutral : t.indicator.counts)(counts)}
                </p>
              )}
              <div className="jp-map-layout">
                <section className="jp-map-panel" aria-labelledby="map-title">
                  <h2 className="utrecht-heading-2" id="map-title">
                    {t.indicator.mapTitle}
                  </h2>
                  <GeoMap
                    type={type}
                    mode="view"
                    label={t.indicator.mapAlt(short, typeName, period)}
                    fill={fillOf}
                    highlighted={regio}
                    titleOf={(code, name) => {
                      const r = byCode.get(code);
                      return r && r.value !== null
                        ? `${name}: ${f(r.value)} ${unit} (${t.comparison[r.comparison]})`
                        : `${name}: ${t.indicator.noDataLegend}`;
                    }}
                    onActivate={selectRegion}
                  />
                  <p className="jp-chart-note">{t.indicator.mapHint}</p>
                  {colour === 'comparison' ? (
                    <div className="jp-map-legend">
                      <p className="jp-map-legend__title">{t.indicator.legendComparison}</p>
                      <ComparisonLegend neutral={ind.polarity === 'neutral'} />
                    </div>
                  ) : (
                    <div className="jp-map-legend">
                      <p className="jp-map-legend__title">{t.indicator.legendQuintile}</p>
                      <ul className="jp-quintiles">
                        {v.quintileBreaks.slice(1).map((upper, i) => (
                          <li key={upper}>
                            <span
                              className="jp-swatch"
                              style={{ background: QUINTILE_COLOURS[i] }}
                              aria-hidden="true"
                            />
                            {f(v.quintileBreaks[i] ?? null)} – {f(upper)}
                          </li>
                        ))}
                        <li>
                          <span className="jp-swatch" style={{ background: NO_DATA }} aria-hidden="true" />
                          {t.indicator.noDataLegend}
                        </li>
                      </ul>
                    </div>
                  )}
                </section>
                <section className="jp-ranked-panel" aria-labelledby="ranked-title">
                  <div className="jp-panel-header">
                    <h2 className="utrecht-heading-2" id="ranked-title">
                      {t.indicator.rankedTitle}
                    </h2>
                    <ExportButton build={exportValues} />
                  </div>
                  <DataTable
                    caption={(ind.polarity === 'neutral'
                      ? t.indicator.rankedCaptionNeutral
                      : t.indicator.rankedCaption)(`${short} (${unit})`, period)}
                    className="jp-ranked"
                    rows={v.regions}
                    rowKey={(r) => r.code}
                    columns={[
                      { key: 'rank', header: t.indicator.colRank, numeric: true, cell: (r) => r.rank ?? '–' },
                      {
                        key: 'name',
                        header: t.indicator.colRegion,
                        rowHeader: true,
                        cell: (r) => (
                          <span className="jp-ranked__name">
                            <button
                              type="button"
                              className="jp-link-button"
                              aria-pressed={r.code === regio}
                              onClick={() => selectRegion(r.code)}
                              title={t.indicator.showTrend(r.name)}
                            >
                              {r.name}
                            </button>
                          </span>
                        ),
                      },
                      {
                        key: 'value',
                        header: t.indicator.colValue,
                        numeric: true,
                        cell: (r) => (r.value === null ? (r.reason ? text(r.reason) : '–') : f(r.value)),
                      },
                      {
                        key: 'interval',
                        header: t.indicator.colInterval,
                        numeric: true,
                        cell: (r) =>
                          r.lower !== null && r.upper !== null ? `${f(r.lower)} – ${f(r.upper)}` : '–',
                      },
                      {
                        key: 'bar',
                        header: <span className="jp-visually-hidden">{t.indicator.colBar}</span>,
                        cell: (r) => (
                          <IntervalBar region={r} domain={domain} national={v.national?.value ?? null} />
                        ),
                      },
                      {
                        key: 'cmp',
                        header: t.indicator.colComparison,
                        cell: (r) =>
                          r.value === null ? (
                            '–'
                          ) : (
                            <ComparisonBadge comparison={r.comparison as Comparison} short />
                          ),
                      },
                    ]}
                  />
                </section>
              </div>
              <section className="jp-section" aria-labelledby="trend-title">
                <div className="jp-panel-header">
                  <h2 className="utrecht-heading-2" id="trend-title">
                    {t.indicator.trendTitle}
                    {series.data && `: ${t.indicator.trendOf(series.data.region.name)}`}
                  </h2>
                  {series.data && <ExportButton build={exportTrend} />}
                </div>
                {!regio && <p className="utrecht-paragraph">{t.indicator.trendChoose}</p>}
                {series.error && <ErrorMessage error={series.error} onRetry={series.reload} />}
                {series.loading && <Loading />}
                {series.data && (
                  <>
                    {chosen && chosen.value !== null && v.national?.value != null && (
                      <p className="jp-ind__sentence">
                        {t.sentence({
                          region: chosen.name,
                          short,
                          value: f(chosen.value),
                          national: f(v.national.value),
                          unit,
                          comparison: chosen.comparison,
                          side: side(chosen.value, v.national.value),
                          rate: ind.valueType === 'rate',
                        })}{' '}
                        <Link href={href(`/regio/${chosen.code}`)} className="utrecht-link">
                          {t.indicator.profileLink(chosen.name)}
                        </Link>
                      </p>
                    )}
                    <TrendChart
                      series={[
                        { label: series.data.region.name, points: trendPoints(series.data.points) },
                        {
                          label: t.common.nederland,
                          points: trendPoints(series.data.national),
                          national: true,
                        },
                      ]}
                      unit={unit}
                      decimals={ind.decimals}
                      width={640}
                      height={260}
                      label={t.trend.chartLabel(
                        `${series.data.region.name} / ${t.common.nederland}`,
                        short,
                        t.period(trendPoints(series.data.points)[0]?.period ?? ''),
                        t.period(trendPoints(series.data.points).at(-1)?.period ?? ''),
                      )}
                    />
                  </>
                )}
              </section>
            </>
          )}
        </>
      )}
      <Definition indicator={ind} />
      {ind.theme && <KnowledgeSuggestions themes={[ind.theme]} />}
    </div>
  );
}
