// Two generated partners for the federation suite (clearly generated: random pseudonyms, no real person or
// figure): a zorgverzekeraar with claims and a gemeente with Wmo records, each in its own PostgreSQL cluster,
// with the partner view and the link role of docs/federation.md. Also the aggregate computed here, from the same
// records, with the same suppression rule (src/privacy), to compare with what crosses the link.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { AggregateRow } from '../../../src/federation/model.ts';
import { FEDERATION_RULE, MIN_CELL } from '../../../src/federation/model.ts';
import { applySuppression } from '../../../src/privacy/suppression.ts';

export interface GeneratedRecord {
  persoon: string;
  gemeente: string;
  periode: string;
  indicator: string;
  waarde: number;
}

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gemeenten with weights: GM0096 (Vlieland) is small on purpose, so some of its cells fall below MIN_CELL. */
const GEMEENTEN: [string, number][] = [
  ['GM0363', 40],
  ['GM0599', 25],
  ['GM0518', 20],
  ['GM0344', 14],
  ['GM0096', 0.12],
];
const PERIODEN = ['2023', '2024', '2025'];

export function generateRecords(
  seed: number,
  count: number,
  indicatoren: readonly string[],
): GeneratedRecord[] {
  const rnd = random(seed);
  const total = GEMEENTEN.reduce((s, [, w]) => s + w, 0);
  const records: GeneratedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const pick = rnd() * total;
    let upTo = 0;
    const [gemeente, weight] =
      GEMEENTEN.find(([, w]) => {
        upTo += w;
        return pick < upTo;
      }) ?? GEMEENTEN[0]!;
    // About four records per person; a person lives in one gemeente.
    const persons = Math.max(2, Math.round((count * weight) / total / 4));
    const person = Math.floor(rnd() * persons);
    records.push({
      persoon: createHash('sha256').update(`${seed}|${gemeente}|${person}`).digest('hex').slice(0, 16),
      gemeente,
      periode: PERIODEN[Math.floor(rnd() * PERIODEN.length)]!,
      indicator: indicatoren[Math.floor(rnd() * indicatoren.length)]!,
      waarde: 1 + Math.floor(rnd() * 500),
    });
  }
  return records;
}

/** The aggregate computed locally: distinct persons and summed value per cell, cells below MIN_CELL suppressed. */
export function localAggregate(records: readonly GeneratedRecord[]): {
  kept: AggregateRow[];
  suppressed: number;
} {
  const cells = new Map<string, { row: AggregateRow; persons: Set<string> }>();
  for (const r of records) {
    const key = `${r.gemeente}|${r.periode}|${r.indicator}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        row: { gemeente: r.gemeente, periode: r.periode, indicator: r.indicator, n: 0, waarde: 0 },
        persons: new Set(),
      };
      cells.set(key, cell);
    }
    cell.persons.add(r.persoon);
    cell.row.waarde += r.waarde;
  }
  const kept: AggregateRow[] = [];
  let suppressed = 0;
  for (const { row, persons } of cells.values()) {
    const result = applySuppression({ count: persons.size, denominator: null, value: null }, FEDERATION_RULE);
    if (result.suppressed) suppressed++;
    else kept.push({ ...row, n: persons.size });
  }
  const order = (r: AggregateRow) => `${r.gemeente}|${r.periode}|${r.indicator}`;
  kept.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { kept, suppressed };
}

/**
 * The partner's side as docs/federation.md describes it: the record table (partitioned by periode, so the
 * aggregate can run partition-wise), the aggregate view with the minimum cell size, and the link role that may
 * read only the view.
 */
export async function setUpPartner(
  client: pg.Client,
  table: string,
  records: readonly GeneratedRecord[],
  linkPassword: string,
): Promise<void> {
  await client.query(`
    CREATE TABLE ${table} (
      persoon_pseudoniem text NOT NULL,
      gemeente text NOT NULL,
      periode text NOT NULL,
      indicator text NOT NULL,
      waarde numeric NOT NULL
    ) PARTITION BY LIST (periode);
    ${PERIODEN.map((p) => `CREATE TABLE ${table}_${p} PARTITION OF ${table} FOR VALUES IN ('${p}');`).join('\n')}
    CREATE VIEW jp_aggregaat WITH (security_barrier) AS
      SELECT gemeente, periode, indicator, count(DISTINCT persoon_pseudoniem) AS n, sum(waarde) AS waarde
      FROM ${table}
      GROUP BY gemeente, periode, indicator
      HAVING count(DISTINCT persoon_pseudoniem) >= ${MIN_CELL};
    CREATE ROLE jp_koppeling LOGIN PASSWORD '${linkPassword}';
    ALTER ROLE jp_koppeling SET enable_partitionwise_aggregate = on;
    REVOKE ALL ON ${table} FROM PUBLIC;
    GRANT SELECT ON jp_aggregaat TO jp_koppeling;
  `);
  await insertRecords(client, table, records);
  await client.query(`ANALYZE ${table}`);
}

export async function insertRecords(
  client: pg.Client,
  table: string,
  records: readonly GeneratedRecord[],
): Promise<void> {
  for (let i = 0; i < records.length; i += 20_000) {
    const part = records.slice(i, i + 20_000);
    await client.query(
      `INSERT INTO ${table} SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[])`,
      [
        part.map((r) => r.persoon),
        part.map((r) => r.gemeente),
        part.map((r) => r.periode),
        part.map((r) => r.indicator),
        part.map((r) => r.waarde),
      ],
    );
  }
}

/**
 * What a careless or wrong partner might offer, for the refusal tests, readable by other roles (jp_fout, jp_fout_tabel) so that
 * the good link stays clean: rows with the person, rows without it, an aggregate without the minimum cell size,
 * and a base table of the right shape.
 */
export async function setUpWrongViews(client: pg.Client, table: string, password: string): Promise<void> {
  await client.query(`
    CREATE VIEW jp_rijen AS SELECT persoon_pseudoniem, gemeente, periode, indicator, 1 AS n, waarde FROM ${table};
    CREATE VIEW jp_rijen_zonder_persoon AS SELECT gemeente, periode, indicator, 1::bigint AS n, waarde FROM ${table};
    CREATE VIEW jp_zonder_drempel AS
      SELECT gemeente, periode, indicator, count(DISTINCT persoon_pseudoniem) AS n, sum(waarde) AS waarde
      FROM ${table} GROUP BY gemeente, periode, indicator;
    CREATE TABLE jp_tabel AS SELECT * FROM jp_aggregaat;
    CREATE ROLE jp_fout LOGIN PASSWORD '${password}';
    GRANT SELECT ON jp_rijen, jp_rijen_zonder_persoon, jp_zonder_drempel TO jp_fout;
    CREATE ROLE jp_fout_tabel LOGIN PASSWORD '${password}';
    GRANT SELECT ON jp_tabel TO jp_fout_tabel;
  `);
}
