// A local stand-in for both CBS OData APIs: serves the fixtures in test/fixtures/cbs/ (and synthetic tables of any
// size) with CBS's paging — the v3 API's cell limit with $top/$skip, the v3 Feed's and v4's nextLink — and CBS's
// $filter (evaluated with src/sources/cbs/filter.ts; a filter CBS could not read, or naming a field the rows lack,
// gets CBS's 400), and injects faults (500, 429 with Retry-After, slow answers, broken bodies) so the real client
// can be tested end to end. A fixture folder is either one file per entity (`<Entity>.json`) or a real v4
// recording (index.json, properties.json, codes-<Dimension>.json, observations-page-N.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { FilterError, filterFields, matchesFilter, parseFilter } from '../../src/sources/cbs/filter.ts';

type Row = Record<string, unknown>;

/** A singleton (v4 Properties) or a collection whose rows are made on demand, so big tables cost no memory. */
type Entity = { singleton: Row } | { context: string; count: number; rowAt: (i: number) => Row };
type Table = (entity: string) => Entity | undefined;

export interface Fault {
  /** Answer with this status instead of the real response; leave out to only delay the real one. */
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  /** How many matching requests get the fault. Default 1. */
  times?: number;
}

export interface ReplayOptions {
  fixturesDir?: string;
  /** v3 API cells per response (CBS: 10,000). */
  cellLimit?: number;
  /** Rows per v3 Feed page. */
  feedPageSize?: number;
  /** Rows per v4 page. */
  v4PageSize?: number;
}

export interface SyntheticTableSpec {
  api: 'v3' | 'v4';
  tableId: string;
  /** v3: wide rows in TypedDataSet (2 topics each); v4: observations. */
  rows: number;
}

export interface CbsReplayServer {
  origin: string;
  /** Pass as `v3Url` (the Feed is served next to it under /ODataFeed/odata). */
  v3Url: string;
  v4Url: string;
  /** Path and query of every request, in order. */
  requests: string[];
  fault(match: string | RegExp, fault: Fault): void;
  /** Registers a generated table in the real shape; returns how many long rows the client should yield. */
  addSyntheticTable(spec: SyntheticTableSpec): { longRows: number };
  close(): Promise<void>;
}

const DEFAULT_FIXTURES = fileURLToPath(new URL('../fixtures/cbs/', import.meta.url));

/** The file of an entity: `<Entity>.json`, or in a recording the file its index.json names. */
function recordedFiles(dir: string): (entity: string) => string[] {
  const indexFile = `${dir}/index.json`;
  if (!existsSync(indexFile)) return (entity) => [`${dir}/${entity}.json`];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    files: Record<string, string>;
    observationPages: string[];
  };
  const named: Record<string, string | undefined> = {
    Properties: index.files.properties,
    Dimensions: index.files.dimensions,
    MeasureCodes: index.files['measure-codes'],
  };
  return (entity) => {
    if (entity === 'Observations') return index.observationPages.map((f) => `${dir}/${f}`);
    const codes = /^(.+)Codes$/.exec(entity);
    const file = named[entity] ?? (codes ? index.files[`codes-${codes[1]}`] : undefined);
    return file ? [`${dir}/${file}`] : [];
  };
}

function fixtureTable(dir: string): Table {
  const cache = new Map<string, Entity | undefined>();
  const filesOf = recordedFiles(dir);
  return (entity) => {
    if (!cache.has(entity)) {
      const files = filesOf(entity);
      if (files.length === 0 || !files.every((f) => existsSync(f))) cache.set(entity, undefined);
      else {
        const bodies = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Row);
        // Recorded pages of one collection are served as one collection, paged again by this server.
        const body =
          bodies.length === 1 ? bodies[0]! : { ...bodies[0], value: bodies.flatMap((b) => b.value as Row[]) };
        if (!Array.isArray(body.value)) cache.set(entity, { singleton: body });
        else {
          const rows = body.value as Row[];
          const context = String(body['odata.metadata'] ?? body['@odata.context'] ?? '');
          cache.set(entity, { context, count: rows.length, rowAt: (i) => rows[i]! });
        }
      }
    }
    return cache.get(entity);
  };
}

const list = (rows: Row[]): Entity => ({ context: '', count: rows.length, rowAt: (i) => rows[i]! });

/** Splits a table into periods × regions (× measures) so every row has a unique cell. */
function shape(cells: number) {
  const periods = [10, 5, 4, 2, 1].find((p) => cells % p === 0)!;
  const regions = cells / periods;
  const region = (r: number) => `GM${String(r).padStart(4, '0')}`;
  const period = (p: number) => `${2024 - periods + 1 + p}JJ00`;
  return { periods, regions, region, period };
}

function syntheticV3(rows: number): Table {
  const { periods, regions, region, period } = shape(rows);
  const entities: Record<string, Entity> = {
    TableInfos: list([
      { ID: 0, Title: `Synthetische tabel (${rows} rijen)`, Modified: '2024-01-01T02:00:00', Period: '' },
    ]),
    DataProperties: list([
      { ID: 0, Position: 0, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: "Regio's" },
      { ID: 1, Position: 1, ParentID: null, Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
      {
        ID: 2,
        Position: 0,
        ParentID: null,
        Type: 'Topic',
        Key: 'Aantal_1',
        Title: 'Aantal',
        Datatype: 'Long',
        Unit: 'aantal',
        Decimals: 0,
      },
      {
        ID: 3,
        Position: 1,
        ParentID: null,
        Type: 'Topic',
        Key: 'Percentage_2',
        Title: 'Percentage',
        Datatype: 'Double',
        Unit: '%',
        Decimals: 1,
      },
    ]),
    RegioS: {
      context: '',
      count: regions,
      rowAt: (r) => ({ Key: region(r).padEnd(10), Title: `Gemeente ${r}` }),
    },
    Perioden: {
      context: '',
      count: periods,
      rowAt: (p) => ({ Key: period(p), Title: period(p).slice(0, 4) }),
    },
    TypedDataSet: {
      context: '',
      count: rows,
      rowAt: (i) => ({
        ID: i,
        RegioS: region(Math.floor(i / periods)).padEnd(10),
        Perioden: period(i % periods),
        Aantal_1: 1000 + ((i * 7919) % 100_000),
        // Every 50th cell is empty, as CBS leaves small cells out.
        Percentage_2: i % 50 === 49 ? null : ((i * 37) % 1000) / 10,
      }),
    },
  };
  return (entity) => entities[entity];
}

function syntheticV4(rows: number): Table {
  const measures = rows % 2 === 0 ? 2 : 1;
  const { periods, regions, region, period } = shape(rows / measures);
  const entities: Record<string, Entity> = {
    Properties: {
      singleton: {
        Identifier: 'synthetic',
        Title: `Synthetische dataset (${rows} cellen)`,
        ObservationCount: rows,
      },
    },
    MeasureCodes: list(
      [
        { Identifier: 'M000001', Title: 'Aantal', Unit: 'aantal', Decimals: 0 },
        { Identifier: 'M000002', Title: 'Percentage', Unit: '%', Decimals: 1 },
      ].slice(0, measures),
    ),
    Dimensions: list([
      { Identifier: 'RegioS', Title: "Regio's", Kind: 'GeoDimension' },
      { Identifier: 'Perioden', Title: 'Perioden', Kind: 'TimeDimension' },
    ]),
    RegioSCodes: {
      context: '',
      count: regions,
      rowAt: (r) => ({ Identifier: region(r), Index: r + 1, Title: `Gemeente ${r}` }),
    },
    PeriodenCodes: {
      context: '',
      count: periods,
      rowAt: (p) => ({ Identifier: period(p), Index: p + 1, Title: period(p).slice(0, 4) }),
    },
    Observations: {
      context: '',
      count: rows,
      rowAt: (i) => {
        const cell = Math.floor(i / measures);
        const secret = i % 50 === 49;
        return {
          Id: i,
          Measure: `M00000${(i % measures) + 1}`,
          ValueAttribute: secret ? 'Confidential' : 'None',
          Value: secret ? null : (i * 7919) % 100_000,
          StringValue: null,
          RegioS: region(Math.floor(cell / periods)),
          Perioden: period(cell % periods),
        };
      },
    },
  };
  return (entity) => entities[entity];
}

/** The rows that pass a $filter, or CBS's complaint about it. */
function filterEntity(
  entity: Exclude<Entity, { singleton: Row }>,
  text: string,
  mode: string,
): Exclude<Entity, { singleton: Row }> | { error: string } {
  // OData 4 dropped substringof for contains; OData 3 has no contains. CBS answers either with a 400.
  const unsupported = mode === 'v4' ? 'substringof' : 'contains';
  if (new RegExp(`\\b${unsupported}\\s*\\(`, 'i').test(text))
    return { error: `An unknown function with name '${unsupported}' was found.` };
  let node: ReturnType<typeof parseFilter>;
  try {
    node = parseFilter(text);
  } catch (error) {
    if (error instanceof FilterError) return { error: `Syntax error in $filter: ${error.message}` };
    throw error;
  }
  const first = entity.count > 0 ? entity.rowAt(0) : null;
  const unknown = first ? filterFields(node).find((f) => !(f in first)) : undefined;
  if (unknown) return { error: `Could not find a property named '${unknown}' on type 'Cbs.OData.Row'.` };
  const rows: Row[] = [];
  for (let i = 0; i < entity.count; i++) if (matchesFilter(node, entity.rowAt(i))) rows.push(entity.rowAt(i));
  return { context: entity.context, count: rows.length, rowAt: (i) => rows[i]! };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  if (res.destroyed) return; // the client gave up (timeout test)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

export async function startCbsReplayServer(options: ReplayOptions = {}): Promise<CbsReplayServer> {
  const fixtures = options.fixturesDir ?? DEFAULT_FIXTURES;
  const cellLimit = options.cellLimit ?? 10_000;
  const feedPageSize = options.feedPageSize ?? 10_000;
  const v4PageSize = options.v4PageSize ?? 10_000;
  const synthetic = new Map<string, Table>(); // key: "v3/<id lower case>"
  const faults: { match: string | RegExp; fault: Fault; left: number }[] = [];
  const requests: string[] = [];

  // CBS table ids are case-insensitive (03759ned = 03759NED).
  const findTable = (api: 'v3' | 'v4', id: string): Table | undefined => {
    const made = synthetic.get(`${api}/${id.toLowerCase()}`);
    if (made) return made;
    const dir = `${fixtures}/${api}`;
    const name = existsSync(dir)
      ? readdirSync(dir).find((d) => d.toLowerCase() === id.toLowerCase())
      : undefined;
    return name ? fixtureTable(`${dir}/${name}`) : undefined;
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const pathAndQuery = req.url ?? '/';
    requests.push(pathAndQuery);
    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (typeof f.match === 'string' ? pathAndQuery.includes(f.match) : f.match.test(pathAndQuery)),
    );
    if (fault) {
      fault.left--;
      if (fault.fault.delayMs) await new Promise((r) => setTimeout(r, fault.fault.delayMs));
      if (fault.fault.status !== undefined) {
        const body =
          fault.fault.body ?? JSON.stringify({ error: { message: `Injected ${fault.fault.status}` } });
        return send(res, fault.fault.status, body, fault.fault.headers);
      }
    }

    const url = new URL(pathAndQuery, 'http://replay');
    const m =
      /^\/(ODataApi|ODataFeed)\/odata\/([^/]+)\/([^/]+)$/i.exec(url.pathname) ??
      /^\/odata\/v1\/(CBS)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    const mode = m
      ? m[1]!.toLowerCase() === 'cbs'
        ? 'v4'
        : m[1]!.toLowerCase() === 'odatafeed'
          ? 'feed'
          : 'api'
      : null;
    const table = m && mode ? findTable(mode === 'v4' ? 'v4' : 'v3', decodeURIComponent(m[2]!)) : undefined;
    const entity = m && table ? table(decodeURIComponent(m[3]!)) : undefined;
    if (!m || !entity) {
      const msg = `Resource not found for the segment '${m ? decodeURIComponent(m[2]!) : url.pathname}'.`;
      const body =
        mode === 'v4'
          ? { error: { code: '', message: msg } }
          : { 'odata.error': { code: '', message: { lang: 'nl-NL', value: msg } } };
      return send(res, 404, JSON.stringify(body));
    }
    if ('singleton' in entity) return send(res, 200, JSON.stringify(entity.singleton));

    const q = url.searchParams;
    const filtered = q.get('$filter') === null ? entity : filterEntity(entity, q.get('$filter')!, mode!);
    if ('error' in filtered) {
      const body =
        mode === 'v4'
          ? { error: { code: '', message: filtered.error } }
          : { 'odata.error': { code: '', message: { lang: 'nl-NL', value: filtered.error } } };
      return send(res, 400, JSON.stringify(body));
    }
    return page(filtered, q, mode!, url, res);
  }

  function page(
    entity: Exclude<Entity, { singleton: Row }>,
    q: URLSearchParams,
    mode: string,
    url: URL,
    res: ServerResponse,
  ) {
    const select = q
      .get('$select')
      ?.split(',')
      .map((s) => s.trim());
    const skip = Number(q.get('$skip') ?? q.get('$skiptoken') ?? 0);
    let end: number;
    let rest: URLSearchParams | null = null; // query of the nextLink, if the answer is cut short
    if (mode === 'api') {
      // The v3 API answers at most cellLimit cells; a longer window is cut and continued with a nextLink.
      const windowEnd = Math.min(entity.count, skip + Number(q.get('$top') ?? entity.count));
      const columns = select?.length ?? Object.keys(entity.count ? entity.rowAt(0) : {}).length;
      end = Math.min(windowEnd, skip + Math.max(1, Math.floor(cellLimit / Math.max(1, columns))));
      if (end < windowEnd) {
        rest = new URLSearchParams(q);
        rest.set('$top', String(windowEnd - end));
        rest.set('$skip', String(end));
      }
    } else {
      end = Math.min(entity.count, skip + (mode === 'feed' ? feedPageSize : v4PageSize));
      if (end < entity.count) {
        rest = new URLSearchParams(q);
        rest.delete('$skip');
        rest.set(mode === 'feed' ? '$skiptoken' : '$skip', String(end));
      }
    }
    const value: Row[] = [];
    for (let i = skip; i < end; i++) {
      const row = entity.rowAt(i);
      value.push(select ? Object.fromEntries(select.map((k) => [k, row[k]])) : row);
    }
    const v4 = mode === 'v4';
    const body: Row = { [v4 ? '@odata.context' : 'odata.metadata']: entity.context, value };
    // Keep "$" literal in the link, as CBS does.
    if (rest)
      body[v4 ? '@odata.nextLink' : 'odata.nextLink'] =
        `${origin}${url.pathname}?${rest.toString().replaceAll('%24', '$')}`;
    return send(res, 200, JSON.stringify(body));
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, JSON.stringify({ error: String(err) })));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const server: CbsReplayServer = {
    origin,
    v3Url: `${origin}/ODataApi/odata`,
    v4Url: `${origin}/odata/v1/CBS`,
    requests,
    fault: (match, fault) => faults.push({ match, fault, left: fault.times ?? 1 }),
    addSyntheticTable: ({ api, tableId, rows }) => {
      synthetic.set(`${api}/${tableId.toLowerCase()}`, api === 'v3' ? syntheticV3(rows) : syntheticV4(rows));
      return { longRows: api === 'v3' ? rows * 2 : rows };
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  return server;
}
