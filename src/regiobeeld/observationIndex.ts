// All observations in memory, indexed for the profile engine: indicator → breakdown → period → region.
import type { ObservationRecord } from '../indicators/observation.ts';
import { comparePeriods, type Period } from '../indicators/period.ts';

export class ObservationIndex {
  private readonly byKey = new Map<string, Map<string, ObservationRecord>>();
  private readonly periodsByIndicator = new Map<string, Map<string, Period>>();
  private readonly breakdownsByIndicator = new Map<string, Set<string>>();
  private readonly sortedPeriods = new Map<string, Period[]>();
  private readonly sortedBreakdowns = new Map<string, string[]>();
  /** How many records were indexed (the engine bounds the area observations it keeps by this). */
  readonly size: number = 0;

  constructor(records: Iterable<ObservationRecord>) {
    let size = 0;
    for (const record of records) {
      size++;
      const key = ObservationIndex.key(record.indicatorId, record.period.code, record.breakdown);
      getOrCreate(this.byKey, key, () => new Map()).set(record.regionCode, record);
      getOrCreate(this.periodsByIndicator, record.indicatorId, () => new Map()).set(
        record.period.code,
        record.period,
      );
      getOrCreate(this.breakdownsByIndicator, record.indicatorId, () => new Set<string>()).add(
        record.breakdown,
      );
    }
    this.size = size;
  }

  static key(indicatorId: string, period: string, breakdown: string): string {
    return `${indicatorId}|${period}|${breakdown}`;
  }

  /** The observations of one indicator, period and breakdown, by region code. */
  slice(indicatorId: string, period: string, breakdown: string): ReadonlyMap<string, ObservationRecord> {
    return this.byKey.get(ObservationIndex.key(indicatorId, period, breakdown)) ?? new Map();
  }

  get(indicatorId: string, region: string, period: string, breakdown: string): ObservationRecord | undefined {
    return this.slice(indicatorId, period, breakdown).get(region);
  }

  /** The periods with data for an indicator, oldest first (sorted once: a profile asks for them many times). */
  periods(indicatorId: string): readonly Period[] {
    let sorted = this.sortedPeriods.get(indicatorId);
    if (!sorted) {
      sorted = [...(this.periodsByIndicator.get(indicatorId)?.values() ?? [])].sort(comparePeriods);
      this.sortedPeriods.set(indicatorId, sorted);
    }
    return sorted;
  }

  breakdowns(indicatorId: string): readonly string[] {
    let sorted = this.sortedBreakdowns.get(indicatorId);
    if (!sorted) {
      sorted = [...(this.breakdownsByIndicator.get(indicatorId) ?? [])].sort((a, b) =>
        a === 'totaal' ? -1 : b === 'totaal' ? 1 : a.localeCompare(b, 'nl', { numeric: true }),
      );
      this.sortedBreakdowns.set(indicatorId, sorted);
    }
    return sorted;
  }

  /** Every (indicator, period, breakdown) combination that has data. */
  keys(): { indicatorId: string; period: string; breakdown: string }[] {
    return [...this.byKey.keys()].map((key) => {
      const [indicatorId, period, breakdown] = key.split('|') as [string, string, string];
      return { indicatorId, period, breakdown };
    });
  }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
