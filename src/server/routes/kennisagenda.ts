// Knelpunten en kennisagenda: validate, build the Actor, call the service (src/kennisagenda/service). The public
// agenda and the taxonomy are open to anyone; everything else needs a kennisagenda role.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app/context.ts';
import { htmlToPdf } from '../../app/pdf.ts';
import {
  bulkCodingInput,
  codingInput,
  corpusInput,
  grantInput,
  idParam,
  importInput,
  itemInput,
  questionInput,
  questionLinksInput,
  quoteInput,
  resolveInput,
  reviewInput,
  revokeInput,
  sampleInput,
  screeningInput,
  suggestInput,
  taxonomyInput,
  threadInput,
  threadItemsInput,
  trainInput,
} from '../../kennisagenda/schemas.ts';
import * as service from '../../kennisagenda/service/index.ts';
import { MAX_IMPORT_BYTES } from '../../kennisagenda/service/index.ts';
import { requireSessionForWrites } from '../security.ts';

const actorOf = (request: FastifyRequest): Actor => ({
  account: request.session
    ? {
        id: request.session.account.id,
        email: request.session.account.email,
        platformAdmin: request.session.account.platformAdmin,
      }
    : null,
  ip: request.ip,
});

const corpusParams = z.object({ id: idParam });
const itemParams = z.object({ item: idParam });
const corporaQuery = z.object({
  corpora: z
    .string()
    .min(1)
    .max(400)
    .transform((s) => s.split(',').filter(Boolean)),
});

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

export const kennisagendaRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.addHook('preValidation', requireSessionForWrites);
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (
        !request.url.startsWith('/api/kennisagenda/public') &&
        !request.url.startsWith('/api/kennisagenda/taxonomy')
      )
        noStore(reply);
      return payload;
    });
    const tags = ['kennisagenda'];

    // Public -------------------------------------------------------------------------------------------------
    api.get('/kennisagenda/public', { schema: { tags } }, async () => service.publicAgenda(ctx));
    api.get(
      '/kennisagenda/taxonomy',
      { schema: { tags, querystring: z.object({ version: z.coerce.number().int().min(1).optional() }) } },
      async (request) => service.getTaxonomy(ctx, request.query.version),
    );
    api.get('/kennisagenda/taxonomy/versions', { schema: { tags } }, async () =>
      service.taxonomyHistory(ctx),
    );

    // Roles --------------------------------------------------------------------------------------------------
    api.get('/kennisagenda/me', { schema: { tags } }, async (request) =>
      service.myRoles(ctx, actorOf(request)),
    );
    api.get('/kennisagenda/roles', { schema: { tags } }, async (request) =>
      service.listRoles(ctx, actorOf(request)),
    );
    api.post('/kennisagenda/roles', { schema: { tags, body: grantInput } }, async (request, reply) =>
      reply.code(201).send(await service.grant(ctx, actorOf(request), request.body)),
    );
    api.delete('/kennisagenda/roles', { schema: { tags, body: revokeInput } }, async (request) =>
      service.revoke(ctx, actorOf(request), request.body),
    );

    // Taxonomy -----------------------------------------------------------------------------------------------
    api.put('/kennisagenda/taxonomy', { schema: { tags, body: taxonomyInput } }, async (request) =>
      service.saveTaxonomy(ctx, actorOf(request), request.body),
    );

    // Corpora and items --------------------------------------------------------------------------------------
    api.get('/kennisagenda/corpora', { schema: { tags } }, async (request) =>
      service.corpora(ctx, actorOf(request)),
    );
    api.post('/kennisagenda/corpora', { schema: { tags, body: corpusInput } }, async (request, reply) =>
      reply.code(201).send(await service.addCorpus(ctx, actorOf(request), request.body)),
    );
    api.get('/kennisagenda/corpora/:id/items', { schema: { tags, params: corpusParams } }, async (request) =>
      service.corpusItems(ctx, actorOf(request), request.params.id),
    );
    api.post(
      '/kennisagenda/corpora/:id/items',
      { schema: { tags, params: corpusParams, body: itemInput } },
      async (request, reply) =>
        reply.code(201).send(await service.addItem(ctx, actorOf(request), request.params.id, request.body)),
    );
    api.post(
      '/kennisagenda/corpora/:id/import',
      {
        schema: { tags, params: corpusParams, body: importInput },
        bodyLimit: Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.importItems(ctx, actorOf(request), request.params.id, request.body)),
    );
    api.put(
      '/kennisagenda/items/:item/relevance',
      { schema: { tags, params: itemParams, body: screeningInput } },
      async (request) =>
        service.screenItem(ctx, actorOf(request), request.params.item, request.body.relevant),
    );

    // Coding -------------------------------------------------------------------------------------------------
    api.post(
      '/kennisagenda/items/:item/coding',
      { schema: { tags, params: itemParams, body: codingInput } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.codeItem(ctx, actorOf(request), request.params.item, request.body)),
    );
    api.post(
      '/kennisagenda/corpora/:id/codings',
      { schema: { tags, params: corpusParams, body: bulkCodingInput }, bodyLimit: 8 * 1024 * 1024 },
      async (request, reply) =>
        reply.code(201).send(await service.codeMany(ctx, actorOf(request), request.params.id, request.body)),
    );
    api.get('/kennisagenda/items/:item/codings', { schema: { tags, params: itemParams } }, async (request) =>
      service.itemCodings(ctx, actorOf(request), request.params.item),
    );
    api.get(
      '/kennisagenda/corpora/:id/disagreements',
      { schema: { tags, params: corpusParams } },
      async (request) => service.disagreements(ctx, actorOf(request), request.params.id),
    );
    api.put(
      '/kennisagenda/items/:item/final',
      { schema: { tags, params: itemParams, body: resolveInput } },
      async (request) => service.resolveItem(ctx, actorOf(request), request.params.item, request.body),
    );
    api.get(
      '/kennisagenda/corpora/:id/samples',
      { schema: { tags, params: corpusParams } },
      async (request) => service.samples(ctx, actorOf(request), request.params.id),
    );
    api.post(
      '/kennisagenda/corpora/:id/samples',
      { schema: { tags, params: corpusParams, body: sampleInput } },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.drawSample(ctx, actorOf(request), request.params.id, request.body)),
    );
    api.put(
      '/kennisagenda/corpora/:id/samples/:sample/items/:item',
      {
        schema: {
          tags,
          params: z.object({ id: idParam, sample: idParam, item: idParam }),
          body: reviewInput,
        },
      },
      async (request) =>
        service.reviewItem(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.sample,
          request.params.item,
          request.body,
        ),
    );

    // Reports ------------------------------------------------------------------------------------------------
    api.get('/kennisagenda/report', { schema: { tags, querystring: corporaQuery } }, async (request) =>
      service.reports(ctx, actorOf(request), request.query.corpora),
    );
    api.get(
      '/kennisagenda/report.zip',
      { schema: { tags, querystring: corporaQuery } },
      async (request, reply) => {
        const zip = await service.reportZip(ctx, actorOf(request), request.query.corpora);
        return reply
          .type('application/zip')
          .header('content-disposition', 'attachment; filename="kennisagenda-rapport.zip"')
          .send(zip);
      },
    );
    api.get(
      '/kennisagenda/report.pdf',
      { schema: { tags, querystring: corporaQuery } },
      async (request, reply) => {
        const html = await service.reportPrintHtml(ctx, actorOf(request), request.query.corpora);
        const pdf = await htmlToPdf(html, { footer: 'Juiste Plek – kennisagenda' });
        return reply
          .type('application/pdf')
          .header('content-disposition', 'attachment; filename="kennisagenda-rapport.pdf"')
          .send(pdf);
      },
    );

    // Synthesis ----------------------------------------------------------------------------------------------
    api.post('/kennisagenda/threads', { schema: { tags, body: threadInput } }, async (request, reply) =>
      reply.code(201).send(await service.addThread(ctx, actorOf(request), request.body)),
    );
    api.put(
      '/kennisagenda/threads/:id/items',
      { schema: { tags, params: corpusParams, body: threadItemsInput } },
      async (request) => service.setThreadSupport(ctx, actorOf(request), request.params.id, request.body),
    );
    api.post('/kennisagenda/quotes', { schema: { tags, body: quoteInput } }, async (request, reply) =>
      reply.code(201).send(await service.addQuote(ctx, actorOf(request), request.body)),
    );
    api.post('/kennisagenda/questions', { schema: { tags, body: questionInput } }, async (request, reply) =>
      reply.code(201).send(await service.addQuestion(ctx, actorOf(request), request.body)),
    );
    api.put(
      '/kennisagenda/questions/:id/recommendations',
      { schema: { tags, params: corpusParams, body: questionLinksInput } },
      async (request) => service.linkQuestion(ctx, actorOf(request), request.params.id, request.body),
    );

    // Suggested codes ----------------------------------------------------------------------------------------
    api.post('/kennisagenda/train', { schema: { tags, body: trainInput } }, async (request, reply) =>
      reply.code(201).send(await service.trainModel(ctx, actorOf(request), request.body.source)),
    );
    api.get('/kennisagenda/model', { schema: { tags } }, async (request) =>
      service.modelInfo(ctx, actorOf(request)),
    );
    api.post('/kennisagenda/suggest', { schema: { tags, body: suggestInput } }, async (request) =>
      service.suggestFor(ctx, actorOf(request), request.body.text),
    );
    api.get(
      '/kennisagenda/items/:item/suggestions',
      { schema: { tags, params: itemParams } },
      async (request) => service.suggestForItem(ctx, actorOf(request), request.params.item),
    );
  };
