// The phase self-assessment: a collaboration starts one at a moment, each member adds their own contribution, and the
// combination (median phase, median and spread per principle) is shown with the history of earlier ones.

import type { Actor } from '../../access/actor.ts';
import { invalid, notFound } from '../../access/errors.ts';
import { newId } from '../../accounts/tokens.ts';
import type { Queryable } from '../../db/connection.ts';
import {
  contributionsOf,
  getCollaboration,
  insertAssessment,
  listAssessments,
  saveContribution,
} from '../../db/dsvStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import { type CombinedAssessment, type Contribution, combine, history } from '../phases.ts';
import type { AssessmentsAnswer, AssessmentView } from '../views.ts';
import { requireCollaboration } from './access.ts';
import type { DsvDeps } from './context.ts';

async function assessmentsOf(db: Queryable, collaborationId: string, accountId: string | null) {
  const [assessments, contributions] = await Promise.all([
    listAssessments(db, collaborationId),
    contributionsOf(db, collaborationId),
  ]);
  return assessments.map((a) => {
    const own = contributions.filter((k) => k.assessmentId === a.id);
    return {
      id: a.id,
      date: a.date,
      combined: combine(own.map((k) => k.contribution)),
      mine: own.find((k) => k.accountId === accountId)?.contribution ?? null,
    };
  });
}

/** The latest assessment that has a combined phase (for the collaboration page and the knowledge suggestions). */
export async function latestAssessment(
  db: Queryable,
  collaborationId: string,
): Promise<CombinedAssessment | null> {
  const all = await assessmentsOf(db, collaborationId, null);
  return [...all].reverse().find((a) => a.combined.phase !== null)?.combined ?? null;
}

export async function listCollaborationAssessments(
  deps: DsvDeps,
  actor: Actor,
  collaborationId: string,
): Promise<AssessmentsAnswer> {
  const c = await getCollaboration(deps.db, collaborationId);
  if (!c) throw notFound('Dit samenwerkingsverband bestaat niet.');
  const account = await requireCollaboration(deps.db, actor, c, 'read');
  const assessments = await assessmentsOf(deps.db, collaborationId, account.id);
  return {
    assessments,
    history: history(
      assessments.map((a) => ({
        id: a.id,
        date: a.date,
        phase: a.combined.phase,
        contributors: a.combined.contributors,
      })),
    ),
    current: [...assessments].reverse().find((a) => a.combined.phase !== null) ?? null,
  };
}

const today = () => new Date().toISOString().slice(0, 10);

export async function startAssessment(
  deps: DsvDeps,
  actor: Actor,
  collaborationId: string,
  input: { date?: string | undefined },
): Promise<{ id: string; date: string }> {
  return deps.db.transaction(async (tx) => {
    const c = await getCollaboration(tx, collaborationId);
    if (!c) throw notFound('Dit samenwerkingsverband bestaat niet.');
    const account = await requireCollaboration(tx, actor, c, 'assess');
    const date = input.date ?? today();
    if (date > today())
      throw invalid('date', `${date} ligt in de toekomst; een zelfevaluatie gaat over nu of eerder`);
    const id = newId();
    await insertAssessment(tx, { id, collaborationId, date, accountId: account.id });
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: 'dsv.assessment.start',
      workspaceId: c.workspaceId,
      detail: { collaboration: collaborationId, assessment: id, date },
      ip: actor.ip,
    });
    return { id, date };
  });
}

export async function contribute(
  deps: DsvDeps,
  actor: Actor,
  collaborationId: string,
  assessmentId: string,
  contribution: Contribution,
): Promise<AssessmentView> {
  return deps.db.transaction(async (tx) => {
    const c = await getCollaboration(tx, collaborationId);
    if (!c) throw notFound('Dit samenwerkingsverband bestaat niet.');
    const account = await requireCollaboration(tx, actor, c, 'assess');
    const assessments = await listAssessments(tx, collaborationId);
    if (!assessments.some((a) => a.id === assessmentId))
      throw notFound('Deze zelfevaluatie hoort niet bij dit samenwerkingsverband.');
    await saveContribution(tx, { assessmentId, accountId: account.id, contribution });
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: 'dsv.assessment.contribute',
      workspaceId: c.workspaceId,
      detail: { collaboration: collaborationId, assessment: assessmentId, phase: contribution.phase },
      ip: actor.ip,
    });
    const views = await assessmentsOf(tx, collaborationId, account.id);
    return views.find((v) => v.id === assessmentId)!;
  });
}
