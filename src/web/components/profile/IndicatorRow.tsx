// One indicator × breakdown of a profile: the value with its 95 % interval, Nederland, the comparison in colour
// and words, one plain sentence, rank, flags, a spine chart, a trend chart with its table, and the source.
import type { ProfileIndicator } from '../../../regiobeeld/profileTypes.ts';
import { areaTexts } from '../../areas/texts.ts';
import { AreaFacts, BoundsValue } from '../../areas/valueLabels.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatInteger, formatNumber, side, withUnit } from '../../lib/format.ts';
import { Link } from '../../router.tsx';
import { ComparisonBadge } from '../ComparisonBadge.tsx';
import { SourceDisclosure } from '../SourceDisclosure.tsx';
import { SpineChart } from '../SpineChart.tsx';
import { TrendChart } from '../TrendChart.tsx';

export interface RegionContext {
  name: string;
  type: string;
  code: string | null;
}

export const rowAnchor = (row: Pick<ProfileIndicator, 'id' | 'breakdown'>) =>
  `ind-${row.id}-${row.breakdown}`.replace(/[^a-zA-Z0-9_-]/g, '_');

/** The plain-language sentence about a row against Nederland. */
export function useRowSentence() {
  const { t, text } = useI18n();
  return (row: ProfileIndicator, regionName: string): string | null => {
    if (row.value === null || !row.national || row.national.value === null) return null;
    const f = (v: number | null) => formatNumber(v, row.decimals, t.locale);
    const short = row.breakdownLabel
      ? `${text(row.shortName)} (${text(row.breakdownLabel)})`
      : text(row.shortName);
    return t.sentence({
      region: regionName,
      short,
      value: f(row.value),
      national: f(row.national.value),
      unit: text(row.unit),
      comparison: row.national.at95,
      side: side(row.value, row.national.value),
      rate: row.valueType === 'rate',
    });
  };
}

export function Flags({ row }: { row: Pick<ProfileIndicator, 'flags' | 'suppressed' | 'reason' | 'note'> }) {
  const { t, text } = useI18n();
  const { lang } = useI18n();
  const items = [
    ...row.flags.map((f) => t.flags[f] ?? areaTexts[lang].flags[f] ?? f),
    ...(row.suppressed && row.reason ? [`${t.suppressed}: ${text(row.reason)}`] : []),
    ...(row.note ? [text(row.note)] : []),
  ];
  if (items.length === 0) return null;
  return (
    <ul className="jp-flags">
      {items.map((item) => (
        <li key={item}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="jp-icon">
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4v5M8 11v1.5" stroke="currentColor" strokeWidth="1.8" />
          </svg>
          {item}
        </li>
      ))}
    </ul>
  );
}

export function IndicatorRow({
  row,
  region,
  plural,
  showHeading,
  headingLevel = 5,
}: {
  row: ProfileIndicator;
  region: RegionContext;
  /** Plural name of the region's type ("gemeenten"), for rank and spine. */
  plural: string;
  showHeading: boolean;
  headingLevel?: 4 | 5;
}) {
  const { t, text, href } = useI18n();
  const sentenceOf = useRowSentence();
  const f = (v: number | null) => formatNumber(v, row.decimals, t.locale);
  const unit = text(row.unit);
  const period = row.period ? t.period(row.period) : null;
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  const label = row.breakdownLabel ? text(row.breakdownLabel) : text(row.shortName);
  const fullLabel = row.breakdownLabel
    ? `${text(row.shortName)} (${text(row.breakdownLabel)})`
    : text(row.shortName);
  const zero = unit.startsWith('%');
  const source = (
    <SourceDisclosure
      source={row.source}
      snapshots={row.snapshots}
      method={t.method[row.method]}
      lookup={
        region.code && row.method === 'observed'
          ? { indicator: row.id, region: region.code, period: row.period, breakdown: row.breakdown }
          : undefined
      }
    />
  );
  const heading = showHeading && (
    <Heading className={`utrecht-heading-${headingLevel} jp-ind__breakdown`}>{label}</Heading>
  );

  if (row.availability === 'national-only') {
    const national = row.national?.value ?? null;
    return (
      <div className="jp-ind jp-ind--national-only" id={rowAnchor(row)}>
        {heading}
        <div className="jp-ind__grid">
          <div className="jp-ind__facts">
            <p className="jp-ind__national-only">
              <span className="jp-tag">{t.profile.nationalOnly}</span>
            </p>
            {national !== null && period ? (
              <p className="jp-ind__sentence">
                {t.nationalSentence(fullLabel, withUnit(f(national), unit), period)}
              </p>
            ) : (
              row.reason && <p className="jp-ind__sentence">{text(row.reason)}</p>
            )}
            {source}
          </div>
          <div className="jp-ind__charts">
            {row.trend.points.length > 1 && (
              <TrendChart
                series={[{ label: t.common.nederland, points: row.trend.points, national: true }]}
                unit={unit}
                decimals={row.decimals}
                zero={zero}
                height={140}
                label={t.trend.chartLabel(
                  t.common.nederland,
                  fullLabel,
                  t.period(row.trend.points[0]!.period),
                  t.period(row.trend.points.at(-1)!.period),
                )}
              />
            )}
          </div>
        </div>
      </div>
    );
  }

  const comparison = row.national?.at95 ?? 'not-compared';
  // A figure of the GGD-regio is about the GGD-regio, not about this area.
  const sentence = sentenceOf(row, row.valueOf?.name ?? region.name);
  const points = row.trend.points;
  const trendText = [
    t.trend[row.trend.marker],
    row.trend.direction ? t.trend[row.trend.direction] : null,
    row.trend.reason ? text(row.trend.reason) : null,
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <div className="jp-ind" id={rowAnchor(row)}>
      {heading}
      <div className="jp-ind__grid">
        <div className="jp-ind__facts">
          <AreaFacts row={row} />
          {row.value === null && row.bounds ? (
            <BoundsValue row={row} />
          ) : row.value === null ? (
            <p className="jp-ind__missing">{row.reason ? text(row.reason) : t.profile.noData}</p>
          ) : (
            <>
              <p className="jp-ind__value">
                <span className="jp-big">{f(row.value)}</span> <span className="jp-unit">{unit}</span>
              </p>
              <p className="jp-ind__meta">
                {period && <span>{period}</span>}
                <span>
                  {row.lower !== null && row.upper !== null
                    ? t.profile.interval(f(row.lower), f(row.upper))
                    : t.profile.noInterval}
                </span>
                {row.count !== null && row.denominator !== null && row.valueType !== 'count' && (
                  <span>
                    {t.profile.counts(
                      formatInteger(row.count, t.locale),
                      formatInteger(row.denominator, t.locale),
                    )}
                  </span>
                )}
              </p>
            </>
          )}
          {row.value !== null && (
            <p className="jp-ind__badge">
              <ComparisonBadge comparison={comparison} />
            </p>
          )}
          {sentence && <p className="jp-ind__sentence">{sentence}</p>}
          <dl className="jp-facts">
            {row.national && row.national.value !== null && (
              <div>
                <dt>{t.profile.nationalValue}</dt>
                <dd>{withUnit(f(row.national.value), unit.startsWith('%') ? '%' : '')}</dd>
              </div>
            )}
            {row.parent && row.parent.value !== null && (
              <div>
                <dt>{row.parent.name}</dt>
                <dd>
                  {withUnit(f(row.parent.value), unit.startsWith('%') ? '%' : '')}
                  {row.value !== null && row.parent.at95 !== 'not-compared' && (
                    <>
                      {' '}
                      <ComparisonBadge comparison={row.parent.at95} benchmark={row.parent.name} short />
                    </>
                  )}
                </dd>
              </div>
            )}
            {row.rank && (
              <div>
                <dt>{t.profile.rankLabel}</dt>
                <dd>
                  {(row.polarity === 'neutral' ? t.rankNeutral : t.rank)(
                    row.rank.position,
                    row.rank.of,
                    plural,
                  )}
                </dd>
              </div>
            )}
            {points.length > 0 && (
              <div>
                <dt>{t.trend.title}</dt>
                <dd>{trendText}</dd>
              </div>
            )}
          </dl>
          <Flags row={row} />
        </div>
        <div className="jp-ind__charts">
          {row.spine && row.value !== null && (
            <SpineChart
              spine={row.spine}
              value={row.value}
              national={row.national?.value ?? null}
              polarity={row.polarity}
              comparison={comparison}
              regionName={region.name}
              plural={plural}
              decimals={row.decimals}
            />
          )}
          {points.length > 0 && (
            <TrendChart
              series={[{ label: region.name, points }]}
              unit={unit}
              decimals={row.decimals}
              zero={zero}
              label={t.trend.chartLabel(
                region.name,
                fullLabel,
                t.period(points[0]!.period),
                t.period(points.at(-1)!.period),
              )}
            />
          )}
        </div>
      </div>
      <div className="jp-ind__footer">
        {source}
        <Link
          className="utrecht-link jp-ind__map-link"
          href={href(`/indicator/${row.id}`, {
            type: row.valueOf
              ? row.valueOf.type
              : region.type === 'eigen' ||
                  region.type === 'land' ||
                  region.type === 'wijk' ||
                  region.type === 'buurt'
                ? 'gemeente'
                : region.type,
            periode: row.period,
            regio: row.valueOf?.code ?? region.code,
            groep: row.breakdown === 'totaal' ? undefined : row.breakdown,
          })}
        >
          {t.common.mapAndRanking}
          <span className="jp-visually-hidden">: {text(row.name)}</span>
        </Link>
      </div>
    </div>
  );
}
