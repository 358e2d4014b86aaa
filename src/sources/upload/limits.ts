// The bounds of one partner upload, in one place: file size, rows, cells, and how far an XLSX may unpack (a zip
// bomb is a small file that inflates to gigabytes). Defaults here; JUISTEPLEK_UPLOAD_* settings override them
// (see README, "Partner data"). Pure.

export interface UploadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows (the header and blank rows not counted). */
  maxRows: number;
  /** Most cells in the whole file (every cell of every row read, empty ones between filled ones included). */
  maxCells: number;
  /** Most columns in one row. */
  maxColumns: number;
  /** XLSX: most bytes the parts read (sheet, shared strings, workbook, styles) may unpack to, together. */
  maxUncompressedBytes: number;
  /** Heap of the worker that reads one upload, in MB: past it the worker ends, never the server. */
  workerMemoryMb: number;
  /** Uploads read at the same time; more wait their turn. */
  parallelUploads: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 250_000,
  maxCells: 5_000_000,
  maxColumns: 200,
  maxUncompressedBytes: 200 * 1024 * 1024,
  workerMemoryMb: 1024,
  parallelUploads: 2,
};

/** Environment variable of each limit. */
export const UPLOAD_LIMIT_SETTINGS: Record<keyof UploadLimits, string> = {
  maxBytes: 'JUISTEPLEK_UPLOAD_MAX_BYTES',
  maxRows: 'JUISTEPLEK_UPLOAD_MAX_ROWS',
  maxCells: 'JUISTEPLEK_UPLOAD_MAX_CELLS',
  maxColumns: 'JUISTEPLEK_UPLOAD_MAX_COLUMNS',
  maxUncompressedBytes: 'JUISTEPLEK_UPLOAD_MAX_UNCOMPRESSED_BYTES',
  workerMemoryMb: 'JUISTEPLEK_UPLOAD_WORKER_MEMORY_MB',
  parallelUploads: 'JUISTEPLEK_UPLOAD_PARALLEL',
};

/** The limits set in the environment (only those set); throws naming the variable when one is not a positive
 *  whole number. */
export function uploadLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<UploadLimits> {
  const limits: Partial<UploadLimits> = {};
  for (const [key, name] of Object.entries(UPLOAD_LIMIT_SETTINGS) as [keyof UploadLimits, string][]) {
    const text = env[name]?.trim();
    if (!text) continue;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new RangeError(`${name}: '${text}' is geen positief geheel getal`);
    limits[key] = n;
  }
  return limits;
}

/** Defaults with the given overrides. */
export const uploadLimits = (overrides: Partial<UploadLimits> = {}): UploadLimits => ({
  ...DEFAULT_UPLOAD_LIMITS,
  ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
});

/** A byte count as a message shows it: 1,5 MB (nl) / 1.5 MB (en). */
export function megabytes(bytes: number): { nl: string; en: string } {
  const en = (bytes / 1024 / 1024).toFixed(1);
  return { nl: en.replace('.', ','), en };
}

/** A whole number as Dutch readers write it: 250.000 (nl) / 250,000 (en). */
export function wholeNumber(n: number): { nl: string; en: string } {
  return { nl: n.toLocaleString('nl-NL'), en: n.toLocaleString('en-GB') };
}
