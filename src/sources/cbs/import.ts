// Importing a CBS StatLine table: every page CBS sends is kept as it came (an immutable snapshot addressed by the
// hash of its pages), every cell is stored in long format, and when a mapping exists the indicator observations
// are derived from it — all in one transaction, streamed in batches so memory stays flat whatever the table's size.
// A failure anywhere (network, 404, a page that does not parse, a table whose structure changed) leaves the
// database exactly as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database, Queryable } from '../../db/connection.ts';
import type { SnapshotRecord } from '../../db/observationStore.ts';
import {
  createStage,
  currentStructure,
  currentTable,
  deleteDerivedObservations,
  firstDuplicateCell,
  regionCodes,
  replaceCurrentRows,
  type StagedRow,
  saveCbsSnapshot,
  setCurrentTable,
  snapshotRetrievedAt,
  snapshotStructure,
  stagePage,
  stageRows,
} from '../../db/sourceStore.ts';
import type { Catalog } from '../../indicators/schema.ts';
import { CbsClient, type CbsClientOptions } from './client.ts';
import { checkFilter, combineFilters, FilterError, parseFilter } from './filter.ts';
import { periodsFilter, regionsFilter } from './filterShortcuts.ts';
import {
  applyMapping,
  findMapping,
  type LoadedMapping,
  type MappingResult,
  mappingCovers,
  type ResolvedMapping,
  resolveMapping,
} from './importMapping.ts';
import { parseCbsPeriod } from './periods.ts';
import { readStatlineCsv } from './statlineCsv.ts';
import type { CbsApi, CbsDimensionKind, CbsMetadata, CbsObservation } from './types.ts';

export interface CbsImportProgress {
  table: string;
  /** Data pages downloaded so far. */
  pages: number;
  /** Expected number of data pages, estimated from the first page; null when unknown. */
  totalPages: number | null;
  cells: number;
  totalCells: number | null;
}

export interface CbsImportOptions {
  api?: CbsApi;
  /** Base URL of the chosen API (default: env CBS_ODATA_V3_URL / CBS_ODATA_V4_URL, then the mapping's, then CBS). */
  baseUrl?: string;
  /** v3 only. Default UntypedDataSet: it keeps which StatLine symbol (. x - ?) an empty cell had. */
  dataSet?: 'TypedDataSet' | 'UntypedDataSet';
  /** Import even when the measures or dimensions differ from the table's previous snapshot. */
  acceptStructureChange?: boolean;
  /** An OData $filter: only these cells are downloaded (checked against the table's code lists first). */
  filter?: string;
  /** Shortcut for a filter on the period dimension: `2019-2026`, `2024,2025`, `2023Q4`. */
  periods?: string;
  /** Shortcut for a filter on the region dimension: `gemeente`, `gemeente,provincie,land`, `GM0363,PV27`. */
  regions?: string;
  /** Long rows written per statement. Default 5,000. */
  batchSize?: number;
  mappingsDir?: string;
  onProgress?: (progress: CbsImportProgress) => void;
  /** Passed to the CBS client (timeouts, retries, fetch; tests). */
  client?: Omit<CbsClientOptions, 'api' | 'onPage' | 'onProgress' | 'dataSet' | 'v3Url' | 'v4Url'>;
  /** Where the snapshot says it came from, when that is not the URL that was read (the bundle's replay). */
  location?: string;
  /** When the content was retrieved, when that was earlier than now (a recording's capture time). */
  retrievedAt?: string;
  /** Read the cells from a StatLine CSV download instead of the API: onto the structure of the table's current
   *  snapshot, or of its metadata from CBS when it was never imported. */
  csv?: { file: string; text: string };
  env?: Record<string, string | undefined>;
}

export interface CbsImportResult {
  tableId: string;
  api: CbsApi;
  /** imported: a new snapshot; unchanged: the same content as the current snapshot, nothing written;
   *  remapped: the same content, but the mapping changed and the indicator observations were derived again. */
  status: 'imported' | 'unchanged' | 'remapped';
  snapshotId: string;
  previousSnapshotId: string | null;
  retrievedAt: string;
  title: string;
  /** The $filter the cells were downloaded with (kept in the snapshot), or null for the whole table. */
  filter: string | null;
  /** v3: the data set read (UntypedDataSet, or TypedDataSet when the table has no UntypedDataSet); v4: null. */
  dataSet: 'TypedDataSet' | 'UntypedDataSet' | null;
  /** Where the cells came from: the OData API, or a StatLine CSV download. */
  format: 'odata' | 'statline-csv';
  pages: number;
  cells: number;
  bytes: number;
  mapping:
    | null
    | ({ file: string; applied: true } & MappingResult)
    | { file: string; applied: false; reason: string };
}

/** `filter` and `invalid` are the caller's mistake (exit code 2); the others are the data's (exit code 1). */
export type ImportErrorKind = 'structure' | 'incomplete' | 'invalid' | 'filter';

/** The download is not something we can keep (exit code 1); the message is one line, Dutch first. */
export class CbsImportError extends Error {
  override readonly name = 'CbsImportError';
  constructor(
    readonly kind: ImportErrorKind,
    nl: string,
    en: string,
  ) {
    super(`${nl} / ${en}`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const TABLE_ID = /^[A-Za-z0-9]{1,20}$/;

export async function importCbsTable(
  app: { db: Database; catalog: Catalog; invalidate?: () => void },
  tableId: string,
  options: CbsImportOptions = {},
): Promise<CbsImportResult> {
  const result = await app.db.transaction((tx) => importCbsTableIn(tx, app.catalog, tableId, options));
  if (result.status !== 'unchanged') app.invalidate?.();
  return result;
}

/** The import inside a transaction the caller owns (the bundle loader replays a recording in its own). */
export async function importCbsTableIn(
  tx: Queryable,
  catalog: Catalog,
  tableId: string,
  options: CbsImportOptions = {},
): Promise<CbsImportResult> {
  const app = { catalog };
  if (!TABLE_ID.test(tableId)) {
    throw new CbsImportError(
      'invalid',
      `'${tableId}' is geen CBS-tabelnummer (letters en cijfers, bijv. 03759ned)`,
      `'${tableId}' is not a CBS table id`,
    );
  }
  const api = options.api ?? 'v3';
  const env = options.env ?? process.env;
  const tableKey = tableId.toLowerCase();
  const loaded = findMapping(tableId, app.catalog, options.mappingsDir);
  const useMapping = loaded !== null && mappingCovers(loaded.mapping, api);

  let sink: ((url: string, body: string) => Promise<void>) | null = null;
  const envUrl = api === 'v3' ? env.CBS_ODATA_V3_URL : env.CBS_ODATA_V4_URL;
  const mappedUrl = api === 'v3' ? loaded?.mapping.source.v3Url : loaded?.mapping.source.v4Url;
  const baseUrl = options.baseUrl ?? (envUrl || undefined) ?? mappedUrl;
  const client = new CbsClient({
    ...options.client,
    env,
    api,
    dataSet: options.dataSet ?? 'UntypedDataSet',
    ...(api === 'v3' ? { v3Url: baseUrl } : { v4Url: baseUrl }),
    onPage: (url, body) => sink?.(url, body),
  });
  const location = options.location ?? `${api === 'v3' ? client.v3.apiUrl : client.v4.baseUrl}/${tableId}`;
  const retrievedAt = options.retrievedAt ?? new Date().toISOString();

  const outcome = await (async () => {
    await createStage(tx);
    const pageHashes: string[] = [];
    let bytes = 0;
    sink = async (url, body) => {
      const hash = sha256(body);
      pageHashes.push(hash);
      bytes += Buffer.byteLength(body);
      await stagePage(tx, { seq: pageHashes.length, url, sha256: hash, body });
    };

    const stored = options.csv ? await currentStructure(tx, tableKey) : null;
    const meta: CbsMetadata = stored
      ? {
          ...stored,
          tableId,
          api: stored.api as CbsApi,
          dimensions: stored.dimensions.map((d) => ({ ...d, kind: d.kind as CbsDimensionKind })),
          observationCount: null,
        }
      : await client.metadata(tableId);
    checkMetadata(meta);
    const filter = tableFilter(meta, options);
    // A CSV download, like a filtered one, holds a part of the table.
    const partial = filter !== null || options.csv !== undefined;
    let csvCells: CbsObservation[] | undefined;
    if (options.csv) {
      csvCells = readStatlineCsv(options.csv.text, options.csv.file, meta);
      await sink(`file:${options.csv.file}`, options.csv.text);
    }
    const current = await currentTable(tx, tableKey);
    if (current && current.api === meta.api && !stored && !options.acceptStructureChange) {
      await checkSameStructure(tx, current.snapshotId, meta);
    }
    const resolved: ResolvedMapping | null =
      useMapping && loaded ? resolveMapping(loaded, meta, app.catalog) : null;

    const cells = await streamCells(tx, client, meta, options, filter, csvCells);
    sink = null;
    await checkComplete(tx, meta, cells.cells, partial);

    const contentHash = sha256(pageHashes.join(''));
    const snapshotId = `cbs:${tableKey}:${contentHash.slice(0, 16)}`;
    const base = {
      tableId,
      api,
      snapshotId,
      previousSnapshotId: current?.snapshotId ?? null,
      title: meta.title,
      filter,
      dataSet: cells.dataSet,
      format: options.csv ? ('statline-csv' as const) : ('odata' as const),
      pages: pageHashes.length,
      cells: cells.cells,
      bytes,
    };

    if (current?.snapshotId === snapshotId) {
      // The same content as what we have: nothing changes, unless the mapping itself changed since.
      const retrievedBefore = (await snapshotRetrievedAt(tx, snapshotId)) ?? retrievedAt;
      if (!resolved || !loaded || current.mappingHash === loaded.hash) {
        return { ...base, status: 'unchanged' as const, retrievedAt: retrievedBefore, mapped: null };
      }
      const mapped = await derive(tx, loaded, resolved, meta, tableKey, snapshotId, partial);
      await setCurrentTable(tx, {
        tableKey,
        tableId,
        snapshotId,
        mappingFile: loaded.file,
        mappingHash: loaded.hash,
      });
      return { ...base, status: 'remapped' as const, retrievedAt: retrievedBefore, mapped };
    }

    // New content (or content we had before, from an older snapshot that comes back): keep it and make it current.
    const known = await snapshotRetrievedAt(tx, snapshotId);
    if (known === null) {
      const record: SnapshotRecord = {
        id: snapshotId,
        source: 'cbs',
        tableId,
        api,
        title: meta.title,
        licence: loaded?.mapping.source.licence ?? 'CC BY 4.0',
        attribution: loaded?.mapping.source.attribution ?? 'Bron: CBS',
        retrievedAt,
        contentHash,
        bytes,
        location,
      };
      await saveCbsSnapshot(tx, {
        record,
        tableKey,
        title: meta.title,
        modified: meta.modified,
        period: meta.period,
        filter,
        pages: pageHashes.length,
        observations: cells.cells,
        measures: meta.measures,
        dimensions: meta.dimensions.map((d) => ({
          key: d.key,
          title: d.title,
          kind: d.kind,
          codes: d.codes.map((c) => ({
            ...c,
            period: d.kind === 'period' ? (cells.periods.get(c.key) ?? null) : null,
          })),
        })),
      });
    }
    await replaceCurrentRows(tx, current?.snapshotId ?? null, snapshotId);
    const mapped =
      resolved && loaded ? await derive(tx, loaded, resolved, meta, tableKey, snapshotId, partial) : null;
    await setCurrentTable(tx, {
      tableKey,
      tableId,
      snapshotId,
      mappingFile: mapped ? loaded!.file : null,
      mappingHash: mapped ? loaded!.hash : null,
    });
    return { ...base, status: 'imported' as const, retrievedAt: known ?? retrievedAt, mapped };
  })();

  const { mapped, ...rest } = outcome;
  return {
    ...rest,
    mapping: loaded
      ? useMapping
        ? mapped
          ? { ...mapped, applied: true as const }
          : { file: loaded.file, applied: false, reason: 'zelfde inhoud en koppeling als de vorige import' }
        : {
            file: loaded.file,
            applied: false,
            reason: `de koppeling heeft geen ${api}-meetwaarden; alleen de ruwe tabel is geïmporteerd`,
          }
      : null,
  };
}

async function derive(
  tx: Parameters<typeof applyMapping>[0],
  loaded: LoadedMapping,
  resolved: ResolvedMapping,
  meta: CbsMetadata,
  tableKey: string,
  snapshotId: string,
  partial: boolean,
): Promise<MappingResult> {
  // A whole table replaces what earlier imports of it derived; a part of it only the keys it brings again.
  if (!partial) {
    await deleteDerivedObservations(
      tx,
      tableKey,
      resolved.indicators.map((i) => i.indicator.id),
    );
  }
  return applyMapping(tx, { loaded, resolved, meta, snapshotId, regions: await regionCodes(tx) });
}

/** The user's $filter and the --periods/--regions shortcuts as one filter, checked against the table. */
function tableFilter(meta: CbsMetadata, options: CbsImportOptions): string | null {
  try {
    const filter = combineFilters([
      options.filter,
      options.periods === undefined ? null : periodsFilter(options.periods, meta),
      options.regions === undefined ? null : regionsFilter(options.regions, meta),
    ]);
    if (filter !== null) checkFilter(parseFilter(filter), meta);
    return filter;
  } catch (error) {
    if (error instanceof FilterError) {
      throw new CbsImportError(
        'filter',
        `Tabel ${meta.tableId}: ${error.message}`,
        `Table ${meta.tableId}: bad filter`,
      );
    }
    throw error;
  }
}

function checkMetadata(meta: CbsMetadata): void {
  if (meta.measures.length === 0) {
    throw new CbsImportError(
      'structure',
      `Tabel ${meta.tableId} heeft geen numerieke meetwaarden`,
      `Table ${meta.tableId} has no numeric measures`,
    );
  }
  const keys = meta.dimensions.map((d) => d.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) {
    throw new CbsImportError(
      'structure',
      `Tabel ${meta.tableId}: dimensie '${twice}' staat twee keer in de metadata`,
      `Table ${meta.tableId}: dimension '${twice}' appears twice in the metadata`,
    );
  }
}

async function checkSameStructure(
  tx: Parameters<typeof snapshotStructure>[0],
  previousSnapshotId: string,
  meta: CbsMetadata,
): Promise<void> {
  const before = await snapshotStructure(tx, previousSnapshotId);
  const diff = (old: string[], now: string[]) => ({
    gone: old.filter((k) => !now.includes(k)),
    added: now.filter((k) => !old.includes(k)),
  });
  const m = diff(
    before.measures,
    meta.measures.map((x) => x.key),
  );
  const d = diff(
    before.dimensions,
    meta.dimensions.map((x) => x.key),
  );
  const changes = [
    ...m.gone.map((k) => `meetwaarde '${k}' verdwenen`),
    ...m.added.map((k) => `meetwaarde '${k}' nieuw`),
    ...d.gone.map((k) => `dimensie '${k}' verdwenen`),
    ...d.added.map((k) => `dimensie '${k}' nieuw`),
  ];
  if (changes.length === 0) return;
  const shown = changes.slice(0, 4).join(', ') + (changes.length > 4 ? ` en ${changes.length - 4} meer` : '');
  throw new CbsImportError(
    'structure',
    `De structuur van tabel ${meta.tableId} is veranderd sinds snapshot ${previousSnapshotId} (${shown}); controleer de koppeling en importeer met --accept-structure-change`,
    `The structure of table ${meta.tableId} changed since snapshot ${previousSnapshotId}`,
  );
}

/** Streams every cell into the stage in batches, checking each against the table's structure. */
async function streamCells(
  tx: Parameters<typeof stageRows>[0],
  client: CbsClient,
  meta: CbsMetadata,
  options: CbsImportOptions,
  filter: string | null,
  given?: Iterable<CbsObservation>,
): Promise<{ cells: number; periods: Map<string, string>; dataSet: CbsImportResult['dataSet'] }> {
  const batchSize = options.batchSize ?? 5000;
  const dims = meta.dimensions.map((d) => d.key);
  const codeSets = meta.dimensions.map((d) => new Set(d.codes.map((c) => c.key)));
  const measures = new Set(meta.measures.map((m) => m.key));
  const regionDim = meta.dimensions.find((d) => d.kind === 'region')?.key;
  const periodDim = meta.dimensions.find((d) => d.kind === 'period');
  const periods = new Map<string, string>();
  for (const c of periodDim?.codes ?? []) {
    try {
      periods.set(c.key, parseCbsPeriod(c.key, c.title).code);
    } catch {
      // A period type we do not normalise (weeks, half years): the CBS code is kept, the period stays empty.
    }
  }
  const structure = (nl: string, en: string) =>
    new CbsImportError(
      'structure',
      `Tabel ${meta.tableId}: ${nl}; de structuur klopt niet met de metadata`,
      `Table ${meta.tableId}: ${en}; the structure does not match the metadata`,
    );

  // One batch is written while the next is read and checked (the server and Node work side by side; issue 17).
  // A failed write is seen at the next batch or at the end, and the caller's transaction then writes nothing.
  let staging: Promise<void> = Promise.resolve();
  const stage = async (rows: StagedRow[]) => {
    await staging;
    staging = stageRows(tx, rows);
    staging.catch(() => {}); // awaited later; not an unhandled rejection meanwhile
  };
  let batch: StagedRow[] = [];
  let cells = 0;
  let pages = 0;
  let perPage = 0;
  const onProgress = (done: number, total?: number) => {
    pages += 1;
    if (pages === 1) perPage = done;
    const estimate = total && perPage > 0 ? Math.max(pages, Math.ceil(total / perPage)) : null;
    options.onProgress?.({
      table: meta.tableId,
      pages,
      totalPages: estimate,
      cells: done,
      totalCells: total ?? null,
    });
  };
  let dataSet: CbsImportResult['dataSet'] = null;
  const onDataSet = (used: 'TypedDataSet' | 'UntypedDataSet') => {
    dataSet = used;
  };
  const source =
    given ?? client.observations(meta.tableId, { metadata: meta, onProgress, filter, onDataSet });
  for await (const o of source) {
    if (!measures.has(o.measure))
      throw structure(`onbekende meetwaarde '${o.measure}'`, `unknown measure '${o.measure}'`);
    // A v3 wide row must have every measure column; a CSV's cells were checked against its header.
    if (meta.api === 'v3' && !given && !Object.hasOwn(o.raw as object, o.measure)) {
      throw structure(
        `kolom '${o.measure}' ontbreekt in de gegevens`,
        `column '${o.measure}' is missing from the data`,
      );
    }
    for (let i = 0; i < dims.length; i++) {
      const code = o.dimensions[dims[i]!] ?? '';
      if (!codeSets[i]!.has(code)) {
        throw structure(
          `code '${code}' voor dimensie '${dims[i]}' staat niet in de codelijst`,
          `code '${code}' of dimension '${dims[i]}' is not in its code list`,
        );
      }
    }
    const periodCbs = periodDim ? o.dimensions[periodDim.key]! : null;
    batch.push({
      measure: o.measure,
      dims: o.dimensions,
      region: regionDim ? o.dimensions[regionDim]! : null,
      period: periodCbs === null ? null : (periods.get(periodCbs) ?? null),
      periodCbs,
      value: o.value,
      flag: o.flag,
    });
    cells += 1;
    if (batch.length >= batchSize) {
      await stage(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await stage(batch);
  await staging;
  return { cells, periods, dataSet };
}

async function checkComplete(
  tx: Parameters<typeof firstDuplicateCell>[0],
  meta: CbsMetadata,
  cells: number,
  partial: boolean,
): Promise<void> {
  const expected = meta.observationCount;
  // A v3 table is a full cube: every combination of codes has a row. v4 may leave empty cells out, and a filtered
  // download has an unknown share of the table: both can only be checked for too many cells.
  const exact = meta.api === 'v3' && !partial;
  const short = expected !== null && (exact ? cells !== expected : cells > expected);
  if (short) {
    throw new CbsImportError(
      'incomplete',
      `Tabel ${meta.tableId}: ${cells} cellen ontvangen, ${exact ? '' : 'hoogstens '}${expected} verwacht; de download is onvolledig`,
      `Table ${meta.tableId}: received ${cells} cells, expected ${exact ? '' : 'at most '}${expected}`,
    );
  }
  const duplicate = await firstDuplicateCell(tx);
  if (duplicate) {
    throw new CbsImportError(
      'incomplete',
      `Tabel ${meta.tableId}: cel ${duplicate.measure} ${duplicate.dims} kwam ${duplicate.times} keer; de paginering van de download klopt niet`,
      `Table ${meta.tableId}: cell ${duplicate.measure} ${duplicate.dims} came ${duplicate.times} times`,
    );
  }
}

/**
 * `juisteplek import statline-csv`: a StatLine CSV download onto the same raw tables as an OData import, read onto
 * the structure of the table's current snapshot (or its metadata from CBS), with the same mapping. The file itself
 * is the snapshot's page.
 */
export async function importStatlineCsvFile(
  app: { db: Database; catalog: Catalog; invalidate?: () => void },
  file: string,
  tableId: string,
  options: CbsImportOptions = {},
): Promise<CbsImportResult> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CbsImportError(
      'invalid',
      `${file}: kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? error})`,
      `${file}: cannot read the file`,
    );
  }
  const name = basename(file);
  const result = await app.db.transaction(async (tx) => {
    const current = await currentTable(tx, tableId.toLowerCase());
    return importCbsTableIn(tx, app.catalog, tableId, {
      ...options,
      api: (current?.api as CbsApi | undefined) ?? options.api,
      csv: { file: name, text },
      location: `statline-csv:${name}`,
    });
  });
  if (result.status !== 'unchanged') app.invalidate?.();
  return result;
}
