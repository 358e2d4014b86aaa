// What every part of the plan service shares: its dependencies, the one access check (through requireWorkspace),
// the audit entry of an actor, and a change to the plan (lock, work, new version, audit entry, one transaction).
import { type Actor, signedIn } from '../../access/actor.ts';
import { requireWorkspace } from '../../access/workspaceAccess.ts';
import type { Database, Queryable } from '../../db/connection.ts';
import { ensurePlan, lockPlan } from '../../db/plans/plan.ts';
import { appendAudit, listOrganisations, type WorkspaceWithSecret } from '../../db/workspaceStore.ts';
import type { Catalog } from '../../indicators/schema.ts';
import type { RegiobeeldEngine } from '../../regiobeeld/engine.ts';
import type { Role } from '../../workspaces/roles.ts';
import { mayPlan, type PlanPermission } from '../permissions.ts';
import { recordVersion } from './document.ts';

/** What the plan service needs; the application context satisfies it. */
export interface PlanDeps {
  db: Database;
  catalog: Catalog;
  engine(): Promise<RegiobeeldEngine>;
}

/** The workspace and the caller's role when the caller may do `permission` with its plan; else 401/403/404. */
export async function planAccess(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  permission: PlanPermission,
) {
  const access = await requireWorkspace(
    deps.db,
    actor,
    workspaceId,
    (role) => mayPlan(role, permission),
    (role) =>
      role === null
        ? 'Het regioplan is alleen voor leden van de werkruimte.'
        : 'Uw rol in deze werkruimte geeft hiervoor geen rechten.',
  );
  return { ...access, role: access.role as Role };
}

export const auditEntry = (
  actor: Actor,
  action: string,
  workspaceId: string,
  detail: Record<string, unknown> = {},
) => ({
  actorId: actor.account?.id ?? null,
  actorEmail: actor.account?.email ?? null,
  action,
  workspaceId,
  detail,
  ip: actor.ip,
});

/**
 * A change to the plan: in one transaction, lock the plan, do the work, store the new version of the whole
 * document and append to the audit log. The engine is built first (building it reads the database).
 */
export async function change<T>(
  deps: PlanDeps,
  actor: Actor,
  workspace: WorkspaceWithSecret,
  summary: string,
  action: string,
  detail: Record<string, unknown>,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  await deps.engine();
  const account = signedIn(actor);
  return deps.db.transaction(async (tx) => {
    await ensurePlan(tx, workspace.id, `Regioplan ${workspace.name}`);
    await lockPlan(tx, workspace.id);
    const result = await work(tx);
    const number = await recordVersion(tx, workspace, account, summary);
    await appendAudit(tx, auditEntry(actor, action, workspace.id, { ...detail, planVersion: number }));
    return result;
  });
}

export const organisationsOf = async (db: Queryable, workspaceId: string) =>
  new Map((await listOrganisations(db, workspaceId)).map((o) => [o.id, o]));
