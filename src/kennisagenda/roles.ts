// Who may do what in the kennisagenda. Roles are per account and platform-wide (the kennisagenda is national, not
// a workspace's), granted and withdrawn by the platform administrator. Pure.
import { z } from 'zod';

export const KENNISAGENDA_ROLES = ['beheerder', 'codeur', 'senior'] as const;
export const kennisagendaRole = z.enum(KENNISAGENDA_ROLES);
export type KennisagendaRole = z.infer<typeof kennisagendaRole>;

export const ROLE_LABELS: Record<KennisagendaRole, { nl: string; en: string }> = {
  beheerder: { nl: 'Kennisagenda-beheerder', en: 'Knowledge agenda manager' },
  codeur: { nl: 'Codeur', en: 'Coder' },
  senior: { nl: 'Senior onderzoeker', en: 'Senior reviewer' },
};

export type KennisagendaPermission =
  /** corpora, items, codes, reports, suggestions (not the other coder's codes before one's own) */
  | 'read-work'
  /** taxonomy versions, corpora and imports, rode draden, quotes, knowledge questions and their links, training */
  | 'manage'
  /** relevance screening */
  | 'screen'
  /** one of the two independent codings of an item */
  | 'code'
  /** see every coder's codes at any time */
  | 'see-all-codings'
  /** a final label for a disagreement (the item's own two coders may too, after discussing it) */
  | 'resolve'
  /** draw and review the senior's random sample */
  | 'review';

const GRANTS: Record<KennisagendaRole, readonly KennisagendaPermission[]> = {
  beheerder: ['read-work', 'manage', 'screen', 'see-all-codings', 'resolve'],
  codeur: ['read-work', 'screen', 'code'],
  senior: ['read-work', 'see-all-codings', 'resolve', 'review'],
};

export const mayKennisagenda = (roles: readonly KennisagendaRole[], permission: KennisagendaPermission) =>
  roles.some((role) => GRANTS[role].includes(permission));
