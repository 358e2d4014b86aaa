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

// ---------------------------------------------------------------------------------------------- goals and actions

/**
 * The rows of a kernopgave's goals or actions, which store alike: `fields` lists the content columns ('a, b, …') in
 * the order of `params` (a column may name its cast, `milestones::jsonb`); `columns` is what a read returns.
 */
function kernopgaveChildren<T, Input>(
  table: string,
  fields: string,
  columns: string,
  toRow: (row: Record<string, unknown>) => T,
  params: (input: Input) => unknown[],
) {
  // $1–$3 are the ids (and the expected version); the fields follow from $4.
  const named = fields.split(/,\s*/).map((f) => f.split('::') as [string, string?]);
  const names = named.map(([name]) => name);
  const values = named.map(([, cast], i) => `$${i + 4}${cast ? `::${cast}` : ''}`);
  const insertSql = `INSERT INTO ${table} (id, workspace_id, kernopgave_id, ${names.join(', ')})
     VALUES ($1, $2, $3, ${values.join(', ')}) RETURNING ${columns}`;
  const updateSql = `UPDATE ${table} SET ${names.map((n, i) => `${n} = ${values[i]}`).join(', ')},
       version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${columns}`;
  return {
    ...workspaceRows(table, columns, 'created_at, id', toRow),
    insert: async (db: Queryable, workspaceId: string, kernopgaveId: string, input: Input): Promise<T> => {
      const [row] = await db.query(insertSql, [newId(), workspaceId, kernopgaveId, ...params(input)]);
      return toRow(row!);
    },
    update: async (
      db: Queryable,
      workspaceId: string,
      id: string,
      expectedVersion: number,
      input: Input,
    ): Promise<T | null> => {
      const [row] = await db.query(updateSql, [workspaceId, id, expectedVersion, ...params(input)]);
      return row ? toRow(row) : null;
    },
    /** Deletes when the version matches; false: no such row or a stale version. */
    remove: async (db: Queryable, workspaceId: string, id: string, expectedVersion: number) =>
      (
        await db.query(
          `DELETE FROM ${table} WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING id`,
          [workspaceId, id, expectedVersion],
        )
      ).length === 1,
  };
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
const goalRows = kernopgaveChildren(
  'plan_goal',
  `title, indicator_id, measure_source, breakdown, baseline_value, baseline_lower, baseline_upper, baseline_period,
   target_value, target_date, owner_organisation_id`,
  goalColumns,
  toGoal,
  goalParams,
);

export const insertGoal = goalRows.insert;
export const getGoal = goalRows.get;
export const listGoals = goalRows.list;
export const updateGoal = goalRows.update;

/** Deletes when the version matches (and takes the goal out of the actions that named it); false: none deleted. */
export async function deleteGoal(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const deleted = await goalRows.remove(db, workspaceId, id, expectedVersion);
  if (deleted)
    await db.query(
      'UPDATE plan_action SET goal_ids = array_remove(goal_ids, $2) WHERE workspace_id = $1 AND $2 = ANY(goal_ids)',
      [workspaceId, id],
    );
  return deleted;
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
const actionRows = kernopgaveChildren(
  'plan_action',
  `title, description, type, forms, responsible, goal_ids, payment_arrangement, payment_note, milestones::jsonb`,
  actionColumns,
  toAction,
  actionParams,
);

export const insertAction = actionRows.insert;
export const getAction = actionRows.get;
export const listActions = actionRows.list;
export const updateAction = actionRows.update;
export const deleteAction = actionRows.remove;
