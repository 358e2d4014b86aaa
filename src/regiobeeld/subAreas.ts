// Within a gemeente's profile: its wijken (or buurten) ranked for each indicator that has figures for them.
// A list always (there are no wijk boundaries in the bundle for a map). Pure over the engine; the caller has read
// the gemeente's areas with engine.prepareAreas.
import type { Text } from '../indicators/schema.ts';
import { rank } from '../stats/distribution.ts';
import type { RegiobeeldEngine } from './engine.ts';

export interface SubAreaRow {
  code: string;
  name: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  count: number | null;
  denominator: number | null;
  suppressed: boolean;
  reason: Text | null;
  /** 1 = best (for neutral indicators: highest); null without a value. */
  rank: number | null;
}

export interface SubAreaIndicator {
  id: string;
  name: Text;
  shortName: Text;
  unit: Text;
  decimals: number;
  polarity: string;
  breakdown: string;
  period: string;
  /** The gemeente's own value and Nederland's, for reading the list. */
  gemeenteValue: number | null;
  nationalValue: number | null;
  note: Text | null;
  areas: SubAreaRow[];
}

export interface SubAreaRanking {
  gemeente: { code: string; name: string };
  type: 'wijk' | 'buurt';
  /** Number of areas of this type in the gemeente. */
  areas: number;
  indicators: SubAreaIndicator[];
}

/** The breakdowns listed: the total where the indicator has one (the age groups are in the pyramid instead). */
const LISTED_BREAKDOWN = 'totaal';

export function subAreaRanking(
  engine: RegiobeeldEngine,
  gemeente: string,
  type: 'wijk' | 'buurt',
): SubAreaRanking {
  const info = engine.regionsByCode.get(gemeente)!;
  const areas =
    type === 'wijk'
      ? engine.childrenOf(gemeente, 'wijk')
      : engine.childrenOf(gemeente, 'wijk').flatMap((wijk) => engine.childrenOf(wijk.code, 'buurt'));
  const indicators: SubAreaIndicator[] = [];
  for (const indicator of engine.catalog.indicators) {
    if (!engine.index.breakdowns(indicator.id).includes(LISTED_BREAKDOWN)) continue;
    // The latest period in which any of the areas has a figure.
    for (const period of [...engine.index.periods(indicator.id)].reverse()) {
      const estimates = areas.map((a) => ({
        area: a,
        e: engine.areaEstimate(indicator, a.code, period, LISTED_BREAKDOWN),
      }));
      if (!estimates.some(({ e }) => e.value !== null || e.suppressed)) continue;
      const values = estimates.map(({ e }) => e.value).filter((v): v is number => v !== null);
      const rows = estimates
        .map(({ area, e }) => ({
          code: area.code,
          name: area.name,
          value: e.value,
          lower: e.lower,
          upper: e.upper,
          count: e.count,
          denominator: e.denominator,
          suppressed: e.suppressed,
          reason: e.value === null ? e.reason : null,
          rank: e.value === null ? null : rank(values, e.value, indicator.polarity),
        }))
        .sort(
          (a, b) =>
            (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
            a.name.localeCompare(b.name, 'nl'),
        );
      indicators.push({
        id: indicator.id,
        name: indicator.name,
        shortName: indicator.shortName,
        unit: indicator.unit,
        decimals: indicator.decimals,
        polarity: indicator.polarity,
        breakdown: LISTED_BREAKDOWN,
        period: period.code,
        gemeenteValue: engine.estimate(
          indicator,
          { code: gemeente, gemeenten: [gemeente] },
          period,
          LISTED_BREAKDOWN,
        ).value,
        nationalValue: engine.national(indicator, period, LISTED_BREAKDOWN)?.estimate.value ?? null,
        note: areaNote(indicator.id),
        areas: rows,
      });
      break;
    }
  }
  // Shares and health first; the plain number of inhabitants last.
  indicators.sort((a, b) => Number(a.id === 'bevolking') - Number(b.id === 'bevolking'));
  return { gemeente: { code: gemeente, name: info.name }, type, areas: areas.length, indicators };
}

function areaNote(indicatorId: string): Text | null {
  if (indicatorId === 'gezondheidsmonitor-ervaren-gezondheid')
    return {
      nl: 'Modelschattingen van het RIVM op de wijkindeling 2022; een wijk van nu met dezelfde CBS-code.',
      en: 'RIVM model estimates on the 2022 district division; a district of today with the same CBS code.',
    };
  return {
    nl: 'CBS rondt de aantallen per wijk en buurt af op vijf.',
    en: 'CBS rounds the numbers per district and neighbourhood to multiples of five.',
  };
}
