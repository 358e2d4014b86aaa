// The sources service: importing a CBS table or an operator's file into the open data, and the imported tables and
// files with their snapshots and cells. Thin entry points over src/sources/cbs, src/sources/upload and the source
// store; the routes and the command line call these.
import { invalid, notFound } from '../access/errors.ts';
import type { Database } from '../db/connection.ts';
import { getSourceTable, listSourceFiles, listSourceTables, sourceCells } from '../db/sourceStore.ts';
import type { Catalog } from '../indicators/schema.ts';
import { type CbsImportOptions, importCbsTable, importStatlineCsvFile } from './cbs/import.ts';
import { importFile } from './upload/import.ts';
import type { UploadLimits } from './upload/limits.ts';

export {
  CbsImportError,
  type CbsImportProgress,
  type CbsImportResult,
  TABLE_ID,
} from './cbs/import.ts';
export { StatlineCsvError } from './cbs/statlineCsv.ts';
export { type FileImportResult, formatUploadError } from './upload/import.ts';

export interface SourceDeps {
  db: Database;
  catalog: Catalog;
  /** forget the read models after an import */
  invalidate?: () => void;
  /** The settings; only the upload limits are read here. */
  config?: { uploadLimits?: Partial<UploadLimits> };
}

/** Imports a CBS StatLine table: all of it in one transaction, or nothing. */
export const importCbs = (deps: SourceDeps, tableId: string, options: CbsImportOptions = {}) =>
  importCbsTable(deps, tableId, options);

/** Imports a StatLine CSV download onto the same raw source tables as an OData import. */
export const importStatlineCsv = (
  deps: SourceDeps,
  filePath: string,
  tableId: string,
  options: CbsImportOptions = {},
) => importStatlineCsvFile(deps, filePath, tableId, options);

/** Imports an operator's CSV/XLSX with its mapping: all rows or, with any error, none. */
export const importObservationFile = (
  deps: SourceDeps,
  filePath: string,
  mappingPath: string,
  options: { maxErrors?: number; maxBytes?: number; limits?: Partial<UploadLimits> } = {},
) => importFile(deps, filePath, mappingPath, options);

export async function listSources(deps: SourceDeps) {
  return { tables: await listSourceTables(deps.db), files: await listSourceFiles(deps.db) };
}

export async function sourceTable(deps: SourceDeps, tableId: string) {
  const table = await getSourceTable(deps.db, tableId);
  if (!table) throw notFound(`Tabel '${tableId}' is niet geïmporteerd`);
  return table;
}

export interface CellQuery {
  measure?: string;
  region?: string;
  period?: string;
  limit: number;
  offset: number;
}

/** Cells of a table's current snapshot, filtered by measure, region and period (our period code). */
export async function sourceObservations(deps: SourceDeps, tableId: string, query: CellQuery) {
  const table = await sourceTable(deps, tableId);
  const { measure, region, period, limit, offset } = query;
  if (measure !== undefined && !table.measures.some((m) => m.key === measure)) {
    throw invalid(
      'measure',
      `'${measure}' is geen meetwaarde van ${table.tableId} (${table.measures
        .slice(0, 5)
        .map((m) => m.key)
        .join(', ')}${table.measures.length > 5 ? ', …' : ''})`,
    );
  }
  const regionDim = table.dimensions.find((d) => d.kind === 'region');
  const regionCode = region?.trim().toUpperCase();
  if (regionCode !== undefined) {
    if (!regionDim) throw invalid('region', `tabel ${table.tableId} heeft geen regiodimensie`);
    if (!regionDim.codes.some((c) => c.key.toUpperCase() === regionCode)) {
      throw invalid('region', `'${region}' komt niet voor in ${regionDim.key} van ${table.tableId}`);
    }
  }
  let periodCbs: string[] | undefined;
  if (period !== undefined) {
    const periodDim = table.dimensions.find((d) => d.kind === 'period');
    if (!periodDim) throw invalid('period', `tabel ${table.tableId} heeft geen periodedimensie`);
    periodCbs = periodDim.codes.filter((c) => c.period === period).map((c) => c.key);
    if (periodCbs.length === 0) {
      const known = periodDim.codes.flatMap((c) => (c.period ? [c.period] : []));
      throw invalid(
        'period',
        `'${period}' is geen periode van ${table.tableId} (${known.slice(0, 6).join(', ')}${known.length > 6 ? ', …' : ''})`,
      );
    }
  }
  const canonicalRegion = regionCode
    ? regionDim!.codes.find((c) => c.key.toUpperCase() === regionCode)!.key
    : undefined;
  const { total, cells } = await sourceCells(deps.db, table.snapshotId, {
    measure,
    region: canonicalRegion,
    periodCbs,
    limit,
    offset,
  });
  return {
    tableId: table.tableId,
    snapshotId: table.snapshotId,
    total,
    count: cells.length,
    observations: cells,
  };
}

/** Loads the shipped open-data bundle (idempotent unless forced). */
export const loadOpenData = async (
  deps: SourceDeps,
  options: { dataDir?: string; force?: boolean; log?: (line: string) => void },
) => (await import('./bundle/load.ts')).loadBundle(deps.db, deps.catalog, options);
