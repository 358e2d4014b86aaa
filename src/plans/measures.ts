// The data behind a goal: the series of its measure for the workspace's region (open data through the regiobeeld
// engine, or the workspace's own partner data, always protected), the baseline taken from it, and the progress
// against the line from baseline to target. Computed on every read, so a new period that an import brings changes
// the status by itself; nothing here is stored.
import { comparePeriods, type PeriodType, parsePeriod } from '../indicators/period.ts';
import type { Indicator } from '../indicators/schema.ts';
import type { RegiobeeldEngine } from '../regiobeeld/engine.ts';
import { intervalFor } from '../regiobeeld/regionEstimate.ts';
import type { Reason } from '../stats/types.ts';
import { type PartnerRow, protectedAggregate } from '../workspaces/aggregate.ts';
import { type GoalProgress, goalProgress, type ObservedPoint, STATUS_RULE } from './monitoring.ts';

export type MeasureSource = 'open' | 'partner';

export interface MeasurePoint extends ObservedPoint {
  type: PeriodType;
  /** the period is not wholly covered by the source: shown, never used for baseline or status */
  partial: boolean;
}

export interface MeasureSeries {
  indicatorId: string;
  source: MeasureSource;
  breakdown: string;
  /** periods with a value, oldest first */
  points: MeasurePoint[];
  /** why there is no value at all, when points is empty */
  missing: Reason | null;
}

export interface Region {
  code: string | null;
  gemeenten: string[];
}

const NO_DATA: Reason = {
  nl: 'De regio heeft geen gegevens voor deze indicator.',
  en: 'The region has no data for this indicator.',
};

/** The series of an open-data indicator for the region, from the engine (the same numbers as the regiobeeld). */
export function openSeries(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  region: Region,
  breakdown = 'totaal',
): MeasureSeries {
  const points: MeasurePoint[] = [];
  let missing: Reason | null = null;
  if (indicator.geography === 'nederland') {
    missing = {
      nl: 'Deze indicator bestaat alleen voor heel Nederland, niet per regio.',
      en: 'This indicator exists only for the Netherlands as a whole, not per region.',
    };
  }
  for (const period of engine.index.periods(indicator.id)) {
    const e = engine.estimate(indicator, region, period, breakdown);
    if (e.value === null) {
      if (e.reason && indicator.geography !== 'nederland') missing = e.reason;
      continue;
    }
    points.push({
      period: period.code,
      type: period.type,
      date: period.end,
      value: e.value,
      lower: e.lower,
      upper: e.upper,
      partial: e.flags.includes('partial-period'),
    });
  }
  return {
    indicatorId: indicator.id,
    source: 'open',
    breakdown,
    points,
    missing: points.length ? null : (missing ?? NO_DATA),
  };
}

/**
 * The series of a measure from the workspace's partner data: per period the protected aggregate over the region's
 * gemeenten (cell-key perturbation and suppression, as everywhere partner data leaves a workspace), so what the
 * plan shows can be published as it is.
 */
export function partnerSeries(
  indicator: Indicator,
  workspace: { id: string; secret: string; gemeenten: string[] },
  rows: readonly (PartnerRow & { period: string })[],
  breakdown = 'totaal',
): MeasureSeries {
  const byPeriod = new Map<string, PartnerRow[]>();
  for (const row of rows) {
    const list = byPeriod.get(row.period) ?? [];
    list.push(row);
    byPeriod.set(row.period, list);
  }
  const points: MeasurePoint[] = [];
  let missing: Reason | null = null;
  const periods = [...byPeriod.keys()]
    .map((code) => parsePeriod(code))
    .filter((p) => p !== null)
    .sort(comparePeriods);
  for (const period of periods) {
    const a = protectedAggregate({
      workspace: workspace.id,
      secret: workspace.secret,
      indicator,
      period: period.code,
      breakdown,
      gemeenten: workspace.gemeenten,
      rows: byPeriod.get(period.code)!,
    });
    if (a.value === null) {
      missing = a.reason ?? missing;
      continue;
    }
    const limits = intervalFor(indicator, a.count, a.denominator, 0.95);
    points.push({
      period: period.code,
      type: period.type,
      date: period.end,
      value: a.value,
      lower: limits?.lower ?? null,
      upper: limits?.upper ?? null,
      partial: false,
    });
  }
  return {
    indicatorId: indicator.id,
    source: 'partner',
    breakdown,
    points,
    missing: points.length ? null : (missing ?? NO_DATA),
  };
}

/** The points that count for the baseline and the status: full periods of one period type. */
function usable(series: MeasureSeries, type: PeriodType): MeasurePoint[] {
  return series.points.filter((p) => p.type === type && !p.partial);
}

/**
 * The baseline: the requested period, or the latest full period of the indicator's own period type (years with
 * years), or else of any type.
 */
export function chooseBaseline(
  series: MeasureSeries,
  indicator: Indicator,
  requested?: string | null,
): { point: MeasurePoint } | { problem: Reason } {
  if (requested) {
    const point = series.points.find((p) => p.period === requested);
    if (!point)
      return {
        problem: {
          nl: `de regio heeft geen waarde voor periode '${requested}' (wel voor: ${series.points.map((p) => p.period).join(', ') || 'geen enkele periode'})`,
          en: `the region has no value for period '${requested}'`,
        },
      };
    if (point.partial)
      return {
        problem: {
          nl: `periode '${requested}' is nog niet volledig; kies een volledige periode als uitgangswaarde`,
          en: `period '${requested}' is not complete yet; choose a full period as baseline`,
        },
      };
    return { point };
  }
  const own = usable(series, indicator.periodType as PeriodType);
  const point = own.at(-1) ?? series.points.filter((p) => !p.partial).at(-1);
  if (!point) return { problem: series.missing ?? NO_DATA };
  return { point };
}

export interface GoalLineInput {
  baselineValue: number | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetDate: string | null;
}

export interface Progress extends Omit<GoalProgress, 'status'> {
  status: GoalProgress['status'] | 'no-data';
  /** why no status can be given (no baseline or no target) */
  reason: Reason | null;
  /** the points the status was computed from: full periods of the baseline's type, after the baseline */
  considered: MeasurePoint[];
  /** the line from baseline to target, for the chart */
  line: { date: string; value: number }[];
}

/** The status of a goal from its data, by the rule of monitoring.ts (STATUS_RULE). */
export function progressOf(goal: GoalLineInput, indicator: Indicator, series: MeasureSeries): Progress {
  const baseline = goal.baselinePeriod ? parsePeriod(goal.baselinePeriod) : null;
  if (goal.baselineValue === null || !baseline || goal.targetValue === null || !goal.targetDate) {
    return {
      status: 'no-data',
      latest: null,
      expected: null,
      rule: STATUS_RULE,
      reason: {
        nl: 'Zonder uitgangswaarde, streefwaarde en streefdatum is er geen voortgang te bepalen.',
        en: 'Without baseline, target value and target date there is no progress to determine.',
      },
      considered: [],
      line: [],
    };
  }
  const line = {
    baselineValue: goal.baselineValue,
    baselineDate: baseline.end,
    targetValue: goal.targetValue,
    targetDate: goal.targetDate,
    polarity: indicator.polarity,
  };
  const considered = usable(series, baseline.type).filter((p) => p.date > baseline.end);
  const result = goalProgress(line, considered);
  return {
    ...result,
    reason: null,
    considered,
    line: [
      { date: baseline.end, value: goal.baselineValue },
      { date: goal.targetDate, value: goal.targetValue },
    ],
  };
}
