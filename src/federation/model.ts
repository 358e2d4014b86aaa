// Federated partner aggregates (issue 17, item 3): a partner keeps record-level data in its own PostgreSQL and
// offers Juiste Plek one aggregate view; Juiste Plek reads it through postgres_fdw. This file is the pure part:
// the partner's configuration, the shape of an aggregate row and the checks that decide whether what the partner
// offers is an aggregate that enforces the minimum cell size. Pure, no I/O.
import { z } from 'zod';
import { applySuppression } from '../privacy/suppression.ts';
import type { Reason } from '../stats/types.ts';
import { PARTNER_MIN_COUNT } from '../workspaces/aggregate.ts';

/** The minimum cell size: the floor of partner data everywhere in Juiste Plek (src/workspaces/aggregate.ts). */
export const MIN_CELL = PARTNER_MIN_COUNT;

/** The suppression rule (src/privacy) of a federated cell: fewer than MIN_CELL persons is never shown. */
export const FEDERATION_RULE = { minNumerator: MIN_CELL } as const;

const identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'alleen letters, cijfers en _ (begint met een letter of _)');

export const partnerConfigSchema = z.object({
  /** Short name, also part of the local foreign table's name. */
  name: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,29}$/,
      'kleine letters, cijfers en _, begint met een letter, ten hoogste 30 tekens',
    ),
  host: z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/, 'een hostnaam of IP-adres'),
  port: z.coerce.number().int().min(1).max(65535),
  dbname: identifier,
  /** The partner's role that may SELECT the aggregate view and nothing else. */
  user: identifier,
  schema: identifier.default('public'),
  view: identifier.default('jp_aggregaat'),
});
export type PartnerConfig = z.infer<typeof partnerConfigSchema>;
export type PartnerInput = z.input<typeof partnerConfigSchema>;

/** The columns of the partner view, in this order: the contract of docs/federation.md. */
export const AGGREGATE_COLUMNS = ['gemeente', 'periode', 'indicator', 'n', 'waarde'] as const;

/** One cell of a partner's aggregate: the number of distinct persons and the sum of their values. */
export interface AggregateRow {
  gemeente: string;
  periode: string;
  indicator: string;
  /** Distinct persons in the cell (at least MIN_CELL). */
  n: number;
  /** The sum of the measure over the cell's records. */
  waarde: number;
}

/** Column names that point at record-level data: a person, a client, a claim. */
const RECORD_LEVEL_COLUMN =
  /(^|_)(id|bsn|persoon|person|pseudoniem|pseudonym|patient|patiënt|client|cliënt|burger|verzekerde|declaratie|claim|record|geboortedatum|postcode)(_|$)|(persoon|person|pseudon|bsn|patient|client)/i;

/** What the service found out about the remote object, the facts the checks judge. */
export interface RemoteFacts {
  /** table_type of the remote object in information_schema.tables ('VIEW', 'BASE TABLE', …), null: not visible. */
  objectType: string | null;
  /** The remote object's columns. */
  columns: readonly string[];
  /** Base tables (schema.name) the link's role can read besides the view. */
  readableTables: readonly string[];
  rows: number;
  distinctGemeenten: number;
  distinctPerioden: number;
  distinctIndicatoren: number;
  /** Number of (gemeente, periode, indicator) keys that occur more than once. */
  repeatedKeys: number;
  /** Cells with n below MIN_CELL (or null / not a whole number). */
  smallCells: number;
}

export interface Refusal {
  code:
    | 'not-a-view'
    | 'record-level-column'
    | 'columns'
    | 'readable-table'
    | 'rows-not-aggregates'
    | 'no-suppression';
  message: string;
}

/** Checks on the shape of the object, before any data is read. */
export function checkShape(
  partner: string,
  where: string,
  facts: Pick<RemoteFacts, 'objectType' | 'columns' | 'readableTables'>,
): Refusal[] {
  const refusals: Refusal[] = [];
  const at = `partner '${partner}' (${where})`;
  if (facts.objectType !== 'VIEW')
    refusals.push({
      code: 'not-a-view',
      message:
        facts.objectType === null
          ? `${at}: de view bestaat niet of de rol van de koppeling mag hem niet lezen`
          : `${at}: is een ${facts.objectType.toLowerCase()}, geen view; alleen een aggregaat-view die kleine cellen weglaat mag worden gekoppeld`,
    });
  const recordLevel = facts.columns.filter((c) => RECORD_LEVEL_COLUMN.test(c));
  if (recordLevel.length > 0)
    refusals.push({
      code: 'record-level-column',
      message: `${at}: kolom ${recordLevel.map((c) => `'${c}'`).join(', ')} wijst op gegevens per persoon; alleen aggregaten mogen de partner verlaten`,
    });
  const expected = AGGREGATE_COLUMNS.join(', ');
  if (facts.objectType !== null && facts.columns.join(', ') !== expected && recordLevel.length === 0)
    refusals.push({
      code: 'columns',
      message: `${at}: kolommen (${facts.columns.join(', ')}) zijn niet de afgesproken kolommen (${expected})`,
    });
  if (facts.readableTables.length > 0)
    refusals.push({
      code: 'readable-table',
      message: `${at}: de rol van de koppeling mag ook tabel ${facts.readableTables.join(', ')} lezen; hij mag alleen de aggregaat-view lezen (REVOKE SELECT …)`,
    });
  return refusals;
}

/** Checks on what the view answers: aggregates (one row per key, within gemeenten × perioden × indicatoren), no small cell. */
export function checkContent(partner: string, where: string, facts: RemoteFacts): Refusal[] {
  const refusals: Refusal[] = [];
  const at = `partner '${partner}' (${where})`;
  const maxRows = facts.distinctGemeenten * facts.distinctPerioden * facts.distinctIndicatoren;
  if (facts.rows > maxRows || facts.repeatedKeys > 0)
    refusals.push({
      code: 'rows-not-aggregates',
      message:
        facts.rows > maxRows
          ? `${at}: geeft ${facts.rows} rijen, meer dan gemeenten × perioden × indicatoren (${facts.distinctGemeenten} × ${facts.distinctPerioden} × ${facts.distinctIndicatoren} = ${maxRows}): dat zijn rijen, geen aggregaten`
          : `${at}: ${facts.repeatedKeys} combinaties van gemeente, periode en indicator komen meer dan eens voor: dat zijn rijen, geen aggregaten`,
    });
  if (facts.smallCells > 0)
    refusals.push({
      code: 'no-suppression',
      message: `${at}: ${facts.smallCells} cellen met minder dan ${MIN_CELL} personen; de view moet die weglaten (HAVING count(DISTINCT …) >= ${MIN_CELL}) voordat iets de partner verlaat`,
    });
  return refusals;
}

/**
 * Validates the rows a partner answered (a second line of defence behind the view): every cell a whole n of at
 * least MIN_CELL, a gemeente code, one row per key. Returns the rows as numbers, or the problems.
 */
export function validateRows(
  partner: string,
  raw: readonly Record<string, unknown>[],
): { rows: AggregateRow[]; problems: string[] } {
  const rows: AggregateRow[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((r, i) => {
    const at = `partner '${partner}', rij ${i + 1}`;
    const n = Number(r.n);
    const waarde = Number(r.waarde);
    const gemeente = String(r.gemeente ?? '');
    const periode = String(r.periode ?? '');
    const indicator = String(r.indicator ?? '');
    if (!/^GM\d{4}$/.test(gemeente))
      problems.push(`${at}, kolom 'gemeente': '${gemeente}' is geen gemeentecode`);
    if (!periode) problems.push(`${at}, kolom 'periode': leeg`);
    if (!indicator) problems.push(`${at}, kolom 'indicator': leeg`);
    if (r.n === null || !Number.isInteger(n)) problems.push(`${at}, kolom 'n': geen geheel aantal`);
    else if (applySuppression({ count: n, denominator: null, value: null }, FEDERATION_RULE).suppressed)
      problems.push(`${at}, kolom 'n': ${n} personen, minder dan ${MIN_CELL}`);
    if (r.waarde === null || !Number.isFinite(waarde)) problems.push(`${at}, kolom 'waarde': geen getal`);
    const key = `${gemeente}|${periode}|${indicator}`;
    if (seen.has(key)) problems.push(`${at}: ${gemeente} ${periode} ${indicator} staat er meer dan eens`);
    seen.add(key);
    rows.push({ gemeente, periode, indicator, n, waarde });
  });
  return { rows, problems };
}

export interface ReadFilter {
  gemeenten?: readonly string[];
  perioden?: readonly string[];
  indicatoren?: readonly string[];
}

export type PartnerAnswer =
  | { partner: string; status: 'ok'; rows: AggregateRow[] }
  | { partner: string; status: 'unavailable' | 'refused'; error: string; rows: [] };

export interface FederatedRead {
  /** Every partner answered. */
  complete: boolean;
  partners: PartnerAnswer[];
  /** Plain-language summary when the answer is partial. */
  note: Reason | null;
}

export function summarise(partners: PartnerAnswer[]): FederatedRead {
  const failed = partners.filter((p) => p.status !== 'ok');
  const note: Reason | null =
    failed.length === 0
      ? null
      : {
          nl: `Onvolledig: ${failed.length} van de ${partners.length} partners ${failed.length === 1 ? 'gaf' : 'gaven'} geen antwoord (${failed.map((p) => p.partner).join(', ')}); de cijfers van de andere partners staan er wel.`,
          en: `Partial: ${failed.length} of ${partners.length} partners did not answer (${failed.map((p) => p.partner).join(', ')}); the other partners' figures are included.`,
        };
  return { complete: failed.length === 0, partners, note };
}
