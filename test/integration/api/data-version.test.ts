// A server on PostgreSQL sees data that another process (the CLI) imported, without a restart.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_CHECK_MS, openApp } from '../../../src/app/context.ts';
import { saveObservations } from '../../../src/db/observationStore.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import { postgresDatabase } from '../../support/database.ts';

const database = postgresDatabase();
afterAll(() => database.cleanup());

describe('data version on PostgreSQL', () => {
  it('rebuilds the engine of a running app when another process changes the data', async () => {
    const config = await database.config();
    const server = await openApp(config);
    const cli = await openApp(config, { loadData: false });
    try {
      const before = await server.engine();
      expect(before.index.periods('covid-overleden').map((p) => p.code)).not.toContain('2030');
      const [snapshot] = await cli.db.query<{ id: string }>(
        "SELECT id FROM source_snapshot WHERE source = 'bundle' LIMIT 1",
      );
      await saveObservations(cli.db, [
        {
          indicatorId: 'covid-overleden',
          regionCode: 'GM0363',
          period: parsePeriod('2030')!,
          breakdown: 'totaal',
          value: 1,
          count: 9,
          denominator: 900000,
          lower: null,
          upper: null,
          flags: [],
          note: null,
          snapshotId: snapshot!.id,
          transformation: 'test',
        },
      ]);
      await sleep(ENGINE_CHECK_MS + 100);
      const after = await server.engine();
      expect(after).not.toBe(before);
      expect(after.index.periods('covid-overleden').map((p) => p.code)).toContain('2030');
      expect(await server.engine()).toBe(after);
    } finally {
      await cli.close();
      await server.close();
    }
  });
});
