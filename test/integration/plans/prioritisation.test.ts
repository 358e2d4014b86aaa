// Prioritisation with the partners and residents on both databases: rounds, scores (one set per organisation, the
// latest wins), rankings, spread, Delphi follow-ups, the datadialoog with a public link, closing, kernopgaven, bad
// input and authorisation per role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { anonymous } from '../workspaces/helpers.ts';
import { type PlanFixture, planFixture } from './setup.ts';

const candidates = [
  { source: 'jzojp', themeId: 'participatie' },
  { source: 'jzojp', themeId: 'gezond-gewicht' },
  { source: 'iza', themeId: 'ouderen' },
  { source: 'eigen', label: 'Wonen en zorg voor ouderen' },
];
const ids = ['jzojp:participatie', 'jzojp:gezond-gewicht', 'iza:ouderen', 'eigen:1'];

const set = (values: [number, number, number][]) =>
  values.map(([urgency, impact, feasibility], i) => ({ candidate: ids[i]!, urgency, impact, feasibility }));

for (const database of testDatabases()) {
  describe(`prioritisation on ${database.name}`, () => {
    let f: PlanFixture;
    let url: string;
    let round: string;

    beforeAll(async () => {
      f = await planFixture(database);
      url = `/api/workspaces/${f.ws}/plan`;
    });
    afterAll(async () => {
      await f?.h.close();
    });

    it('lets only the beheerder open a round, and checks the candidate themes', async () => {
      const body = { title: 'Ronde 1', method: 'score', candidates };
      expect((await f.h.call(anonymous, 'POST', `${url}/rounds`, body)).status).toBe(401);
      expect((await f.h.call(f.outsider, 'POST', `${url}/rounds`, body)).status).toBe(404);
      expect((await f.h.call(f.admin, 'POST', `${url}/rounds`, body)).status).toBe(403);
      for (const who of [f.lezer, f.partners[0]!, f.analist])
        expect((await f.h.call(who, 'POST', `${url}/rounds`, body)).status).toBe(403);
      const unknown = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        ...body,
        candidates: [...candidates, { source: 'jzojp', themeId: 'bestaat-niet' }],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.parameter).toBe('candidates.4.themeId');
      const one = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        ...body,
        candidates: [candidates[0]],
      });
      expect(one.status).toBe(400);
      const created = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, body);
      expect(created.status).toBe(201);
      expect(created.body.candidates.map((c: { id: string }) => c.id)).toEqual(ids);
      expect(created.body.candidates[0].label.nl).toMatch(/participatie/i);
      expect(created.body.status).toBe('open');
      round = created.body.id;
    });

    it('takes one score set per organisation, the latest wins, and refuses scores outside the scale', async () => {
      const scores = `${url}/rounds/${round}/scores`;
      const outside = await f.h.call(f.partners[0]!, 'PUT', scores, {
        scores: set([
          [5, 5, 5],
          [6, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ]),
      });
      expect(outside.status).toBe(400);
      expect(outside.body.parameter).toBe('scores.1.urgency');
      expect(outside.body.message).toMatch(/buiten de schaal 1–5/);
      const fraction = await f.h.call(f.partners[0]!, 'PUT', scores, {
        scores: set([
          [5, 5, 2.5],
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ]),
      });
      expect(fraction.body.parameter).toBe('scores.0.feasibility');
      const text = await f.h.call(f.partners[0]!, 'PUT', scores, {
        scores: [{ candidate: ids[0], urgency: 'hoog', impact: 1, feasibility: 1 }],
      });
      expect(text.status).toBe(400);
      expect(text.body.parameter).toBe('scores.0.urgency');
      const missing = await f.h.call(f.partners[0]!, 'PUT', scores, { scores: set([[3, 3, 3]]) });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toMatch(/ontbreekt/);
      // The lezer may not score; the analist has no organisation.
      expect((await f.h.call(f.lezer, 'PUT', scores, { scores: set([[3, 3, 3]]) })).status).toBe(403);
      const noOrg = await f.h.call(f.analist, 'PUT', scores, {
        scores: set([
          [3, 3, 3],
          [3, 3, 3],
          [3, 3, 3],
          [3, 3, 3],
        ]),
      });
      expect(noOrg.status).toBe(403);
      expect(noOrg.body.error).toBe('no-organisation');
      // A partner cannot score for another organisation.
      const other = await f.h.call(f.partners[0]!, 'PUT', scores, {
        organisationId: f.organisations[1]!.id,
        scores: set([
          [3, 3, 3],
          [3, 3, 3],
          [3, 3, 3],
          [3, 3, 3],
        ]),
      });
      expect(other.status).toBe(403);

      // Partner 1 first scores everything 1, then changes its mind: only the second set counts.
      const first = set([
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]);
      expect((await f.h.call(f.partners[0]!, 'PUT', scores, { scores: first })).status).toBe(200);
      const latest = await f.h.call(f.partners[0]!, 'PUT', scores, {
        scores: set([
          [5, 5, 4],
          [2, 2, 2],
          [4, 4, 4],
          [1, 2, 3],
        ]),
      });
      expect(latest.status).toBe(200);
      expect(latest.body.organisationId).toBe(f.organisations[0]!.id);
      expect(latest.body.scores).toHaveLength(4);
      expect(
        (
          await f.h.call(f.partners[1]!, 'PUT', scores, {
            scores: set([
              [4, 4, 4],
              [5, 5, 5],
              [3, 3, 3],
              [2, 2, 2],
            ]),
          })
        ).status,
      ).toBe(200);
      // The beheerder enters the third organisation's scores on its behalf (e.g. from a meeting).
      const onBehalf = await f.h.call(f.beheerder, 'PUT', scores, {
        organisationId: f.organisations[2]!.id,
        scores: set([
          [3, 4, 2],
          [1, 1, 1],
          [5, 5, 5],
          [3, 3, 3],
        ]),
      });
      expect(onBehalf.status).toBe(200);
    });

    it('shows the result with its spread to the beheerder while open and to everyone once closed', async () => {
      const partnerView = await f.h.call(f.partners[0]!, 'GET', `${url}/rounds/${round}`);
      expect(partnerView.status).toBe(200);
      expect(partnerView.body.result).toBeNull();
      expect(partnerView.body.submissions).toBe(3);
      expect(partnerView.body.submittedBy).toBeUndefined();
      expect(
        partnerView.body.mine.scores.find((s: { candidate: string }) => s.candidate === ids[0]).urgency,
      ).toBe(5);
      const own = await f.h.call(f.beheerder, 'GET', `${url}/rounds/${round}`);
      expect(own.body.submittedBy.sort()).toEqual(f.organisations.map((o) => o.name).sort());
      const result = own.body.result;
      expect(result.participants).toBe(3);
      // Worked by hand: participation 14/3, 4, 3 → mean 3.889, median 4, IQR (Tukey type 7) 4.333 − 3.5 = 0.833.
      const top = result.ranking.find((r: { candidate: string }) => r.candidate === 'jzojp:participatie');
      expect(top.mean).toBeCloseTo((14 / 3 + 4 + 3) / 3, 10);
      expect(top.median).toBe(4);
      expect(top.iqr).toBeCloseTo(4.333333 - 3.5, 5);
      expect(top.consensus).toBe(true);
      // Older people: 4, 3, 5 → mean 4 first; gezond gewicht: 2, 5, 1 → mean 2.667 with a wide spread;
      // own theme: 2, 2, 3 → 2.333.
      const ranking = result.ranking.map((r: { candidate: string }) => r.candidate);
      expect(ranking).toEqual(['iza:ouderen', 'jzojp:participatie', 'jzojp:gezond-gewicht', 'eigen:1']);
      const weight = result.ranking.find(
        (r: { candidate: string }) => r.candidate === 'jzojp:gezond-gewicht',
      );
      expect(weight.iqr).toBeCloseTo(2, 10);
      expect(weight.consensus).toBe(false);
      expect(weight.label.nl).toBe('Gezond gewicht');

      // Fixing kernopgaven needs a closed round.
      const early = await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
        roundId: round,
        candidates: ids.slice(0, 3),
      });
      expect(early.status).toBe(409);
      expect((await f.h.call(f.partners[0]!, 'POST', `${url}/rounds/${round}/close`)).status).toBe(403);
      const closed = await f.h.call(f.beheerder, 'POST', `${url}/rounds/${round}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      const after = await f.h.call(f.lezer, 'GET', `${url}/rounds/${round}`);
      expect(after.body.result.ranking[0].candidate).toBe('iza:ouderen');
    });

    it('refuses every edit of a closed round with 409', async () => {
      const scores = set([
        [3, 3, 3],
        [3, 3, 3],
        [3, 3, 3],
        [3, 3, 3],
      ]);
      const late = await f.h.call(f.partners[0]!, 'PUT', `${url}/rounds/${round}/scores`, { scores });
      expect(late.status).toBe(409);
      expect(late.body.error).toBe('round-closed');
      expect((await f.h.call(f.beheerder, 'POST', `${url}/rounds/${round}/close`)).status).toBe(409);
      const rename = await f.patch(f.beheerder, `${url}/rounds/${round}`, { version: 2, title: 'Nieuw' });
      expect(rename.status).toBe(409);
      const view = await f.h.call(f.beheerder, 'GET', `${url}/rounds/${round}`);
      expect(view.body.title).toBe('Ronde 1');
      expect(view.body.result.participants).toBe(3);
    });

    it('runs a Delphi follow-up that shows the anonymous group result of the previous round first', async () => {
      const open = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'Open ronde',
        candidates: candidates.slice(0, 2),
      });
      const refused = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'Te vroeg',
        previousRoundId: open.body.id,
      });
      expect(refused.status).toBe(409);
      const next = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'Ronde 2 (Delphi)',
        previousRoundId: round,
        candidates: [{ source: 'eigen', label: 'Mantelzorg' }],
      });
      expect(next.status).toBe(201);
      expect(next.body.candidates.map((c: { id: string }) => c.id)).toEqual([...ids, 'eigen:2']);
      const view = await f.h.call(f.partners[1]!, 'GET', `${url}/rounds/${next.body.id}`);
      expect(view.body.previous.number).toBe(1);
      expect(view.body.previous.result.ranking[0].candidate).toBe('iza:ouderen');
      // Anonymous: no organisation ids or names in the group result, but one's own earlier scores.
      expect(JSON.stringify(view.body.previous.result)).not.toContain(f.organisations[0]!.id);
      expect(JSON.stringify(view.body.previous.result)).not.toContain('Gemeente Testdorp');
      expect(view.body.previous.mine.organisationId).toBe(f.organisations[1]!.id);
      expect(view.body.result).toBeNull();
      expect(view.body.mine).toBeNull();
    });

    it('ranks candidates in a ranking round (Borda count with the spread of positions)', async () => {
      const r = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'Rangorde',
        method: 'rank',
        candidates: candidates.slice(0, 3),
      });
      const rank = `${url}/rounds/${r.body.id}/ranking`;
      const a = ids.slice(0, 3);
      const bad = await f.h.call(f.partners[0]!, 'PUT', rank, { ranking: [a[0], a[0], a[1]] });
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('ranking.1');
      const short = await f.h.call(f.partners[0]!, 'PUT', rank, { ranking: [a[0]] });
      expect(short.body.parameter).toBe('ranking');
      const wrongMethod = await f.h.call(f.partners[0]!, 'PUT', `${url}/rounds/${r.body.id}/scores`, {
        scores: set([[3, 3, 3]]),
      });
      expect(wrongMethod.status).toBe(400);
      await f.h.call(f.partners[0]!, 'PUT', rank, { ranking: [a[2], a[0], a[1]] });
      await f.h.call(f.partners[1]!, 'PUT', rank, { ranking: [a[0], a[2], a[1]] });
      await f.h.call(f.partners[2]!, 'PUT', rank, { ranking: [a[2], a[1], a[0]] });
      const result = (await f.h.call(f.beheerder, 'GET', `${url}/rounds/${r.body.id}`)).body.result;
      // Borda: iza:ouderen 2+1+2 = 5, participatie 1+2+0 = 3, gewicht 0+0+1 = 1.
      expect(
        result.ranking.map((x: { candidate: string; points: number }) => [x.candidate, x.points]),
      ).toEqual([
        ['iza:ouderen', 5],
        ['jzojp:participatie', 3],
        ['jzojp:gezond-gewicht', 1],
      ]);
      expect(result.ranking[0].medianPosition).toBe(1);
      expect(result.ranking[0].iqr).toBeCloseTo(0.5, 10);
    });

    it('runs a datadialoog with residents: a public link, no account, one answer per browser', async () => {
      const noPartner = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'x',
        audience: 'public',
        partnerRoundId: 'bestaat-niet',
      });
      expect(noPartner.status).toBe(400);
      const created = await f.h.call(f.beheerder, 'POST', `${url}/rounds`, {
        title: 'Wat vindt u belangrijk?',
        audience: 'public',
        partnerRoundId: round,
      });
      expect(created.status).toBe(201);
      expect(created.body.method).toBe('importance');
      expect(created.body.publicLink).toMatch(/^\/datadialoog\/[A-Za-z0-9_-]{43}$/);
      const api = `/api/datadialoog/${created.body.token}`;
      const page = await f.h.call(anonymous, 'GET', api);
      expect(page.status).toBe(200);
      expect(page.body.candidates.map((c: { id: string }) => c.id)).toEqual(ids);
      expect(page.body.yourAnswers).toBeNull();
      expect(page.body.result).toBeNull();
      expect(page.headers['cache-control']).toBe('no-store');
      expect((await f.h.call(anonymous, 'GET', '/api/datadialoog/onzin')).status).toBe(404);

      const outside = await f.h.call(anonymous, 'POST', `${api}/responses`, { answers: { [ids[0]!]: 7 } });
      expect(outside.status).toBe(400);
      expect(outside.body.parameter).toBe(`answers.${ids[0]}`);
      const unknown = await f.h.call(anonymous, 'POST', `${api}/responses`, { answers: { x: 3 } });
      expect(unknown.status).toBe(400);

      const first = await f.h.call(anonymous, 'POST', `${api}/responses`, {
        answers: { [ids[0]!]: 5, [ids[1]!]: 2 },
      });
      expect(first.status).toBe(201);
      const setCookie = String(first.headers['set-cookie']);
      expect(setCookie).toMatch(
        /^jp_dialoog=[A-Za-z0-9_-]{43}; Path=\/api\/datadialoog; HttpOnly; SameSite=Lax/,
      );
      const browser = { cookie: setCookie.split(';')[0]!, csrf: null, id: null };
      // The same browser again: its answer is replaced, not added.
      const again = await f.h.call(browser, 'POST', `${api}/responses`, {
        answers: { [ids[0]!]: 4, [ids[2]!]: 5 },
      });
      expect(again.status).toBe(200);
      expect(again.body.outcome).toBe('replaced');
      expect((await f.h.call(browser, 'GET', api)).body.yourAnswers).toEqual({ [ids[0]!]: 4, [ids[2]!]: 5 });
      // Another browser is another respondent.
      expect(
        (await f.h.call(anonymous, 'POST', `${api}/responses`, { answers: { [ids[0]!]: 2 } })).status,
      ).toBe(201);
      // A signed-in member answering needs the CSRF token like every state-changing request.
      const member = await f.h.call({ ...f.lezer, csrf: null }, 'POST', `${api}/responses`, {
        answers: { [ids[0]!]: 3 },
      });
      expect(member.status).toBe(403);

      expect((await f.h.call(f.beheerder, 'POST', `${url}/rounds/${created.body.id}/close`)).status).toBe(
        200,
      );
      const closed = await f.h.call(anonymous, 'POST', `${api}/responses`, { answers: { [ids[0]!]: 3 } });
      expect(closed.status).toBe(409);
      const shown = await f.h.call(anonymous, 'GET', api);
      expect(shown.body.status).toBe('closed');
      expect(shown.body.result.participants).toBe(2);
      const participation = shown.body.result.ranking.find(
        (r: { candidate: string }) => r.candidate === ids[0],
      );
      expect(participation.mean).toBe(3);
      expect(participation.participants).toBe(2);
      expect(shown.body.partners.ranking[0].candidate).toBe('iza:ouderen');
      // The partners see the residents' result next to theirs.
      const partnerRound = await f.h.call(f.lezer, 'GET', `${url}/rounds/${round}`);
      expect(partnerRound.body.residents).toHaveLength(1);
      expect(partnerRound.body.residents[0].result.participants).toBe(2);
      // The link is shown to the beheerder only.
      const list = await f.h.call(f.lezer, 'GET', `${url}/rounds`);
      expect(JSON.stringify(list.body)).not.toContain(created.body.token);
      const listed = await f.h.call(f.beheerder, 'GET', `${url}/rounds`);
      expect(JSON.stringify(listed.body)).toContain(created.body.token);
    });

    it('fixes three to five kernopgaven from a closed round, once', async () => {
      const two = await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
        roundId: round,
        candidates: ids.slice(0, 2),
      });
      expect(two.status).toBe(400);
      expect(two.body.parameter).toBe('candidates');
      const unknown = await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
        roundId: round,
        candidates: [ids[0], ids[1], 'eigen:9'],
      });
      expect(unknown.body.parameter).toBe('candidates.2');
      expect(
        (
          await f.h.call(f.analist, 'POST', `${url}/kernopgaven`, {
            roundId: round,
            candidates: ids.slice(0, 3),
          })
        ).status,
      ).toBe(403);
      const fixed = await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
        roundId: round,
        candidates: ['iza:ouderen', 'jzojp:participatie', 'eigen:1'],
      });
      expect(fixed.status).toBe(201);
      expect(fixed.body.map((k: { title: string }) => k.title)).toEqual([
        'Thuiswonende ouderen',
        expect.stringMatching(/participatie/i),
        'Wonen en zorg voor ouderen',
      ]);
      expect(fixed.body[1].themeId).toBe('participatie');
      const again = await f.h.call(f.beheerder, 'POST', `${url}/kernopgaven`, {
        roundId: round,
        candidates: ids.slice(0, 3),
      });
      expect(again.status).toBe(409);
      const plan = await f.h.call(f.lezer, 'GET', url);
      expect(plan.status).toBe(200);
      expect(plan.body.kernopgaven).toHaveLength(3);
      expect(plan.body.permissions).toEqual(['read-plan']);
      expect((await f.h.call(f.outsider, 'GET', url)).status).toBe(404);
      expect((await f.h.call(f.admin, 'GET', url)).status).toBe(403);
      // Every step is in the audit log.
      const audit = (await f.h.call(f.beheerder, 'GET', `/api/workspaces/${f.ws}/audit`)).body as {
        action: string;
      }[];
      const actions = new Set(audit.map((e) => e.action));
      for (const a of ['plan.round.open', 'plan.round.scores', 'plan.round.close', 'plan.kernopgaven.fix'])
        expect(actions).toContain(a);
    });
  });
}
