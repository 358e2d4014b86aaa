// The published regioplannen of a region, for the executive report (SQL only).
import type { Queryable } from './connection.ts';

/** Workspaces with a published plan for this standard region, most recently updated first. */
export async function publishedPlanWorkspaces(db: Queryable, regionCode: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT w.id FROM workspace w JOIN plan p ON p.workspace_id = w.id
     WHERE p.published AND w.region_code = $1
     ORDER BY p.updated_at DESC NULLS LAST, w.id`,
    [regionCode],
  );
  return rows.map((r) => r.id);
}
