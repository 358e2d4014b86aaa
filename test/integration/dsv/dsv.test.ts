// The collaboration register, the questionnaire round and the national overview, and the phase self-assessment,
// through the API on both databases: who may do what, the definition check on saved concepts, answers outside the
// scale, submitting after the round closed, two members saving the same answers (409 with both versions), the
// published overview with item-level n and suppression, and the audit entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, type Who } from '../workspaces/helpers.ts';

const YEAR = 2025;
const partner = (name: string, type: string, laws: string[], extra: Record<string, unknown> = {}) => ({
  name,
  type,
  laws,
  ...extra,
});
const base = {
  name: 'Samen Gezond Test',
  area: { regionCode: 'ZK04' },
  startYear: 2018,
  partners: [
    partner('Gemeente Testdorp', 'gemeente', ['Wmo'], { payer: true }),
    partner('Welzijn Test', 'welzijn', ['Wmo']),
  ],
  goals: {
    careShift: ['voorkomen'],
    aims: ['kwaliteit', 'volksgezondheid'],
    targetGroups: ['kwetsbare-ouderen'],
    topics: ['dementie'],
  },
  governance: 'gezamenlijk',
  payment: { level: 'formeel', solutions: ['meerjarencontract'], alternativeKinds: [] },
};
const complete = (answers: Record<string, unknown>) => ({ leerplan: 'ja', ...answers });

for (const database of testDatabases()) {
  describe(`samenwerkingsverbanden on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let beheerder: Who;
    let analist: Who;
    let partnerMember: Who;
    let lezer: Who;
    let outsider: Who;
    let ws: string;
    let dsvId: string;
    let version: number;
    const url = () => `/api/dsv/collaborations/${dsvId}`;

    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      ws = (
        await h.call(admin, 'POST', '/api/workspaces', {
          name: 'DSV Test',
          kind: 'dsv',
          region: { code: 'ZK04' },
        })
      ).body.id;
      beheerder = await h.join(ws, admin, 'programma@example.nl', 'beheerder');
      analist = await h.join(ws, beheerder, 'analist@example.nl', 'analist');
      partnerMember = await h.join(ws, beheerder, 'partner@example.nl', 'partner');
      lezer = await h.join(ws, beheerder, 'lezer@example.nl', 'lezer');
      const other = (
        await h.call(admin, 'POST', '/api/workspaces', {
          name: 'Elders',
          kind: 'dsv',
          region: { code: 'ZK02' },
        })
      ).body.id;
      outsider = await h.join(other, admin, 'elders@example.nl', 'beheerder');
    });
    afterAll(async () => {
      await h?.close();
    });

    it('saves a collaboration of two organisations as a concept, flagged with the reason', async () => {
      expect((await h.call(anonymous, 'POST', '/api/dsv/collaborations', { name: 'x' })).status).toBe(401);
      const bad = await h.call(beheerder, 'POST', '/api/dsv/collaborations', {
        ...base,
        area: { gemeenten: ['GM9999'] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ parameter: 'area.gemeenten' });
      expect(bad.body.message).toMatch(/GM9999 is geen bestaande gemeente/);
      const notMine = await h.call(outsider, 'POST', '/api/dsv/collaborations', { ...base, workspaceId: ws });
      expect(notMine.status).toBe(404);

      const r = await h.call(beheerder, 'POST', '/api/dsv/collaborations', { ...base, workspaceId: ws });
      expect(r.status).toBe(201);
      expect(r.body.status).toBe('concept');
      expect(r.body.check.passes).toBe(false);
      expect(r.body.check.reasons.map((x: { code: string }) => x.code)).toEqual([
        'too-few-organisations',
        'one-domain',
      ]);
      expect(r.body.check.reasons[0].text.nl).toBe(
        'Er doen 2 organisaties mee; een DSV heeft er minstens 3.',
      );
      expect(r.body.check.warnings.map((x: { code: string }) => x.code)).toEqual(['no-residents']);
      expect(r.body.area).toMatchObject({ regionCode: 'ZK04', scope: 'regionaal' });
      expect(r.body.area.matches.map((m: { code: string }) => m.code)).toContain('ZK04');
      expect(r.body.workspace).toEqual({ id: ws, name: 'DSV Test' });
      dsvId = r.body.id;
      version = r.body.version;

      // public: the entry without the payment details and without the phase
      const pub = await h.call(anonymous, 'GET', url());
      expect(pub.status).toBe(200);
      expect(pub.body.entry.payment).toBeNull();
      expect(pub.body.permissions).toEqual({ read: false, edit: false, assess: false });
      const list = await h.call(anonymous, 'GET', '/api/dsv/collaborations');
      expect(list.body.collaborations.map((c: { id: string }) => c.id)).toContain(dsvId);
    });

    it('passes the definition with a third organisation in another domain; a stale save gets 409 with both', async () => {
      const body = {
        ...base,
        workspaceId: ws,
        version,
        partners: [
          ...base.partners,
          partner('Huisartsen Test', 'huisartsenorganisatie', ['Zvw'], { steeringRole: 'lid' }),
        ],
      };
      expect((await h.call(lezer, 'PUT', url(), body)).status).toBe(403);
      expect((await h.call(partnerMember, 'PUT', url(), body)).status).toBe(403);
      const ok = await h.call(analist, 'PUT', url(), body);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'geregistreerd', version: version + 1 });
      expect(ok.body.check.domains).toEqual(['sociaal', 'verzekerd']);
      const late = await h.call(beheerder, 'PUT', url(), { ...body, name: 'Andere naam' });
      expect(late.status).toBe(409);
      expect(late.body.error).toBe('stale-version');
      expect(late.body.current.version).toBe(version + 1);
      expect(late.body.yours.name).toBe('Andere naam');
      version = ok.body.version;
    });

    it('lets only the registrant edit a collaboration without a workspace', async () => {
      const own = await h.call(outsider, 'POST', '/api/dsv/collaborations', {
        ...base,
        name: 'Eigen netwerk',
        area: { gemeenten: ['GM0363'] },
      });
      expect(own.status).toBe(201);
      expect(own.body.area).toMatchObject({
        scope: 'lokaal',
        regionCode: null,
        gemeenten: ['GM0363'],
        matches: [],
      });
      expect(own.body.permissions).toEqual({ read: true, edit: true, assess: true });
      const other = await h.call(beheerder, 'PUT', `/api/dsv/collaborations/${own.body.id}`, {
        ...base,
        version: 1,
      });
      expect(other.status).toBe(403);
    });

    it('lets only the platform administrator open a round', async () => {
      expect(
        (await h.call(beheerder, 'POST', '/api/dsv/rounds', { year: YEAR, definitionVersion: '2024' }))
          .status,
      ).toBe(403);
      expect(
        (await h.call(admin, 'POST', '/api/dsv/rounds', { year: YEAR, definitionVersion: '1999' })).status,
      ).toBe(404);
      const r = await h.call(admin, 'POST', '/api/dsv/rounds', { year: YEAR, definitionVersion: '2024' });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ year: YEAR, status: 'open', submitted: null });
      expect(
        (await h.call(admin, 'POST', '/api/dsv/rounds', { year: YEAR, definitionVersion: '2024' })).status,
      ).toBe(409);
      const q = await h.call(anonymous, 'GET', '/api/dsv/questionnaires/2024');
      expect(q.body.items.length).toBe(35);
    });

    it('refuses answers outside the scale, naming each item, and saves nothing', async () => {
      const at = `${url()}/responses/${YEAR}`;
      const r = await h.call(beheerder, 'PUT', at, {
        answers: { 'effectiviteit-kwaliteit': 6, 'vertrouwen-eerlijkheid': -1, leerplan: 'ja' },
        version: 0,
      });
      expect(r.status).toBe(400);
      expect(r.body.parameter).toBe('answers.effectiviteit-kwaliteit');
      expect(r.body.message).toMatch(
        /answers\.effectiviteit-kwaliteit: 6 ligt buiten de schaal: kies een geheel getal van 1 tot en met 5/,
      );
      expect(r.body.problems).toHaveLength(2);
      const read = await h.call(beheerder, 'GET', at);
      expect(read.body).toMatchObject({ status: 'none', version: 0 });
      expect((await h.call(lezer, 'PUT', at, { answers: {}, version: 0 })).status).toBe(403);
      expect((await h.call(outsider, 'GET', at)).status).toBe(404);
    });

    it('keeps both versions when two members save the same answers', async () => {
      const at = `${url()}/responses/${YEAR}`;
      const first = await h.call(beheerder, 'PUT', at, {
        answers: { 'effectiviteit-kwaliteit': 4 },
        version: 0,
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'draft', version: 1 });
      expect(first.body.requiredMissing).toEqual(['leerplan']);
      // both read version 1; the beheerder saves first
      const a = await h.call(beheerder, 'PUT', at, { answers: { 'effectiviteit-kwaliteit': 5 }, version: 1 });
      expect(a.body.version).toBe(2);
      const b = await h.call(analist, 'PUT', at, {
        answers: { 'effectiviteit-kwaliteit': 2, 'effectiviteit-kosten': 3 },
        version: 1,
      });
      expect(b.status).toBe(409);
      expect(b.body.error).toBe('stale-version');
      expect(b.body.current.answers).toEqual({ 'effectiviteit-kwaliteit': 5 });
      expect(b.body.current.version).toBe(2);
      expect(b.body.yours.answers).toEqual({ 'effectiviteit-kwaliteit': 2, 'effectiviteit-kosten': 3 });
      // nothing lost: the stored answers are the beheerder's
      expect((await h.call(analist, 'GET', at)).body.answers).toEqual({ 'effectiviteit-kwaliteit': 5 });
    });

    it('submits only with the required items and for a collaboration that meets the definition', async () => {
      const at = `${url()}/responses/${YEAR}`;
      const missing = await h.call(beheerder, 'PUT', at, {
        answers: { 'effectiviteit-kwaliteit': 5 },
        version: 2,
        submit: true,
      });
      expect(missing.status).toBe(400);
      expect(missing.body.missing).toEqual(['leerplan']);
      const concept = (
        await h.call(beheerder, 'POST', '/api/dsv/collaborations', {
          ...base,
          name: 'Nog een concept',
          workspaceId: ws,
        })
      ).body;
      const notDsv = await h.call(
        beheerder,
        'PUT',
        `/api/dsv/collaborations/${concept.id}/responses/${YEAR}`,
        {
          answers: complete({}),
          version: 0,
          submit: true,
        },
      );
      expect(notDsv.status).toBe(409);
      expect(notDsv.body.error).toBe('not-a-dsv');
      expect(notDsv.body.yours.answers).toEqual({ leerplan: 'ja' });
      const ok = await h.call(beheerder, 'PUT', at, {
        answers: complete({
          'effectiviteit-kwaliteit': 5,
          'effectiviteit-ses': 2,
          'vertrouwen-welwillendheid': 7,
          'vertrouwen-competentie': 6,
          'vertrouwen-eerlijkheid': 6,
        }),
        version: 2,
        submit: true,
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'submitted', version: 3, requiredMissing: [] });
      expect(ok.body.submittedAt).not.toBeNull();
    });

    it('publishes a closed round whose overview has item-level n, top-box shares and suppression', async () => {
      // five more collaborations of 3–12 organisations answer; quality: 4, 3, 3, 2, n.v.t.; SES only twice
      const answersOf = [
        {
          'effectiviteit-kwaliteit': 4,
          'effectiviteit-ses': 3,
          'vertrouwen-welwillendheid': 6,
          'vertrouwen-competentie': 6,
          'vertrouwen-eerlijkheid': 7,
        },
        {
          'effectiviteit-kwaliteit': 3,
          'effectiviteit-ses': { notApplicable: true },
          'vertrouwen-welwillendheid': 5,
          'vertrouwen-competentie': 6,
          'vertrouwen-eerlijkheid': 6,
        },
        {
          'effectiviteit-kwaliteit': 3,
          'vertrouwen-welwillendheid': 3,
          'vertrouwen-competentie': 4,
          'vertrouwen-eerlijkheid': 4,
        },
        { 'effectiviteit-kwaliteit': 2, 'vertrouwen-welwillendheid': 6, 'vertrouwen-competentie': 7 },
        {
          'effectiviteit-kwaliteit': { notApplicable: true },
          'effectiviteit-ses': 1,
          'vertrouwen-welwillendheid': 7,
          'vertrouwen-competentie': 7,
          'vertrouwen-eerlijkheid': 7,
        },
      ];
      for (const [i, answers] of answersOf.entries()) {
        const size = [3, 5, 9, 12, 4][i]!;
        const partners = Array.from({ length: size }, (_, j) =>
          partner(
            `Organisatie ${i}-${j}`,
            j === 0 ? 'zorgverzekeraar' : 'gemeente',
            [j === 0 ? 'Zvw' : 'Wmo'],
            { payer: j < 2 },
          ),
        );
        const c = await h.call(beheerder, 'POST', '/api/dsv/collaborations', {
          ...base,
          name: `Netwerk ${i}`,
          startYear: 2015 + i,
          governance: i < 3 ? 'gezamenlijk' : 'leidende-organisatie',
          partners,
          workspaceId: ws,
        });
        expect(c.body.status).toBe('geregistreerd');
        const s = await h.call(beheerder, 'PUT', `/api/dsv/collaborations/${c.body.id}/responses/${YEAR}`, {
          answers: complete(answers),
          version: 0,
          submit: true,
        });
        expect(s.status).toBe(200);
      }
      expect((await h.call(anonymous, 'GET', `/api/dsv/rounds/${YEAR}/overview`)).status).toBe(404);
      expect((await h.call(admin, 'POST', `/api/dsv/rounds/${YEAR}/publish`)).status).toBe(409);
      expect((await h.call(beheerder, 'POST', `/api/dsv/rounds/${YEAR}/close`)).status).toBe(403);
      const closed = await h.call(admin, 'POST', `/api/dsv/rounds/${YEAR}/close`);
      expect(closed.body).toMatchObject({ status: 'closed', submitted: 6 });

      // after closing: no more saves, and the refused input comes back
      const late = await h.call(beheerder, 'PUT', `${url()}/responses/${YEAR}`, {
        answers: complete({ 'effectiviteit-kwaliteit': 1 }),
        version: 3,
        submit: true,
      });
      expect(late.status).toBe(409);
      expect(late.body.error).toBe('round-closed');
      expect(late.body.yours.answers['effectiviteit-kwaliteit']).toBe(1);
      expect(
        (await h.call(beheerder, 'GET', `${url()}/responses/${YEAR}`)).body.answers[
          'effectiviteit-kwaliteit'
        ],
      ).toBe(5);

      const published = await h.call(admin, 'POST', `/api/dsv/rounds/${YEAR}/publish`);
      expect(published.body.status).toBe('published');
      const audit = await h.ctx.db.query<{
        action: string;
        actor_email: string;
        detail: { year: number; submitted: number };
      }>("SELECT action, actor_email, detail FROM audit_log WHERE action LIKE 'dsv.round.%' ORDER BY id");
      expect(audit.map((a) => a.action)).toEqual(['dsv.round.open', 'dsv.round.close', 'dsv.round.publish']);
      expect(audit[2]).toMatchObject({ actor_email: ADMIN.email, detail: { year: YEAR, submitted: 6 } });

      const o = await h.call(anonymous, 'GET', `/api/dsv/rounds/${YEAR}/overview`);
      expect(o.status).toBe(200);
      expect(o.body.questionnaire.respondents).toBe(6);
      const item = (id: string) => o.body.questionnaire.items.find((i: { item: string }) => i.item === id);
      // quality: 5, 4, 3, 3, 2 and one n.v.t. → n 5, score 4 or 5: 2 of 5 = 40 %
      expect(item('effectiviteit-kwaliteit')).toMatchObject({
        n: 5,
        notApplicable: 1,
        missing: 0,
        suppressed: false,
      });
      expect(item('effectiviteit-kwaliteit').topBox).toEqual({
        from: 4,
        count: 2,
        percent: 40,
        denominator: 5,
      });
      // SES: 2, 3, 1 answered (n 3), one n.v.t., two missing → suppressed
      expect(item('effectiviteit-ses')).toMatchObject({
        n: 3,
        notApplicable: 1,
        missing: 2,
        suppressed: true,
      });
      expect(item('effectiviteit-ses').topBox.percent).toBeNull();
      expect(item('leerplan').distribution).toEqual([
        { value: 'ja', count: 6, percent: 100 },
        { value: 'nee', count: 0, percent: 0 },
      ]);
      // trust, every statement ≥ 6 and none blank: the first, Netwerk 0 and Netwerk 4 → 3 of 6 = 50 %
      const trust = o.body.questionnaire.batteries.find(
        (b: { section: string }) => b.section === 'vertrouwen',
      );
      expect(trust.allAtLeast).toEqual({ from: 6, count: 3, percent: 50, denominator: 6 });
      expect(trust.n).toBe(6);
      // register: 3, 3, 5, 9, 12, 4 organisations → median 4.5, 2 of 6 above 8
      expect(o.body.register.organisations).toMatchObject({ n: 6, median: 4.5, min: 3, max: 12 });
      expect(o.body.register.organisations.moreThanEight).toEqual({
        count: 2,
        percent: 33.3,
        denominator: 6,
      });
      const payers = Object.fromEntries(
        o.body.register.payers.map((p: { key: string; share: unknown }) => [p.key, p.share]),
      );
      expect(payers['gemeente+zorgverzekeraar']).toMatchObject({ count: 5, percent: 83.3, denominator: 6 });
      expect(o.body.method[0].nl).toMatch(/niet van toepassing/);
    });

    it('shows a collaboration its own answers next to the national distribution', async () => {
      expect((await h.call(anonymous, 'GET', `${url()}/benchmark/${YEAR}`)).status).toBe(401);
      const b = await h.call(lezer, 'GET', `${url()}/benchmark/${YEAR}`);
      expect(b.status).toBe(200);
      expect(b.body.own.answers['effectiviteit-kwaliteit']).toBe(5);
      expect(b.body.own.batteries.find((x: { section: string }) => x.section === 'vertrouwen')).toEqual({
        section: 'vertrouwen',
        mean: 6.33,
        category: 6,
      });
    });

    it('combines a phase assessment of several members, and shows a step back in the history', async () => {
      const at = `${url()}/assessments`;
      expect((await h.call(lezer, 'POST', at, {})).status).toBe(403);
      const first = await h.call(beheerder, 'POST', at, { date: '2025-03-01' });
      expect(first.status).toBe(201);
      const mine = (aid: string) => `${at}/${aid}/mine`;
      const bad = await h.call(partnerMember, 'PUT', mine(first.body.id), {
        phase: 2,
        principles: { vertrouwen: 6 },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/6 ligt buiten de schaal/);
      await h.call(beheerder, 'PUT', mine(first.body.id), {
        phase: 3,
        markers: ['convenant', 'coordinator', 'systematische-monitoring'],
        principles: { draagvlak: 4, vertrouwen: 4, burgerperspectief: 2 },
      });
      const combined = await h.call(partnerMember, 'PUT', mine(first.body.id), {
        phase: 2,
        markers: ['convenant'],
        principles: { draagvlak: 5, vertrouwen: 2, burgerperspectief: 3 },
      });
      expect(combined.status).toBe(200);
      expect(combined.body.combined).toMatchObject({
        contributors: 2,
        phase: 2,
        phaseRange: { min: 2, max: 3 },
      });
      const vertrouwen = combined.body.combined.principles.find(
        (p: { principle: string }) => p.principle === 'vertrouwen',
      );
      expect(vertrouwen).toMatchObject({ n: 2, median: 3, min: 2, max: 4, spread: 2 });
      expect(combined.body.combined.weakestPrinciple).toBe('burgerperspectief');

      const second = await h.call(analist, 'POST', at, { date: '2025-09-01' });
      await h.call(analist, 'PUT', mine(second.body.id), {
        phase: 1,
        principles: { draagvlak: 2, vertrouwen: 3, burgerperspectief: 3 },
      });
      const all = await h.call(lezer, 'GET', at);
      expect(all.status).toBe(200);
      expect(
        all.body.history.map((e: { date: string; phase: number; movement: string }) => [
          e.date,
          e.phase,
          e.movement,
        ]),
      ).toEqual([
        ['2025-03-01', 2, 'eerste'],
        ['2025-09-01', 1, 'terug'],
      ]);
      expect(all.body.current.id).toBe(second.body.id);

      const member = await h.call(lezer, 'GET', url());
      expect(member.body).toMatchObject({ currentPhase: 1, weakestPrinciple: 'draagvlak' });
      expect(member.body.entry.payment.level).toBe('formeel');
      const pub = await h.call(anonymous, 'GET', url());
      expect(pub.body).toMatchObject({ currentPhase: null, weakestPrinciple: null });
      expect((await h.call(outsider, 'GET', at)).status).toBe(404);
    });
  });
}
