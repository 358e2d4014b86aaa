// The two PostgreSQL roles of an installation (issue 18 item 7): the owner, which runs the migrations and owns
// every table, and the application role the server connects as. The application role may read and write the
// application's tables but only INSERT and SELECT the audit log; owning nothing and being no superuser, it cannot
// disable the audit triggers (ALTER TABLE … DISABLE TRIGGER) or set session_replication_role. Not for PGlite: one
// embedded user, where the hash chain is the defence.
import type { Queryable } from './connection.ts';
import { DatabaseError } from './connection.ts';

/** The name the documentation and the tests use for the application role. */
export const APP_ROLE = 'juisteplek_app';

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

function quoted(role: string): string {
  if (!roleName.test(role)) throw new DatabaseError(`'${role}' is geen bruikbare rolnaam (a–z, 0–9, _)`);
  return `"${role}"`;
}

/**
 * Creates a login role when it does not exist yet (the owner needs CREATEROLE). Roles belong to the whole
 * PostgreSQL cluster, so several processes may try at once: the loser's duplicate is not an error.
 */
export async function ensureRole(db: Queryable, role: string): Promise<void> {
  const name = quoted(role);
  const exists = async () => (await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).length > 0;
  if (await exists()) return;
  try {
    await db.query(`CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`);
  } catch (error) {
    // 42710 duplicate_object, 23505 unique_violation (two CREATE ROLE at the same moment)
    const code = (error as { code?: string }).code;
    if ((code !== '42710' && code !== '23505') || !(await exists())) throw error;
  }
}

/** The role a connection works as, and whether it could get round the audit log's triggers. */
export async function currentRole(db: Queryable): Promise<{ name: string; superuser: boolean }> {
  const [row] = await db.query<{ name: string; superuser: boolean }>(
    'SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
  );
  if (!row) throw new DatabaseError('De rol van deze verbinding staat niet in pg_roles.');
  return row;
}

/**
 * Grants the application role its rights on the owner's current schema, after the migrations (so new tables are
 * covered); idempotent. Refuses an application role that is a superuser or can act as the owner.
 */
export async function grantApplicationRole(owner: Queryable, role: string): Promise<void> {
  const name = quoted(role);
  const [check] = await owner.query<{ schema: string; owner: string; superuser: boolean; member: boolean }>(
    `SELECT current_schema() AS schema, t.tableowner AS owner, r.rolsuper AS superuser,
            pg_has_role($1, t.tableowner, 'MEMBER') AS member
     FROM pg_tables t, pg_roles r
     WHERE t.schemaname = current_schema() AND t.tablename = 'audit_log' AND r.rolname = $1`,
    [role],
  );
  if (!check) throw new DatabaseError(`De rol '${role}' bestaat niet (zie README, "Database-rollen").`);
  if (check.superuser || check.member)
    throw new DatabaseError(
      `DATABASE_URL gebruikt de rol '${role}', die ${check.superuser ? 'superuser is' : `de eigenaar '${check.owner}' kan zijn`}: de app moet een eigen rol zonder die rechten hebben (zie README, "Database-rollen").`,
    );
  const schema = `"${check.schema.replaceAll('"', '""')}"`;
  for (const statement of [
    `GRANT USAGE ON SCHEMA ${schema} TO ${name}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${name}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${name}`,
    // The audit log: append and read only; its head and the migrations: read only.
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${schema}.audit_log FROM ${name}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${schema}.audit_chain, ${schema}.schema_migration FROM ${name}`,
  ])
    await owner.query(statement);
}
