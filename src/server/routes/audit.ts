// The platform's audit log for the platform administrator: GET /api/admin/audit (paged, filtered, ?format=csv).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { platformAuditQuery } from '../../audit/api.ts';
import * as audit from '../../audit/service.ts';
import { actorOf } from '../actor.ts';
import { LIST } from '../rateLimits.ts';

export const auditRoutes =
  (deps: audit.AuditDeps): FastifyPluginAsync =>
  async (fastify) => {
    fastify.withTypeProvider<ZodTypeProvider>().get(
      '/admin/audit',
      {
        schema: {
          summary:
            'Het auditlog van het platform (platformbeheerder): inloggen, mislukte pogingen, wachttijden, opheffingen, verwijderingen, handelingen van beheerders. Nieuwste eerst; ?action=, ?since=, ?until=, ?limit=, ?offset=, ?format=csv',
          tags: ['accounts'],
          querystring: platformAuditQuery,
        },
        config: { rateLimit: LIST },
      },
      async (request, reply) => {
        const answer = await audit.platformAudit(deps, actorOf(request), request.query);
        reply.header('x-total-count', String(answer.total)).header('cache-control', 'no-store');
        if (answer.format === 'json') return answer.entries;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="platform-auditlog.csv"')
          .send(answer.csv);
      },
    );
  };
