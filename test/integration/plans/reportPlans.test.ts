// The goals of a region's published regioplan for the executive report (GET /api/regions/{code}/plans), on both
// databases: nothing before publication, each goal with its computed status after it, only for its own region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { anonymous } from '../workspaces/helpers.ts';
import { type PlanFixture, planFixture } from './setup.ts';

for (const database of testDatabases()) {
  describe(`published plans of a region on ${database.name}`, () => {
    let f: PlanFixture;
    let url: string;

    beforeAll(async () => {
      f = await planFixture(database);
      url = `/api/workspaces/${f.ws}/plan`;
      const round = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'Ronde 1',
        candidates: [
          { source: 'jzojp', themeId: 'participatie' },
          { source: 'jzojp', themeId: 'vermijdbare-opnamen-en-behandelingen' },
          { source: 'iza', themeId: 'ouderen' },
        ],
      });
      await f.h.call(f.beheerder, 'POST', `${url}/rounds/${round.body.id}/close`);
      const kernopgaven = (
        await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
          roundId: round.body.id,
          candidates: round.body.candidates.map((c: { id: string }) => c.id),
        })
      ).body as { id: string; title: string }[];
      const goal = await f.h.call(f.analist, 'POST', `${url}/kernopgaven/${kernopgaven[1]!.id}/goals`, {
        title: 'Minder ziekenhuisopnames door COVID-19',
        indicatorId: 'covid-ziekenhuisopnames',
        targetValue: 60,
        targetDate: '2030-12-31',
        ownerOrganisationId: f.organisations[1]!.id,
      });
      if (goal.status !== 201) throw new Error(`goal: ${goal.status} ${goal.text}`);
    });
    afterAll(async () => {
      await f?.h.close();
    });

    it('lists nothing until the plan is published, then its goals with their status', async () => {
      const plans = () => f.h.call(anonymous, 'GET', '/api/regions/ZK04/plans');
      expect((await plans()).body).toEqual([]);
      const plan = (await f.h.call(f.beheerder, 'GET', url)).body.plan;
      const published = await f.patch(f.beheerder, url, { version: plan.version, published: true });
      expect(published.status).toBe(200);
      const answer = await plans();
      expect(answer.status).toBe(200);
      expect(answer.body).toHaveLength(1);
      const [report] = answer.body;
      expect(report.workspaceId).toBe(f.ws);
      expect(report.title).toBe(plan.title);
      expect(report.goals).toEqual([
        {
          kernopgave: expect.any(String),
          title: 'Minder ziekenhuisopnames door COVID-19',
          status: 'no-new-data',
          statusLabel: { nl: expect.any(String), en: expect.any(String) },
        },
      ]);
      // No e-mail addresses or partner details in the public answer.
      expect(answer.text).not.toContain('@');
    });

    it('keeps other regions apart and names an unknown region', async () => {
      expect((await f.h.call(anonymous, 'GET', '/api/regions/ZK02/plans')).body).toEqual([]);
      const unknown = await f.h.call(anonymous, 'GET', '/api/regions/ZK99/plans');
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toContain('ZK99');
    });
  });
}
