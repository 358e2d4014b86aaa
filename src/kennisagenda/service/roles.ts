// Kennisagenda roles per account, granted and withdrawn by the platform administrator only. A role for an e-mail
// address without an account creates the account with the initial password the administrator gives.
import { type Actor, signedIn } from '../../access/actor.ts';
import { forbidden, invalid, notFound } from '../../access/errors.ts';
import { hashPassword, passwordProblem } from '../../accounts/password.ts';
import { findAccountByEmail, upsertAccount } from '../../db/accountStore.ts';
import { grantRole, listRoleGrants, revokeRole, rolesOf } from '../../db/kennisagendaStore.ts';
import { type KennisagendaPermission, type KennisagendaRole, mayKennisagenda } from '../roles.ts';
import type { GrantInput } from '../schemas.ts';
import { audit, type KennisagendaDeps } from './access.ts';

const PERMISSIONS: KennisagendaPermission[] = [
  'read-work',
  'manage',
  'screen',
  'code',
  'see-all-codings',
  'resolve',
  'review',
];

function requireAdmin(actor: Actor) {
  const account = signedIn(actor);
  if (!account.platformAdmin) throw forbidden('Alleen de platformbeheerder kent kennisagenda-rollen toe.');
  return { account };
}

export async function myRoles(deps: KennisagendaDeps, actor: Actor) {
  if (!actor.account) return { roles: [] as KennisagendaRole[], permissions: [] as KennisagendaPermission[] };
  const roles = await rolesOf(deps.db, actor.account.id);
  return { roles, permissions: PERMISSIONS.filter((p) => mayKennisagenda(roles, p)) };
}

export async function listRoles(deps: KennisagendaDeps, actor: Actor) {
  requireAdmin(actor);
  return listRoleGrants(deps.db);
}

export async function grant(deps: KennisagendaDeps, actor: Actor, input: GrantInput) {
  const who = requireAdmin(actor);
  if (!/^[^\s@]+@[^\s@]+$/.test(input.email)) throw invalid('email', `'${input.email}' is geen e-mailadres`);
  let account = await findAccountByEmail(deps.db, input.email);
  let hash: string | null = null;
  if (!account) {
    if (!input.password)
      throw invalid(
        'password',
        'dit account bestaat nog niet: geef een eerste wachtwoord (minstens 12 tekens)',
      );
    const problem = await passwordProblem(input.password);
    if (problem) throw invalid('password', problem);
    hash = await hashPassword(input.password);
  }
  return deps.db.transaction(async (tx) => {
    if (!account) account = await upsertAccount(tx, input.email, hash);
    const added = await grantRole(tx, account.id, input.role, who.account.id);
    if (added) await audit(tx, who, actor, 'role.grant', { subject: account.email, role: input.role });
    return { accountId: account.id, email: account.email, role: input.role, added };
  });
}

export async function revoke(
  deps: KennisagendaDeps,
  actor: Actor,
  input: { email: string; role: KennisagendaRole },
) {
  const who = requireAdmin(actor);
  const account = await findAccountByEmail(deps.db, input.email);
  if (!account) throw notFound(`Er is geen account met e-mailadres ${input.email}.`);
  return deps.db.transaction(async (tx) => {
    const removed = await revokeRole(tx, account.id, input.role);
    if (!removed) throw notFound(`${account.email} heeft de rol ${input.role} niet.`);
    await audit(tx, who, actor, 'role.revoke', { subject: account.email, role: input.role });
    return { email: account.email, role: input.role, removed };
  });
}
