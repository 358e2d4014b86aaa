// What the learning service needs: the database, the catalogue and the regiobeeld engine (for the residents'
// page). The AppContext satisfies it structurally.
import type { Database } from '../../db/connection.ts';
import type { Catalog } from '../../indicators/schema.ts';
import type { RegiobeeldEngine } from '../../regiobeeld/engine.ts';

export interface LearningDeps {
  db: Database;
  catalog: Catalog;
  engine(): Promise<RegiobeeldEngine>;
}
