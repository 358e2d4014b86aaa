// A workspace for the regioplan suites: region ZK04, three member organisations with a partner each, a beheerder,
// an analist (without organisation), a lezer, an outsider; and writing a new period of open data the way an import
// does (observations with their snapshot, then the engine is invalidated).

import type { AppContext } from '../../../src/app/context.ts';
import { saveObservations, saveSnapshots } from '../../../src/db/observationStore.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import type { TestDatabase } from '../../support/database.ts';
import type { Harness, Who } from '../workspaces/helpers.ts';
import { ADMIN, anonymous, harness } from '../workspaces/helpers.ts';

export interface PlanFixture {
  h: Harness;
  ws: string;
  gemeenten: string[];
  admin: Who;
  beheerder: Who;
  analist: Who;
  lezer: Who;
  outsider: Who;
  partners: Who[];
  organisations: { id: string; name: string }[];
  /** PATCH through the harness (its call() names the usual four methods). */
  patch(who: Who, url: string, body: unknown): ReturnType<Harness['call']>;
}

export async function planFixture(database: TestDatabase): Promise<PlanFixture> {
  const h = await harness(database);
  const admin = await h.login(ADMIN.email, ADMIN.password);
  const gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
    (g: { code: string }) => g.code,
  );
  const ws = (
    await h.call(admin, 'POST', '/api/workspaces', {
      name: 'Regio Test',
      kind: 'iza-regio',
      region: { code: 'ZK04' },
    })
  ).body.id as string;
  const beheerder = await h.join(ws, admin, 'beheerder@example.nl', 'beheerder');
  const organisations: { id: string; name: string }[] = [];
  for (const [name, type, laws] of [
    ['Gemeente Testdorp', 'gemeente', ['Wmo', 'Jeugdwet']],
    ['GGD Testregio', 'ggd', ['Wpg']],
    ['Zorgverzekeraar Test', 'zorgverzekeraar', ['Zvw']],
  ] as const) {
    const r = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/organisations`, { name, type, laws });
    if (r.status !== 201) throw new Error(`organisation: ${r.status} ${r.text}`);
    organisations.push({ id: r.body.id, name });
  }
  const partners: Who[] = [];
  for (const [i, organisation] of organisations.entries()) {
    const partner = await h.join(ws, beheerder, `partner${i + 1}@example.nl`, 'partner');
    const r = await h.call(beheerder, 'PUT', `/api/workspaces/${ws}/members/${partner.id}`, {
      role: 'partner',
      organisationId: organisation.id,
    });
    if (r.status !== 200) throw new Error(`member: ${r.status} ${r.text}`);
    partners.push(partner);
  }
  const analist = await h.join(ws, beheerder, 'analist@example.nl', 'analist');
  const lezer = await h.join(ws, beheerder, 'lezer@example.nl', 'lezer');
  const other = (
    await h.call(admin, 'POST', '/api/workspaces', {
      name: 'Andere regio',
      kind: 'dsv',
      region: { code: 'ZK02' },
    })
  ).body.id as string;
  const outsider = await h.join(other, admin, 'buiten@example.nl', 'beheerder');
  return {
    h,
    ws,
    gemeenten,
    admin,
    beheerder,
    analist,
    lezer,
    outsider,
    partners,
    organisations,
    patch: (who, url, body) => h.call(who, 'PATCH' as 'PUT', url, body),
  };
}

/**
 * Writes one new period of a rate indicator for every gemeente (count per 100,000 inhabitants: `rate` each) as an
 * import does: a snapshot, the observations, then the engine is rebuilt on the next request.
 */
export async function importPeriod(
  ctx: Pick<AppContext, 'db' | 'invalidate'>,
  input: { indicator: string; period: string; gemeenten: string[]; rate: number },
): Promise<void> {
  const snapshotId = `test:${input.indicator}:${input.period}:${input.rate}`;
  await ctx.db.transaction(async (tx) => {
    await saveSnapshots(tx, [
      {
        id: snapshotId,
        source: 'test',
        tableId: 'test',
        api: 'file',
        title: 'Testimport',
        licence: 'CC BY 4.0',
        attribution: 'test',
        retrievedAt: new Date().toISOString(),
        contentHash: snapshotId,
        bytes: 0,
        location: 'test',
      },
    ]);
    await saveObservations(
      tx,
      input.gemeenten.map((g) => ({
        indicatorId: input.indicator,
        regionCode: g,
        period: parsePeriod(input.period)!,
        breakdown: 'totaal',
        value: input.rate,
        count: input.rate,
        denominator: 100_000,
        lower: null,
        upper: null,
        flags: [],
        note: null,
        snapshotId,
        transformation: 'test',
      })),
    );
  });
  ctx.invalidate();
}
