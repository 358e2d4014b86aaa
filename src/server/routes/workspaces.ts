// Workspaces for regional collaborations: members and roles, organisations, invitations, private partner data,
// protected aggregates (the only thing that leaves a workspace), the audit log, export and deletion.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { adHocRegion, RegionRefError, standardRegion } from '../../app/regionRef.ts';
import {
  createInvitation,
  findAccount,
  listOpenInvitations,
  revokeInvitation,
} from '../../db/accountStore.ts';
import {
  type AuditEntry,
  addOrganisation,
  appendAudit,
  cellRows,
  countBeheerders,
  createWorkspace,
  deleteUpload,
  deleteWorkspace,
  findOrganisation,
  getWorkspace,
  insertUpload,
  listAudit,
  listMembers,
  listObservations,
  listOrganisations,
  listUploads,
  listWorkspaces,
  memberRole,
  removeMember,
  setMember,
  type WorkspaceWithSecret,
} from '../../db/workspaceStore.ts';
import { exportPlan } from '../../plans/planView.ts';
import { csvSafe, parseUpload } from '../../sources/upload/index.ts';
import { protectedAggregate } from '../../workspaces/aggregate.ts';
import {
  aggregateQuery,
  email,
  gemeenteList,
  id,
  MAX_UPLOAD_BYTES,
  text,
  workspaceParams,
} from '../../workspaces/api.ts';
import {
  LAWS,
  may,
  ORGANISATION_TYPES,
  type Permission,
  ROLES,
  type Role,
  WORKSPACE_KINDS,
} from '../../workspaces/roles.ts';
import { badRequest } from '../errors.ts';
import { AccessError, accessErrorHandler, forbidden, unauthenticated } from '../security.ts';

export { MAX_UPLOAD_BYTES };

const wsParams = workspaceParams;

const notFound = () =>
  new AccessError(404, 'not-found', 'Deze werkruimte bestaat niet of u bent er geen lid van.');

function regionError(error: unknown): never {
  if (error instanceof RegionRefError)
    throw new AccessError(error.kind === 'not-found' ? 404 : 400, error.kind, error.message);
  throw error;
}

function auditCsv(entries: AuditEntry[]): string {
  const header = ['id', 'tijd', 'wie', 'actie', 'werkruimte', 'onderwerp', 'details', 'ip'];
  const lines = entries.map((e) => {
    const { subject, ...rest } = e.detail as { subject?: unknown };
    return [
      String(e.id),
      csvSafe(e.at.toISOString()),
      csvSafe(e.actorEmail ?? ''),
      csvSafe(e.action),
      csvSafe(e.workspaceId ?? ''),
      csvSafe(subject === undefined ? '' : String(subject)),
      csvSafe(JSON.stringify(rest)),
      csvSafe(e.ip ?? ''),
    ].join(',');
  });
  return `${[header.map(csvSafe).join(','), ...lines].join('\r\n')}\r\n`;
}

export const workspaceRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.setErrorHandler(accessErrorHandler);

    /** The workspace and the caller's role, when the caller may do `permission` there; else 401/403/404. */
    const access = async (request: FastifyRequest, workspaceId: string, permission: Permission) => {
      const session = request.session;
      if (!session) throw unauthenticated();
      const workspace = await getWorkspace(ctx.db, workspaceId);
      if (!workspace) throw notFound();
      const role = await memberRole(ctx.db, workspace.id, session.account.id);
      const admin = session.account.platformAdmin;
      if (may(role, admin, permission)) return { workspace, role, account: session.account };
      // Who may see that the workspace exists is told "forbidden"; anyone else learns nothing.
      if (role !== null || admin) throw forbidden();
      throw notFound();
    };

    const audit = (
      request: FastifyRequest,
      action: string,
      workspaceId: string | null,
      detail: Record<string, unknown> = {},
    ) =>
      appendAudit(ctx.db, {
        actorId: request.session?.account.id ?? null,
        actorEmail: request.session?.account.email ?? null,
        action,
        workspaceId,
        detail,
        ip: request.ip,
      });

    const describe = (w: WorkspaceWithSecret) => ({
      id: w.id,
      name: w.name,
      kind: w.kind,
      regionCode: w.regionCode,
      gemeenten: w.gemeenten,
      createdAt: new Date(w.createdAt).toISOString(),
    });

    api.get(
      '/workspaces',
      { schema: { summary: 'Mijn werkruimten (een platformbeheerder ziet ze alle)', tags: ['workspaces'] } },
      async (request) => {
        const session = request.session;
        if (!session) throw unauthenticated();
        const rows = await listWorkspaces(ctx.db, session.account.platformAdmin ? null : session.account.id);
        return rows.map((w) => ({
          id: w.id,
          name: w.name,
          kind: w.kind,
          regionCode: w.regionCode,
          role: w.role,
        }));
      },
    );

    api.post(
      '/workspaces',
      {
        schema: {
          summary: 'Een werkruimte maken (platformbeheerder): naam, soort en regio (regiocode of gemeenten)',
          tags: ['workspaces'],
          body: z.strictObject({
            name: text(200),
            kind: z.enum(WORKSPACE_KINDS),
            region: z.union([
              z.strictObject({ code: z.string().max(20) }),
              z.strictObject({ gemeenten: gemeenteList }),
            ]),
          }),
        },
      },
      async (request, reply) => {
        const session = request.session;
        if (!session) throw unauthenticated();
        if (!session.account.platformAdmin)
          throw forbidden('Alleen een platformbeheerder maakt werkruimten.');
        const engine = await ctx.engine();
        const { region } = request.body;
        let ref: ReturnType<typeof standardRegion>;
        try {
          ref =
            'code' in region ? standardRegion(engine, region.code) : adHocRegion(engine, region.gemeenten);
        } catch (error) {
          regionError(error);
        }
        const workspace = await createWorkspace(ctx.db, {
          name: request.body.name,
          kind: request.body.kind,
          regionCode: ref.code,
          gemeenten: ref.gemeenten,
        });
        await audit(request, 'workspace.create', workspace.id, {
          subject: workspace.name,
          kind: workspace.kind,
        });
        return reply.code(201).send({ ...workspace, createdAt: new Date(workspace.createdAt).toISOString() });
      },
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
      async (request) => {
        const { workspace, role } = await access(request, request.params.id, 'view');
        return {
          ...describe(workspace),
          role,
          organisations: await listOrganisations(ctx.db, workspace.id),
          members: await listMembers(ctx.db, workspace.id),
        };
      },
    );

    api.get(
      '/workspaces/:id/members',
      { schema: { summary: 'Leden en hun rol', tags: ['workspaces'], params: wsParams } },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'view');
        return listMembers(ctx.db, workspace.id);
      },
    );

    /** The organisation an invitation or membership names: one of this workspace's, else 400 naming the field. */
    const ownOrganisation = async (workspaceId: string, organisationId: string | null | undefined) => {
      if (organisationId === undefined || organisationId === null) return organisationId;
      const organisation = await findOrganisation(ctx.db, workspaceId, organisationId);
      if (!organisation) throw badRequest('organisationId', 'geen organisatie van deze werkruimte');
      return organisation;
    };

    api.put(
      '/workspaces/:id/members/:accountId',
      {
        schema: {
          summary:
            'De rol van een account in de werkruimte zetten (beheerder); organisationId koppelt het lidmaatschap aan een organisatie, null ontkoppelt, weglaten laat de koppeling zoals die is',
          tags: ['workspaces'],
          params: z.object({ id, accountId: id }),
          body: z.strictObject({ role: z.enum(ROLES), organisationId: id.nullable().optional() }),
        },
      },
      async (request) => {
        const { workspace, role, account } = await access(request, request.params.id, 'manage');
        const target = await findAccount(ctx.db, request.params.accountId);
        if (!target) throw new AccessError(404, 'not-found', 'Dit account bestaat niet.');
        // A platform administrator manages workspaces but must not give itself access to partner data.
        if (target.id === account.id && role !== 'beheerder')
          throw forbidden(
            'U kunt uzelf geen rol geven in een werkruimte; een beheerder van de werkruimte moet u uitnodigen.',
          );
        const organisation = await ownOrganisation(workspace.id, request.body.organisationId);
        const previous = await memberRole(ctx.db, workspace.id, target.id);
        if (
          previous === 'beheerder' &&
          request.body.role !== 'beheerder' &&
          (await countBeheerders(ctx.db, workspace.id)) <= 1
        )
          throw new AccessError(409, 'conflict', 'De laatste beheerder kan zijn rol niet verliezen.');
        await setMember(
          ctx.db,
          workspace.id,
          target.id,
          request.body.role as Role,
          organisation === undefined ? undefined : (organisation?.id ?? null),
        );
        const member = (await listMembers(ctx.db, workspace.id)).find((m) => m.accountId === target.id);
        await audit(request, 'member.role', workspace.id, {
          subject: target.email,
          role: request.body.role,
          previousRole: previous,
          ...(organisation === undefined ? {} : { organisation: organisation?.name ?? null }),
        });
        return {
          accountId: target.id,
          email: target.email,
          role: request.body.role,
          previousRole: previous,
          organisationId: member?.organisationId ?? null,
        };
      },
    );

    api.delete(
      '/workspaces/:id/members/:accountId',
      {
        schema: {
          summary: 'Een lid verwijderen (beheerder)',
          tags: ['workspaces'],
          params: z.object({ id, accountId: id }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'manage');
        const previous = await memberRole(ctx.db, workspace.id, request.params.accountId);
        if (previous === null) throw new AccessError(404, 'not-found', 'Dit account is geen lid.');
        if (previous === 'beheerder' && (await countBeheerders(ctx.db, workspace.id)) <= 1)
          throw new AccessError(409, 'conflict', 'De laatste beheerder kan niet worden verwijderd.');
        await removeMember(ctx.db, workspace.id, request.params.accountId);
        const target = await findAccount(ctx.db, request.params.accountId);
        await audit(request, 'member.remove', workspace.id, {
          subject: target?.email ?? null,
          previousRole: previous,
        });
        return reply.code(204).send();
      },
    );

    api.post(
      '/workspaces/:id/organisations',
      {
        schema: {
          summary:
            'Een deelnemende organisatie toevoegen (beheerder): soort en de wet(ten) waaronder zij werkt',
          tags: ['workspaces'],
          params: wsParams,
          body: z.strictObject({
            name: text(200),
            type: z.enum(ORGANISATION_TYPES),
            laws: z.array(z.enum(LAWS)).max(LAWS.length),
          }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'manage');
        const laws = [...new Set(request.body.laws)];
        const organisation = await addOrganisation(ctx.db, workspace.id, { ...request.body, laws });
        await audit(request, 'organisation.add', workspace.id, {
          subject: organisation.name,
          type: organisation.type,
        });
        return reply.code(201).send(organisation);
      },
    );

    api.post(
      '/workspaces/:id/invitations',
      {
        schema: {
          summary:
            'Iemand uitnodigen (beheerder): geeft een link /uitnodiging/{token}, eenmalig en 7 dagen geldig; met organisationId wordt het lidmaatschap bij het aannemen aan die organisatie gekoppeld',
          tags: ['workspaces'],
          params: wsParams,
          body: z.strictObject({ email, role: z.enum(ROLES), organisationId: id.nullable().optional() }),
        },
      },
      async (request, reply) => {
        const { workspace, account, role } = await access(request, request.params.id, 'manage');
        if (request.body.email.toLowerCase() === account.email.toLowerCase() && role !== 'beheerder')
          throw forbidden('U kunt uzelf niet uitnodigen; een beheerder van de werkruimte moet dat doen.');
        const organisation = await ownOrganisation(workspace.id, request.body.organisationId);
        const { id, token, expiresAt } = await createInvitation(ctx.db, {
          workspaceId: workspace.id,
          email: request.body.email,
          role: request.body.role,
          organisationId: organisation?.id ?? null,
          invitedBy: account.id,
        });
        await audit(request, 'invitation.create', workspace.id, {
          subject: request.body.email.toLowerCase(),
          role: request.body.role,
          ...(organisation ? { organisation: organisation.name } : {}),
        });
        return reply.code(201).send({
          id,
          link: `/uitnodiging/${token}`,
          token,
          email: request.body.email.toLowerCase(),
          role: request.body.role,
          organisationId: organisation?.id ?? null,
          expiresAt: expiresAt.toISOString(),
        });
      },
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
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'manage');
        return (await listOpenInvitations(ctx.db, workspace.id)).map((i) => ({
          ...i,
          createdAt: i.createdAt?.toISOString() ?? null,
          expiresAt: i.expiresAt.toISOString(),
        }));
      },
    );

    api.delete(
      '/workspaces/:id/invitations/:invitationId',
      {
        schema: {
          summary: 'Een openstaande uitnodiging intrekken (beheerder): de link werkt daarna niet meer',
          tags: ['workspaces'],
          params: z.object({ id, invitationId: id }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'manage');
        const revoked = await revokeInvitation(ctx.db, workspace.id, request.params.invitationId);
        if (!revoked)
          throw new AccessError(404, 'not-found', 'Deze uitnodiging bestaat niet of is niet meer open.');
        await audit(request, 'invitation.revoke', workspace.id, {
          subject: revoked.email,
          role: revoked.role,
        });
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
          body: z.strictObject({
            fileName: z
              .string()
              .max(200)
              .regex(/^[^/\\\0]+\.(csv|xlsx)$/i, 'een bestandsnaam op .csv of .xlsx'),
            contentBase64: z
              .string()
              .min(1)
              .regex(/^[A-Za-z0-9+/=\r\n]*$/, 'geen base64'),
            mapping: z.record(z.string(), z.unknown()),
          }),
        },
      },
      async (request, reply) => {
        const { workspace, account } = await access(request, request.params.id, 'upload');
        const content = Buffer.from(request.body.contentBase64, 'base64');
        if (content.length > MAX_UPLOAD_BYTES)
          throw new AccessError(413, 'payload-too-large', 'Het bestand is te groot (hoogstens 10 MB).');
        const extension = request.body.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
        const dir = await mkdtemp(join(tmpdir(), 'jp-upload-'));
        try {
          const file = join(dir, `upload.${extension}`);
          const mapping = join(dir, 'mapping.json');
          await writeFile(file, content);
          await writeFile(mapping, JSON.stringify(request.body.mapping));
          const result = await parseUpload(file, mapping, {
            file: request.body.fileName,
            maxBytes: MAX_UPLOAD_BYTES,
            knownRegions: new Set(workspace.gemeenten),
            indicators: new Map(
              ctx.catalog.indicators.map((i) => [
                i.id,
                { id: i.id, valueType: i.valueType, multiplier: i.multiplier },
              ]),
            ),
          });
          if (!result.ok)
            return reply.code(422).send({
              error: 'invalid-upload',
              message: `${result.errorCount} fout(en) in het bestand; er is niets opgeslagen.`,
              errors: result.errors.map((e) => ({ ...e, file: request.body.fileName })),
              errorCount: result.errorCount,
            });
          const upload = await ctx.db.transaction(async (tx) => {
            const stored = await insertUpload(
              tx,
              workspace.id,
              request.body.fileName,
              account.id,
              result.observations,
            );
            await appendAudit(tx, {
              actorId: account.id,
              actorEmail: account.email,
              action: 'upload',
              workspaceId: workspace.id,
              detail: { subject: request.body.fileName, uploadId: stored.id, rows: stored.rows },
              ip: request.ip,
            });
            return stored;
          });
          return reply.code(201).send({ ...upload, createdAt: new Date(upload.createdAt).toISOString() });
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );

    api.get(
      '/workspaces/:id/uploads',
      { schema: { summary: 'Uploads in de werkruimte (leden)', tags: ['workspaces'], params: wsParams } },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read');
        return listUploads(ctx.db, workspace.id);
      },
    );

    api.delete(
      '/workspaces/:id/uploads/:uploadId',
      {
        schema: {
          summary: 'Een upload en zijn gegevens verwijderen (analist, beheerder)',
          tags: ['workspaces'],
          params: z.object({ id, uploadId: id }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'delete-data');
        const fileName = await deleteUpload(ctx.db, workspace.id, request.params.uploadId);
        if (fileName === null) throw new AccessError(404, 'not-found', 'Deze upload bestaat niet.');
        await audit(request, 'upload.delete', workspace.id, {
          subject: fileName,
          uploadId: request.params.uploadId,
        });
        return reply.code(204).send();
      },
    );

    api.get(
      '/workspaces/:id/data',
      {
        schema: { summary: 'De partnergegevens zelf (alleen leden)', tags: ['workspaces'], params: wsParams },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read');
        return listObservations(ctx.db, workspace.id);
      },
    );

    /** The protected aggregate of one cell over a region. */
    const aggregateFor = async (
      workspace: WorkspaceWithSecret,
      query: z.infer<typeof aggregateQuery>,
      gemeenten: readonly string[],
    ) => {
      const engine = await ctx.engine();
      const indicator = engine.indicator(query.indicator);
      if (!indicator) throw new AccessError(404, 'not-found', `Indicator '${query.indicator}' bestaat niet.`);
      const rows = await cellRows(ctx.db, workspace.id, indicator.id, query.period, query.breakdown);
      return protectedAggregate({
        workspace: workspace.id,
        secret: workspace.secret,
        indicator,
        period: query.period,
        breakdown: query.breakdown,
        gemeenten,
        rows,
      });
    };

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
      async (request) => {
        const workspace = await getWorkspace(ctx.db, request.params.id);
        if (!workspace) throw notFound();
        const { gemeenten, region } = request.query;
        if ((gemeenten === undefined) === (region === undefined))
          throw new AccessError(400, 'bad-request', 'gemeenten: geef gemeenten of region (één van beide)');
        // Outsiders get standard regions only: a fixed, small set of questions. With free sets of gemeenten,
        // averaging many differences (A + s) − A would wear the zero-mean noise away and reveal s.
        if (gemeenten !== undefined) {
          const role = request.session
            ? await memberRole(ctx.db, workspace.id, request.session.account.id)
            : null;
          if (role === null)
            throw new AccessError(
              403,
              'forbidden',
              'gemeenten: een eigen selectie van gemeenten is alleen voor leden van de werkruimte; vraag een standaardregio op met region=… (zo kan niemand kleine aantallen terugrekenen door gebieden van elkaar af te trekken)',
            );
        }
        const engine = await ctx.engine();
        let ref: ReturnType<typeof standardRegion>;
        try {
          ref = gemeenten !== undefined ? adHocRegion(engine, gemeenten) : standardRegion(engine, region!);
        } catch (error) {
          regionError(error);
        }
        return {
          region: { code: ref.code, name: ref.name },
          ...(await aggregateFor(workspace, request.query, ref.gemeenten)),
        };
      },
    );

    api.get(
      '/workspaces/:id/aggregates.csv',
      {
        schema: {
          summary: 'Export (CSV) van beschermde aggregaten per gemeente en voor de hele regio (leden)',
          tags: ['workspaces'],
          params: wsParams,
          querystring: aggregateQuery.omit({ gemeenten: true, region: true }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'read');
        const query = { ...request.query, gemeenten: undefined, region: undefined };
        const lines = [
          [
            'regio',
            'indicator',
            'periode',
            'uitsplitsing',
            'aantal',
            'noemer',
            'waarde',
            'onderdrukt',
            'reden',
          ]
            .map(csvSafe)
            .join(','),
        ];
        const regions = [...workspace.gemeenten.map((g) => [g]), workspace.gemeenten];
        for (const gemeenten of regions) {
          const a = await aggregateFor(workspace, query, gemeenten);
          const label = gemeenten.length === 1 ? gemeenten[0]! : (workspace.regionCode ?? 'werkruimte');
          const num = (x: number | null) => (x === null ? '' : String(x));
          lines.push(
            [
              csvSafe(label),
              csvSafe(a.indicator),
              csvSafe(a.period),
              csvSafe(a.breakdown),
              num(a.count),
              num(a.denominator),
              num(a.value),
              a.suppressed ? 'ja' : 'nee',
              csvSafe(a.reason?.nl ?? ''),
            ].join(','),
          );
        }
        await audit(request, 'export.aggregates', workspace.id, {
          subject: request.query.indicator,
          period: request.query.period,
        });
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="aggregaten.csv"')
          .send(`${lines.join('\r\n')}\r\n`);
      },
    );

    api.get(
      '/workspaces/:id/audit',
      {
        schema: {
          summary: 'Het auditlog van de werkruimte (beheerder); ?format=csv voor een CSV-bestand',
          tags: ['workspaces'],
          params: wsParams,
          querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'manage');
        const entries = await listAudit(ctx.db, workspace.id);
        if (request.query.format === 'csv') {
          await audit(request, 'export.audit', workspace.id);
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', 'attachment; filename="auditlog.csv"')
            .send(auditCsv(entries));
        }
        return entries.map((e) => ({ ...e, at: e.at.toISOString() }));
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
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'export');
        await audit(request, 'export.workspace', workspace.id);
        return {
          workspace: describe(workspace),
          organisations: await listOrganisations(ctx.db, workspace.id),
          members: await listMembers(ctx.db, workspace.id),
          uploads: await listUploads(ctx.db, workspace.id),
          data: await listObservations(ctx.db, workspace.id),
          audit: (await listAudit(ctx.db, workspace.id)).map((e) => ({ ...e, at: e.at.toISOString() })),
          plan: await exportPlan(ctx, workspace).then(({ view: _view, ...plan }) => plan),
        };
      },
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
        const { workspace } = await access(request, request.params.id, 'manage');
        await ctx.db.transaction(async (tx) => {
          await deleteWorkspace(tx, workspace.id);
          // A platform-level entry (no workspace): the workspace's own log is only readable through it.
          await appendAudit(tx, {
            actorId: request.session!.account.id,
            actorEmail: request.session!.account.email,
            action: 'workspace.delete',
            workspaceId: null,
            detail: { subject: workspace.name, workspace: workspace.id },
            ip: request.ip,
          });
        });
        return reply.code(204).send();
      },
    );
  };
