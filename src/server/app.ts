// The Fastify application: API routes with zod schemas, the OpenAPI document at /api/docs, and the web app.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { ServiceError } from '../access/errors.ts';
import type { AppContext } from '../app/context.ts';
import { DatabaseUnavailableError } from '../app/errors.ts';
import { plainRequestError, sendServiceError } from './errors.ts';
import { registerRateLimits } from './rateLimits.ts';
import { guardInput } from './requestGuard.ts';
import { areaRoutes } from './routes/areas.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { dsvRoutes } from './routes/dsv.ts';
import { federationRoutes } from './routes/federation.ts';
import { geographyRoutes } from './routes/geography.ts';
import { healthRoutes } from './routes/health.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { kennisagendaRoutes } from './routes/kennisagenda.ts';
import { kennisbankRoutes } from './routes/kennisbank.ts';
import { learningRoutes } from './routes/learning.ts';

import { observationRoutes } from './routes/observations.ts';
import { planRoutes } from './routes/plans/index.ts';
import { profileRoutes } from './routes/profile.ts';
import { reportRoutes } from './routes/report.ts';
import { sourceRoutes } from './routes/sources.ts';
import { workspaceRoutes } from './routes/workspaces.ts';
import { securityPlugin } from './security.ts';

export const webDistDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');

export async function buildServer(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const trust = ctx.config.trustProxy ?? false;
  const app = Fastify({
    logger: options.logger ?? false,
    // a number of hops: the nearest n proxies are trusted
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, _request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const parameter =
        issue?.instancePath?.replace(/^\//, '').replaceAll('/', '.') ||
        String(issue?.params?.missingProperty ?? 'request');
      return reply.code(400).send({
        error: 'bad-request',
        parameter,
        message: `${parameter}: ${issue?.message ?? 'ongeldige waarde'}`,
      });
    }
    if (error instanceof ServiceError) return sendServiceError(reply, error);
    if (error instanceof DatabaseUnavailableError) {
      app.log.warn(error);
      return reply.code(503).header('retry-after', '5').send({
        error: 'database-unavailable',
        message:
          'De database is even niet bereikbaar; er is niets opgeslagen. Probeer het over een paar seconden opnieuw.',
      });
    }
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({
        error: 'payload-too-large',
        message:
          'Het verzoek is te groot; een upload mag hoogstens 10 MB (als base64 ongeveer 13,5 MB) zijn.',
      });
    }
    const problem = plainRequestError(error);
    if (problem) return reply.code(problem.status).send(problem.body);
    // Anything else is our fault: logged whole, answered without internals (no stack, SQL or server paths).
    app.log.error(error);
    return reply.code(500).send({
      error: 'internal',
      message: `Er ging aan onze kant iets mis; probeer het later opnieuw. Blijft het gebeuren, noem dan foutnummer ${_request.id}.`,
    });
  });
  app.addHook('preValidation', guardInput);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    return payload;
  });

  await app.register(securityPlugin(ctx));
  await registerRateLimits(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Juiste Plek API',
        description:
          "Open API voor regionale gezondheidsdata: regio's, indicatoren, waarnemingen en regioprofielen. Bron van elke waarde staat bij de waarneming (snapshot).",
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(healthRoutes(ctx), { prefix: '/api' });
  await app.register(geographyRoutes(ctx), { prefix: '/api' });
  await app.register(indicatorRoutes(ctx), { prefix: '/api' });
  await app.register(observationRoutes(ctx), { prefix: '/api' });
  await app.register(profileRoutes(ctx), { prefix: '/api' });
  await app.register(sourceRoutes(ctx), { prefix: '/api' });
  await app.register(authRoutes(ctx), { prefix: '/api' });
  await app.register(auditRoutes(ctx), { prefix: '/api' });
  await app.register(workspaceRoutes(ctx), { prefix: '/api' });
  await app.register(planRoutes(ctx), { prefix: '/api' });
  await app.register(reportRoutes(ctx), { prefix: '/api' });

  await app.register(kennisbankRoutes(ctx), { prefix: '/api' });
  await app.register(learningRoutes(ctx), { prefix: '/api' });
  await app.register(dsvRoutes(ctx), { prefix: '/api' });
  await app.register(kennisagendaRoutes(ctx), { prefix: '/api' });
  await app.register(areaRoutes(ctx), { prefix: '/api' });
  await app.register(federationRoutes(ctx), { prefix: '/api' });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (existsSync(join(webDistDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, maxAge: '1h' });
    // The web app routes (/regio/…, /indicator/…) are client-side: serve index.html for any other GET.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'not-found', message: `Onbekend adres: ${request.url}` });
    });
  } else {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({ error: 'not-found', message: `Onbekend adres: ${request.url}` }),
    );
  }
  return app;
}
