// One observation in long format: indicator × region × period × breakdown → value and what it was made from.
import type { Period } from './period.ts';

export type ObservationFlag =
  /** the period is not wholly covered by the source series */
  | 'partial-period'
  /** the denominator's reference date lies outside the period */
  | 'denominator-year-differs'
  /** the source withheld the value (privacy) */
  | 'suppressed-by-source'
  /** a published estimate (survey), not a count */
  | 'estimate'
  /** converted to today's gemeenten from an earlier indeling (see the transformation) */
  | 'harmonised'
  /** a region whose parts include a value suppressed by the source: only the range it allows is shown */
  | 'suppressed-member';

export interface ObservationRecord {
  indicatorId: string;
  regionCode: string;
  period: Period;
  breakdown: string;
  value: number | null;
  count: number | null;
  denominator: number | null;
  /** Confidence limits; for a `suppressed-by-source` observation the bounds its label allows (`<=5` → 0 and 5). */
  lower: number | null;
  upper: number | null;
  flags: ObservationFlag[];
  note: string | null;
  snapshotId: string;
  /** How the value was made from the snapshot, in words (traceability). */
  transformation: string;
  /** The source's own comparison with Nederland, verbatim (RIVM: 'boven, 99% zeker'). */
  publishedSignificance?: string | null;
}

/** An observation read from one row of a file (a partner upload or an operator's import), before it is stored. */
export interface RowObservation {
  /** The row it came from (traceability). */
  row: number;
  indicatorId: string;
  regionCode: string;
  period: string;
  breakdown: string;
  value: number;
  count: number | null;
  denominator: number | null;
  lower: number | null;
  upper: number | null;
}
