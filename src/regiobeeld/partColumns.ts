// The gemeenten's parts of one (indicator, period, breakdown) as columns indexed by gemeente position, for the
// sums the engine makes most: a sum of counts over a region's gemeenten. Summing a region then reads two typed
// arrays instead of looking up and classifying each gemeente's record again (a profile of an own region of 100
// gemeenten makes ~2,500 such sums). Only plain slices qualify — every gemeente observation without flags and from
// one snapshot —; anything else (suppressed or converted parts, mixed snapshots) goes the general way in
// regionEstimate.ts, whose rules (publishedPart, sumOfParts) these columns reuse, so both give the same estimate.
import type { ObservationFlag, ObservationRecord } from '../indicators/observation.ts';
import type { Indicator } from '../indicators/schema.ts';
import { addPart, publishedPart, type RegionEstimate, sumOfParts } from './regionEstimate.ts';

// Shared by every estimate from columns (estimates are read, never changed).
const NO_FLAGS: ObservationFlag[] = [];

export interface PartColumns {
  /** Per gemeente position: its publishedPart (a count, UNUSABLE_PART or SUPPRESSED_PART), NaN without data. */
  part: Float64Array;
  denominator: Float64Array;
  /** The one snapshot of the slice, as the estimates list it (one array shared by all of them). */
  snapshots: string[];
}

/** Columns for a sum-counts indicator's slice, or null when the slice is not plain (see above). */
export function buildPartColumns(
  indicator: Indicator,
  slice: ReadonlyMap<string, ObservationRecord>,
  positions: ReadonlyMap<string, number>,
): PartColumns | null {
  if (indicator.aggregation !== 'sum-counts') return null;
  const part = new Float64Array(positions.size).fill(Number.NaN);
  const denominator = new Float64Array(positions.size);
  let snapshot: string | null = null;
  for (const [code, position] of positions) {
    const o = slice.get(code);
    if (!o) continue;
    if (o.flags.length > 0 || (snapshot !== null && o.snapshotId !== snapshot)) return null;
    snapshot = o.snapshotId;
    part[position] = publishedPart(indicator, o);
    denominator[position] = o.denominator ?? 0;
  }
  return { part, denominator, snapshots: snapshot === null ? [] : [snapshot] };
}

/** The estimate of a region made of the gemeenten at these positions (regionEstimate's sum-counts, from columns). */
export function sumFromColumns(
  indicator: Indicator,
  members: Int32Array,
  columns: PartColumns,
): RegionEstimate {
  const totals = { members: 0, usable: 0, kept: 0, count: 0, denominator: 0 };
  const { part, denominator } = columns;
  for (let i = 0; i < members.length; i++) {
    const position = members[i]!;
    if (!Number.isNaN(part[position]!)) addPart(totals, part[position]!, denominator[position]!);
  }
  return sumOfParts(indicator, members.length, totals, NO_FLAGS, totals.members > 0 ? columns.snapshots : []);
}
