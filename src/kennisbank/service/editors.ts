// The redacteur role: the platform administrator appoints and removes redacteuren by e-mail address.
import type { Actor } from '../../access/actor.ts';
import { notFound } from '../../access/errors.ts';
import { findAccountByEmail } from '../../db/accountStore.ts';
import { grantEditor, listEditors, revokeEditor } from '../../db/kennisbankStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import { requirePlatformAdmin } from './access.ts';
import type { KennisbankDeps } from './deps.ts';

export async function editors(deps: KennisbankDeps, actor: Actor) {
  requirePlatformAdmin(actor);
  return listEditors(deps.db);
}

export async function setEditor(deps: KennisbankDeps, actor: Actor, email: string, editor: boolean) {
  const admin = requirePlatformAdmin(actor);
  const account = await findAccountByEmail(deps.db, email);
  if (!account) throw notFound(`Er is geen account met e-mailadres '${email}'.`);
  return deps.db.transaction(async (tx) => {
    const changed = editor ? await grantEditor(tx, account.id, admin.id) : await revokeEditor(tx, account.id);
    if (changed)
      await appendAudit(tx, {
        actorId: admin.id,
        actorEmail: admin.email,
        action: editor ? 'kennisbank.editor.grant' : 'kennisbank.editor.revoke',
        detail: { account: account.id, email: account.email },
        ip: actor.ip,
      });
    return { accountId: account.id, email: account.email, editor, changed };
  });
}
