// StatLine OData v3 (opendata.cbs.nl): metadata from TableInfos, DataProperties and one code list per dimension;
// data from TypedDataSet in wide rows (one column per Topic), unpivoted here into long rows.
import { CbsError } from './errors.ts';
import { collect, followPages, getPage, type HttpOptions, type ODataPage, windowPages } from './http.ts';
import { parseV3Value, trimKey } from './symbols.ts';
import type {
  CbsDimension,
  CbsDimensionKind,
  CbsMeasure,
  CbsMetadata,
  CbsObservation,
  CbsProgress,
} from './types.ts';

export interface V3Options {
  /** e.g. https://opendata.cbs.nl/ODataApi/odata */
  apiUrl: string;
  /** e.g. https://opendata.cbs.nl/ODataFeed/odata */
  feedUrl: string;
  /** Download data from the bulk ODataFeed (server paging via nextLink, no cell limit) instead of the API. */
  bulk: boolean;
  /** Cells per API request: CBS allows 10,000. */
  cellLimit: number;
  /** TypedDataSet gives numbers and null; UntypedDataSet keeps which symbol (. x - ?) an empty cell had. */
  dataSet: 'TypedDataSet' | 'UntypedDataSet';
}

const KINDS: Record<string, CbsDimensionKind> = {
  Dimension: 'other',
  GeoDimension: 'region',
  TimeDimension: 'period',
};
// Older tables declare their regions as a plain Dimension.
const REGION_KEYS = /^(RegioS|WijkenEnBuurten|Gemeenten?|Provincies?)$/;

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const orNull = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

export async function v3Metadata(tableId: string, opts: V3Options, http: HttpOptions): Promise<CbsMetadata> {
  const table = `${opts.apiUrl}/${encodeURIComponent(tableId)}`;
  const info = (await getPage(`${table}/TableInfos?$format=json`, tableId, http)).value[0] ?? {};
  const props = await collect(followPages(`${table}/DataProperties?$format=json`, tableId, http));

  // TopicGroup and GeoDetail hold no numbers, and a Topic of Datatype String holds text: none is a measure.
  const measures: CbsMeasure[] = props
    .filter((p) => p.Type === 'Topic' && p.Datatype !== 'String')
    .map((p) => ({
      key: str(p.Key),
      title: str(p.Title),
      unit: str(p.Unit),
      decimals: typeof p.Decimals === 'number' ? p.Decimals : null,
    }));

  const dimensions: CbsDimension[] = [];
  for (const p of props) {
    const type = KINDS[str(p.Type)];
    if (!type) continue;
    const key = str(p.Key);
    const kind = type === 'other' && REGION_KEYS.test(key) ? 'region' : type;
    // Code lists count against the cell limit too; two columns per code.
    const url = `${table}/${encodeURIComponent(key)}?$format=json&$select=Key,Title`;
    const codes = await collect(windowPages(url, Math.floor(opts.cellLimit / 2), tableId, http));
    dimensions.push({
      key,
      title: str(p.Title),
      kind,
      codes: codes.map((c) => ({ key: trimKey(c.Key), title: str(c.Title) })),
    });
  }

  return {
    tableId,
    api: 'v3',
    title: str(info.Title),
    modified: orNull(info.Modified),
    period: orNull(info.Period),
    measures,
    dimensions,
    // A StatLine table is a full cube: every combination of codes has a row.
    observationCount: dimensions.reduce((n, d) => n * d.codes.length, measures.length),
  };
}

/** Which data set a download read: UntypedDataSet keeps the StatLine symbols; some tables only have TypedDataSet. */
export type V3DataSet = V3Options['dataSet'];

export async function* v3Observations(
  meta: CbsMetadata,
  opts: V3Options,
  http: HttpOptions,
  onProgress?: CbsProgress,
  query: { filter?: string | null; onDataSet?: (dataSet: V3DataSet) => void } = {},
): AsyncGenerator<CbsObservation> {
  const dims = meta.dimensions.map((d) => d.key);
  const measures = meta.measures.map((m) => m.key);
  const id = encodeURIComponent(meta.tableId);
  const filter = query.filter ? `&$filter=${encodeURIComponent(query.filter)}` : '';
  // The API counts cells, so we select exactly our columns and size the pages to fit; the Feed has no limit.
  const pagesOf = (dataSet: V3DataSet) =>
    opts.bulk
      ? followPages(`${opts.feedUrl}/${id}/${dataSet}?$format=json${filter}`, meta.tableId, http)
      : windowPages(
          `${opts.apiUrl}/${id}/${dataSet}?$format=json${filter}&$select=${[...dims, ...measures].join(',')}`,
          Math.max(1, Math.floor(opts.cellLimit / (dims.length + measures.length))),
          meta.tableId,
          http,
        );

  // Not every table has an UntypedDataSet (CBS answers 404 for it while the table exists): then TypedDataSet.
  let dataSet = opts.dataSet;
  let pages = pagesOf(dataSet)[Symbol.asyncIterator]();
  let first: IteratorResult<ODataPage>;
  try {
    first = await pages.next();
  } catch (error) {
    if (!(error instanceof CbsError && error.kind === 'not-found' && dataSet === 'UntypedDataSet'))
      throw error;
    dataSet = 'TypedDataSet';
    pages = pagesOf(dataSet)[Symbol.asyncIterator]();
    first = await pages.next();
  }
  query.onDataSet?.(dataSet);

  let done = 0;
  for (let step = first; !step.done; step = await pages.next()) {
    const page = step.value;
    done += page.value.length * measures.length;
    onProgress?.(done, query.filter ? undefined : (meta.observationCount ?? undefined));
    for (const row of page.value) {
      const dimensions: Record<string, string> = {};
      for (const d of dims) dimensions[d] = trimKey(row[d]);
      for (const measure of measures) {
        yield { measure, dimensions: { ...dimensions }, ...parseV3Value(row[measure]), raw: row };
      }
    }
  }
}
