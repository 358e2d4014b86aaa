// The platform's audit log as a whole: the platform administrator reads (and exports) the platform-level entries,
// and anyone with the database checks the hash chain (`juisteplek audit verify`).
import { type Actor, signedIn } from '../access/actor.ts';
import { forbidden } from '../access/errors.ts';
import { chainHead, chainRows, listPlatformAudit } from '../db/auditStore.ts';
import type { Queryable } from '../db/connection.ts';
import { appendAudit } from '../db/workspaceStore.ts';
import { auditCsv } from '../workspaces/service.ts';
import type { ChainReport, PlatformAuditQuery } from './api.ts';
import { ChainVerifier } from './chain.ts';

export interface AuditDeps {
  db: Queryable;
}

const PAGE = 5000;

/** Recomputes the whole chain; the report names the first break. Reads only, so the application role may run it. */
export async function verifyAuditChain(deps: AuditDeps): Promise<ChainReport> {
  const head = await chainHead(deps.db);
  const verifier = new ChainVerifier(head);
  let after = 0;
  for (;;) {
    const rows = await chainRows(deps.db, after, PAGE);
    if (rows.length === 0 || !verifier.add(rows)) break;
    after = rows[rows.length - 1]?.seq ?? after;
  }
  const broken = verifier.finish();
  return { intact: !broken, entries: verifier.entries, head, ...(broken ? { break: broken } : {}) };
}

type Entries = Awaited<ReturnType<typeof listPlatformAudit>>;

/** The platform-level entries for the command line (whoever runs it has the database). */
export function platformAuditAsOperator(
  deps: AuditDeps,
  query: Omit<PlatformAuditQuery, 'format'>,
): Promise<Entries> {
  return listPlatformAudit(deps.db, query);
}

/** The platform-level entries for the platform administrator, newest first; a CSV export is itself logged. */
export async function platformAudit(
  deps: AuditDeps,
  actor: Actor,
  query: PlatformAuditQuery,
): Promise<
  | { format: 'json'; total: number; entries: (Omit<Entries['entries'][number], 'at'> & { at: string })[] }
  | { format: 'csv'; total: number; csv: string }
> {
  const account = signedIn(actor);
  if (!account.platformAdmin)
    throw forbidden('Alleen een platformbeheerder leest het auditlog van het platform.');
  const { format, ...filter } = query;
  const { total, entries } = await listPlatformAudit(deps.db, filter);
  if (format === 'csv') {
    await appendAudit(deps.db, {
      actorId: account.id,
      actorEmail: account.email,
      action: 'export.platform-audit',
      detail: { entries: entries.length, ...(filter.action ? { filter: filter.action } : {}) },
      ip: actor.ip,
    });
    return { format, total, csv: auditCsv(entries) };
  }
  return { format, total, entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
}

export { auditCsv };
