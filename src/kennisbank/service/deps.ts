// What the kennisbank service needs: the database and the indicator catalogue (themes and indicators to check tags
// against). The AppContext satisfies it structurally.
import type { Database } from '../../db/connection.ts';
import type { Catalog } from '../../indicators/schema.ts';

export interface KennisbankDeps {
  db: Database;
  catalog: Catalog;
}

export const themeNames = (catalog: Catalog) => new Map(catalog.themes.map((t) => [t.id, t.name.nl]));
