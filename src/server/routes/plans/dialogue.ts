// The datadialoog with residents (public link with a token, no account): the round as they see it, and their
// answer (one per browser through the jp_dialoog cookie, of which only a SHA-256 is stored).
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { readCookie } from '../../../accounts/cookies.ts';
import { newToken, tokenPattern } from '../../../accounts/tokens.ts';
import {
  getPublicResponse,
  getRound,
  getRoundByToken,
  lockOpenRound,
  type RoundRow,
  upsertPublicResponse,
} from '../../../db/planStore.ts';
import { SCALE } from '../../../plans/prioritisation.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, notFound, roundClosed } from './errors.ts';
import { roundResult } from './roundData.ts';

/** The cookie that makes one browser one respondent in a datadialoog (no account, nothing personal). */
export const DIALOGUE_COOKIE = 'jp_dialoog';

/** What is stored of a respondent: the hash of the round and their cookie. */
const respondentHash = (roundId: string, cookie: string) =>
  createHash('sha256').update(`${roundId}|${cookie}`).digest('hex');

const respondent = (request: FastifyRequest, roundId: string) => {
  const cookie = readCookie(request.headers.cookie, DIALOGUE_COOKIE);
  if (!cookie || !tokenPattern.test(cookie)) return null;
  return { cookie, hash: respondentHash(roundId, cookie) };
};

const dialogueParams = z.object({ token: z.string().max(100) });

export function registerDialogue(api: PlanApi, { ctx }: PlanHelpers) {
  const dialogueRound = async (token: string) => {
    const round = tokenPattern.test(token) ? await getRoundByToken(ctx.db, token) : null;
    if (!round) throw notFound('Deze datadialoog bestaat niet.');
    return round;
  };

  const dialogueView = async (round: RoundRow, request: FastifyRequest) => {
    const who = respondent(request, round.id);
    const partner =
      round.status === 'closed' && round.partnerRoundId
        ? await getRound(ctx.db, round.workspaceId, round.partnerRoundId)
        : null;
    return {
      title: round.title,
      status: round.status,
      scale: SCALE,
      question: {
        nl: 'Hoe belangrijk vindt u dit onderwerp voor uw regio? (1 = niet belangrijk, 5 = heel belangrijk)',
        en: 'How important is this topic for your region? (1 = not important, 5 = very important)',
      },
      candidates: round.candidates.map((c) => ({ id: c.id, label: c.label })),
      yourAnswers: who ? await getPublicResponse(ctx.db, round.id, who.hash) : null,
      result: round.status === 'closed' ? await roundResult(ctx.db, round) : null,
      partners: partner && partner.status === 'closed' ? await roundResult(ctx.db, partner) : null,
    };
  };

  api.get(
    '/datadialoog/:token',
    {
      schema: {
        summary:
          'Een datadialoog voor inwoners (openbare link, geen account): de thema’s, uw eigen antwoord, en na sluiten de uitkomst naast die van de partners',
        tags: ['regioplan'],
        params: dialogueParams,
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      return dialogueView(await dialogueRound(request.params.token), request);
    },
  );

  api.post(
    '/datadialoog/:token/responses',
    {
      schema: {
        summary:
          'Uw antwoord in een datadialoog (1–5 per thema). Eén antwoord per browser (cookie); opnieuw insturen vervangt het vorige',
        tags: ['regioplan'],
        params: dialogueParams,
        body: z.strictObject({ answers: z.record(z.string().max(120), z.number()) }),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      const round = await dialogueRound(request.params.token);
      if (round.status === 'closed') throw roundClosed();
      const ids = new Set(round.candidates.map((c) => c.id));
      const entries = Object.entries(request.body.answers);
      if (entries.length === 0) throw badRequest('answers', 'geef bij minstens één thema een antwoord');
      for (const [candidate, value] of entries) {
        if (!ids.has(candidate))
          throw badRequest(`answers.${candidate}`, `'${candidate}' staat niet op de lijst`);
        if (!Number.isInteger(value) || value < SCALE.min || value > SCALE.max)
          throw badRequest(
            `answers.${candidate}`,
            `${value} ligt buiten de schaal ${SCALE.min}–${SCALE.max} (hele getallen)`,
          );
      }
      let who = respondent(request, round.id);
      if (!who) {
        const cookie = newToken();
        who = { cookie, hash: respondentHash(round.id, cookie) };
        const secure = process.env.COOKIE_SECURE === '1' || request.protocol === 'https';
        reply.header(
          'set-cookie',
          `${DIALOGUE_COOKIE}=${cookie}; Path=/api/datadialoog; HttpOnly; SameSite=Lax; Max-Age=${365 * 24 * 3600}${secure ? '; Secure' : ''}`,
        );
      }
      const outcome = await ctx.db.transaction(async (tx) => {
        if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
        return upsertPublicResponse(tx, round.id, who.hash, request.body.answers);
      });
      return reply.code(outcome === 'created' ? 201 : 200).send({
        outcome,
        message:
          outcome === 'created'
            ? { nl: 'Dank u wel! Uw antwoord is opgeslagen.', en: 'Thank you! Your answer has been saved.' }
            : {
                nl: 'Uw eerdere antwoord is vervangen door dit antwoord.',
                en: 'Your earlier answer was replaced.',
              },
        yourAnswers: request.body.answers,
      });
    },
  );
}
