// What the DSV service needs from the application (the AppContext satisfies it structurally).
import type { Database } from '../../db/connection.ts';
import type { RegiobeeldEngine } from '../../regiobeeld/engine.ts';

export interface DsvDeps {
  db: Database;
  engine(): Promise<RegiobeeldEngine>;
}
