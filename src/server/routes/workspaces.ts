// Workspaces for regional collaborations: members and roles, organisations, invitations, private partner data,
// protected aggregates (the only thing that leaves a workspace), the audit log, export and deletion. Validation
// here, the rules in src/workspaces/service.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  aggregateQuery,
  aggregatesCsvQuery,
  auditQuery,
  createWorkspaceBody,
  invitationBody,
  invitationParams,
  MAX_UPLOAD_BYTES,
  memberParams,
  organisationBody,
  setMemberBody,
  uploadBody,
  uploadParams,
  workspaceParams as wsParams,
} from '../../workspaces/api.ts';
import * as workspaces from '../../workspaces/service.ts';
import { actorOf } from '../actor.ts';
import { requireSessionForWrites } from '../security.ts';

export { MAX_UPLOAD_BYTES };

export const workspaceRoutes =
  (deps: workspaces.WorkspaceDeps): FastifyPluginAsync =>
  async (fastify) => {
    fastify.addHook('preValidation', requireSessionForWrites);
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/workspaces',
      { schema: { summary: 'Mijn werkruimten (een platformbeheerder ziet ze alle)', tags: ['workspaces'] } },
      async (request) => workspaces.listWorkspacesOf(deps, actorOf(request)),
    );

    api.post(
      '/workspaces',
      {
        schema: {
          summary: 'Een werkruimte maken (platformbeheerder): naam, soort en regio (regiocode of gemeenten)',
          tags: ['workspaces'],
          body: createWorkspaceBody,
        },
      },
      async (request, reply) =>
        reply.code(201).send(await workspaces.createWorkspace(deps, actorOf(request), request.body)),
    );

    api.get(
      '/workspaces/:id',
      {
        schema: {
          summary: 'Een werkruimte met organisaties en leden',
          tags: ['workspaces'],
          params: wsParams,
        },
      },
      async (request) => workspaces.workspaceDetail(deps, actorOf(request), request.params.id),
    );

    api.get(
      '/workspaces/:id/members',
      { schema: { summary: 'Leden en hun rol', tags: ['workspaces'], params: wsParams } },
      async (request) => workspaces.members(deps, actorOf(request), request.params.id),
    );

    api.put(
      '/workspaces/:id/members/:accountId',
      {
        schema: {
          summary:
            'De rol van een account in de werkruimte zetten (beheerder); organisationId koppelt het lidmaatschap aan een organisatie, null ontkoppelt, weglaten laat de koppeling zoals die is',
          tags: ['workspaces'],
          params: memberParams,
          body: setMemberBody,
        },
      },
      async (request) =>
        workspaces.setMemberRole(
          deps,
          actorOf(request),
          request.params.id,
          request.params.accountId,
          request.body,
        ),
    );

    api.delete(
      '/workspaces/:id/members/:accountId',
      { schema: { summary: 'Een lid verwijderen (beheerder)', tags: ['workspaces'], params: memberParams } },
      async (request, reply) => {
        await workspaces.removeMemberFrom(
          deps,
          actorOf(request),
          request.params.id,
          request.params.accountId,
        );
        return reply.code(204).send();
      },
    );

    api.post(
      '/workspaces/:id/organisations',
      {
        schema: {
          summary:
            'Een deelnemende organisatie toevoegen (beheerder): soort en de wet(ten) waaronder zij werkt; de naam is uniek in de werkruimte',
          tags: ['workspaces'],
          params: wsParams,
          body: organisationBody,
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await workspaces.addOrganisationTo(deps, actorOf(request), request.params.id, request.body)),
    );

    api.post(
      '/workspaces/:id/invitations',
      {
        schema: {
          summary:
            'Iemand uitnodigen (beheerder): geeft een link /uitnodiging/{token}, eenmalig en 7 dagen geldig; met organisationId wordt het lidmaatschap bij het aannemen aan die organisatie gekoppeld',
          tags: ['workspaces'],
          params: wsParams,
          body: invitationBody,
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await workspaces.invite(deps, actorOf(request), request.params.id, request.body)),
    );

    api.get(
      '/workspaces/:id/invitations',
      {
        schema: {
          summary:
            'Openstaande uitnodigingen (beheerder): nog niet aangenomen en niet verlopen; zonder token of link',
          tags: ['workspaces'],
          params: wsParams,
        },
      },
      async (request) => workspaces.openInvitations(deps, actorOf(request), request.params.id),
    );

    api.delete(
      '/workspaces/:id/invitations/:invitationId',
      {
        schema: {
          summary: 'Een openstaande uitnodiging intrekken (beheerder): de link werkt daarna niet meer',
          tags: ['workspaces'],
          params: invitationParams,
        },
      },
      async (request, reply) => {
        await workspaces.withdrawInvitation(
          deps,
          actorOf(request),
          request.params.id,
          request.params.invitationId,
        );
        return reply.code(204).send();
      },
    );

    api.post(
      '/workspaces/:id/uploads',
      {
        bodyLimit: Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024,
        schema: {
          summary:
            'Partnergegevens uploaden (partner, analist, beheerder): CSV of XLSX als base64 met de koppeling (mapping); alles of niets',
          tags: ['workspaces'],
          params: wsParams,
          body: uploadBody,
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await workspaces.uploadPartnerData(deps, actorOf(request), request.params.id, request.body)),
    );

    api.get(
      '/workspaces/:id/uploads',
      { schema: { summary: 'Uploads in de werkruimte (leden)', tags: ['workspaces'], params: wsParams } },
      async (request) => workspaces.uploads(deps, actorOf(request), request.params.id),
    );

    api.delete(
      '/workspaces/:id/uploads/:uploadId',
      {
        schema: {
          summary: 'Een upload en zijn gegevens verwijderen (analist, beheerder)',
          tags: ['workspaces'],
          params: uploadParams,
        },
      },
      async (request, reply) => {
        await workspaces.deletePartnerUpload(
          deps,
          actorOf(request),
          request.params.id,
          request.params.uploadId,
        );
        return reply.code(204).send();
      },
    );

    api.get(
      '/workspaces/:id/data',
      {
        schema: { summary: 'De partnergegevens zelf (alleen leden)', tags: ['workspaces'], params: wsParams },
      },
      async (request) => workspaces.partnerData(deps, actorOf(request), request.params.id),
    );

    api.get(
      '/workspaces/:id/aggregate',
      {
        schema: {
          summary:
            'Openbaar aggregaat van partnergegevens over een regio: onderdrukt en met cell-key-perturbatie (bestand tegen verschilaanvallen)',
          tags: ['workspaces'],
          params: wsParams,
          querystring: aggregateQuery,
        },
      },
      async (request) => workspaces.publicAggregate(deps, actorOf(request), request.params.id, request.query),
    );

    api.get(
      '/workspaces/:id/aggregates.csv',
      {
        schema: {
          summary: 'Export (CSV) van beschermde aggregaten per gemeente en voor de hele regio (leden)',
          tags: ['workspaces'],
          params: wsParams,
          querystring: aggregatesCsvQuery,
        },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="aggregaten.csv"')
          .send(await workspaces.aggregatesCsv(deps, actorOf(request), request.params.id, request.query)),
    );

    api.get(
      '/workspaces/:id/audit',
      {
        schema: {
          summary: 'Het auditlog van de werkruimte (beheerder); ?format=csv voor een CSV-bestand',
          tags: ['workspaces'],
          params: wsParams,
          querystring: auditQuery,
        },
      },
      async (request, reply) => {
        const log = await workspaces.auditLog(
          deps,
          actorOf(request),
          request.params.id,
          request.query.format,
        );
        if (log.format === 'json') return log.entries;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="auditlog.csv"')
          .send(log.csv);
      },
    );

    api.get(
      '/workspaces/:id/export',
      {
        schema: {
          summary:
            'Alles van de werkruimte als JSON: gegevens, leden, organisaties, uploads, regioplan en auditlog (beheerder)',
          tags: ['workspaces'],
          params: wsParams,
        },
      },
      async (request) => workspaces.exportWorkspace(deps, actorOf(request), request.params.id),
    );

    api.delete(
      '/workspaces/:id',
      {
        schema: {
          summary:
            'De werkruimte en al haar gegevens verwijderen (beheerder, platformbeheerder); het auditlog blijft',
          tags: ['workspaces'],
          params: wsParams,
        },
      },
      async (request, reply) => {
        await workspaces.deleteWorkspace(deps, actorOf(request), request.params.id);
        return reply.code(204).send();
      },
    );
  };
