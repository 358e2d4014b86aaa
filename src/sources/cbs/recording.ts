// A recording of the CBS v4 API (the layout of data/cbs-recordings/<table>/: index.json naming properties.json,
// dimensions.json, measure-codes.json, codes-<Dimension>.json and observations-page-N.json) served as a `fetch`,
// so the real client, import and mapping read it exactly as they read datasets.cbs.nl. The recorded bytes are
// served unchanged: a replayed snapshot has the same content hash every time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const recordingIndex = z.object({
  tableId: z.string(),
  capturedAt: z.string(),
  source: z.url(),
  sliceFilter: z.string().nullable().optional(),
  observationPages: z.array(z.string()).min(1),
  files: z.record(z.string(), z.string()),
});
export type RecordingIndex = z.infer<typeof recordingIndex>;

/** The base URL a replayed client is pointed at; never resolved on the network. */
export const RECORDING_URL = 'http://opname.juisteplek.invalid/odata/v1/CBS';

export class RecordingError extends Error {
  override readonly name = 'RecordingError';
}

export function readRecordingIndex(dir: string): RecordingIndex {
  const path = join(dir, 'index.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RecordingError(`${path}: niet leesbaar (${(error as Error).message})`);
  }
  const parsed = recordingIndex.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RecordingError(`${path}, veld '${issue.path.join('.')}': ${issue.message}`);
  }
  return parsed.data;
}

/** Every file of a recording, index first, for hashing. */
export function recordingFiles(dir: string): string[] {
  const index = readRecordingIndex(dir);
  return ['index.json', ...new Set([...Object.values(index.files), ...index.observationPages])];
}

const normalise = (filter: string | null | undefined) => (filter ?? '').replace(/\s+/g, ' ').trim();

const json = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const error = (status: number, message: string) =>
  json(status, JSON.stringify({ error: { code: '', message } }));

/**
 * A fetch over one recording. Observations are served only for the $filter they were recorded with (anything
 * else would be an answer CBS never gave); an entity the recording lacks is a 404, as CBS answers.
 */
export function recordingFetch(dir: string): typeof fetch {
  const index = readRecordingIndex(dir);
  const fileFor = (entity: string): string | undefined => {
    if (entity === 'Properties') return index.files.properties;
    if (entity === 'Dimensions') return index.files.dimensions;
    if (entity === 'MeasureCodes') return index.files['measure-codes'];
    const codes = /^(.+)Codes$/.exec(entity);
    return codes ? index.files[`codes-${codes[1]}`] : undefined;
  };
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  return (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const m = /\/odata\/v1\/CBS\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!m || decodeURIComponent(m[1]!).toLowerCase() !== index.tableId.toLowerCase())
      return error(404, `Resource not found for the segment '${url.pathname}'.`);
    const entity = decodeURIComponent(m[2]!);
    if (entity === 'Observations') {
      const asked = url.searchParams.get('$filter');
      if (normalise(asked) !== normalise(index.sliceFilter)) {
        return error(
          400,
          `De opname van ${index.tableId} bevat alleen $filter=${index.sliceFilter ?? '(geen)'}, niet ${asked ?? '(geen)'}`,
        );
      }
      if (index.observationPages.length > 1)
        return error(
          501,
          `De opname van ${index.tableId} heeft meer dan één pagina; alleen één wordt afgespeeld`,
        );
      return json(200, read(index.observationPages[0]!));
    }
    const file = fileFor(entity);
    if (!file || !existsSync(join(dir, file)))
      return error(404, `Resource not found for the segment '${entity}'.`);
    return json(200, read(file));
  }) as typeof fetch;
}
