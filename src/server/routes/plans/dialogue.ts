// The datadialoog with residents (public link with a token, no account): the round as they see it, and their
// answer. The browser is one respondent through the jp_dialoog cookie, read and set here.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie } from '../../../accounts/cookies.ts';
import { dialogueParams, dialogueResponseBody } from '../../../plans/api.ts';
import { answerDialogue, type PlanDeps, readDialogue } from '../../../plans/service/index.ts';
import { DIALOGUE_ANSWER, NEW_DIALOGUE_PARTICIPANTS, windowCounter } from '../../rateLimits.ts';
import { isSecure } from '../../security.ts';
import type { PlanApi } from './types.ts';

/** The cookie that makes one browser one respondent in a datadialoog (no account, nothing personal). */
export const DIALOGUE_COOKIE = 'jp_dialoog';

const cookieOf = (request: FastifyRequest) => readCookie(request.headers.cookie, DIALOGUE_COOKIE);
const private_ = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');

export function registerDialogue(api: PlanApi, deps: PlanDeps) {
  const newParticipants = windowCounter(NEW_DIALOGUE_PARTICIPANTS);
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
      private_(reply);
      return readDialogue(deps, request.params.token, cookieOf(request));
    },
  );

  api.post(
    '/datadialoog/:token/responses',
    {
      schema: {
        summary:
          'Uw antwoord in een datadialoog (1–5 per thema). Eén stem per deelnemerstoken (cookie, door de server uitgegeven); opnieuw insturen vervangt de vorige. Nieuwe deelnemers per adres zijn begrensd',
        tags: ['regioplan'],
        params: dialogueParams,
        body: dialogueResponseBody,
      },
      config: { rateLimit: DIALOGUE_ANSWER },
    },
    async (request, reply) => {
      private_(reply);
      const { newCookie, answer } = await answerDialogue(
        deps,
        request.params.token,
        cookieOf(request),
        request.body,
        () =>
          newParticipants(
            `${request.ip}|${request.params.token}`,
            (max) =>
              `Vanaf dit adres zijn al ${max} nieuwe deelnemers aan deze datadialoog gekomen; probeer het later opnieuw (een eerder antwoord wijzigen kan wel).`,
          ),
      );
      if (newCookie)
        reply.header(
          'set-cookie',
          `${DIALOGUE_COOKIE}=${newCookie}; Path=/api/datadialoog; HttpOnly; SameSite=Lax; Max-Age=${365 * 24 * 3600}${isSecure(request) ? '; Secure' : ''}`,
        );
      return reply.code(answer.outcome === 'created' ? 201 : 200).send(answer);
    },
  );
}
