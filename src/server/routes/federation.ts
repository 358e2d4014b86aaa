// Federated partner aggregates for the platform administrator (docs/federation.md): the partners and their
// aggregates, read through postgres_fdw. A partial answer is still 200, with `complete: false` and the note.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FederationDeps } from '../../federation/service.ts';
import * as service from '../../federation/service.ts';
import { actorOf } from '../actor.ts';

const codes = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .optional();

const query = z.object({ partner: codes, gemeenten: codes, perioden: codes, indicatoren: codes });

export const federationRoutes =
  (deps: FederationDeps): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    api.get(
      '/federation/partners',
      { schema: { summary: 'Gefedereerde partners en hun laatste controle (platformbeheerder)' } },
      async (request) => service.listFederatedAs(deps, actorOf(request)),
    );
    api.get(
      '/federation/aggregates',
      {
        schema: {
          summary:
            'Aggregaten van gefedereerde partners via postgres_fdw (platformbeheerder); gedeeltelijk als een partner niet antwoordt',
          querystring: query,
        },
      },
      async (request) =>
        service.readFederatedAs(deps, actorOf(request), {
          partners: request.query.partner,
          filter: {
            gemeenten: request.query.gemeenten,
            perioden: request.query.perioden,
            indicatoren: request.query.indicatoren,
          },
        }),
    );
  };
