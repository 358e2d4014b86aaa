// A goal as the plan shows it: the stored decisions plus what the data say now (SMART check, series, status).
// Computed on every read from the engine and the workspace's partner data.
import type { PeriodType } from '../indicators/period.ts';
import type { Indicator } from '../indicators/schema.ts';
import type { RegiobeeldEngine } from '../regiobeeld/engine.ts';
import type { PartnerRow } from '../workspaces/aggregate.ts';
import type { Goal } from './document.ts';
import {
  type MeasureSeries,
  type MeasureSource,
  openSeries,
  type Progress,
  partnerSeries,
  progressOf,
  type Region,
} from './measures.ts';
import { checkSmart, type SmartCheck } from './smart.ts';
import { GOAL_STATUS_LABELS } from './vocabulary.ts';

export interface MeasureAccess {
  engine: RegiobeeldEngine;
  region: Region;
  workspace: { id: string; secret: string; gemeenten: string[] };
  partnerRows(indicatorId: string, breakdown: string): Promise<(PartnerRow & { period: string })[]>;
}

export async function seriesFor(
  access: MeasureAccess,
  indicator: Indicator,
  source: MeasureSource,
  breakdown: string,
): Promise<MeasureSeries> {
  if (source === 'partner')
    return partnerSeries(
      indicator,
      access.workspace,
      await access.partnerRows(indicator.id, breakdown),
      breakdown,
    );
  return openSeries(access.engine, indicator, access.region, breakdown);
}

export interface IndicatorBrief {
  id: string;
  name: Indicator['name'];
  shortName: Indicator['shortName'];
  unit: Indicator['unit'];
  polarity: Indicator['polarity'];
  decimals: number;
  periodType: Indicator['periodType'];
}

export const brief = (i: Indicator): IndicatorBrief => ({
  id: i.id,
  name: i.name,
  shortName: i.shortName,
  unit: i.unit,
  polarity: i.polarity,
  decimals: i.decimals,
  periodType: i.periodType,
});

export interface GoalView {
  indicator: IndicatorBrief | null;
  smart: SmartCheck;
  progress: Progress & { label: { nl: string; en: string } };
  /** the measure's values for the region (periods of the baseline's type; partial ones flagged) */
  points: MeasureSeries['points'];
}

export async function viewGoal(
  goal: Omit<Goal, 'id' | 'kernopgaveId'>,
  access: MeasureAccess,
  today: string,
): Promise<GoalView> {
  const indicator = goal.indicatorId ? access.engine.indicator(goal.indicatorId) : undefined;
  const smart = checkSmart(
    {
      indicatorId: goal.indicatorId,
      baselineValue: goal.baseline.value,
      baselinePeriod: goal.baseline.period,
      targetValue: goal.target.value,
      targetDate: goal.target.date,
      ownerOrganisation: goal.ownerOrganisationId,
    },
    indicator?.polarity ?? null,
    today,
  );
  if (!indicator) {
    const progress = progressOf(
      { baselineValue: null, baselinePeriod: null, targetValue: null, targetDate: null },
      { polarity: 'neutral' } as Indicator,
      { indicatorId: '', source: 'open', breakdown: 'totaal', points: [], missing: null },
    );
    return {
      indicator: null,
      smart,
      progress: { ...progress, label: GOAL_STATUS_LABELS[progress.status] },
      points: [],
    };
  }
  const series = await seriesFor(access, indicator, goal.measureSource, goal.breakdown);
  const progress = progressOf(
    {
      baselineValue: goal.baseline.value,
      baselinePeriod: goal.baseline.period,
      targetValue: goal.target.value,
      targetDate: goal.target.date,
    },
    indicator,
    series,
  );
  const type: PeriodType =
    series.points.find((p) => p.period === goal.baseline.period)?.type ??
    (indicator.periodType as PeriodType);
  return {
    indicator: brief(indicator),
    smart,
    progress: { ...progress, label: GOAL_STATUS_LABELS[progress.status] },
    points: series.points.filter((p) => p.type === type),
  };
}
