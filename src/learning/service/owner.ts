// Whose learning cycles: a workspace's (with the cycles about its collaborations) or a collaboration's. One place
// resolves the owner, checks the caller's access and says which cycles are in scope and where a new one goes, so
// every cycle operation is the same for both.
//
// Access: for a workspace, its roles (src/learning/permissions.ts). For a collaboration, the register's own rule
// (src/dsv/service/access.ts): linked to a workspace, members read, partners, analisten and beheerders write
// ('assess'), beheerders and analisten publish ('edit'); not linked, its registrant does all of it.
import type { Actor, ActorAccount } from '../../access/actor.ts';
import { invalid, notFound } from '../../access/errors.ts';
import { requireWorkspace } from '../../access/workspaceAccess.ts';
import type { Queryable } from '../../db/connection.ts';
import { getCollaboration } from '../../db/dsvStore.ts';
import type { CycleScope } from '../../db/learningStore.ts';
import { requireCollaboration } from '../../dsv/service/access.ts';
import { type LearningPermission, mayLearn } from '../permissions.ts';
import type { Cycle } from '../schema.ts';

export type Owner = { kind: 'workspace'; id: string } | { kind: 'collaboration'; id: string };

export interface ResolvedOwner {
  /** the cycles this owner sees */
  scope: CycleScope;
  /** where a new cycle is stored (a collaboration's cycle also belongs to its workspace) */
  home: CycleScope;
  account: ActorAccount;
  /** how the owner is named in a proposal's source, e.g. "werkruimte Regio Test" */
  label: string;
}

const messages: Record<LearningPermission, string> = {
  read: 'Uw rol geeft geen toegang tot de leercycli.',
  write: 'Alleen partners, analisten en beheerders leggen sessies en lessen vast.',
  publish: 'Alleen een beheerder van de werkruimte publiceert een leercyclus.',
};

const collaborationRight = { read: 'read', write: 'assess', publish: 'edit' } as const;

export async function resolveOwner(
  db: Queryable,
  actor: Actor,
  owner: Owner,
  permission: LearningPermission,
): Promise<ResolvedOwner> {
  if (owner.kind === 'collaboration') {
    const collaboration = await getCollaboration(db, owner.id);
    if (!collaboration) throw notFound('Dit samenwerkingsverband bestaat niet.');
    const account = await requireCollaboration(db, actor, collaboration, collaborationRight[permission]);
    return {
      scope: { workspaceId: null, collaborationId: collaboration.id },
      home: { workspaceId: collaboration.workspaceId, collaborationId: collaboration.id },
      account: { ...account, platformAdmin: actor.account?.platformAdmin ?? false },
      label: `samenwerkingsverband ${collaboration.name}`,
    };
  }
  const { workspace, account } = await requireWorkspace(
    db,
    actor,
    owner.id,
    (role, admin) => mayLearn(role, admin, permission),
    messages[permission],
  );
  const scope = { workspaceId: workspace.id, collaborationId: null };
  return { scope, home: scope, account, label: `werkruimte ${workspace.name}` };
}

/** A workspace's new cycle may be about one of its own collaborations; the cycle then belongs to both. */
export async function homeFor(
  db: Queryable,
  owner: ResolvedOwner,
  collaborationId: string | null,
): Promise<CycleScope> {
  if (collaborationId === null || owner.scope.collaborationId !== null) return owner.home;
  const collaboration = await getCollaboration(db, collaborationId);
  if (!collaboration || collaboration.workspaceId !== owner.scope.workspaceId)
    throw invalid('collaborationId', 'dit samenwerkingsverband hoort niet bij deze werkruimte');
  return { workspaceId: owner.scope.workspaceId, collaborationId };
}

/** Whether a cycle belongs to the resolved owner's scope. */
export const inScope = (cycle: Cycle, scope: CycleScope) =>
  (scope.workspaceId !== null && cycle.workspaceId === scope.workspaceId) ||
  (scope.collaborationId !== null && cycle.collaborationId === scope.collaborationId);
