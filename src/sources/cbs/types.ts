// The shapes this client hands out, the same for v3 and v4, so the importer never needs to know which API it was.

export type CbsApi = 'v3' | 'v4';

/** One cell in long format: one measure for one combination of dimension codes. */
export interface CbsObservation {
  /** v3 Topic key ("BevolkingOp1Januari_1") or v4 Measure code ("M001234"). */
  measure: string;
  /** Dimension key → trimmed code, e.g. { RegioS: "GM0363", Perioden: "2023JJ00" }. */
  dimensions: Record<string, string>;
  value: number | null;
  /** Why the value is missing or special (see CBS_FLAGS); null for an ordinary value. */
  flag: string | null;
  /** The source record as CBS sent it (the wide v3 row, or the v4 observation). */
  raw: unknown;
}

export interface CbsMeasure {
  key: string;
  title: string;
  unit: string;
  decimals: number | null;
}

export type CbsDimensionKind = 'region' | 'period' | 'other';

export interface CbsCode {
  key: string;
  title: string;
}

export interface CbsDimension {
  key: string;
  title: string;
  kind: CbsDimensionKind;
  codes: CbsCode[];
}

export interface CbsMetadata {
  tableId: string;
  api: CbsApi;
  title: string;
  /** ISO timestamp as CBS gives it, or null. */
  modified: string | null;
  /** CBS's own description of the period covered ("1988 - 2023"), or null. */
  period: string | null;
  measures: CbsMeasure[];
  dimensions: CbsDimension[];
  /** Expected number of long rows, for progress; null when unknown. v4 counts may include cells CBS leaves out. */
  observationCount: number | null;
}

/** Called once per downloaded data page: long rows so far, and the expected total when known. */
export type CbsProgress = (done: number, total?: number) => void;
