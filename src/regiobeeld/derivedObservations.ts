// The observations of a region made of gemeenten that has no published figure of its own: the value aggregated from
// its gemeenten, with the transformation in words (GET /api/observations?region=…). Pure.
import type { RegiobeeldEngine } from './engine.ts';

const METHOD_TEXT: Record<string, string> = {
  'sum-counts': 'tellers en noemers van de gemeenten opgeteld; interval opnieuw berekend',
  'population-weighted-mean': 'gemiddelde van de gemeenten gewogen naar inwonertal',
};

/** For a region made of gemeenten without its own published figure: the value aggregated from its gemeenten. */
export function derivedRows(
  engine: RegiobeeldEngine,
  region: string,
  filter: { indicator?: string; period?: string; breakdown?: string },
  stored: Record<string, unknown>[],
) {
  if (!engine.regionsByCode.has(region) || engine.regionsByCode.get(region)!.type === 'gemeente') return [];
  const have = new Set(stored.map((r) => `${r.indicator}|${r.period}|${r.breakdown}`));
  const ref = { code: region, gemeenten: engine.membersOf(region) };
  return engine.catalog.indicators
    .filter((i) => i.geography === 'gemeente' && (!filter.indicator || i.id === filter.indicator))
    .flatMap((indicator) =>
      engine.index
        .periods(indicator.id)
        .filter((p) => !filter.period || p.code === filter.period)
        .flatMap((p) =>
          engine.index
            .breakdowns(indicator.id)
            .filter(
              (b) =>
                (!filter.breakdown || b === filter.breakdown) && !have.has(`${indicator.id}|${p.code}|${b}`),
            )
            .map((breakdown) => ({ breakdown, estimate: engine.estimate(indicator, ref, p, breakdown) }))
            .filter(({ estimate }) => estimate.value !== null || estimate.suppressed)
            .map(({ breakdown, estimate }) => ({
              indicator: indicator.id,
              region,
              period: p.code,
              periodType: p.type,
              breakdown,
              value: estimate.value,
              count: estimate.count,
              denominator: estimate.denominator,
              lower: estimate.lower,
              upper: estimate.upper,
              flags: estimate.flags,
              note: estimate.note?.nl ?? estimate.reason?.nl ?? null,
              transformation: `afgeleid uit ${estimate.gemeentenWithData} van ${estimate.gemeenten} gemeenten: ${METHOD_TEXT[estimate.method] ?? estimate.method}`,
              snapshotId: null,
              snapshots: estimate.snapshots,
              sourceTable: indicator.source.table,
              sourceTitle: indicator.source.title,
              licence: indicator.source.licence,
              attribution: indicator.source.attribution,
              derived: true,
            })),
        ),
    );
}
