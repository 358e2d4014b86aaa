// Who may do what with the learning cycles of a workspace. Pure.
import type { Role } from '../workspaces/roles.ts';

export type LearningPermission = 'read' | 'write' | 'publish';

const grants: Record<Role, readonly LearningPermission[]> = {
  lezer: ['read'],
  partner: ['read', 'write'],
  analist: ['read', 'write'],
  beheerder: ['read', 'write', 'publish'],
};

/** Members read; partners, analisten and beheerders record sessions and lessons; a beheerder publishes a cycle. */
export function mayLearn(
  role: Role | null,
  _platformAdmin: boolean,
  permission: LearningPermission,
): boolean {
  return role !== null && grants[role].includes(permission);
}
