// A small trend chart (Observable Plot, loaded on first use) with its table: the region's values with the
// 95 % band and, when given, Nederland as a grey line. Partial periods are drawn as open circles.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TrendPointOut } from '../../regiobeeld/profileTypes.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber, formatTick } from '../lib/format.ts';
import { DataTable, TableDisclosure } from './DataTable.tsx';

export interface TrendSeries {
  label: string;
  points: TrendPointOut[];
  national?: boolean;
}

const REGION_COLOUR = '#154273';
const NATIONAL_COLOUR = '#6b6b6b';

interface Row {
  period: string;
  values: (TrendPointOut | undefined)[];
}

export function TrendChart({
  series,
  unit,
  decimals,
  label,
  width = 340,
  height = 170,
  zero = false,
}: {
  series: TrendSeries[];
  unit: string;
  decimals: number;
  /** Text alternative of the chart: one plain sentence. */
  label: string;
  width?: number;
  height?: number;
  /** Start the y axis at zero (percentages). */
  zero?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState(true);
  // Parents pass new arrays on every render; redraw only when the numbers change.
  const seriesKey = JSON.stringify(series);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the serialised series
  const stableSeries = useMemo(() => series, [seriesKey]);
  const periods = useMemo(() => {
    const seen: string[] = [];
    for (const s of stableSeries) for (const p of s.points) if (!seen.includes(p.period)) seen.push(p.period);
    return seen.sort();
  }, [stableSeries]);
  const drawable = periods.length > 1;
  const hasBand = series.some((s) => !s.national && s.points.some((p) => p.lower !== null));
  const hasPartial = series.some((s) => s.points.some((p) => p.partial));
  // Figures converted from an earlier gemeentelijke indeling: the conversion, with the periods it applies to.
  const conversions = useMemo(() => {
    const byText = new Map<string, string[]>();
    for (const s of stableSeries)
      for (const p of s.points)
        if (p.conversion) byText.set(p.conversion, [...(byText.get(p.conversion) ?? []), p.period]);
    return [...byText];
  }, [stableSeries]);

  useEffect(() => {
    const node = ref.current;
    if (!node || !drawable) {
      setPending(false);
      return;
    }
    let cancelled = false;
    setPending(true);
    import('@observablehq/plot').then((Plot) => {
      if (cancelled) return;
      const data = stableSeries.flatMap((s) =>
        s.points
          .filter((p) => p.value !== null)
          .map((p) => ({ ...p, series: s.label, national: !!s.national })),
      );
      const banded = data.filter((d) => !d.national && d.lower !== null && d.upper !== null);
      const title = (d: { series: string; period: string; value: number }) =>
        `${d.series}, ${t.period(d.period)}: ${formatNumber(d.value, decimals, t.locale)}`;
      const step = Math.ceil(periods.length / 6);
      const ticks = periods.filter((_, i) => i % step === 0 || i === periods.length - 1);
      const colours = stableSeries.map((s) => (s.national ? NATIONAL_COLOUR : REGION_COLOUR));
      const chart = Plot.plot({
        width,
        height,
        marginLeft: 52,
        marginRight: 14,
        marginBottom: 28,
        style: { fontSize: '11px', fontFamily: 'inherit', color: '#1a1a1a', background: 'transparent' },
        x: {
          type: 'point',
          domain: periods,
          label: null,
          ticks,
          tickFormat: (p: string) => t.periodShort(p),
        },
        y: {
          grid: true,
          label: null,
          nice: true,
          zero,
          tickFormat: (v: number) => formatTick(v, decimals, t.locale),
        },
        color: { domain: stableSeries.map((s) => s.label), range: colours },
        marks: [
          Plot.areaY(banded, {
            x: 'period',
            y1: 'lower',
            y2: 'upper',
            z: 'series',
            fill: REGION_COLOUR,
            fillOpacity: 0.14,
            curve: 'linear',
          }),
          // Nederland first (dashed, small dots), the region on top.
          ...[true, false].flatMap((national) => {
            const rows = data.filter((d) => d.national === national);
            const r = national ? 2.5 : 3.5;
            return [
              Plot.lineY(rows, {
                x: 'period',
                y: 'value',
                z: 'series',
                stroke: 'series',
                strokeWidth: national ? 2 : 2.5,
                strokeDasharray: national ? '5,3' : undefined,
              }),
              Plot.dot(
                rows.filter((d) => !d.partial),
                { x: 'period', y: 'value', stroke: 'series', fill: 'series', r, title },
              ),
              Plot.dot(
                rows.filter((d) => d.partial),
                { x: 'period', y: 'value', stroke: 'series', fill: 'white', r, strokeWidth: 1.5, title },
              ),
            ];
          }),
        ],
      });
      chart.setAttribute('aria-hidden', 'true');
      node.replaceChildren(chart);
      setPending(false);
    });
    return () => {
      cancelled = true;
    };
  }, [stableSeries, periods, width, height, decimals, t, drawable, zero]);

  const rows: Row[] = periods.map((period) => ({
    period,
    values: series.map((s) => s.points.find((p) => p.period === period)),
  }));
  const f = (v: number | null | undefined) => formatNumber(v ?? null, decimals, t.locale);
  const columns = [
    {
      key: 'period',
      header: t.common.period,
      rowHeader: true,
      cell: (r: Row) => (
        <>
          {t.period(r.period)}
          {r.values.some((v) => v?.partial) && <span className="jp-muted"> {t.common.partialMark}</span>}
          {r.values.some((v) => v?.conversion) && <span className="jp-muted"> {t.trend.convertedMark}</span>}
        </>
      ),
    },
    ...series.flatMap((s, i) => {
      const hasInterval = s.points.some((p) => p.lower !== null);
      const value = {
        key: `v${i}`,
        header: `${s.label} (${unit})`,
        numeric: true,
        cell: (r: Row) => f(r.values[i]?.value),
      };
      if (!hasInterval) return [value];
      return [
        value,
        {
          key: `i${i}`,
          header: `${s.label}: 95%`,
          numeric: true,
          cell: (r: Row) =>
            r.values[i]?.lower != null ? `${f(r.values[i]?.lower)} – ${f(r.values[i]?.upper)}` : '–',
        },
      ];
    }),
  ];

  return (
    <figure className="jp-trend" data-pending={pending ? 'true' : undefined}>
      <figcaption className="jp-chart-title">{t.trend.title}</figcaption>
      {drawable ? (
        <>
          <div ref={ref} className="jp-trend__plot" role="img" aria-label={label} />
          {series.length > 1 && (
            <ul className="jp-series-legend" aria-hidden="true">
              {series.map((s) => (
                <li key={s.label}>
                  <span
                    className={`jp-series-legend__line ${s.national ? 'jp-series-legend__line--national' : ''}`}
                  />
                  {s.label}
                </li>
              ))}
            </ul>
          )}
          <p className="jp-chart-note">
            {[
              hasBand ? t.trend.band : null,
              hasPartial ? t.trend.partial : null,
              series.some((s) => s.national) && series.length > 1 ? t.trend.dashed : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </>
      ) : (
        <p className="jp-chart-note">{t.trend.onePoint}</p>
      )}
      {conversions.length > 0 && (
        <p className="jp-chart-note jp-trend__conversion">
          {conversions.map(([text, list]) => (
            <span key={text}>{t.trend.converted(list.map((p) => t.period(p)).join(', '), text)} </span>
          ))}
        </p>
      )}
      <TableDisclosure summary={t.common.showAsTable}>
        <DataTable caption={label} columns={columns} rows={rows} rowKey={(r) => r.period} />
      </TableDisclosure>
    </figure>
  );
}
