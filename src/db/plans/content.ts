// The plan's content: kernopgaven, their goals and actions, each with a version number (optimistic locking: an
// update or delete names the version it read and changes nothing when that is no longer the current one). SQL only.

import type { Action, Goal, Kernopgave, Versioned } from '../../plans/document.ts';
import type { Queryable } from '../connection.ts';
import { newId } from '../ids.ts';
import { iso, json, num, workspaceRows } from './rows.ts';

// ---------------------------------------------------------------------------------------------------- kernopgaven
const kernopgaveColumns = `id, position, title, description, candidate_id AS "candidateId", theme_id AS "themeId",
  round_id AS "roundId", version, updated_at AS "updatedAt"`;
const toKernopgave = (r: Record<string, unknown>): Versioned<Kernopgave> => ({
  ...(r as unknown as Versioned<Kernopgave>),
  updatedAt: iso(r.updatedAt),
});

export async function insertKernopgave(
  db: Queryable,
  workspaceId: string,
  k: Omit<Kernopgave, 'id'>,
): Promise<Versioned<Kernopgave>> {
  const [row] = await db.query(
    `INSERT INTO plan_kernopgave (id, workspace_id, position, title, description, candidate_id, theme_id, round_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${kernopgaveColumns}`,
    [newId(), workspaceId, k.position, k.title, k.description, k.candidateId, k.themeId, k.roundId],
  );
  return toKernopgave(row!);
}

const kernopgaveRows = workspaceRows('plan_kernopgave', kernopgaveColumns, 'position, id', toKernopgave);
export const getKernopgave = kernopgaveRows.get;
export const listKernopgaven = kernopgaveRows.list;

export async function updateKernopgave(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  fields: { title: string; description: string },
): Promise<Versioned<Kernopgave> | null> {
  const [row] = await db.query(
    `UPDATE plan_kernopgave SET title = $4, description = $5, version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${kernopgaveColumns}`,
    [workspaceId, id, expectedVersion, fields.title, fields.description],
  );
  return row ? toKernopgave(row) : null;
}

// ---------------------------------------------------------------------------------------------------------- goals

const goalColumns = `id, kernopgave_id AS "kernopgaveId", title, indicator_id AS "indicatorId",
  measure_source AS "measureSource", breakdown, baseline_value AS "baselineValue", baseline_lower AS "baselineLower",
  baseline_upper AS "baselineUpper", baseline_period AS "baselinePeriod", target_value AS "targetValue",
  target_date AS "targetDate", owner_organisation_id AS "ownerOrganisationId", version, updated_at AS "updatedAt"`;
const toGoal = (r: Record<string, unknown>): Versioned<Goal> => ({
  id: String(r.id),
  kernopgaveId: String(r.kernopgaveId),
  title: String(r.title),
  indicatorId: (r.indicatorId as string | null) ?? null,
  measureSource: r.measureSource as Goal['measureSource'],
  breakdown: String(r.breakdown),
  baseline: {
    value: num(r.baselineValue),
    lower: num(r.baselineLower),
    upper: num(r.baselineUpper),
    period: (r.baselinePeriod as string | null) ?? null,
  },
  target: { value: num(r.targetValue), date: (r.targetDate as string | null) ?? null },
  ownerOrganisationId: (r.ownerOrganisationId as string | null) ?? null,
  version: Number(r.version),
  updatedAt: iso(r.updatedAt),
});
const goalParams = (g: Omit<Goal, 'id' | 'kernopgaveId'>) => [
  g.title,
  g.indicatorId,
  g.measureSource,
  g.breakdown,
  g.baseline.value,
  g.baseline.lower,
  g.baseline.upper,
  g.baseline.period,
  g.target.value,
  g.target.date,
  g.ownerOrganisationId,
];

export async function insertGoal(
  db: Queryable,
  workspaceId: string,
  kernopgaveId: string,
  g: Omit<Goal, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Goal>> {
  const [row] = await db.query(
    `INSERT INTO plan_goal (id, workspace_id, kernopgave_id, title, indicator_id, measure_source, breakdown,
       baseline_value, baseline_lower, baseline_upper, baseline_period, target_value, target_date,
       owner_organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${goalColumns}`,
    [newId(), workspaceId, kernopgaveId, ...goalParams(g)],
  );
  return toGoal(row!);
}

const goalRows = workspaceRows('plan_goal', goalColumns, 'created_at, id', toGoal);
export const getGoal = goalRows.get;

export const listGoals = goalRows.list;

export async function updateGoal(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  g: Omit<Goal, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Goal> | null> {
  const [row] = await db.query(
    `UPDATE plan_goal SET title = $4, indicator_id = $5, measure_source = $6, breakdown = $7, baseline_value = $8,
       baseline_lower = $9, baseline_upper = $10, baseline_period = $11, target_value = $12, target_date = $13,
       owner_organisation_id = $14, version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${goalColumns}`,
    [workspaceId, id, expectedVersion, ...goalParams(g)],
  );
  return row ? toGoal(row) : null;
}

/** Deletes when the version matches; null: no such goal, false: stale version. */
export async function deleteGoal(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM plan_goal WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING id',
    [workspaceId, id, expectedVersion],
  );
  if (rows.length === 1)
    await db.query(
      'UPDATE plan_action SET goal_ids = array_remove(goal_ids, $2) WHERE workspace_id = $1 AND $2 = ANY(goal_ids)',
      [workspaceId, id],
    );
  return rows.length === 1;
}

// -------------------------------------------------------------------------------------------------------- actions

const actionColumns = `id, kernopgave_id AS "kernopgaveId", title, description, type, forms, responsible,
  goal_ids AS "goalIds", payment_arrangement AS "paymentArrangement", payment_note AS "paymentNote", milestones,
  version, updated_at AS "updatedAt"`;
const toAction = (r: Record<string, unknown>): Versioned<Action> => ({
  id: String(r.id),
  kernopgaveId: String(r.kernopgaveId),
  title: String(r.title),
  description: String(r.description),
  type: r.type as Action['type'],
  forms: r.forms as Action['forms'],
  responsibleOrganisationIds: r.responsible as string[],
  goalIds: r.goalIds as string[],
  payment: {
    arrangement: (r.paymentArrangement as Action['payment']['arrangement']) ?? null,
    note: String(r.paymentNote ?? ''),
  },
  milestones: json<Action['milestones']>(r.milestones),
  version: Number(r.version),
  updatedAt: iso(r.updatedAt),
});
const actionParams = (a: Omit<Action, 'id' | 'kernopgaveId'>) => [
  a.title,
  a.description,
  a.type,
  a.forms,
  a.responsibleOrganisationIds,
  a.goalIds,
  a.payment.arrangement,
  a.payment.note,
  JSON.stringify(a.milestones),
];

export async function insertAction(
  db: Queryable,
  workspaceId: string,
  kernopgaveId: string,
  a: Omit<Action, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Action>> {
  const [row] = await db.query(
    `INSERT INTO plan_action (id, workspace_id, kernopgave_id, title, description, type, forms, responsible,
       goal_ids, payment_arrangement, payment_note, milestones)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb) RETURNING ${actionColumns}`,
    [newId(), workspaceId, kernopgaveId, ...actionParams(a)],
  );
  return toAction(row!);
}

const actionRows = workspaceRows('plan_action', actionColumns, 'created_at, id', toAction);
export const getAction = actionRows.get;

export const listActions = actionRows.list;

export async function updateAction(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  a: Omit<Action, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Action> | null> {
  const [row] = await db.query(
    `UPDATE plan_action SET title = $4, description = $5, type = $6, forms = $7, responsible = $8, goal_ids = $9,
       payment_arrangement = $10, payment_note = $11, milestones = $12::jsonb, version = version + 1,
       updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${actionColumns}`,
    [workspaceId, id, expectedVersion, ...actionParams(a)],
  );
  return row ? toAction(row) : null;
}

export async function deleteAction(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM plan_action WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING id',
    [workspaceId, id, expectedVersion],
  );
  return rows.length === 1;
}
