// The pure checks of federated partner aggregates: what counts as a view of aggregates with suppression.
import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_COLUMNS,
  checkContent,
  checkShape,
  MIN_CELL,
  partnerConfigSchema,
  summarise,
  validateRows,
} from '../../../src/federation/model.ts';
import { PARTNER_MIN_COUNT } from '../../../src/workspaces/aggregate.ts';

const good = { objectType: 'VIEW', columns: [...AGGREGATE_COLUMNS], readableTables: [] };
const counts = {
  rows: 30,
  distinctGemeenten: 5,
  distinctPerioden: 3,
  distinctIndicatoren: 2,
  repeatedKeys: 0,
  smallCells: 0,
};

describe('federation model', () => {
  it('uses the partner-data floor of the project as the minimum cell size', () => {
    expect(MIN_CELL).toBe(PARTNER_MIN_COUNT);
  });

  it('accepts a view of the agreed columns that the role alone can read', () => {
    expect(checkShape('p', 'h:1/db public.v', good)).toEqual([]);
    expect(checkContent('p', 'h:1/db public.v', { ...good, ...counts })).toEqual([]);
  });

  it('refuses a table, a person column, other columns and a readable record table, naming each', () => {
    const codes = (facts: Parameters<typeof checkShape>[2]) => checkShape('p', 'w', facts).map((r) => r.code);
    expect(codes({ ...good, objectType: 'BASE TABLE' })).toEqual(['not-a-view']);
    expect(codes({ ...good, objectType: null })).toEqual(['not-a-view']);
    expect(codes({ ...good, columns: ['client_id', ...AGGREGATE_COLUMNS] })).toEqual(['record-level-column']);
    expect(codes({ ...good, columns: ['gemeente', 'periode', 'indicator', 'n', 'waarde', 'extra'] })).toEqual(
      ['columns'],
    );
    expect(codes({ ...good, readableTables: ['public.wmo_record'] })).toEqual(['readable-table']);
    expect(checkShape('p', 'w', { ...good, columns: ['bsn', 'n'] })[0]!.message).toBe(
      "partner 'p' (w): kolom 'bsn' wijst op gegevens per persoon; alleen aggregaten mogen de partner verlaten",
    );
  });

  it('refuses more rows than gemeenten × perioden × indicatoren, repeated keys and small cells', () => {
    const codes = (c: Partial<typeof counts>) =>
      checkContent('p', 'w', { ...good, ...counts, ...c }).map((r) => r.code);
    expect(codes({ rows: 31 })).toEqual(['rows-not-aggregates']);
    expect(codes({ rows: 20, repeatedKeys: 1 })).toEqual(['rows-not-aggregates']);
    expect(codes({ smallCells: 2 })).toEqual(['no-suppression']);
  });

  it('validates each answered row, naming partner, row and column', () => {
    const ok = { gemeente: 'GM0363', periode: '2025', indicator: 'x', n: '12', waarde: '40.5' };
    expect(validateRows('p', [ok])).toEqual({
      rows: [{ gemeente: 'GM0363', periode: '2025', indicator: 'x', n: 12, waarde: 40.5 }],
      problems: [],
    });
    const { problems } = validateRows('p', [
      ok,
      { ...ok, n: '4' },
      { ...ok, gemeente: 'Utrecht', n: '2.5' },
      ok,
    ]);
    expect(problems).toEqual([
      "partner 'p', rij 2, kolom 'n': 4 personen, minder dan 5",
      "partner 'p', rij 2: GM0363 2025 x staat er meer dan eens",
      "partner 'p', rij 3, kolom 'gemeente': 'Utrecht' is geen gemeentecode",
      "partner 'p', rij 3, kolom 'n': geen geheel aantal",
      "partner 'p', rij 4: GM0363 2025 x staat er meer dan eens",
    ]);
  });

  it('checks the configuration with field names, and says which partners are missing', () => {
    const parsed = partnerConfigSchema.safeParse({
      name: 'A b',
      host: 'h',
      port: 5432,
      dbname: 'd',
      user: 'u',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['name']);
    const read = summarise([
      { partner: 'a', status: 'ok', rows: [] },
      { partner: 'b', status: 'unavailable', error: 'weg', rows: [] },
    ]);
    expect(read.complete).toBe(false);
    expect(read.note!.en).toBe(
      "Partial: 1 of 2 partners did not answer (b); the other partners' figures are included.",
    );
  });
});
