// CBS OData v4 (datasets.cbs.nl): metadata from Properties, MeasureCodes, Dimensions and {Dimension}Codes; data
// from Observations, already in long format (one row per cell), paged by the server with @odata.nextLink.
import { collect, followPages, getJson, type HttpOptions } from './http.ts';
import { parseV4Value, trimKey } from './symbols.ts';
import type { CbsDimension, CbsDimensionKind, CbsMetadata, CbsObservation, CbsProgress } from './types.ts';

export interface V4Options {
  /** e.g. https://datasets.cbs.nl/odata/v1/CBS (the catalog is part of the base). */
  baseUrl: string;
}

const KINDS: Record<string, CbsDimensionKind> = { GeoDimension: 'region', TimeDimension: 'period' };

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const orNull = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

export async function v4Metadata(tableId: string, opts: V4Options, http: HttpOptions): Promise<CbsMetadata> {
  const table = `${opts.baseUrl}/${encodeURIComponent(tableId)}`;
  const props = await getJson(`${table}/Properties`, tableId, http);
  const measureCodes = await collect(followPages(`${table}/MeasureCodes`, tableId, http));
  const dims = await collect(followPages(`${table}/Dimensions`, tableId, http));

  const dimensions: CbsDimension[] = [];
  for (const d of dims) {
    const key = str(d.Identifier);
    const codes = await collect(followPages(`${table}/${encodeURIComponent(key)}Codes`, tableId, http));
    dimensions.push({
      key,
      title: str(d.Title),
      kind: KINDS[str(d.Kind)] ?? 'other',
      codes: codes.map((c) => ({ key: trimKey(c.Identifier), title: str(c.Title) })),
    });
  }

  return {
    tableId,
    api: 'v4',
    title: str(props.Title),
    modified: orNull(props.Modified),
    period: orNull(props.TemporalCoverage),
    measures: measureCodes.map((m) => ({
      key: trimKey(m.Identifier),
      title: str(m.Title),
      unit: str(m.Unit),
      decimals: typeof m.Decimals === 'number' ? m.Decimals : null,
    })),
    dimensions,
    observationCount: typeof props.ObservationCount === 'number' ? props.ObservationCount : null,
  };
}

export async function* v4Observations(
  meta: CbsMetadata,
  opts: V4Options,
  http: HttpOptions,
  onProgress?: CbsProgress,
  filter?: string | null,
): AsyncGenerator<CbsObservation> {
  const dims = meta.dimensions.map((d) => d.key);
  const query = filter ? `?$filter=${encodeURIComponent(filter)}` : '';
  const url = `${opts.baseUrl}/${encodeURIComponent(meta.tableId)}/Observations${query}`;
  let done = 0;
  for await (const page of followPages(url, meta.tableId, http)) {
    done += page.value.length;
    // ObservationCount is the whole table's: with a filter the total is unknown.
    onProgress?.(done, filter ? undefined : (meta.observationCount ?? undefined));
    for (const row of page.value) {
      const dimensions: Record<string, string> = {};
      for (const d of dims) dimensions[d] = trimKey(row[d]);
      yield {
        measure: trimKey(row.Measure),
        dimensions,
        ...parseV4Value(row.Value, row.ValueAttribute),
        raw: row,
      };
    }
  }
}
