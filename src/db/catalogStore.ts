// Writes the indicator catalogue (catalog/*.json) into the database, so SQL can join on it. Runs at every start.
import type { Catalog } from '../indicators/schema.ts';
import type { Database } from './connection.ts';

export async function syncCatalog(db: Database, catalog: Catalog): Promise<void> {
  await db.transaction(async (tx) => {
    for (const c of catalog.categories) {
      await tx.query(
        `INSERT INTO category (id, sort_order, meta) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET sort_order = EXCLUDED.sort_order, meta = EXCLUDED.meta`,
        [c.id, c.order, JSON.stringify(c)],
      );
    }
    for (const t of catalog.themes) {
      await tx.query(
        `INSERT INTO theme (id, category, sort_order, usable_indicator, meta) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET category = EXCLUDED.category, sort_order = EXCLUDED.sort_order,
           usable_indicator = EXCLUDED.usable_indicator, meta = EXCLUDED.meta`,
        [t.id, t.category, t.order, t.usableIndicator, JSON.stringify(t)],
      );
    }
    for (const i of catalog.indicators) {
      await tx.query(
        `INSERT INTO indicator (id, version, category, theme, meta) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, category = EXCLUDED.category,
           theme = EXCLUDED.theme, meta = EXCLUDED.meta`,
        [i.id, i.version, i.category, i.theme, JSON.stringify(i)],
      );
    }
  });
}
