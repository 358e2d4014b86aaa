// SMART goals on live indicators, monitoring that follows new data by itself, optimistic locking, actions,
// evaluations, versions and their comparison, exports, the published plan, duiding and partner-data measures, on
// both databases.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { testDatabases } from '../../support/database.ts';
import { anonymous, partnerUpload } from '../workspaces/helpers.ts';
import { importPeriod, type PlanFixture, planFixture } from './setup.ts';

const INDICATOR = 'covid-ziekenhuisopnames';

for (const database of testDatabases()) {
  describe(`goals, monitoring and the plan on ${database.name}`, () => {
    let f: PlanFixture;
    let url: string;
    let kernopgaven: { id: string; title: string }[];
    let goal: { id: string; version: number };
    let ambitious: { id: string };
    let baseline2023: number;

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
      kernopgaven = (
        await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
          roundId: round.body.id,
          candidates: round.body.candidates.map((c: { id: string }) => c.id),
        })
      ).body;
      const series = await f.h.call(anonymous, 'GET', `/api/indicators/${INDICATOR}/series?region=ZK04`);
      baseline2023 = series.body.points.find((p: { period: string }) => p.period === '2023').value;
    });
    afterAll(async () => {
      await f?.h.close();
    });

    const goalBody = (overrides: Record<string, unknown> = {}) => ({
      title: 'Minder ziekenhuisopnames door COVID-19',
      indicatorId: INDICATOR,
      targetValue: 60,
      targetDate: '2030-12-31',
      ownerOrganisationId: f.organisations[1]!.id,
      ...overrides,
    });

    it('fills in the baseline from the data of the region (latest full period) and checks SMART', async () => {
      const at = `${url}/kernopgaven/${kernopgaven[1]!.id}/goals`;
      expect((await f.h.call(f.partners[0]!, 'POST', at, goalBody())).status).toBe(403);
      expect((await f.h.call(f.lezer, 'POST', at, goalBody())).status).toBe(403);
      const created = await f.h.call(f.analist, 'POST', at, goalBody());
      expect(created.status).toBe(201);
      // 2024 holds only a partial year in the bundle: the baseline is 2023, the same number as the regiobeeld.
      expect(created.body.baseline.period).toBe('2023');
      expect(created.body.baseline.value).toBeCloseTo(baseline2023, 10);
      expect(created.body.baseline.lower).toBeLessThan(baseline2023);
      expect(created.body.smart).toEqual({ smart: true, reasons: [] });
      expect(created.body.progress.status).toBe('no-new-data');
      expect(created.body.progress.rule.nl).toMatch(/rechte lijn/);
      expect(created.body.indicator.polarity).toBe('lower-is-better');
      expect(created.body.version).toBe(1);
      goal = created.body;
      ambitious = (
        await f.h.call(f.analist, 'POST', at, goalBody({ title: 'Heel ambitieus', targetValue: 5 }))
      ).body;

      // Not SMART: a target the wrong way, no owner, no date — saved, and flagged with the reasons.
      const weak = await f.h.call(
        f.analist,
        'POST',
        at,
        goalBody({ title: 'Vaag doel', targetValue: 150, targetDate: null, ownerOrganisationId: null }),
      );
      expect(weak.status).toBe(201);
      expect(weak.body.smart.smart).toBe(false);
      expect(weak.body.smart.reasons.map((r: { rule: string }) => r.rule).sort()).toEqual([
        'date',
        'direction',
        'owner',
      ]);
      expect(weak.body.progress.status).toBe('no-data');
      // A chosen baseline period.
      const older = await f.h.call(
        f.analist,
        'POST',
        at,
        goalBody({ title: 'Vanaf 2022', baselinePeriod: '2022' }),
      );
      expect(older.body.baseline.period).toBe('2022');
      const partial = await f.h.call(f.analist, 'POST', at, goalBody({ baselinePeriod: '2024' }));
      expect(partial.status).toBe(400);
      expect(partial.body.parameter).toBe('baselinePeriod');
      expect(partial.body.message).toMatch(/niet volledig/);
    });

    it('refuses a goal on an indicator the region has no data for, with the reason', async () => {
      const at = `${url}/kernopgaven/${kernopgaven[0]!.id}/goals`;
      const national = await f.h.call(f.analist, 'POST', at, goalBody({ indicatorId: 'jzojp-eenzaamheid' }));
      expect(national.status).toBe(400);
      expect(national.body.parameter).toBe('indicatorId');
      expect(national.body.message).toMatch(/alleen voor heel Nederland/);
      expect(national.body.reason.en).toMatch(/only for the Netherlands/);
      const unknown = await f.h.call(f.analist, 'POST', at, goalBody({ indicatorId: 'bestaat-niet' }));
      expect(unknown.status).toBe(400);
      expect(unknown.body.parameter).toBe('indicatorId');
      const partner = await f.h.call(f.analist, 'POST', at, goalBody({ measureSource: 'partner' }));
      expect(partner.status).toBe(400);
      expect(partner.body.message).toMatch(/partnergegevens/);
      const date = await f.h.call(f.analist, 'POST', at, goalBody({ targetDate: '2030-02-30' }));
      expect(date.status).toBe(400);
      expect(date.body.parameter).toBe('targetDate');
      const owner = await f.h.call(f.analist, 'POST', at, goalBody({ ownerOrganisationId: 'onbekend' }));
      expect(owner.body.parameter).toBe('ownerOrganisationId');
      expect((await f.h.call(f.analist, 'POST', `${url}/kernopgaven/nope/goals`, goalBody())).status).toBe(
        404,
      );
    });

    it('updates the status by itself when an import brings a new period', async () => {
      const before = await f.h.call(f.lezer, 'GET', `${url}/goals/${goal.id}/monitoring`);
      expect(before.body.progress.status).toBe('no-new-data');
      // 80 per 100,000 in every gemeente in 2025: between the baseline (~99) and the target (60), ahead of the
      // line (≈ 87.8 at the end of 2025) — on track; for the goal aiming at 5 (line ≈ 72.3) the interval of 80
      // lies wholly above the line — off track.
      await importPeriod(f.h.ctx, { indicator: INDICATOR, period: '2025', gemeenten: f.gemeenten, rate: 80 });
      const after = await f.h.call(f.lezer, 'GET', `${url}/goals/${goal.id}/monitoring`);
      expect(after.body.progress.status).toBe('on-track');
      expect(after.body.progress.latest.period).toBe('2025');
      expect(after.body.progress.latest.value).toBeCloseTo(80, 10);
      const fraction =
        (Date.parse('2025-12-31') - Date.parse('2023-12-31')) /
        (Date.parse('2030-12-31') - Date.parse('2023-12-31'));
      expect(after.body.progress.expected).toBeCloseTo(baseline2023 + fraction * (60 - baseline2023), 8);
      expect(after.body.progress.line).toEqual([
        { date: '2023-12-31', value: goal && after.body.goal.baseline.value },
        { date: '2030-12-31', value: 60 },
      ]);
      expect(after.body.points.map((p: { period: string }) => p.period)).toContain('2025');
      expect(after.body.sentences.map((s: { nl: string }) => s.nl).join(' ')).toMatch(/op koers/);
      const plan = await f.h.call(f.lezer, 'GET', url);
      const goals = plan.body.kernopgaven[1].goals;
      expect(goals.find((g: { id: string }) => g.id === ambitious.id).progress.status).toBe('off-track');
      // The baseline stays what it was when the goal was set.
      expect(goals.find((g: { id: string }) => g.id === goal.id).baseline.period).toBe('2023');
      // Achieved once the target is reached.
      await importPeriod(f.h.ctx, { indicator: INDICATOR, period: '2026', gemeenten: f.gemeenten, rate: 55 });
      expect(
        (await f.h.call(f.lezer, 'GET', `${url}/goals/${goal.id}/monitoring`)).body.progress.status,
      ).toBe('achieved');
    });

    it('locks optimistically: a save with a stale version gets 409 and nothing is lost', async () => {
      const at = `${url}/goals/${goal.id}`;
      const first = await f.patch(f.analist, at, { version: 1, targetValue: 65 });
      expect(first.status).toBe(200);
      expect(first.body.version).toBe(2);
      expect(first.body.target.value).toBe(65);
      const second = await f.patch(f.beheerder, at, { version: 1, targetDate: '2029-12-31' });
      expect(second.status).toBe(409);
      expect(second.body.error).toBe('stale-version');
      expect(second.body.current.target.value).toBe(65);
      expect(second.body.current.version).toBe(2);
      expect(second.body.yours.targetDate).toBe('2029-12-31');
      const now = (await f.h.call(f.lezer, 'GET', `${at}/monitoring`)).body.goal;
      expect(now.target).toEqual({ value: 65, date: '2030-12-31' });
      // Two saves at the same moment on the same version: exactly one wins.
      const both = await Promise.all([
        f.patch(f.analist, at, { version: 2, title: 'A' }),
        f.patch(f.beheerder, at, { version: 2, title: 'B' }),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = both.find((r) => r.status === 200)!.body.title;
      expect((await f.h.call(f.lezer, 'GET', `${at}/monitoring`)).body.goal.title).toBe(winner);
      // Re-baselining on request takes the latest full period now in the data.
      const again = await f.patch(f.analist, at, { version: 3, rebaseline: true });
      expect(again.status).toBe(200);
      expect(again.body.baseline.period).toBe('2026');
      goal = again.body;
    });

    let action: { id: string; version: number; milestones: { id: string }[] };

    it('adds actions typed by the three verbs and the forms of moving care, with partners, payment, milestones', async () => {
      const at = `${url}/kernopgaven/${kernopgaven[1]!.id}/actions`;
      const body = {
        title: 'Thuismonitoring na ontslag',
        description: 'Zorg op afstand door de wijkverpleging.',
        type: 'verplaatsen',
        forms: ['zorg-naar-huis', 'taken-andere-zorgverlener'],
        responsibleOrganisationIds: [f.organisations[1]!.id, f.organisations[2]!.id],
        goalIds: [goal.id],
        payment: { arrangement: 'meerjarig-contract', note: 'vier jaar' },
        milestones: [
          { title: 'Pilot in twee gemeenten', due: '2026-06-30' },
          { title: 'Hele regio', due: '2027-12-31', status: 'gepland' },
        ],
      };
      const badForm = await f.h.call(f.analist, 'POST', at, { ...body, forms: ['teleportatie'] });
      expect(badForm.status).toBe(400);
      expect(badForm.body.parameter).toBe('forms.0');
      const badOrg = await f.h.call(f.analist, 'POST', at, { ...body, responsibleOrganisationIds: ['x'] });
      expect(badOrg.body.parameter).toBe('responsibleOrganisationIds.0');
      const badGoal = await f.h.call(f.analist, 'POST', at, { ...body, goalIds: ['x'] });
      expect(badGoal.body.parameter).toBe('goalIds.0');
      expect((await f.h.call(f.partners[0]!, 'POST', at, body)).status).toBe(403);
      const created = await f.h.call(f.analist, 'POST', at, body);
      expect(created.status).toBe(201);
      expect(created.body.milestones).toHaveLength(2);
      expect(created.body.milestones[0].status).toBe('gepland');
      expect(created.body.milestones[0].id).toMatch(/^[A-Za-z0-9_-]+$/);
      action = created.body;
      const milestones = action.milestones.map((m, i) => ({
        ...body.milestones[i]!,
        id: m.id,
        status: i === 0 ? 'gereed' : 'bezig',
      }));
      const updated = await f.patch(f.analist, `${url}/actions/${action.id}`, { version: 1, milestones });
      expect(updated.status).toBe(200);
      expect(updated.body.milestones.map((m: { status: string }) => m.status)).toEqual(['gereed', 'bezig']);
      expect(updated.body.milestones[0].id).toBe(action.milestones[0]!.id);
      const stale = await f.patch(f.beheerder, `${url}/actions/${action.id}`, { version: 1, title: 'Oud' });
      expect(stale.status).toBe(409);
      action = updated.body;
    });

    it('records evaluation moments with decisions (continue, adjust, stop)', async () => {
      const body = {
        heldOn: '2026-03-01',
        phase: 'check',
        notes: 'De opnames dalen sneller dan verwacht.',
        decisions: [
          { subject: { kind: 'goal', id: goal.id }, decision: 'adjust', note: 'Streefwaarde aanscherpen.' },
          { subject: { kind: 'action', id: action.id }, decision: 'continue' },
        ],
      };
      const bad = await f.h.call(f.analist, 'POST', `${url}/evaluations`, {
        ...body,
        decisions: [{ subject: { kind: 'goal', id: action.id }, decision: 'stop' }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('decisions.0.subject');
      const badDecision = await f.h.call(f.analist, 'POST', `${url}/evaluations`, {
        ...body,
        decisions: [{ subject: { kind: 'goal', id: goal.id }, decision: 'misschien' }],
      });
      expect(badDecision.body.parameter).toBe('decisions.0.decision');
      const created = await f.h.call(f.analist, 'POST', `${url}/evaluations`, body);
      expect(created.status).toBe(201);
      expect(created.body.decisions[1].note).toBe('');
      const plan = await f.h.call(f.lezer, 'GET', url);
      expect(plan.body.evaluations).toHaveLength(1);
      expect(plan.body.evaluations[0].phase).toBe('check');
    });

    it('versions every change to the plan with author and time, and compares two versions', async () => {
      const versions = (await f.h.call(f.lezer, 'GET', `${url}/versions`)).body as {
        number: number;
        summary: string;
        authorEmail: string;
        at: string;
      }[];
      expect(versions.length).toBeGreaterThan(8);
      expect(versions.map((v) => v.number)).toEqual(
        [...Array(versions.length).keys()].map((i) => versions.length - i),
      );
      const added = versions.find((v) => v.summary.startsWith('Actie toegevoegd'))!;
      expect(added.authorEmail).toBe('analist@example.nl');
      expect(Date.parse(added.at)).toBeGreaterThan(Date.now() - 3_600_000);
      const one = await f.h.call(f.lezer, 'GET', `${url}/versions/${added.number}`);
      expect(one.body.document.format).toBe('juisteplek-regioplan/1');
      expect(one.body.document.kernopgaven[1].actions).toHaveLength(1);
      // The document holds decisions, never computed statuses.
      expect(JSON.stringify(one.body.document)).not.toMatch(/on-track|off-track|no-new-data/);
      const diff = await f.h.call(
        f.lezer,
        'GET',
        `${url}/versions/compare?from=${added.number - 1}&to=${added.number}`,
      );
      expect(diff.status).toBe(200);
      expect(diff.body.changes).toEqual([
        expect.objectContaining({
          kind: 'added',
          path: `kernopgaven[${kernopgaven[1]!.id}].actions[${action.id}]`,
        }),
      ]);
      const milestone = versions.find((v) => v.summary.startsWith('Actie gewijzigd'))!;
      const diff2 = await f.h.call(
        f.lezer,
        'GET',
        `${url}/versions/compare?from=${milestone.number - 1}&to=${milestone.number}`,
      );
      expect(diff2.body.changes.map((c: { path: string }) => c.path)).toContain(
        `kernopgaven[${kernopgaven[1]!.id}].actions[${action.id}].milestones[${action.milestones[0]!.id}].status`,
      );
      expect((await f.h.call(f.lezer, 'GET', `${url}/versions/compare?from=1&to=9999`)).body.parameter).toBe(
        'to',
      );
      expect((await f.h.call(f.outsider, 'GET', `${url}/versions`)).status).toBe(404);
    });

    it('exports the plan as JSON and as PDF', async () => {
      const json = await f.h.call(f.lezer, 'GET', `${url}/export.json`);
      expect(json.status).toBe(200);
      expect(json.headers['content-disposition']).toMatch(/regioplan\.json/);
      expect(json.body.document.kernopgaven).toHaveLength(3);
      expect(json.body.progress[goal.id].status).toBeDefined();
      expect(json.body.version.number).toBeGreaterThan(1);
      const pdf = await f.h.server.inject({
        method: 'GET',
        url: `${url}/export.pdf`,
        headers: { cookie: f.lezer.cookie! },
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBeGreaterThan(5000);
      expect((await f.h.call(anonymous, 'GET', `${url}/export.json`)).status).toBe(401);
    });

    it.runIf(database.name === 'postgres')(
      'exports the plan from the command line (PDF and JSON)',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'jp-plan-'));
        try {
          const env = {
            DATABASE_URL: f.h.ctx.config.databaseUrl!,
            DATABASE_SCHEMA: f.h.ctx.config.databaseSchema!,
          };
          const pdf = join(dir, 'plan.pdf');
          const json = join(dir, 'plan.json');
          const ok = await runCli(['plan', 'export', f.ws, '--pdf', pdf, '--json', json], env);
          expect(ok.stderr).toMatch(/plan\.pdf: [\d.]+ bytes/);
          expect(ok.code).toBe(0);
          expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
          const exported = JSON.parse(await readFile(json, 'utf8'));
          expect(exported.document.kernopgaven).toHaveLength(3);
          const api = (await f.h.call(f.lezer, 'GET', `${url}/export.json`)).body;
          expect(exported.progress).toEqual(api.progress);
          const wrong = await runCli(['plan', 'export', 'bestaat-niet'], env);
          expect(wrong.code).toBe(2);
          expect(wrong.stderr).toMatch(/werkruimte 'bestaat-niet' bestaat niet/);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );

    it('publishes a plain-language page of the plan only when the workspace chooses to', async () => {
      const publicUrl = `/api/public/plans/${f.ws}`;
      expect((await f.h.call(anonymous, 'GET', publicUrl)).status).toBe(404);
      const plan = (await f.h.call(f.beheerder, 'GET', url)).body.plan;
      expect((await f.patch(f.analist, url, { version: plan.version, published: true })).status).toBe(403);
      const published = await f.patch(f.beheerder, url, {
        version: plan.version,
        published: true,
        summary: 'Samen zorgen we dat mensen minder vaak in het ziekenhuis belanden.',
      });
      expect(published.status).toBe(200);
      expect(published.body.published).toBe(true);
      const page = await f.h.call(anonymous, 'GET', publicUrl);
      expect(page.status).toBe(200);
      expect(page.body.region.name).toBeTruthy();
      expect(page.body.summary).toMatch(/ziekenhuis/);
      const g = page.body.kernopgaven[1].goals.find((x: { id: string }) => x.id === goal.id);
      expect(g.owner).toBe('GGD Testregio');
      expect(g.sentences.map((s: { nl: string }) => s.nl).join(' ')).toMatch(/Het doel is 65,0/);
      expect(page.body.kernopgaven[1].actions[0].typeLabel.nl).toBe('Verplaatsen');
      expect(page.text).not.toContain('@');
      expect(page.text).not.toContain('Streefwaarde aanscherpen');
      const stale = await f.patch(f.beheerder, url, { version: plan.version, published: false });
      expect(stale.status).toBe(409);
    });

    it('keeps duiding per indicator and region, written by several partners, versioned with authors', async () => {
      const at = `/api/workspaces/${f.ws}/duiding/${INDICATOR}`;
      const publicUrl = `/api/duiding?region=ZK04&indicator=${INDICATOR}`;
      expect((await f.h.call(anonymous, 'GET', publicUrl)).body.texts).toEqual([]);
      expect((await f.h.call(f.lezer, 'PUT', at, { text: 'x', version: 0 })).status).toBe(403);
      const first = await f.h.call(f.partners[0]!, 'PUT', at, {
        text: 'De daling volgt de landelijke lijn.',
        version: 0,
      });
      expect(first.status).toBe(200);
      expect(first.body.version).toBe(1);
      // A new text is private to the workspace until it is published.
      expect(first.body.published).toBe(false);
      expect((await f.h.call(anonymous, 'GET', publicUrl)).body.texts).toEqual([]);
      const dup = await f.h.call(f.partners[1]!, 'PUT', at, { text: 'Nieuw', version: 0 });
      expect(dup.status).toBe(409);
      const second = await f.h.call(f.partners[1]!, 'PUT', at, {
        text: 'De daling volgt de landelijke lijn; in de kleinere gemeenten is zij sterker.',
        version: 1,
        published: true,
      });
      expect(second.body.version).toBe(2);
      const stale = await f.h.call(f.partners[0]!, 'PUT', at, { text: 'Overschrijven', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.current.text).toMatch(/kleinere gemeenten/);
      const shown = await f.h.call(anonymous, 'GET', publicUrl);
      expect(shown.status).toBe(200);
      expect(shown.body.texts).toHaveLength(1);
      expect(shown.body.texts[0].text).toMatch(/kleinere gemeenten/);
      expect(shown.body.texts[0].authors.sort()).toEqual(['GGD Testregio', 'Gemeente Testdorp']);
      expect(shown.text).not.toContain('@');
      // Without an indicator: every published text of the region, each naming its indicator (one request for a profile).
      const all = await f.h.call(anonymous, 'GET', '/api/duiding?region=ZK04');
      expect(all.body.indicator).toBeNull();
      expect(all.body.texts.map((x: { indicator: string }) => x.indicator)).toEqual([INDICATOR]);
      const history = await f.h.call(f.lezer, 'GET', at);
      expect(
        history.body.versions.map((v: { version: number; authorEmail: string }) => [
          v.version,
          v.authorEmail,
        ]),
      ).toEqual([
        [2, 'partner2@example.nl'],
        [1, 'partner1@example.nl'],
      ]);
      // Unpublished duiding stays inside the workspace; other regions see none of it.
      await f.h.call(f.partners[1]!, 'PUT', at, { text: 'Concept', version: 2, published: false });
      expect((await f.h.call(anonymous, 'GET', publicUrl)).body.texts).toEqual([]);
      // Publishing and withdrawing are logged as such.
      const logged = (await f.h.call(f.beheerder, 'GET', `/api/workspaces/${f.ws}/audit`)).body as {
        action: string;
        detail: { subject?: string };
      }[];
      expect(logged.filter((e) => e.action.startsWith('duiding.')).map((e) => e.action)).toEqual(
        expect.arrayContaining(['duiding.update', 'duiding.publish', 'duiding.withdraw']),
      );
      expect(
        (await f.h.call(anonymous, 'GET', `/api/duiding?region=ZK02&indicator=${INDICATOR}`)).body.texts,
      ).toEqual([]);
      expect(
        (await f.h.call(anonymous, 'GET', `/api/duiding?region=XX99&indicator=${INDICATOR}`)).status,
      ).toBe(404);
      expect((await f.h.call(anonymous, 'GET', '/api/duiding?region=ZK04&indicator=onbekend')).status).toBe(
        404,
      );
    });

    it('sets a goal on a measure from the workspace’s own partner data, shown only protected', async () => {
      const rows = f.gemeenten.map((g) => ({ gemeente: g, count: 40, denominator: 1000 }));
      const upload = await f.h.call(
        f.partners[0]!,
        'POST',
        `/api/workspaces/${f.ws}/uploads`,
        partnerUpload(rows, { indicator: 'aandeel-65plus', period: '2024' }),
      );
      expect(upload.status).toBe(201);
      const created = await f.h.call(f.analist, 'POST', `${url}/kernopgaven/${kernopgaven[2]!.id}/goals`, {
        title: 'Cliënten 65+ in beeld',
        indicatorId: 'aandeel-65plus',
        measureSource: 'partner',
        targetValue: 5,
        targetDate: '2028-12-31',
        ownerOrganisationId: f.organisations[0]!.id,
      });
      expect(created.status).toBe(201);
      expect(created.body.baseline.period).toBe('2024');
      // 40 of 1,000 in each gemeente is 4 %; the cell-key noise moves count and denominator by at most 2 each.
      const n = f.gemeenten.length;
      expect(created.body.baseline.value).toBeGreaterThan(((40 * n - 2) / (1000 * n + 2)) * 100);
      expect(created.body.baseline.value).toBeLessThan(((40 * n + 2) / (1000 * n - 2)) * 100);
      expect(created.body.progress.status).toBe('no-new-data');
    });
  });
}
