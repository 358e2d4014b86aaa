// Importing a partner file, the pure part: read the mapping and the file, check every row, hand back the
// observations, or every problem found (never thrown). Writing to the database is the caller's job.
import { basename } from 'node:path';
import { type UploadError, UploadFileError } from './errors.ts';
import type { UploadLimits } from './limits.ts';
import { loadMapping, type UploadMapping } from './mapping.ts';
import { type OpenedTable, openTable } from './read.ts';
import { createValidator, type Observation, type ValidationContext } from './validate.ts';

export type { UploadError } from './errors.ts';
export { DEFAULT_UPLOAD_LIMITS, type UploadLimits, uploadLimitsFromEnv } from './limits.ts';
export { loadMapping, type UploadMapping, uploadMapping } from './mapping.ts';
export { parseUploadOffThread } from './offThread.ts';
export { csvSafe, neutralise } from './sanitize.ts';
export type { IndicatorInfo, Observation, ValidationContext } from './validate.ts';

export interface UploadContext extends Omit<ValidationContext, 'file'> {
  /** Name shown in errors (the name the partner uploaded); default the file's base name. */
  file?: string;
  /** Largest file accepted, in bytes (default limits.maxBytes, 20 MB). */
  maxBytes?: number;
  /** Rows, cells, columns, uncompressed size (default DEFAULT_UPLOAD_LIMITS of ./limits.ts). */
  limits?: Partial<UploadLimits>;
  /** Name of the mapping shown in errors (an upload's mapping lives in a temporary file whose path is internal). */
  mappingName?: string;
}

export interface UploadResult {
  /** True when there are no errors; only then are the observations given (an import is all or nothing). */
  ok: boolean;
  observations: Observation[];
  /** The first errors (200 by default), in row order. */
  errors: UploadError[];
  errorCount: number;
  /** Data rows read (blank rows and the header not counted). */
  rowCount: number;
}

export async function parseUpload(
  filePath: string,
  mappingPath: string,
  context: UploadContext,
): Promise<UploadResult> {
  const file = context.file ?? basename(filePath);
  const asError = (error: unknown, name: string): UploadError => {
    if (!(error instanceof UploadFileError)) throw error;
    return { file: name, row: error.row, column: null, value: null, message: error.text };
  };
  const failed = (error: UploadError): UploadResult => ({
    ok: false,
    observations: [],
    errors: [error],
    errorCount: 1,
    rowCount: 0,
  });
  let mapping: UploadMapping;
  let table: OpenedTable;
  try {
    mapping = await loadMapping(mappingPath, context.mappingName);
  } catch (error) {
    return failed(asError(error, context.mappingName ?? basename(mappingPath)));
  }
  const { maxBytes, limits, mappingName: _, ...validation } = context;
  try {
    const { sheet, delimiter, decimalSeparator } = mapping;
    table = await openTable(filePath, { maxBytes, limits, sheet, delimiter, decimalSeparator });
  } catch (error) {
    return failed(asError(error, file));
  }
  const validator = createValidator(
    { ...mapping, decimalSeparator: table.decimalSeparator },
    { ...validation, file },
  );
  try {
    for await (const row of table.rows) validator.add(row);
  } catch (error) {
    validator.fail(asError(error, file));
    return { ...validator.result(false), ok: false, observations: [] };
  }
  const result = validator.result();
  const ok = result.errorCount === 0;
  return { ...result, ok, observations: ok ? result.observations : [] };
}
