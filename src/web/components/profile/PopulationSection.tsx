// Population: inhabitants and the share aged 65+, from the profile. An age pyramid needs CBS table 03759ned by
// age band; the shipped bundle has none per gemeente, so we say so instead of inventing numbers. Once
// `juisteplek import cbs 03759ned` has filled the indicator `bevolking-leeftijd`, its rows are drawn here.
import type { Profile } from '../../../regiobeeld/profileTypes.ts';
import { Share80 } from '../../areas/Share80.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatInteger, formatNumber } from '../../lib/format.ts';
import { SourceDisclosure } from '../SourceDisclosure.tsx';
import { TrendChart } from '../TrendChart.tsx';
import { Pyramid } from './Pyramid.tsx';
import { ageRows, pyramidRows } from './pyramid.ts';

export function PopulationSection({ profile }: { profile: Profile }) {
  const { t, text } = useI18n();
  const { region } = profile;
  const populationRow = profile.indicators.find((r) => r.id === 'bevolking' && r.value !== null);
  const population =
    region.population ??
    (populationRow?.period ? { value: populationRow.value!, period: populationRow.period } : null);
  const share = profile.indicators.find((r) => r.id === 'aandeel-65plus');
  const pyramid = pyramidRows(profile.indicators);
  const ageRow = ageRows(profile.indicators).find((r) => r.value !== null);
  const share80 = profile.indicators.find((r) => r.id === 'aandeel-80plus' && r.value !== null);
  const populationPoints = populationRow?.trend.points ?? [];

  return (
    <section className="jp-section jp-population" aria-labelledby="population-title">
      <h2 className="utrecht-heading-2" id="population-title">
        {t.profile.populationTitle}
      </h2>
      <div className="jp-population__grid">
        <div>
          {population && (
            <p className="jp-ind__value">
              <span className="jp-big">{formatInteger(population.value, t.locale)}</span>{' '}
              <span className="jp-unit">
                {t.profile.population.toLowerCase()} ({t.period(population.period)})
              </span>
            </p>
          )}
          {share && share.value !== null && share.period && (
            <p className="utrecht-paragraph">
              {t.profile.share65(
                formatNumber(share.value, share.decimals, t.locale),
                formatNumber(share.national?.value ?? null, share.decimals, t.locale),
                t.period(share.period),
              )}
            </p>
          )}
          <Share80 row={share80} regionType={region.type} />
          {populationRow && (
            <SourceDisclosure
              source={populationRow.source}
              snapshots={populationRow.snapshots}
              method={t.method[populationRow.method]}
            />
          )}
        </div>
        {populationRow && populationPoints.length > 1 && (
          <TrendChart
            series={[{ label: region.name, points: populationPoints }]}
            unit={text(populationRow.unit)}
            decimals={0}
            label={t.trend.chartLabel(
              region.name,
              text(populationRow.shortName),
              t.period(populationPoints[0]!.period),
              t.period(populationPoints.at(-1)!.period),
            )}
          />
        )}
      </div>
      <h3 className="utrecht-heading-3">{t.profile.agePyramidTitle}</h3>
      {pyramid.length === 0 || !ageRow?.period ? (
        <p className="utrecht-paragraph jp-note">{t.profile.agePyramidMissing}</p>
      ) : (
        <>
          <Pyramid
            rows={pyramid}
            name={region.name}
            period={t.period(ageRow.period)}
            older={
              share?.value != null && share.period
                ? t.profile.share65(
                    formatNumber(share.value, share.decimals, t.locale),
                    formatNumber(share.national?.value ?? null, share.decimals, t.locale),
                    t.period(share.period),
                  )
                : ''
            }
          />
          <SourceDisclosure
            source={ageRow.source}
            snapshots={ageRow.snapshots}
            method={t.method[ageRow.method]}
          />
        </>
      )}
    </section>
  );
}
