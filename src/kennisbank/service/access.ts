// Who may edit the kennisbank: a redacteur (appointed by the platform administrator) or the platform administrator.
import { type Actor, type ActorAccount, signedIn } from '../../access/actor.ts';
import { forbidden } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { isEditor } from '../../db/kennisbankStore.ts';

export async function mayEdit(db: Queryable, actor: Actor): Promise<boolean> {
  if (!actor.account) return false;
  return actor.account.platformAdmin || (await isEditor(db, actor.account.id));
}

/** The account of a redacteur or the platform administrator; 401 anonymous, 403 otherwise. */
export async function requireEditor(db: Queryable, actor: Actor): Promise<ActorAccount> {
  const account = signedIn(actor);
  if (account.platformAdmin || (await isEditor(db, account.id))) return account;
  throw forbidden(
    'Alleen een redacteur van de kennisbank mag items schrijven of van status veranderen. De beheerder van het platform kan u redacteur maken.',
  );
}

export function requirePlatformAdmin(actor: Actor): ActorAccount {
  const account = signedIn(actor);
  if (!account.platformAdmin) throw forbidden('Alleen de beheerder van het platform wijst redacteuren aan.');
  return account;
}
