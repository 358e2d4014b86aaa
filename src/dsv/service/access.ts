// Who may do what with a collaboration. Linked to a workspace: its beheerders and analisten edit, its partners also
// take part in the phase self-assessment, every member reads. Not linked: its registrant does all of it.

import type { Actor } from '../../access/actor.ts';
import { signedIn } from '../../access/actor.ts';
import { forbidden } from '../../access/errors.ts';
import { requireWorkspace } from '../../access/workspaceAccess.ts';
import type { Queryable } from '../../db/connection.ts';
import type { CollaborationRow } from '../../db/dsvStore.ts';
import { memberRole } from '../../db/workspaceStore.ts';
import type { Role } from '../../workspaces/roles.ts';
import type { CollaborationPermissions } from '../views.ts';

const EDIT: readonly Role[] = ['beheerder', 'analist'];
const ASSESS: readonly Role[] = ['beheerder', 'analist', 'partner'];

export async function permissionsOf(
  db: Queryable,
  actor: Actor,
  c: Pick<CollaborationRow, 'workspaceId' | 'registrantId'>,
): Promise<CollaborationPermissions> {
  const account = actor.account;
  if (!account) return { read: false, edit: false, assess: false };
  if (c.workspaceId === null) {
    const own = c.registrantId === account.id;
    return { read: own, edit: own, assess: own };
  }
  const role = await memberRole(db, c.workspaceId, account.id);
  return {
    read: role !== null,
    edit: role !== null && EDIT.includes(role),
    assess: role !== null && ASSESS.includes(role),
  };
}

/** Throws 401/403/404 unless the actor may `what` the collaboration; a linked one goes through requireWorkspace. */
export async function requireCollaboration(
  db: Queryable,
  actor: Actor,
  c: Pick<CollaborationRow, 'workspaceId' | 'registrantId'>,
  what: 'read' | 'edit' | 'assess',
): Promise<{ id: string; email: string }> {
  const account = signedIn(actor);
  if (c.workspaceId !== null) {
    const allowed = what === 'read' ? null : what === 'edit' ? EDIT : ASSESS;
    await requireWorkspace(
      db,
      actor,
      c.workspaceId,
      (role) => role !== null && (allowed === null || allowed.includes(role)),
      what === 'edit'
        ? 'Alleen beheerders en analisten van de werkruimte wijzigen dit samenwerkingsverband.'
        : 'Uw rol in de werkruimte geeft hiervoor geen rechten.',
    );
    return account;
  }
  if (c.registrantId !== account.id)
    throw forbidden(
      'Alleen wie dit samenwerkingsverband registreerde kan het wijzigen of de antwoorden zien.',
    );
  return account;
}
