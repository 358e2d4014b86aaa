// The learning evaluation through its API on both databases: cycles with sessions and lessons per perspective,
// quotes by role only (a name is flagged and nothing saved), repeats of earlier lessons, proposing a lesson to the
// kennisbank, publishing, the national synthesis with small counts suppressed, and the residents' page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { type PlanFixture, planFixture } from '../plans/setup.ts';
import { anonymous, type Who } from '../workspaces/helpers.ts';

const cycleBody = {
  title: 'Leren over inwonerparticipatie',
  question: 'Hoe betrekken we inwoners eerder bij de keuzes in het regioplan?',
  role: 'network-building',
};
const lesson = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  perspective: 'inwoners',
  buildingBlock: 'inwonerparticipatie',
  text: 'Inwoners willen vanaf het begin meedenken, niet pas als de keuzes al gemaakt zijn.',
  ...over,
});

for (const database of testDatabases()) {
  describe(`lerende evaluatie on ${database.name}`, () => {
    let f: PlanFixture;
    let url: string;
    let cycle: { id: string; version: number };
    const others: { ws: string; beheerder: Who }[] = [];

    beforeAll(async () => {
      f = await planFixture(database);
      url = `/api/workspaces/${f.ws}/learning/cycles`;
      for (const name of ['Regio Twee', 'Regio Drie']) {
        const ws = (
          await f.h.call(f.admin, 'POST', '/api/workspaces', { name, kind: 'dsv', region: { code: 'ZK02' } })
        ).body.id;
        others.push({ ws, beheerder: await f.h.join(ws, f.admin, `beheer-${ws}@example.nl`, 'beheerder') });
      }
    }, 180_000);
    afterAll(() => f?.h.close());

    it('creates a cycle with a learning question and role; only members see it', async () => {
      const created = await f.h.call(f.analist, 'POST', url, cycleBody);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...cycleBody, status: 'open', published: false, version: 1 });
      cycle = created.body;
      expect((await f.h.call(f.lezer, 'POST', url, cycleBody)).status).toBe(403);
      expect((await f.h.call(anonymous, 'POST', url, {})).status).toBe(401);
      expect((await f.h.call(f.outsider, 'GET', url)).status).toBe(404);
      const list = await f.h.call(f.lezer, 'GET', url);
      expect(list.body.cycles.map((c: { id: string }) => c.id)).toEqual([cycle.id]);
      const bad = await f.h.call(f.analist, 'POST', url, { ...cycleBody, role: 'reflexive' });
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('role');
    });

    it('records a session with participants per perspective and the decisions taken', async () => {
      const body = {
        heldOn: '2026-11-20',
        title: 'Eerste leersessie',
        participants: { bestuurlijk: 3, professionals: 5, inwoners: 4 },
        decisions: ['Inwonerspanel opzetten voor de volgende ronde'],
      };
      const r = await f.h.call(f.partners[0]!, 'POST', `${url}/${cycle.id}/sessions`, body);
      expect(r.status).toBe(201);
      expect(r.body.participants).toEqual({ bestuurlijk: 3, professionals: 5, inwoners: 4, toezicht: 0 });
      const empty = await f.h.call(f.partners[0]!, 'POST', `${url}/${cycle.id}/sessions`, {
        ...body,
        participants: {},
      });
      expect(empty.status).toBe(400);
      expect(empty.body.parameter).toBe('participants');
      const date = await f.h.call(f.partners[0]!, 'POST', `${url}/${cycle.id}/sessions`, {
        ...body,
        heldOn: '20-11-2026',
      });
      expect(date.body.parameter).toBe('heldOn');
    });

    it('records lessons per perspective and building block, quotes by role only', async () => {
      const session = (await f.h.call(f.lezer, 'GET', `${url}/${cycle.id}`)).body.sessions[0].id;
      const first = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle.id}/lessons`,
        lesson({ sessionId: session }),
      );
      expect(first.status).toBe(201);
      expect(first.body.lesson).toMatchObject({ perspective: 'inwoners', sessionId: session, quote: null });
      const quoted = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle.id}/lessons`,
        lesson({
          perspective: 'bestuurlijk',
          buildingBlock: 'domeinoverstijgend-samenwerken',
          text: 'Bestuurders moeten vaker de werkvloer op om te zien wat afspraken betekenen.',
          quote: 'Op de werkvloer zie je pas wat onze afspraken echt betekenen.',
          quoteRole: 'bestuurder ziekenhuis',
        }),
      );
      expect(quoted.status).toBe(201);
      const noRole = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle.id}/lessons`,
        lesson({ quote: 'Iets gezegds.' }),
      );
      expect(noRole.status).toBe(400);
      expect(noRole.body.parameter).toBe('quoteRole');
    });

    it('flags a person’s name in a quote, saves nothing, and accepts it once confirmed not a name', async () => {
      const before = (await f.h.call(f.lezer, 'GET', `${url}/${cycle.id}`)).body.lessons.length;
      const body = lesson({
        quote: 'Zoals mevrouw Jansen zei: we moeten eerder beginnen.',
        quoteRole: 'inwoner',
      });
      const r = await f.h.call(f.analist, 'POST', `${url}/${cycle.id}/lessons`, body);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ error: 'possible-name', parameter: 'quote' });
      expect(r.body.message).toMatch(/'mevrouw Jansen' lijkt een naam van een persoon/);
      expect(r.body.flagged).toEqual([
        { text: 'mevrouw Jansen', reason: 'aanspreekvorm of titel met een naam' },
      ]);
      expect(r.body.yours.quote).toBe(body.quote);
      const role = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle.id}/lessons`,
        lesson({ quote: 'Goed zo.', quoteRole: 'Piet Hendriks' }),
      );
      expect(role.body.parameter).toBe('quoteRole');
      expect((await f.h.call(f.lezer, 'GET', `${url}/${cycle.id}`)).body.lessons.length).toBe(before);
      const confirmed = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle.id}/lessons`,
        lesson({
          quote: 'De Zeeuwse Zorg Coalitie van Walcheren deed dit al.',
          quoteRole: 'professional',
          namesChecked: true,
        }),
      );
      expect(confirmed.status).toBe(201);
    });

    it('points to an earlier lesson that says much the same, and records a repeat', async () => {
      const cycle2 = (
        await f.h.call(f.analist, 'POST', url, {
          ...cycleBody,
          title: 'Tweede leercyclus',
          role: 'instrumental',
        })
      ).body;
      const earlier = (await f.h.call(f.lezer, 'GET', `${url}/${cycle.id}`)).body.lessons[0];
      const again = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle2.id}/lessons`,
        lesson({ text: 'Opnieuw: inwoners willen meedenken vanaf het begin van de keuzes.' }),
      );
      expect(again.status).toBe(201);
      expect(again.body.similarEarlier.map((s: { id: string }) => s.id)).toContain(earlier.id);
      expect(again.body.similarEarlier[0].cycleTitle).toBe(cycleBody.title);
      const repeat = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle2.id}/lessons`,
        lesson({ text: 'Weer gehoord dat inwoners vroeg willen meedenken.', repeatsLessonId: earlier.id }),
      );
      expect(repeat.body.lesson.repeatsLessonId).toBe(earlier.id);
      const foreign = await f.h.call(
        f.analist,
        'POST',
        `${url}/${cycle2.id}/lessons`,
        lesson({ repeatsLessonId: 'bestaat-niet' }),
      );
      expect(foreign.body.parameter).toBe('repeatsLessonId');
    });

    it('proposes a lesson to the kennisbank, where it waits in review', async () => {
      const earlier = (await f.h.call(f.lezer, 'GET', `${url}/${cycle.id}`)).body.lessons[0];
      const r = await f.h.call(f.analist, 'POST', `${url}/${cycle.id}/lessons/${earlier.id}/propose`, {
        title: 'Laat inwoners vanaf het begin meedenken',
      });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        kind: 'lesson',
        status: 'review',
        origin: 'proposal',
        perspectives: ['inwoners'],
        buildingBlocks: ['inwonerparticipatie'],
      });
      expect(r.body.source.document).toBe(`Leercyclus '${cycleBody.title}' (werkruimte Regio Test)`);
      expect((await f.h.call(anonymous, 'GET', `/api/kennisbank/items/${r.body.id}`)).status).toBe(404);
      const twice = await f.h.call(f.analist, 'POST', `${url}/${cycle.id}/lessons/${earlier.id}/propose`, {
        title: 'Nog eens',
      });
      expect(twice.status).toBe(409);
      expect(twice.body.error).toBe('already-proposed');
    });

    it('lets only a beheerder publish, with the version lock', async () => {
      const current = (await f.h.call(f.lezer, 'GET', `${url}/${cycle.id}`)).body.cycle;
      const change = {
        ...cycleBody,
        collaborationId: null,
        status: 'closed',
        published: true,
        version: current.version,
      };
      expect((await f.h.call(f.analist, 'PUT', `${url}/${cycle.id}`, change)).status).toBe(403);
      const stale = await f.h.call(f.beheerder, 'PUT', `${url}/${cycle.id}`, { ...change, version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('stale-version');
      const ok = await f.h.call(f.beheerder, 'PUT', `${url}/${cycle.id}`, change);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'closed', published: true });
    });

    it('counts lessons of published cycles per building block and perspective, small counts suppressed', async () => {
      const alone = await f.h.call(anonymous, 'GET', '/api/learning/synthesis');
      expect(alone.body).toMatchObject({ enough: false, workspaces: 1, lessons: null });
      expect(alone.body.rows[0].cells.every((c: { count: number | null }) => c.count === null)).toBe(true);
      // Two more workspaces publish a cycle: 6 + 5 lessons of inwonerparticipatie × inwoners, 2 of bekostiging × toezicht
      for (const [i, other] of others.entries()) {
        const base = `/api/workspaces/${other.ws}/learning/cycles`;
        const c = (await f.h.call(other.beheerder, 'POST', base, cycleBody)).body;
        for (let n = 0; n < (i === 0 ? 6 : 3); n++)
          await f.h.call(
            other.beheerder,
            'POST',
            `${base}/${c.id}/lessons`,
            lesson({ text: `Les nummer ${n + 1} over meedenken van inwoners.` }),
          );
        await f.h.call(
          other.beheerder,
          'POST',
          `${base}/${c.id}/lessons`,
          lesson({
            perspective: 'toezicht',
            buildingBlock: 'bekostiging',
            text: 'Toezicht vraagt om verantwoording per organisatie.',
          }),
        );
        const version = (await f.h.call(other.beheerder, 'GET', `${base}/${c.id}`)).body.cycle.version;
        const published = await f.h.call(other.beheerder, 'PUT', `${base}/${c.id}`, {
          ...cycleBody,
          collaborationId: null,
          status: 'closed',
          published: true,
          version,
        });
        expect(published.status).toBe(200);
      }
      const r = await f.h.call(anonymous, 'GET', '/api/learning/synthesis');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        enough: true,
        cycles: 3,
        workspaces: 3,
        rule: { minCell: 5, minWorkspaces: 3 },
      });
      // the first workspace's published cycle: 2 inwoners lessons (one confirmed quote), 1 bestuurlijk
      const row = (block: string) =>
        r.body.rows.find((x: { buildingBlock: string }) => x.buildingBlock === block);
      const cell = (block: string, p: string) =>
        row(block).cells.find((c: { perspective: string }) => c.perspective === p);
      expect(cell('inwonerparticipatie', 'inwoners')).toEqual({
        perspective: 'inwoners',
        count: 11,
        suppressed: null,
      });
      expect(cell('bekostiging', 'toezicht')).toMatchObject({ count: null, suppressed: 'small' });
      expect(cell('domeinoverstijgend-samenwerken', 'bestuurlijk')).toMatchObject({
        count: null,
        suppressed: 'small',
      });
      expect(r.body.lessons).toBe(14);
      // a row with one small cell and nothing else to hide: its total is hidden instead
      expect(row('bekostiging').total).toBeNull();
      expect(row('inwonerparticipatie').total).toBe(11);
    });

    it('keeps learning cycles of a collaboration: linked ones also in the workspace, unlinked ones for the registrant', async () => {
      const entry = {
        name: 'Samen Gezond Leerregio',
        area: { regionCode: 'ZK04' },
        startYear: 2019,
        partners: [
          { name: 'Gemeente Testdorp', type: 'gemeente', laws: ['Wmo'] },
          { name: 'Huisartsen Test', type: 'huisartsenorganisatie', laws: ['Zvw'] },
          { name: 'Zorgkantoor Test', type: 'zorgkantoor', laws: ['Wlz'] },
        ],
        goals: {
          careShift: ['voorkomen'],
          aims: ['kwaliteit'],
          targetGroups: ['kwetsbare-ouderen'],
          topics: [],
        },
        governance: 'gezamenlijk',
        payment: { level: 'formeel', solutions: ['meerjarencontract'], alternativeKinds: [] },
      };
      const linked = await f.h.call(f.beheerder, 'POST', '/api/dsv/collaborations', {
        ...entry,
        workspaceId: f.ws,
      });
      expect(linked.status).toBe(201);
      const base = `/api/dsv/collaborations/${linked.body.id}/learning/cycles`;
      const created = await f.h.call(f.partners[1]!, 'POST', base, {
        ...cycleBody,
        title: 'Leren in het DSV',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ workspaceId: f.ws, collaborationId: linked.body.id });
      const lessonAdded = await f.h.call(
        f.partners[1]!,
        'POST',
        `${base}/${created.body.id}/lessons`,
        lesson(),
      );
      expect(lessonAdded.status).toBe(201);
      // the collaboration lists only its own cycles; the workspace lists its own and the collaboration's
      const own = await f.h.call(f.lezer, 'GET', base);
      expect(own.body.cycles.map((c: { title: string }) => c.title)).toEqual(['Leren in het DSV']);
      const all = await f.h.call(f.lezer, 'GET', url);
      expect(all.body.cycles.map((c: { title: string }) => c.title)).toContain('Leren in het DSV');
      expect((await f.h.call(f.lezer, 'POST', base, cycleBody)).status).toBe(403);
      expect((await f.h.call(f.outsider, 'GET', base)).status).toBe(404);
      // a workspace's cycle about its collaboration; another workspace's collaboration is refused
      const about = await f.h.call(f.analist, 'POST', url, { ...cycleBody, collaborationId: linked.body.id });
      expect(about.body.collaborationId).toBe(linked.body.id);
      const unlinked = await f.h.call(f.outsider, 'POST', '/api/dsv/collaborations', {
        ...entry,
        name: 'Los DSV',
        workspaceId: null,
      });
      expect(unlinked.status).toBe(201);
      const foreign = await f.h.call(f.analist, 'POST', url, {
        ...cycleBody,
        collaborationId: unlinked.body.id,
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.parameter).toBe('collaborationId');
      // an unlinked collaboration: only its registrant
      const solo = `/api/dsv/collaborations/${unlinked.body.id}/learning/cycles`;
      const mine = await f.h.call(f.outsider, 'POST', solo, cycleBody);
      expect(mine.status).toBe(201);
      expect(mine.body).toMatchObject({ workspaceId: null, collaborationId: unlinked.body.id });
      expect((await f.h.call(f.analist, 'GET', solo)).status).toBe(403);
      expect((await f.h.call(anonymous, 'GET', `${solo}/${mine.body.id}`)).status).toBe(401);
      expect((await f.h.call(f.outsider, 'GET', `${base}/${created.body.id}`)).status).toBe(404);
    });

    it('shows residents what the figures say, what the partners chose and how to take part', async () => {
      const plan = `/api/workspaces/${f.ws}/plan`;
      const round = await f.h.call(f.beheerder, 'POST', `${plan}/rounds`, {
        title: 'Prioriteiten',
        candidates: [
          { source: 'jzojp', themeId: 'participatie' },
          { source: 'jzojp', themeId: 'gezond-gewicht' },
          { source: 'iza', themeId: 'ouderen' },
        ],
      });
      await f.h.call(f.beheerder, 'POST', `${plan}/rounds/${round.body.id}/close`);
      await f.h.call(f.beheerder, 'POST', `${plan}/kernopgaven`, {
        roundId: round.body.id,
        candidates: round.body.candidates.map((c: { id: string }) => c.id),
      });
      const dialogue = await f.h.call(f.beheerder, 'POST', `${plan}/rounds`, {
        title: 'Wat vindt u belangrijk?',
        audience: 'public',
        partnerRoundId: round.body.id,
      });
      expect(dialogue.status).toBe(201);
      const before = await f.h.call(anonymous, 'GET', '/api/inwoners/ZK04');
      expect(before.body.plans).toEqual([]);
      expect(before.body.dialogues).toEqual([]);
      const version = (await f.h.call(f.beheerder, 'GET', plan)).body.plan.version;
      await f.patch(f.beheerder, plan, { version, published: true });
      const r = await f.h.call(anonymous, 'GET', '/api/inwoners/zk04');
      expect(r.status).toBe(200);
      expect(r.body.region).toMatchObject({ code: 'ZK04', type: 'zorgkantoorregio' });
      expect(r.body.plans).toHaveLength(1);
      expect(r.body.plans[0].kernopgaven).toHaveLength(3);
      expect(r.body.plans[0].link).toBe(`/regioplan/${f.ws}`);
      expect(r.body.dialogues).toEqual([
        { title: 'Wat vindt u belangrijk?', link: `/datadialoog/${dialogue.body.token}` },
      ]);
      const { differences, compared, similar } = r.body.figures;
      expect(compared).toBeGreaterThan(0);
      expect(differences.length + similar).toBeLessThanOrEqual(compared);
      for (const d of differences) {
        expect(['better', 'worse', 'higher', 'lower']).toContain(d.verdict);
        expect(d.sentence.nl).toContain('in heel Nederland');
      }
      expect((await f.h.call(anonymous, 'GET', '/api/inwoners/XX99')).status).toBe(404);
    });
  });
}
