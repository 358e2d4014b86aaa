// Whose learning cycles: a workspace's or a collaboration's. One place resolves the owner, checks the caller's
// access and says which cycles are in scope, so every cycle operation is the same for both.
import type { Actor, ActorAccount } from '../../access/actor.ts';
import { notFound } from '../../access/errors.ts';
import { requireWorkspace } from '../../access/workspaceAccess.ts';
import type { Queryable } from '../../db/connection.ts';
import type { CycleScope } from '../../db/learningStore.ts';
import { type LearningPermission, mayLearn } from '../permissions.ts';
import type { Cycle } from '../schema.ts';

export type Owner = { kind: 'workspace'; id: string } | { kind: 'collaboration'; id: string };

export interface ResolvedOwner {
  scope: CycleScope;
  account: ActorAccount;
  /** how the owner is named in a proposal's source, e.g. "werkruimte Regio Test" */
  label: string;
}

const messages: Record<LearningPermission, string> = {
  read: 'Uw rol geeft geen toegang tot de leercycli.',
  write: 'Alleen partners, analisten en beheerders leggen sessies en lessen vast.',
  publish: 'Alleen een beheerder van de werkruimte publiceert een leercyclus.',
};

export async function resolveOwner(
  db: Queryable,
  actor: Actor,
  owner: Owner,
  permission: LearningPermission,
): Promise<ResolvedOwner> {
  if (owner.kind === 'collaboration') throw notFound('Dit samenwerkingsverband bestaat niet.');
  const { workspace, account } = await requireWorkspace(
    db,
    actor,
    owner.id,
    (role, admin) => mayLearn(role, admin, permission),
    messages[permission],
  );
  return {
    scope: { workspaceId: workspace.id, collaborationId: null },
    account,
    label: `werkruimte ${workspace.name}`,
  };
}

/** Whether a cycle belongs to the resolved owner's scope. */
export const inScope = (cycle: Cycle, scope: CycleScope) =>
  (scope.workspaceId !== null && cycle.workspaceId === scope.workspaceId) ||
  (scope.collaborationId !== null && cycle.collaborationId === scope.collaborationId);
