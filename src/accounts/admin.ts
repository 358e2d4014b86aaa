// Creating (or resetting) a platform administrator: used by `juisteplek users create-admin` and by tests.

import { type Account, upsertAccount } from '../db/accountStore.ts';
import type { Database } from '../db/connection.ts';
import { appendAudit } from '../db/workspaceStore.ts';
import { hashPassword, passwordProblem } from './password.ts';

export class AccountInputError extends Error {}

export async function createAdmin(db: Database, email: string, password: string): Promise<Account> {
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim()) || email.length > 254)
    throw new AccountInputError(`--email: '${email}' is geen e-mailadres`);
  const problem = passwordProblem(password);
  if (problem) throw new AccountInputError(`wachtwoord: ${problem}`);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const account = await upsertAccount(tx, email, hash, true);
    await appendAudit(tx, {
      actorEmail: 'cli',
      action: 'admin.create',
      detail: { subject: account.email },
    });
    return account;
  });
}
