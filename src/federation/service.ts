// Federated partner aggregates: link a partner's aggregate view through postgres_fdw, check that it is an
// aggregate that enforces the minimum cell size, and read it per partner. A partner that is down or refused does
// not hide the others: the answer names it, with its error, next to the other partners' aggregates.
// PostgreSQL only: PGlite has no postgres_fdw.
import { type Actor, signedIn } from '../access/actor.ts';
import { conflict, forbidden, invalid, notFound, ServiceError } from '../access/errors.ts';
import type { Database } from '../db/connection.ts';
import * as store from '../db/federationStore.ts';
import {
  checkContent,
  checkShape,
  type FederatedRead,
  MIN_CELL,
  type PartnerAnswer,
  type PartnerConfig,
  type PartnerInput,
  partnerConfigSchema,
  type ReadFilter,
  type Refusal,
  type RemoteFacts,
  summarise,
  validateRows,
} from './model.ts';

export interface FederationDeps {
  db: Database;
}

export const PGLITE_MESSAGE =
  'Federatie met partners werkt alleen op PostgreSQL (DATABASE_URL): de ingebouwde database (PGlite) heeft geen postgres_fdw.';

function requirePostgres(db: Database): void {
  if (db.kind !== 'postgres') throw invalid('DATABASE_URL', PGLITE_MESSAGE);
}

/** The error of the partner's side: the driver's own message with its detail (a lost link is wrapped once). */
function remoteError(error: unknown): string {
  const e = ((error as { cause?: unknown }).cause ?? error) as { message?: string; detail?: string };
  const detail = e.detail ? ` (${e.detail.trim()})` : '';
  return `${e.message ?? String(error)}${detail}`.replace(/\s+/g, ' ');
}

function parseConfig(input: PartnerInput): PartnerConfig {
  const parsed = partnerConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.path.join('.') || 'partner', issue.message);
  }
  return parsed.data;
}

const where = (c: Pick<PartnerConfig, 'host' | 'port' | 'dbname' | 'schema' | 'view'>) =>
  `${c.host}:${c.port}/${c.dbname} ${c.schema}.${c.view}`;

function refused(refusals: Refusal[], partner: string): ServiceError {
  return new ServiceError('unprocessable', 'federation-refused', refusals.map((r) => r.message).join('; '), {
    parameter: 'partner',
    extra: { partner, refusals },
  });
}

/** Shape first (a view of the agreed columns, no record-level columns, no readable table), then the content. */
async function inspect(
  db: Database,
  names: ReturnType<typeof store.objectNames>,
  config: PartnerConfig,
): Promise<{ facts: Partial<RemoteFacts>; refusals: Refusal[] }> {
  const shape = await store.remoteShape(db, names, config);
  const shapeRefusals = checkShape(config.name, where(config), shape);
  if (shapeRefusals.length > 0) return { facts: shape, refusals: shapeRefusals };
  const facts = { ...shape, ...(await store.remoteCounts(db, names.foreignTable, MIN_CELL)) };
  return { facts, refusals: checkContent(config.name, where(config), facts) };
}

/** The inspection runs on the transaction's connection, so that the objects it just created are visible. */
const onTx = (tx: Parameters<Parameters<Database['transaction']>[0]>[0]): Database =>
  ({ ...tx, kind: 'postgres' }) as Database;

/**
 * Links a partner: foreign server, user mapping, foreign tables, and the checks, in one transaction. A partner
 * that is refused or cannot be reached leaves nothing behind.
 */
export async function addPartner(
  deps: FederationDeps,
  input: PartnerInput,
  password: string,
): Promise<{ partner: string; facts: Partial<RemoteFacts> }> {
  requirePostgres(deps.db);
  const config = parseConfig(input);
  if (!password) throw invalid('password', 'geef het wachtwoord van de rol van de partner');
  if (await store.getPartner(deps.db, config.name))
    throw conflict('duplicate-partner', `Partner '${config.name}' is al gekoppeld.`, undefined, 'name');
  if (!(await store.hasFdw(deps.db))) {
    try {
      await store.createFdwExtension(deps.db);
    } catch (error) {
      throw new ServiceError(
        'unavailable',
        'postgres-fdw-missing',
        `postgres_fdw is niet geïnstalleerd in deze database en mag door deze gebruiker niet worden aangemaakt (${remoteError(error)}); een beheerder van de database voert uit: CREATE EXTENSION postgres_fdw;`,
      );
    }
  }
  const names = store.objectNames(await store.currentSchema(deps.db), config.name);
  return deps.db.transaction(async (tx) => {
    await store.createLink(tx, names, config, password);
    let result: Awaited<ReturnType<typeof inspect>>;
    try {
      result = await inspect(onTx(tx), names, config);
    } catch (error) {
      throw new ServiceError(
        'unavailable',
        'partner-unavailable',
        `Partner '${config.name}' (${where(config)}) is niet bereikbaar of weigert de verbinding: ${remoteError(error)}`,
        { extra: { partner: config.name } },
      );
    }
    if (result.refusals.length > 0) throw refused(result.refusals, config.name);
    await store.insertPartner(tx, config, names);
    return { partner: config.name, facts: result.facts };
  });
}

export interface CheckResult {
  partner: string;
  status: 'ok' | 'refused' | 'unavailable';
  refusals: Refusal[];
  error: string | null;
  facts: Partial<RemoteFacts>;
}

async function partnerOrThrow(db: Database, name: string) {
  const partner = await store.getPartner(db, name);
  if (!partner) throw notFound(`Partner '${name}' is niet gekoppeld (juisteplek federation list).`);
  return partner;
}

/** Runs the checks again on a linked partner (its view may have changed since it was linked); records the outcome. */
export async function checkPartner(deps: FederationDeps, name: string): Promise<CheckResult> {
  requirePostgres(deps.db);
  const partner = await partnerOrThrow(deps.db, name);
  const names = {
    ...store.objectNames('', name),
    serverName: partner.serverName,
    foreignTable: partner.foreignTable,
  };
  let result: CheckResult;
  try {
    const { facts, refusals } = await inspect(deps.db, names, partner);
    result = { partner: name, status: refusals.length > 0 ? 'refused' : 'ok', refusals, error: null, facts };
  } catch (error) {
    result = { partner: name, status: 'unavailable', refusals: [], error: remoteError(error), facts: {} };
  }
  const message = result.error ?? (result.refusals.map((r) => r.message).join('; ') || null);
  await store.recordCheck(deps.db, name, result.status, message);
  return result;
}

/** Reads every linked partner's aggregates (or the named ones), each on its own, so a partner that is down does not stop the others. */
export async function readFederated(
  deps: FederationDeps,
  options: { partners?: readonly string[]; filter?: ReadFilter } = {},
): Promise<FederatedRead> {
  requirePostgres(deps.db);
  const all = await store.listPartners(deps.db);
  const wanted = options.partners && options.partners.length > 0 ? options.partners : all.map((p) => p.name);
  for (const name of wanted)
    if (!all.some((p) => p.name === name))
      throw notFound(`Partner '${name}' is niet gekoppeld (juisteplek federation list).`);
  const filter = options.filter ?? {};
  const answers = await Promise.all(
    all
      .filter((p) => wanted.includes(p.name))
      .map(async (p): Promise<PartnerAnswer> => {
        let raw: Record<string, unknown>[];
        try {
          raw = await store.readAggregates(deps.db, p.foreignTable, filter);
        } catch (error) {
          return {
            partner: p.name,
            status: 'unavailable',
            error: `Partner '${p.name}' (${where(p)}) gaf geen antwoord: ${remoteError(error)}`,
            rows: [],
          };
        }
        // The view is the partner's promise; each answer is checked again before anything is used.
        const { rows, problems } = validateRows(p.name, raw);
        if (problems.length > 0)
          return {
            partner: p.name,
            status: 'refused',
            error: `Antwoord van partner '${p.name}' geweigerd: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` … en nog ${problems.length - 5}` : ''}`,
            rows: [],
          };
        return { partner: p.name, status: 'ok', rows };
      }),
  );
  return summarise(answers);
}

/** EXPLAIN VERBOSE of a partner's read: the Remote SQL shows that the GROUP BY runs at the partner. */
export async function explainFederated(
  deps: FederationDeps,
  name: string,
  filter: ReadFilter = {},
): Promise<string[]> {
  requirePostgres(deps.db);
  const partner = await partnerOrThrow(deps.db, name);
  return store.explainRead(deps.db, partner.foreignTable, filter);
}

export async function listFederated(deps: FederationDeps): Promise<store.PartnerRow[]> {
  requirePostgres(deps.db);
  return store.listPartners(deps.db);
}

/** Removes a partner's link: the foreign server with its user mapping and foreign tables, and its registration. */
export async function removePartner(deps: FederationDeps, name: string): Promise<void> {
  requirePostgres(deps.db);
  const partner = await partnerOrThrow(deps.db, name);
  await deps.db.transaction(async (tx) => {
    await store.dropLink(tx, partner.serverName);
    await store.deletePartner(tx, name);
  });
}

/** The admin API's door: partner aggregates (and the list of partners) are for the platform administrator. */
function requirePlatformAdmin(actor: Actor): void {
  if (!signedIn(actor).platformAdmin)
    throw forbidden('Alleen de platformbeheerder leest de aggregaten van gefedereerde partners.');
}

export async function readFederatedAs(
  deps: FederationDeps,
  actor: Actor,
  options: { partners?: readonly string[]; filter?: ReadFilter } = {},
): Promise<FederatedRead> {
  requirePlatformAdmin(actor);
  return readFederated(deps, options);
}

/** The partners as the admin API shows them: where, and the last check; never a password. */
export async function listFederatedAs(deps: FederationDeps, actor: Actor) {
  requirePlatformAdmin(actor);
  return (await listFederated(deps)).map(({ serverName: _, foreignTable: __, ...p }) => p);
}
