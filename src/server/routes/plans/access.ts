// What every regioplan route needs: the Fastify instance they register on, who may do what in a workspace
// (access), the audit entry of a request, and a change to the plan (lock, work, new version, audit, one transaction).
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/context.ts';
import type { Queryable } from '../../../db/connection.ts';
import { ensurePlan, lockPlan, recordVersion } from '../../../db/planStore.ts';
import {
  appendAudit,
  getWorkspace,
  listOrganisations,
  memberRole,
  type WorkspaceWithSecret,
} from '../../../db/workspaceStore.ts';
import { mayPlan, type PlanPermission } from '../../../plans/permissions.ts';
import type { Role } from '../../../workspaces/roles.ts';
import { AccessError, forbidden, unauthenticated } from '../../security.ts';

/** The plugin's Fastify instance with the zod type provider, as every part registers its routes on it. */
export type PlanApi = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export const auditEntry = (
  request: FastifyRequest,
  action: string,
  workspaceId: string,
  detail: Record<string, unknown> = {},
) => ({
  actorId: request.session?.account.id ?? null,
  actorEmail: request.session?.account.email ?? null,
  action,
  workspaceId,
  detail,
  ip: request.ip,
});

/** The helpers bound to the application; each part of the routes receives them. */
export function planHelpers(ctx: AppContext) {
  const noSuchWorkspace = () =>
    new AccessError(404, 'not-found', 'Deze werkruimte bestaat niet of u bent er geen lid van.');

  const access = async (request: FastifyRequest, workspaceId: string, permission: PlanPermission) => {
    const session = request.session;
    if (!session) throw unauthenticated();
    const workspace = await getWorkspace(ctx.db, workspaceId);
    if (!workspace) throw noSuchWorkspace();
    const role = await memberRole(ctx.db, workspace.id, session.account.id);
    if (mayPlan(role, permission)) return { workspace, role: role as Role, account: session.account };
    if (role !== null || session.account.platformAdmin)
      throw forbidden(
        role === null
          ? 'Het regioplan is alleen voor leden van de werkruimte.'
          : 'Uw rol in deze werkruimte geeft hiervoor geen rechten.',
      );
    throw noSuchWorkspace();
  };

  /**
   * A change to the plan: in one transaction, lock the plan, do the work, store the new version of the whole
   * document and append to the audit log. The engine must be built before (it reads the database).
   */
  const change = async <T>(
    request: FastifyRequest,
    workspace: WorkspaceWithSecret,
    summary: string,
    action: string,
    detail: Record<string, unknown>,
    work: (tx: Queryable) => Promise<T>,
  ): Promise<T> => {
    await ctx.engine();
    const account = request.session!.account;
    return ctx.db.transaction(async (tx) => {
      await ensurePlan(tx, workspace.id, `Regioplan ${workspace.name}`);
      await lockPlan(tx, workspace.id);
      const result = await work(tx);
      const number = await recordVersion(tx, workspace, account, summary);
      await appendAudit(tx, auditEntry(request, action, workspace.id, { ...detail, planVersion: number }));
      return result;
    });
  };

  const organisationsOf = async (workspaceId: string) =>
    new Map((await listOrganisations(ctx.db, workspaceId)).map((o) => [o.id, o]));

  return { ctx, access, change, organisationsOf };
}

export type PlanHelpers = ReturnType<typeof planHelpers>;
