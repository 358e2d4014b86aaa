// Builds the in-memory regiobeeld engine from the database; rebuilt after every import that changes data.
import type { Queryable } from '../db/connection.ts';
import { readAllObservations, readAreaObservations } from '../db/observationStore.ts';
import { latestMembershipYear, readMemberships } from '../db/regionStore.ts';
import type { Catalog } from '../indicators/schema.ts';
import { RegiobeeldEngine } from '../regiobeeld/engine.ts';

export async function loadEngine(db: Queryable, catalog: Catalog): Promise<RegiobeeldEngine> {
  const year = await latestMembershipYear(db);
  const regions = await db.query<{ code: string; name: string; type: string; parent: string | null }>(
    'SELECT code, name, type, parent_code AS parent FROM region ORDER BY code',
  );
  const members = year === null ? new Map<string, string[]>() : await readMemberships(db, year);
  const observations = await readAllObservations(db);
  return new RegiobeeldEngine(catalog, { regions, members }, observations, (gemeenten, type) =>
    readAreaObservations(db, gemeenten, type),
  );
}
