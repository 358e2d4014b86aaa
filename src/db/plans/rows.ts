// What the plan stores share: reading driver values (dates, JSON, numbers) and the rows of one plan table that
// belong to a workspace.

import type { Queryable } from '../connection.ts';

export const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
export const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Reading the rows of one plan table that belong to a workspace: one by id, or all in the table's order. */
export function workspaceRows<T>(
  table: string,
  columns: string,
  order: string,
  toRow: (row: Record<string, unknown>) => T,
) {
  return {
    get: async (db: Queryable, workspaceId: string, id: string): Promise<T | null> => {
      const [row] = await db.query(`SELECT ${columns} FROM ${table} WHERE workspace_id = $1 AND id = $2`, [
        workspaceId,
        id,
      ]);
      return row ? toRow(row) : null;
    },
    list: async (db: Queryable, workspaceId: string): Promise<T[]> =>
      (
        await db.query(`SELECT ${columns} FROM ${table} WHERE workspace_id = $1 ORDER BY ${order}`, [
          workspaceId,
        ])
      ).map(toRow),
  };
}
