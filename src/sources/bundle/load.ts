// Loads the shipped open-data bundle into the database: once, in one transaction, and again only when the
// bundle's content changes (the bundle hash is recorded).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertMany } from '../../db/bulk.ts';
import { syncCatalog } from '../../db/catalogStore.ts';
import type { Database, Queryable } from '../../db/connection.ts';
import {
  copyAreaObservations,
  type SnapshotRecord,
  saveObservations,
  saveSnapshots,
} from '../../db/observationStore.ts';
import { gemeenteOfArea } from '../../geo/regionTypes.ts';
import type { Catalog } from '../../indicators/schema.ts';
import { BundleError } from './csv.ts';
import { type BundleManifest, bundleManifest } from './manifest.ts';
import { parseBundle } from './parse.ts';
import { replayHashes, replayRecordings } from './replay.ts';

export const defaultDataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

export interface LoadResult {
  loaded: boolean;
  bundleHash: string;
  observations: number;
  regions: number;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function readBundleFile(dataDir: string, path: string): string {
  try {
    return readFileSync(join(dataDir, path), 'utf8');
  } catch (error) {
    throw new BundleError(
      join(dataDir, path),
      null,
      null,
      `kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
}

export function readManifest(dataDir: string): BundleManifest {
  const path = join(dataDir, 'bundle.json');
  let json: unknown;
  try {
    json = JSON.parse(readBundleFile(dataDir, 'bundle.json'));
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError(path, null, null, `geen geldige JSON (${(error as Error).message})`);
  }
  const parsed = bundleManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleError(path, null, issue.path.join('.'), issue.message);
  }
  return parsed.data;
}

export async function loadBundle(
  db: Database,
  catalog: Catalog,
  options: {
    dataDir?: string;
    force?: boolean;
    log?: (line: string) => void;
    /** false: leave out the ~18,000 wijken and buurten and their observations (test suites that need none of
     *  them load several times faster); the product always loads them. */
    areas?: boolean;
  } = {},
): Promise<LoadResult> {
  const withAreas = options.areas !== false;
  const dataDir = options.dataDir ?? defaultDataDir;
  const log = options.log ?? (() => {});
  const manifest = readManifest(dataDir);
  const paths = [...manifest.files.map((f) => f.path), ...manifest.boundaries.map((b) => b.path)];
  const texts = new Map(paths.map((path) => [path, readBundleFile(dataDir, path)]));
  const hashes = new Map(paths.map((path) => [path, sha256(texts.get(path)!)]));
  const bundleHash = sha256(
    JSON.stringify([
      readBundleFile(dataDir, 'bundle.json'),
      [...hashes],
      ...(manifest.replays.length > 0 ? [replayHashes(manifest, dataDir)] : []),
      catalog.indicators.map((i) => [i.id, i.version]),
      ...(withAreas ? [] : ['zonder wijken en buurten']),
    ]),
  );

  await syncCatalog(db, catalog);
  const done = await db.query('SELECT 1 FROM bundle_load WHERE bundle_hash = $1', [bundleHash]);
  if (done.length > 0 && !options.force) return { loaded: false, bundleHash, observations: 0, regions: 0 };

  const snapshotId = (path: string) => `bundle:${hashes.get(path)!.slice(0, 16)}`;
  const parsed = parseBundle({
    manifest,
    texts,
    snapshots: new Map(paths.map((path) => [path, snapshotId(path)])),
    indicators: new Map(catalog.indicators.map((i) => [i.id, new Set(i.breakdowns.map((b) => b.code))])),
  });
  const isAreaCode = (code: string) => gemeenteOfArea(code) !== null;
  const content = withAreas
    ? parsed
    : {
        ...parsed,
        regions: parsed.regions.filter((r) => !isAreaCode(r.code)),
        observations: parsed.observations.filter((o) => !isAreaCode(o.regionCode)),
      };
  const retrievedAt = new Date().toISOString();
  const snapshots: SnapshotRecord[] = [
    ...manifest.files.map((file) => ({ file, path: file.path })),
    ...manifest.boundaries.map((b) => ({
      file: { ...manifest.boundaryProvenance, year: manifest.year },
      path: b.path,
    })),
  ].map(({ file, path }) => ({
    id: snapshotId(path),
    source: 'bundle',
    tableId: file.table,
    api: 'file',
    title: file.title,
    licence: file.licence,
    attribution: file.attribution,
    retrievedAt,
    contentHash: hashes.get(path)!,
    bytes: Buffer.byteLength(texts.get(path)!),
    location: `data/${path}`,
  }));

  log(`Open data laden: ${content.regions.length} regio's, ${content.observations.length} waarnemingen…`);
  for (const skip of content.skipped)
    log(`Open data laden: ${skip.file}: ${skip.rows} rijen niet geladen (${skip.reason})`);
  await db.transaction(async (tx) => {
    await clearBundle(tx);
    await saveSnapshots(tx, snapshots);
    await insertMany(
      tx,
      'region',
      [
        { name: 'code', type: 'text[]', get: (r) => r.code },
        { name: 'type', type: 'text[]', get: (r) => r.type },
        { name: 'name', type: 'text[]', get: (r) => r.name },
        { name: 'valid_from', type: 'int[]', get: (r) => r.validFrom },
        { name: 'snapshot_id', type: 'text[]', get: (r) => r.snapshotId },
        { name: 'parent_code', type: 'text[]', get: (r) => r.parentCode ?? null },
      ],
      content.regions,
      {
        onConflict:
          'ON CONFLICT (code) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name, snapshot_id = EXCLUDED.snapshot_id, parent_code = EXCLUDED.parent_code',
      },
    );
    await insertMany(
      tx,
      'region_membership',
      [
        { name: 'gemeente_code', type: 'text[]', get: (m) => m.gemeenteCode },
        { name: 'region_code', type: 'text[]', get: (m) => m.regionCode },
        { name: 'year', type: 'int[]', get: (m) => m.year },
        { name: 'snapshot_id', type: 'text[]', get: (m) => m.snapshotId },
      ],
      content.memberships,
    );
    for (const boundary of content.boundaries) {
      await tx.query(
        'INSERT INTO boundary (region_type, year, topojson, snapshot_id) VALUES ($1, $2, $3, $4)',
        [boundary.regionType, boundary.year, boundary.topojson, boundary.snapshotId],
      );
    }
    // Wijken and buurten go to their own table (see migration 0120); everything else as before.
    const isArea = (o: { regionCode: string }) => gemeenteOfArea(o.regionCode) !== null;
    await copyAreaObservations(tx, content.observations.filter(isArea), (code) => gemeenteOfArea(code)!, {
      onProgress: (n) => log(`Open data laden: waarnemingen van wijken en buurten ${n}`),
    });

    await saveObservations(
      tx,
      content.observations.filter((o) => !isArea(o)),
      {
        onProgress: (n) => log(`Open data laden: waarnemingen ${n}/${content.observations.length}`),
        // A key an import has already filled keeps the imported (newer) value.
        onConflict: 'ON CONFLICT (indicator_id, region_code, period, breakdown) DO NOTHING',
      },
    );
    // After the files: where a file already has a figure, the file's stays (the replay never overwrites it).
    await replayRecordings(tx, catalog, manifest, dataDir, log);
    await tx.query('INSERT INTO bundle_load (bundle_hash, observations) VALUES ($1, $2)', [
      bundleHash,
      content.observations.length,
    ]);
  });
  return {
    loaded: true,
    bundleHash,
    observations: content.observations.length,
    regions: content.regions.length,
  };
}

/** Removes what an earlier bundle version wrote (not user regions, not data from other sources). */
async function clearBundle(tx: Queryable): Promise<void> {
  await tx.query(
    "DELETE FROM observation WHERE snapshot_id IN (SELECT id FROM source_snapshot WHERE source = 'bundle')",
  );
  await tx.query('DELETE FROM area_observation');
  await tx.query('DELETE FROM region_membership');
  await tx.query('DELETE FROM boundary');
  await tx.query('DELETE FROM bundle_load');
}
