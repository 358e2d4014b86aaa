// What each workspace role may do with the regioplan. Pure. The plan is private to the workspace's members until
// the beheerder publishes it; a platform administrator sees it only as a member (like partner data).
import type { Role } from '../workspaces/roles.ts';

export type PlanPermission =
  /** read the plan, rounds' results, versions, monitoring */
  | 'read-plan'
  /** score or rank in a partner round (for one's own organisation), write duiding */
  | 'contribute'
  /** edit goals, actions, milestones, evaluations, kernopgaven texts */
  | 'edit-plan'
  /** open and close rounds, fix kernopgaven, score on behalf of an organisation, publish, export */
  | 'manage-plan';

const grants: Record<Role, readonly PlanPermission[]> = {
  lezer: ['read-plan'],
  partner: ['read-plan', 'contribute'],
  analist: ['read-plan', 'contribute', 'edit-plan'],
  beheerder: ['read-plan', 'contribute', 'edit-plan', 'manage-plan'],
};

export function mayPlan(role: Role | null, permission: PlanPermission): boolean {
  return role !== null && grants[role].includes(permission);
}
