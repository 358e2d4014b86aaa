// What every kennisagenda service function starts with: the caller's account and kennisagenda roles, checked
// against the permission the action needs; the first version of the taxonomy and the synthesis seeded from the
// catalogue on first use; the audit entry of a change.
import { type Actor, type ActorAccount, signedIn } from '../../access/actor.ts';
import { forbidden } from '../../access/errors.ts';
import type { Database, Queryable } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import {
  currentTaxonomy,
  insertQuestion,
  insertTaxonomyVersion,
  insertThread,
  rolesOf,
  type StoredTaxonomy,
} from '../../db/kennisagendaStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import { loadExamples, loadTaxonomyFile } from '../catalogFiles.ts';
import {
  type KennisagendaPermission,
  type KennisagendaRole,
  mayKennisagenda,
  ROLE_LABELS,
} from '../roles.ts';

/** What the kennisagenda needs of the application (the AppContext satisfies it). */
export interface KennisagendaDeps {
  db: Database;
}

export interface KennisagendaAccess {
  account: ActorAccount;
  roles: KennisagendaRole[];
}

const NEEDS: Record<KennisagendaPermission, KennisagendaRole[]> = {
  'read-work': ['beheerder', 'codeur', 'senior'],
  manage: ['beheerder'],
  screen: ['beheerder', 'codeur'],
  code: ['codeur'],
  'see-all-codings': ['beheerder', 'senior'],
  resolve: ['beheerder', 'senior'],
  review: ['senior'],
};

/** Signed in and holding a role that grants `permission`; else 401 or 403 naming the roles that would. */
export async function requireKennisagenda(
  deps: KennisagendaDeps,
  actor: Actor,
  permission: KennisagendaPermission,
): Promise<KennisagendaAccess> {
  const account = signedIn(actor);
  const roles = await rolesOf(deps.db, account.id);
  if (mayKennisagenda(roles, permission)) return { account, roles };
  const names = NEEDS[permission].map((r) => ROLE_LABELS[r].nl.toLowerCase()).join(' of ');
  throw forbidden(
    `Hiervoor heeft u de kennisagenda-rol ${names} nodig; de platformbeheerder kent rollen toe.`,
  );
}

export async function audit(
  db: Queryable,
  who: { account: ActorAccount },
  actor: Actor,
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await appendAudit(db, {
    actorId: who.account.id,
    actorEmail: who.account.email,
    action: `kennisagenda.${action}`,
    workspaceId: null,
    detail,
    ip: actor.ip,
  });
}

const seeded = new WeakSet<object>();

/**
 * The first use of a database stores the taxonomy of catalog/kennisagenda/taxonomy.json as version 1 and the
 * labelled statements of seed 004 as the agenda's first rode draden and knowledge questions (in one transaction,
 * once, also with two processes starting together).
 */
export async function ensureSeeded(db: Database): Promise<void> {
  if (seeded.has(db)) return;
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(7355615)');
    const first = await insertTaxonomyVersion(
      tx,
      1,
      loadTaxonomyFile(),
      null,
      'Eerste versie: catalog/kennisagenda/taxonomy.json (seed 004 §2.1, §2.3–2.5)',
    );
    if (!first) return;
    const positions = new Map<string, number>();
    for (const example of loadExamples()) {
      const key = `${example.theme}:${example.kind === 'kennisvraag' ? 'q' : example.kind}`;
      const position = (positions.get(key) ?? 0) + 1;
      positions.set(key, position);
      const source = 'seed 004 (reference/kennisagenda_examples.json)';
      if (example.kind === 'kennisvraag')
        await insertQuestion(tx, {
          id: newId(),
          theme: example.theme,
          kind: 'vraag',
          text: example.text,
          recommendations: [],
          position,
          source,
        });
      else
        await insertThread(tx, {
          id: newId(),
          theme: example.theme,
          kind: example.kind === 'knelpunt' ? 'knelpunt' : 'behoefte',
          text: example.text,
          position,
          source,
        });
    }
  });
  seeded.add(db);
}

export async function taxonomyNow(db: Database): Promise<StoredTaxonomy> {
  await ensureSeeded(db);
  const current = await currentTaxonomy(db);
  if (!current) throw new Error('kennisagenda: geen taxonomie na het zaaien');
  return current;
}
