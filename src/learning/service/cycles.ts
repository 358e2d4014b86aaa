// Learning cycles of a workspace or a collaboration: list, create, read with sessions and lessons, change (title,
// question, role, status, published) with the optimistic lock, and sessions with participants per perspective and
// decisions.
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import {
  getCycle,
  insertCycle,
  insertSession,
  listCycles,
  listLessons,
  listSessions,
  touchCycle,
  updateCycle,
} from '../../db/learningStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import type { Cycle, CycleInput, CycleUpdate, SessionInput } from '../schema.ts';
import type { LearningDeps } from './deps.ts';
import { homeFor, inScope, type Owner, type ResolvedOwner, resolveOwner } from './owner.ts';

export const audit = (
  tx: Queryable,
  actor: Actor,
  owner: ResolvedOwner,
  action: string,
  detail: Record<string, unknown>,
) =>
  appendAudit(tx, {
    actorId: actor.account?.id ?? null,
    actorEmail: actor.account?.email ?? null,
    action,
    workspaceId: owner.home.workspaceId,
    detail: owner.home.collaborationId ? { ...detail, collaboration: owner.home.collaborationId } : detail,
    ip: actor.ip,
  });

export const noSuchCycle = () =>
  notFound('Deze leercyclus bestaat niet bij deze werkruimte of dit samenwerkingsverband.');

/** The cycle, when it is in the owner's scope (404 otherwise). */
export async function cycleOf(db: Queryable, owner: ResolvedOwner, id: string, lock = false): Promise<Cycle> {
  const cycle = await getCycle(db, id, lock);
  if (!cycle || !inScope(cycle, owner.scope)) throw noSuchCycle();
  return cycle;
}

export async function cycles(deps: LearningDeps, actor: Actor, owner: Owner) {
  const resolved = await resolveOwner(deps.db, actor, owner, 'read');
  return listCycles(deps.db, resolved.scope);
}

export async function createCycle(deps: LearningDeps, actor: Actor, owner: Owner, input: CycleInput) {
  const resolved = await resolveOwner(deps.db, actor, owner, 'write');
  return deps.db.transaction(async (tx) => {
    const home = await homeFor(tx, resolved, input.collaborationId);
    const cycle = await insertCycle(tx, newId(), home, input, resolved.account.id);
    await audit(tx, actor, resolved, 'learning.cycle.create', { cycle: cycle.id, title: cycle.title });
    return cycle;
  });
}

export async function readCycle(deps: LearningDeps, actor: Actor, owner: Owner, id: string) {
  const resolved = await resolveOwner(deps.db, actor, owner, 'read');
  const cycle = await cycleOf(deps.db, resolved, id);
  return { cycle, sessions: await listSessions(deps.db, id), lessons: await listLessons(deps.db, id) };
}

export async function changeCycle(
  deps: LearningDeps,
  actor: Actor,
  owner: Owner,
  id: string,
  change: CycleUpdate,
) {
  const reader = await resolveOwner(deps.db, actor, owner, 'read');
  const current = await cycleOf(deps.db, reader, id);
  const resolved = await resolveOwner(
    deps.db,
    actor,
    owner,
    change.published !== current.published ? 'publish' : 'write',
  );
  return deps.db.transaction(async (tx) => {
    const locked = await cycleOf(tx, resolved, id, true);
    if (locked.version !== change.version) throw stale('Deze leercyclus', locked, change);
    if (change.published && (await listLessons(tx, id)).length === 0)
      throw invalid('published', 'een leercyclus zonder lessen kan niet worden gepubliceerd');
    // The owner of a cycle does not change; a workspace's cycle keeps the collaboration it was about.
    const updated = await updateCycle(tx, locked, { ...change, collaborationId: locked.collaborationId });
    if (!updated) throw stale('Deze leercyclus', locked, change);
    await audit(tx, actor, resolved, 'learning.cycle.update', {
      cycle: id,
      status: updated.status,
      published: updated.published,
    });
    return updated;
  });
}

export async function addSession(
  deps: LearningDeps,
  actor: Actor,
  owner: Owner,
  cycleId: string,
  input: SessionInput,
) {
  const resolved = await resolveOwner(deps.db, actor, owner, 'write');
  const total = Object.values(input.participants).reduce((a, b) => a + b, 0);
  if (total === 0)
    throw invalid('participants', 'noem per perspectief hoeveel deelnemers er waren (minstens één)');
  return deps.db.transaction(async (tx) => {
    await cycleOf(tx, resolved, cycleId, true);
    const session = await insertSession(tx, newId(), cycleId, input);
    await touchCycle(tx, cycleId);
    await audit(tx, actor, resolved, 'learning.session.create', { cycle: cycleId, session: session.id });
    return session;
  });
}
