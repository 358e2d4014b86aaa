// Who calls a service: a signed-in account or nobody, and from where (for the audit log and rate limits). Pure.
import { unauthenticated as unauthenticatedError } from './errors.ts';

export interface ActorAccount {
  id: string;
  email: string;
  platformAdmin: boolean;
}

export interface Actor {
  account: ActorAccount | null;
  /** the client address as the server sees it (behind a trusted proxy: the real client) */
  ip: string | null;
}

export const anonymous = (ip: string | null = null): Actor => ({ account: null, ip });

/** The account of a signed-in actor, or the 401 error: call it first in every service method that needs one. */
export function signedIn(actor: Actor): ActorAccount {
  if (!actor.account) throw unauthenticatedError();
  return actor.account;
}
