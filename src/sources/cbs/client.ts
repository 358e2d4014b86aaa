// The one entry point: picks the API by option, fills in defaults (constructor option > env var > CBS's URL),
// and hands out metadata and a stream of long rows.
import { defaultSleep, type HttpOptions } from './http.ts';
import type { CbsApi, CbsMetadata, CbsObservation, CbsProgress } from './types.ts';
import { type V3Options, v3Metadata, v3Observations } from './v3.ts';
import { type V4Options, v4Metadata, v4Observations } from './v4.ts';

export const CBS_V3_URL = 'https://opendata.cbs.nl/ODataApi/odata';
export const CBS_V4_URL = 'https://datasets.cbs.nl/odata/v1/CBS';

export interface CbsClientOptions {
  /** Which API to use; default 'v3' (all of StatLine is there). */
  api?: CbsApi;
  /** v3 API base; default env CBS_ODATA_V3_URL, else CBS_V3_URL. */
  v3Url?: string;
  /** v3 bulk feed base; default the v3 URL with ODataApi → ODataFeed. */
  v3FeedUrl?: string;
  /** v4 base including the catalog; default env CBS_ODATA_V4_URL, else CBS_V4_URL. */
  v4Url?: string;
  /** v3 only: download data from the ODataFeed. Default false. */
  bulk?: boolean;
  /** v3 only: cells per API request. Default 10,000 (CBS's limit). */
  cellLimit?: number;
  /** v3 only: default 'TypedDataSet'. */
  dataSet?: V3Options['dataSet'];
  /** Per request attempt, including reading the body. Default 60 s. */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx, network errors and timeouts. Default 4. */
  maxRetries?: number;
  /** First backoff; doubles each retry. Default 1 s. */
  backoffBaseMs?: number;
  /** Cap on any wait, including CBS's Retry-After. Default 60 s. */
  maxBackoffMs?: number;
  /** Every raw page body that parsed, metadata included: for content-addressed snapshots. */
  onPage?: HttpOptions['onPage'];
  /** Called once per data page. */
  onProgress?: CbsProgress;
  /** For tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  env?: Record<string, string | undefined>;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export class CbsClient {
  readonly api: CbsApi;
  readonly v3: V3Options;
  readonly v4: V4Options;
  private readonly http: HttpOptions;
  private readonly onProgress?: CbsProgress;

  constructor(options: CbsClientOptions = {}) {
    const env = options.env ?? process.env;
    const v3Url = trimSlash(options.v3Url ?? env.CBS_ODATA_V3_URL ?? CBS_V3_URL);
    this.api = options.api ?? 'v3';
    this.v3 = {
      apiUrl: v3Url,
      feedUrl: trimSlash(options.v3FeedUrl ?? v3Url.replace(/\/ODataApi\//i, '/ODataFeed/')),
      bulk: options.bulk ?? false,
      cellLimit: options.cellLimit ?? 10_000,
      dataSet: options.dataSet ?? 'TypedDataSet',
    };
    this.v4 = { baseUrl: trimSlash(options.v4Url ?? env.CBS_ODATA_V4_URL ?? CBS_V4_URL) };
    this.http = {
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 4,
      backoffBaseMs: options.backoffBaseMs ?? 1_000,
      maxBackoffMs: options.maxBackoffMs ?? 60_000,
      fetch: options.fetch ?? globalThis.fetch,
      sleep: options.sleep ?? defaultSleep,
      onPage: options.onPage,
    };
    this.onProgress = options.onProgress;
  }

  /** Title, measures and dimensions with all their codes. */
  metadata(tableId: string): Promise<CbsMetadata> {
    return this.api === 'v3'
      ? v3Metadata(tableId, this.v3, this.http)
      : v4Metadata(tableId, this.v4, this.http);
  }

  /**
   * Every cell of the table as a long row, one page in memory at a time. Pass the metadata if you already have
   * it (saves the metadata requests); otherwise it is fetched first.
   */
  async *observations(
    tableId: string,
    options: {
      metadata?: CbsMetadata;
      onProgress?: CbsProgress;
      /** An OData $filter, sent to CBS as it is (check it first with checkFilter of filter.ts). */
      filter?: string | null;
      /** v3: which data set was read (UntypedDataSet falls back to TypedDataSet when a table lacks it). */
      onDataSet?: (dataSet: 'TypedDataSet' | 'UntypedDataSet') => void;
    } = {},
  ): AsyncGenerator<CbsObservation> {
    const meta = options.metadata ?? (await this.metadata(tableId));
    if (meta.api !== this.api || meta.tableId !== tableId) {
      throw new Error(
        `Metadata hoort bij ${meta.api} ${meta.tableId}, niet bij ${this.api} ${tableId} / metadata is for another table`,
      );
    }
    const onProgress = options.onProgress ?? this.onProgress;
    yield* this.api === 'v3'
      ? v3Observations(meta, this.v3, this.http, onProgress, {
          filter: options.filter,
          onDataSet: options.onDataSet,
        })
      : v4Observations(meta, this.v4, this.http, onProgress, options.filter);
  }
}
