// CBS StatLine OData client (v3 and v4): pure client code, no database.
export { CBS_V3_URL, CBS_V4_URL, CbsClient, type CbsClientOptions } from './client.ts';
export { CbsError, type CbsErrorKind } from './errors.ts';
export { type CbsPeriod, type CbsPeriodType, parseCbsPeriod } from './periods.ts';
export { CBS_FLAGS, type CbsFlag, parseV3Value, parseV4Value, trimKey } from './symbols.ts';
export type {
  CbsApi,
  CbsCode,
  CbsDimension,
  CbsDimensionKind,
  CbsMeasure,
  CbsMetadata,
  CbsObservation,
  CbsProgress,
} from './types.ts';
