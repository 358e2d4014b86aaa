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
  | 'estimate';

export interface ObservationRecord {
  indicatorId: string;
  regionCode: string;
  period: Period;
  breakdown: string;
  value: number | null;
  count: number | null;
  denominator: number | null;
  lower: number | null;
  upper: number | null;
  flags: ObservationFlag[];
  note: string | null;
  snapshotId: string;
  /** How the value was made from the snapshot, in words (traceability). */
  transformation: string;
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
