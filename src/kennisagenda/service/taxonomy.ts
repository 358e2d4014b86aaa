// Reading and editing the taxonomy: every edit by a kennisagenda beheerder is a new version, based on the version
// the editor read (optimistic lock), with an audit entry.
import type { Actor } from '../../access/actor.ts';
import { notFound, stale } from '../../access/errors.ts';
import {
  insertTaxonomyVersion,
  listTaxonomyVersions,
  type StoredTaxonomy,
  taxonomyVersion,
} from '../../db/kennisagendaStore.ts';
import type { TaxonomyInput } from '../schemas.ts';
import { audit, ensureSeeded, type KennisagendaDeps, requireKennisagenda, taxonomyNow } from './access.ts';

export async function getTaxonomy(deps: KennisagendaDeps, version?: number): Promise<StoredTaxonomy> {
  if (version === undefined) return taxonomyNow(deps.db);
  await ensureSeeded(deps.db);
  const found = await taxonomyVersion(deps.db, version);
  if (!found) throw notFound(`Versie ${version} van de taxonomie bestaat niet.`);
  return found;
}

export async function taxonomyHistory(deps: KennisagendaDeps) {
  await ensureSeeded(deps.db);
  return listTaxonomyVersions(deps.db);
}

export async function saveTaxonomy(
  deps: KennisagendaDeps,
  actor: Actor,
  input: TaxonomyInput,
): Promise<StoredTaxonomy> {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const current = await taxonomyNow(deps.db);
  if (current.version !== input.version) throw stale('De taxonomie', current, input);
  const next = current.version + 1;
  const saved = await deps.db.transaction(async (tx) => {
    const ok = await insertTaxonomyVersion(tx, next, input.document, who.account.id, input.note ?? null);
    if (!ok) return false;
    await audit(tx, who, actor, 'taxonomy.save', { subject: `versie ${next}`, note: input.note ?? null });
    return true;
  });
  if (!saved) throw stale('De taxonomie', await taxonomyNow(deps.db), input);
  return (await taxonomyVersion(deps.db, next))!;
}
