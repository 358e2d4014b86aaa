// The bundle's recorded CBS downloads (data/cbs-recordings/<table>/), replayed inside the bundle's transaction
// through the same client, import and mapping a live `juisteplek import cbs` uses: the shipped figures are what that
// import makes of CBS's own answer. A table that a live import has brought in since is left alone (it is newer).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable } from '../../db/connection.ts';
import { currentTable } from '../../db/sourceStore.ts';
import type { Catalog } from '../../indicators/schema.ts';
import { type CbsImportResult, importCbsTableIn } from '../cbs/import.ts';
import { RECORDING_URL, readRecordingIndex, recordingFetch, recordingFiles } from '../cbs/recording.ts';
import { BundleError } from './csv.ts';
import type { BundleManifest, BundleReplay } from './manifest.ts';

/** The location a replayed snapshot records: the bundle folder, then where and when it was recorded. */
const locationOf = (replay: BundleReplay, source: string) => `data/${replay.path} (opname van ${source})`;

/** sha256 of every file of every recording, so that a changed recording reloads the bundle. */
export function replayHashes(manifest: BundleManifest, dataDir: string): [string, string][] {
  return manifest.replays.flatMap((replay) => {
    const dir = join(dataDir, replay.path);
    try {
      return recordingFiles(dir).map((file): [string, string] => [
        `${replay.path}/${file}`,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]);
    } catch (error) {
      throw new BundleError(
        join(dir, 'index.json'),
        null,
        null,
        `opname niet leesbaar: ${(error as Error).message}`,
      );
    }
  });
}

export async function replayRecordings(
  tx: Queryable,
  catalog: Catalog,
  manifest: BundleManifest,
  dataDir: string,
  log: (line: string) => void,
): Promise<CbsImportResult[]> {
  const results: CbsImportResult[] = [];
  for (const replay of manifest.replays) {
    const dir = join(dataDir, replay.path);
    const index = readRecordingIndex(dir);
    const location = locationOf(replay, index.source);
    const current = await currentTable(tx, replay.tableId.toLowerCase());
    if (current) {
      const [row] = await tx.query<{ location: string }>(
        'SELECT location FROM source_snapshot WHERE id = $1',
        [current.snapshotId],
      );
      if (row && !row.location.startsWith(`data/${replay.path} `)) {
        log(
          `Open data laden: ${replay.tableId} niet afgespeeld; een eigen import (${current.snapshotId}) is nieuwer`,
        );
        continue;
      }
    }
    log(`Open data laden: CBS ${replay.tableId} afspelen uit data/${replay.path}…`);
    try {
      results.push(
        await importCbsTableIn(tx, catalog, replay.tableId, {
          api: replay.api,
          baseUrl: RECORDING_URL,
          filter: index.sliceFilter ?? undefined,
          location,
          retrievedAt: index.capturedAt,
          env: {},
          client: { fetch: recordingFetch(dir), maxRetries: 0 },
        }),
      );
    } catch (error) {
      // A recording that does not fit its mapping is a broken bundle: name the recording, keep CBS's reason.
      throw new BundleError(dir, null, null, (error as Error).message);
    }
  }
  return results;
}
