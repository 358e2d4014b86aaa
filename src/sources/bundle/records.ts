// What every bundle parser shares: the running context (known regions, catalogue, output) and the record helpers.
import type { ObservationRecord } from '../../indicators/observation.ts';
import { BundleError } from './csv.ts';

export interface Context {
  gemeenten: Set<string>;
  regionCodes: Set<string>;
  indicators: Map<string, Set<string>>;
  observations: ObservationRecord[];
}

export function requireIndicator(
  ctx: Context,
  file: string,
  row: number,
  column: string,
  id: string,
  breakdown: string,
) {
  const breakdowns = ctx.indicators.get(id);
  if (!breakdowns) throw new BundleError(file, row, column, `indicator '${id}' staat niet in de catalogus`);
  if (breakdown !== 'totaal' && !breakdowns.has(breakdown)) {
    throw new BundleError(
      file,
      row,
      column,
      `uitsplitsing '${breakdown}' is niet gedeclareerd bij indicator '${id}'`,
    );
  }
}

export function observation(
  fields: Pick<
    ObservationRecord,
    'indicatorId' | 'regionCode' | 'period' | 'value' | 'snapshotId' | 'transformation'
  > &
    Partial<ObservationRecord>,
): ObservationRecord {
  return {
    breakdown: 'totaal',
    count: null,
    denominator: null,
    lower: null,
    upper: null,
    flags: [],
    note: null,
    ...fields,
  };
}
