// The one access check of everything that belongs to a workspace (partner data, regioplan, collaborations, learning
// cycles, …): signed in, the workspace exists, the caller's role allows the action. Services call it before they
// look at their input, so an anonymous write gets 401 whatever its body.
import type { Queryable } from '../db/connection.ts';
import { getWorkspace, memberRole, type WorkspaceWithSecret } from '../db/workspaceStore.ts';
import type { Role } from '../workspaces/roles.ts';
import { type Actor, type ActorAccount, signedIn } from './actor.ts';
import { forbidden, notFound } from './errors.ts';

export interface WorkspaceAccess {
  workspace: WorkspaceWithSecret;
  /** null: not a member (a platform administrator doing what only it may) */
  role: Role | null;
  account: ActorAccount;
}

export const noSuchWorkspace = () => notFound('Deze werkruimte bestaat niet of u bent er geen lid van.');

/**
 * Checks that `actor` may act on workspace `workspaceId`: `allowed(role, platformAdmin)` decides. A stranger learns
 * nothing (404, as if the workspace did not exist); a member or the platform administrator with too low a role gets
 * 403 with `message` (or the message for its role).
 */
export async function requireWorkspace(
  db: Queryable,
  actor: Actor,
  workspaceId: string,
  allowed: (role: Role | null, platformAdmin: boolean) => boolean,
  message:
    | string
    | ((role: Role | null) => string) = 'Uw rol in deze werkruimte geeft hiervoor geen rechten.',
): Promise<WorkspaceAccess> {
  const account = signedIn(actor);
  const workspace = await getWorkspace(db, workspaceId);
  if (!workspace) throw noSuchWorkspace();
  const role = await memberRole(db, workspace.id, account.id);
  if (allowed(role, account.platformAdmin)) return { workspace, role, account };
  if (role !== null || account.platformAdmin)
    throw forbidden(typeof message === 'string' ? message : message(role));
  throw noSuchWorkspace();
}
