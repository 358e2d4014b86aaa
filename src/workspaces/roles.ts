// Workspaces, their member organisations and roles, and what each role may do. Pure.

export const WORKSPACE_KINDS = ['dsv', 'iza-regio', 'gemeente-team', 'other'] as const;
export const ORGANISATION_TYPES = [
  'gemeente',
  'zorgverzekeraar',
  'zorgkantoor',
  'ggd',
  'ziekenhuis',
  'huisartsenorganisatie',
  'welzijn',
  'other',
] as const;
export const LAWS = ['Zvw', 'Wlz', 'Wmo', 'Jeugdwet', 'Wpg'] as const;
export const ROLES = ['beheerder', 'analist', 'partner', 'lezer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  /** see the workspace's name, region, organisations and members */
  | 'view'
  /** see its uploads and private data */
  | 'read'
  /** upload partner data */
  | 'upload'
  /** delete uploads */
  | 'delete-data'
  /** manage organisations, members, roles and invitations; read the audit log; delete the workspace */
  | 'manage'
  /** export everything (data, members, audit) */
  | 'export';

const grants: Record<Role, readonly Permission[]> = {
  lezer: ['view', 'read'],
  partner: ['view', 'read', 'upload'],
  analist: ['view', 'read', 'upload', 'delete-data'],
  beheerder: ['view', 'read', 'upload', 'delete-data', 'manage', 'export'],
};

/**
 * Whether a member with `role` (null: not a member) may do `permission`. A platform administrator manages every
 * workspace (members, roles, audit, deletion) but reads or exports its private data only as a member: being administrator
 * of the platform is not a reason to see partner data.
 */
export function may(role: Role | null, platformAdmin: boolean, permission: Permission): boolean {
  if (role !== null && grants[role].includes(permission)) return true;
  return platformAdmin && (permission === 'manage' || permission === 'view');
}
