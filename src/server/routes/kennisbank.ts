// The kennisbank API: Dutch search, items with their editorial workflow and versions, suggestions that fit a
// phase, principle and themes, and the redacteur role. Reading is open; writing needs a redacteur (or the platform
// administrator), checked by the service.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app/context.ts';
import { itemInput, searchRequest, suggestionRequest, transitionInput } from '../../kennisbank/schema.ts';
import { mayEdit } from '../../kennisbank/service/access.ts';
import {
  createItem,
  editors,
  itemVersions,
  readItem,
  searchKennisbank,
  setEditor,
  suggestKnowledge,
  transitionItem,
  updateItem,
} from '../../kennisbank/service/index.ts';
import { requireSessionForWrites } from '../security.ts';

export const actorOf = (request: FastifyRequest): Actor => ({
  account: request.session
    ? {
        id: request.session.account.id,
        email: request.session.account.email,
        platformAdmin: request.session.account.platformAdmin,
      }
    : null,
  ip: request.ip,
});

const itemParams = z.object({ id: z.string().min(1).max(100) });
const tags = ['kennisbank'];

export const kennisbankRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.addHook('preValidation', requireSessionForWrites);

    api.get(
      '/kennisbank/search',
      {
        schema: {
          summary:
            'Zoeken in de kennisbank (Nederlandse stamvormen en samenstellingen), met filters op soort, fase en thema; treffers gemarkeerd',
          tags,
          querystring: searchRequest,
        },
      },
      async (request) => searchKennisbank(ctx, actorOf(request), request.query),
    );

    api.get(
      '/kennisbank/suggestions',
      {
        schema: {
          summary:
            'Kennis die past bij een fase, het zwakste leidende principe en JZOJP-thema’s (gepubliceerde items, met de reden)',
          tags,
          querystring: suggestionRequest,
        },
      },
      async (request) => suggestKnowledge(ctx, request.query),
    );

    api.get(
      '/kennisbank/me',
      { schema: { summary: 'Of u redacteur van de kennisbank bent', tags } },
      async (request) => ({ editor: await mayEdit(ctx.db, actorOf(request)) }),
    );

    api.get(
      '/kennisbank/items/:id',
      { schema: { summary: 'Eén kennisbank-item met bron en labels', tags, params: itemParams } },
      async (request) => readItem(ctx, actorOf(request), request.params.id),
    );

    api.get(
      '/kennisbank/items/:id/versions',
      { schema: { summary: 'Alle versies van een item (redacteuren)', tags, params: itemParams } },
      async (request) => ({ versions: await itemVersions(ctx, actorOf(request), request.params.id) }),
    );

    api.post(
      '/kennisbank/items',
      {
        schema: {
          summary: 'Nieuw item als concept (redacteuren); samenvatting in eigen woorden, bron verplicht',
          tags,
          body: itemInput,
        },
      },
      async (request, reply) => reply.code(201).send(await createItem(ctx, actorOf(request), request.body)),
    );

    api.put(
      '/kennisbank/items/:id',
      {
        schema: {
          summary: 'De inhoud van een concept of een item ter beoordeling bewerken (met versienummer)',
          tags,
          params: itemParams,
          body: z.strictObject({ version: z.number().int().min(1), item: itemInput }),
        },
      },
      async (request) => updateItem(ctx, actorOf(request), request.params.id, request.body),
    );

    api.post(
      '/kennisbank/items/:id/transition',
      {
        schema: {
          summary:
            'Status wijzigen: concept → ter beoordeling → gepubliceerd → ingetrokken (publiceren door een andere redacteur)',
          tags,
          params: itemParams,
          body: transitionInput,
        },
      },
      async (request) => transitionItem(ctx, actorOf(request), request.params.id, request.body),
    );

    api.get(
      '/kennisbank/editors',
      { schema: { summary: 'De redacteuren (beheerder van het platform)', tags } },
      async (request) => ({ editors: await editors(ctx, actorOf(request)) }),
    );

    api.put(
      '/kennisbank/editors',
      {
        schema: {
          summary: 'Iemand redacteur maken of dat intrekken (beheerder van het platform)',
          tags,
          body: z.strictObject({ email: z.string().email().max(200), editor: z.boolean() }),
        },
      },
      async (request) => setEditor(ctx, actorOf(request), request.body.email, request.body.editor),
    );
  };
