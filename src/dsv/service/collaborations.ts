// The register: create, read, update (optimistic lock, audit entry) and list collaborations, each with its derived
// area and the DSV definition check. A collaboration that fails the check is saved anyway, as a concept.

import type { Actor } from '../../access/actor.ts';
import { signedIn } from '../../access/actor.ts';
import { invalid, notFound, stale } from '../../access/errors.ts';
import { requireWorkspace } from '../../access/workspaceAccess.ts';
import { newId } from '../../accounts/tokens.ts';
import type { Queryable } from '../../db/connection.ts';
import {
  type CollaborationRow,
  type Entry,
  getCollaboration,
  insertCollaboration,
  listCollaborations,
  updateCollaboration,
} from '../../db/dsvStore.ts';
import { appendAudit, getWorkspace } from '../../db/workspaceStore.ts';
import { describeProblem, parseGemeenteList } from '../../geo/adhoc.ts';
import { MEMBERSHIP_TYPES } from '../../geo/regionTypes.ts';
import type { RegiobeeldEngine } from '../../regiobeeld/engine.ts';
import { deriveArea, type Geography } from '../area.ts';
import { checkDefinition } from '../definitionCheck.ts';
import type { CollaborationInput, CollaborationUpdate } from '../schemas.ts';
import type { CollaborationListItem, CollaborationView } from '../views.ts';
import { permissionsOf, requireCollaboration } from './access.ts';
import { latestAssessment } from './assessments.ts';
import type { DsvDeps } from './context.ts';

export function geographyOf(engine: RegiobeeldEngine): Geography {
  return {
    region: (code) => engine.regionsByCode.get(code),
    membersOf: (code) => engine.membersOf(code),
    divisions: () => MEMBERSHIP_TYPES.flatMap((type) => engine.regionsOfType(type)),
  };
}

/** Checks the area against the geography; the message names the field. */
function checkArea(engine: RegiobeeldEngine, area: CollaborationInput['area']): CollaborationInput['area'] {
  if ('regionCode' in area) {
    const code = area.regionCode.toUpperCase();
    const region = engine.regionsByCode.get(code);
    if (!region || region.type === 'land' || region.type === 'landsdeel')
      throw invalid(
        'area.regionCode',
        `'${area.regionCode}' is geen gemeente of standaardregio (bijv. ZK04, GG3406, GM0363)`,
      );
    return { regionCode: code };
  }
  const known = new Set(engine.regionsOfType('gemeente').map((r) => r.code));
  const parsed = parseGemeenteList(area.gemeenten, known);
  if ('problem' in parsed)
    throw invalid('area.gemeenten', describeProblem(parsed.problem).replace(/^gemeenten: /, ''));
  return { gemeenten: parsed.codes };
}

function entryOf(input: CollaborationInput, area: CollaborationInput['area']): Entry {
  const { workspaceId: _ignored, ...entry } = input;
  return { ...entry, area };
}

export async function viewOf(
  deps: DsvDeps,
  actor: Actor,
  row: CollaborationRow,
  db: Queryable = deps.db,
): Promise<CollaborationView> {
  const engine = await deps.engine();
  const permissions = await permissionsOf(db, actor, row);
  const workspace = row.workspaceId ? await getWorkspace(db, row.workspaceId) : null;
  const latest = permissions.read ? await latestAssessment(db, row.id) : null;
  const check = checkDefinition(row.entry);
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    entry: { ...row.entry, payment: permissions.read ? row.entry.payment : null },
    workspace: workspace ? { id: workspace.id, name: workspace.name } : null,
    area: deriveArea(row.entry.area, geographyOf(engine)),
    check,
    status: check.passes ? 'geregistreerd' : 'concept',
    permissions,
    currentPhase: latest?.phase ?? null,
    weakestPrinciple: latest?.weakestPrinciple ?? null,
  };
}

async function requireLinkable(db: Queryable, actor: Actor, workspaceId: string) {
  await requireWorkspace(
    db,
    actor,
    workspaceId,
    (role) => role === 'beheerder' || role === 'analist',
    'U kunt een samenwerkingsverband alleen koppelen aan een werkruimte waarin u beheerder of analist bent.',
  );
}

export async function createCollaboration(
  deps: DsvDeps,
  actor: Actor,
  input: CollaborationInput,
): Promise<CollaborationView> {
  const account = signedIn(actor);
  const engine = await deps.engine();
  const area = checkArea(engine, input.area);
  return deps.db.transaction(async (tx) => {
    if (input.workspaceId !== null) await requireLinkable(tx, actor, input.workspaceId);
    const row = await insertCollaboration(tx, {
      id: newId(),
      entry: entryOf(input, area),
      workspaceId: input.workspaceId,
      registrantId: account.id,
    });
    const check = checkDefinition(row.entry);
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: 'dsv.collaboration.create',
      workspaceId: row.workspaceId,
      detail: { collaboration: row.id, name: row.name, meetsDefinition: check.passes },
      ip: actor.ip,
    });
    return viewOf(deps, actor, row, tx);
  });
}

export async function updateCollaborationEntry(
  deps: DsvDeps,
  actor: Actor,
  id: string,
  input: CollaborationUpdate,
): Promise<CollaborationView> {
  const engine = await deps.engine();
  return deps.db.transaction(async (tx) => {
    const current = await getCollaboration(tx, id);
    if (!current) throw noSuchCollaboration();
    const account = await requireCollaboration(tx, actor, current, 'edit');
    const area = checkArea(engine, input.area);
    if (input.workspaceId !== null && input.workspaceId !== current.workspaceId)
      await requireLinkable(tx, actor, input.workspaceId);
    const { version, ...rest } = input;
    const updated = await updateCollaboration(tx, {
      id,
      entry: entryOf(rest, area),
      workspaceId: input.workspaceId,
      version,
      accountId: account.id,
    });
    if (!updated) throw stale('Dit samenwerkingsverband', await viewOf(deps, actor, current, tx), input);
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: 'dsv.collaboration.update',
      workspaceId: updated.workspaceId ?? current.workspaceId,
      detail: { collaboration: id, version: updated.version, workspace: updated.workspaceId },
      ip: actor.ip,
    });
    return viewOf(deps, actor, updated, tx);
  });
}

export const noSuchCollaboration = () => notFound('Dit samenwerkingsverband bestaat niet.');

export async function getCollaborationView(
  deps: DsvDeps,
  actor: Actor,
  id: string,
): Promise<CollaborationView> {
  const row = await getCollaboration(deps.db, id);
  if (!row) throw noSuchCollaboration();
  return viewOf(deps, actor, row);
}

/** The public register: name, area, start year, status; the map of collaborations by area is drawn from it. */
export async function listRegister(deps: DsvDeps): Promise<CollaborationListItem[]> {
  const engine = await deps.engine();
  const geography = geographyOf(engine);
  return (await listCollaborations(deps.db)).map((row) => ({
    id: row.id,
    name: row.name,
    area: deriveArea(row.entry.area, geography),
    startYear: row.entry.startYear,
    status: checkDefinition(row.entry).passes ? 'geregistreerd' : 'concept',
    organisations: row.entry.partners.length,
  }));
}
