// Importing a partner's CSV/XLSX file: check everything first (parseUpload), then write the observations in one
// transaction, each carrying the snapshot of the file it came from (sha256 of the file, its name).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Database } from '../../db/connection.ts';
import { regionCodes, saveFileSnapshot, upsertObservations } from '../../db/sourceStore.ts';
import type { ObservationRecord } from '../../indicators/observation.ts';
import { parsePeriod } from '../../indicators/period.ts';
import type { Catalog } from '../../indicators/schema.ts';
import { type IndicatorInfo, parseUploadOffThread, type UploadError } from './index.ts';
import type { UploadLimits } from './limits.ts';

export interface FileImportResult {
  ok: boolean;
  file: string;
  /** Set when ok. */
  snapshotId: string | null;
  /** True when this exact file had been imported before (its observations are written again, unchanged). */
  knownFile: boolean;
  rows: number;
  /** Observations written. */
  observations: number;
  /** Rows left unwritten because the shipped bundle has that observation (it is never overwritten). */
  keptFromBundle: number;
  indicators: Record<string, number>;
  errors: UploadError[];
  errorCount: number;
}

export async function importFile(
  app: {
    db: Database;
    catalog: Catalog;
    invalidate?: () => void;
    config?: { uploadLimits?: Partial<UploadLimits> };
  },
  filePath: string,
  mappingPath: string,
  options: { maxErrors?: number; maxBytes?: number; limits?: Partial<UploadLimits> } = {},
): Promise<FileImportResult> {
  const file = basename(filePath);
  const regions = await regionCodes(app.db);
  const indicators = new Map<string, IndicatorInfo>(
    app.catalog.indicators.map((i) => [i.id, { id: i.id, valueType: i.valueType, multiplier: i.multiplier }]),
  );
  const parsed = await parseUploadOffThread(filePath, mappingPath, {
    file,
    knownRegions: new Set(regions.keys()),
    indicators,
    maxErrors: options.maxErrors,
    maxBytes: options.maxBytes,
    limits: options.limits ?? app.config?.uploadLimits,
  });
  const failed: FileImportResult = {
    ok: false,
    file,
    snapshotId: null,
    knownFile: false,
    rows: parsed.rowCount,
    observations: 0,
    keptFromBundle: 0,
    indicators: {},
    errors: parsed.errors,
    errorCount: parsed.errorCount,
  };
  if (!parsed.ok) return failed;

  // The file as read for validation is the file we keep: read it once more only for its bytes and hash.
  const bytes = await readFile(filePath);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const snapshotId = `upload:${hash.slice(0, 16)}`;
  const records: ObservationRecord[] = parsed.observations.map((o) => ({
    indicatorId: o.indicatorId,
    regionCode: o.regionCode,
    period: parsePeriod(o.period)!,
    breakdown: o.breakdown,
    value: o.value,
    count: o.count,
    denominator: o.denominator,
    lower: o.lower,
    upper: o.upper,
    flags: [],
    note: null,
    snapshotId,
    transformation: `geüpload bestand ${file}, rij ${o.row} (koppeling ${basename(mappingPath)})`,
  }));
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.indicatorId] = (counts[r.indicatorId] ?? 0) + 1;

  const { knownFile, written } = await app.db.transaction(async (tx) => {
    const [before] = await tx.query('SELECT 1 FROM source_snapshot WHERE id = $1', [snapshotId]);
    await saveFileSnapshot(
      tx,
      {
        id: snapshotId,
        source: 'upload',
        tableId: file,
        api: 'file',
        title: `Geüpload bestand ${file}`,
        licence: 'niet vermeld (aangeleverd bestand)',
        attribution: `Bron: aangeleverd bestand ${file}`,
        retrievedAt: new Date().toISOString(),
        contentHash: hash,
        bytes: bytes.length,
        location: `upload:${file}`,
      },
      {
        url: `upload:${file}#${extname(file).slice(1).toLowerCase() || 'bin'};base64`,
        sha256: hash,
        base64: bytes.toString('base64'),
      },
    );
    const written = await upsertObservations(tx, records);
    return { knownFile: before !== undefined, written };
  });
  app.invalidate?.();
  return {
    ...failed,
    ok: true,
    snapshotId,
    knownFile,
    observations: written,
    keptFromBundle: records.length - written,
    indicators: counts,
  };
}

/** One error as the command prints it: `file, rij N, kolom 'x': message` (Dutch). */
export function formatUploadError(error: UploadError): string {
  // The validator's messages start with "Rij N, kolom 'x': "; the location is put in front once, our way.
  const message = error.message.nl.replace(/^Rij \d+(, kolom '[^']*')?: /, '');
  const at =
    error.row === null
      ? ''
      : error.column === null
        ? `, rij ${error.row}`
        : `, rij ${error.row}, kolom '${error.column}'`;
  return `${error.file}${at}: ${message}`;
}
