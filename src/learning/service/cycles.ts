// Learning cycles of a workspace: list, create, read with sessions and lessons, change (title, question, role,
// status, published) with the optimistic lock, and sessions with participants per perspective and decisions.
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound, stale } from '../../access/errors.ts';
import { requireWorkspace } from '../../access/workspaceAccess.ts';
import { newId } from '../../accounts/tokens.ts';
import type { Queryable } from '../../db/connection.ts';
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
import { type LearningPermission, mayLearn } from '../permissions.ts';
import type { CycleInput, CycleUpdate, SessionInput } from '../schema.ts';
import type { LearningDeps } from './deps.ts';

const messages: Record<LearningPermission, string> = {
  read: 'Uw rol geeft geen toegang tot de leercycli.',
  write: 'Alleen partners, analisten en beheerders leggen sessies en lessen vast.',
  publish: 'Alleen een beheerder van de werkruimte publiceert een leercyclus.',
};

export const access = (db: Queryable, actor: Actor, workspaceId: string, permission: LearningPermission) =>
  requireWorkspace(
    db,
    actor,
    workspaceId,
    (role, admin) => mayLearn(role, admin, permission),
    messages[permission],
  );

export const audit = (
  tx: Queryable,
  actor: Actor,
  workspaceId: string,
  action: string,
  detail: Record<string, unknown>,
) =>
  appendAudit(tx, {
    actorId: actor.account?.id ?? null,
    actorEmail: actor.account?.email ?? null,
    action,
    workspaceId,
    detail,
    ip: actor.ip,
  });

export const noSuchCycle = () => notFound('Deze leercyclus bestaat niet in deze werkruimte.');

export async function cycles(deps: LearningDeps, actor: Actor, workspaceId: string) {
  await access(deps.db, actor, workspaceId, 'read');
  return listCycles(deps.db, workspaceId);
}

export async function createCycle(deps: LearningDeps, actor: Actor, workspaceId: string, input: CycleInput) {
  const { account } = await access(deps.db, actor, workspaceId, 'write');
  return deps.db.transaction(async (tx) => {
    const cycle = await insertCycle(tx, newId(), workspaceId, input, account.id);
    await audit(tx, actor, workspaceId, 'learning.cycle.create', { cycle: cycle.id, title: cycle.title });
    return cycle;
  });
}

export async function readCycle(deps: LearningDeps, actor: Actor, workspaceId: string, id: string) {
  await access(deps.db, actor, workspaceId, 'read');
  const cycle = await getCycle(deps.db, workspaceId, id);
  if (!cycle) throw noSuchCycle();
  return { cycle, sessions: await listSessions(deps.db, id), lessons: await listLessons(deps.db, id) };
}

export async function changeCycle(
  deps: LearningDeps,
  actor: Actor,
  workspaceId: string,
  id: string,
  change: CycleUpdate,
) {
  const current = await getCycle(deps.db, workspaceId, id);
  const publishing = current !== null && change.published !== current.published;
  await access(deps.db, actor, workspaceId, publishing ? 'publish' : 'write');
  return deps.db.transaction(async (tx) => {
    const locked = await getCycle(tx, workspaceId, id, true);
    if (!locked) throw noSuchCycle();
    if (locked.version !== change.version) throw stale('Deze leercyclus', locked, change);
    if (change.published && (await listLessons(tx, id)).length === 0)
      throw invalid('published', 'een leercyclus zonder lessen kan niet worden gepubliceerd');
    const updated = await updateCycle(tx, locked, change);
    if (!updated) throw stale('Deze leercyclus', locked, change);
    await audit(tx, actor, workspaceId, 'learning.cycle.update', {
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
  workspaceId: string,
  cycleId: string,
  input: SessionInput,
) {
  await access(deps.db, actor, workspaceId, 'write');
  const total = Object.values(input.participants).reduce((a, b) => a + b, 0);
  if (total === 0)
    throw invalid('participants', 'noem per perspectief hoeveel deelnemers er waren (minstens één)');
  return deps.db.transaction(async (tx) => {
    const cycle = await getCycle(tx, workspaceId, cycleId, true);
    if (!cycle) throw noSuchCycle();
    const session = await insertSession(tx, newId(), cycleId, input);
    await touchCycle(tx, cycleId);
    await audit(tx, actor, workspaceId, 'learning.session.create', { cycle: cycleId, session: session.id });
    return session;
  });
}
