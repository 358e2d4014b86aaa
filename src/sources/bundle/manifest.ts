// The bundle manifest (data/bundle.json): which files the bundle has, where they came from, and their kind.
import { z } from 'zod';

const provenance = {
  publisher: z.string(),
  title: z.string(),
  table: z.string(),
  url: z.string().optional(),
  licence: z.string(),
  attribution: z.string(),
};

export const bundleFile = z.object({
  path: z.string(),
  kind: z.enum([
    'region-membership',
    'population-gemeente',
    'population-region',
    'age-65plus',
    'covid-counts',
    'vaccination',
    'national-values',
    'indicator-values',
    'kwb-areas',
    'age-households',
    'ggd-monitor',
    'ggd-life-expectancy',
    'health-areas',
    'gemeente-conversion',
  ]),
  periodColumn: z.string().optional(),
  /** health-areas: the gemeente-conversion file that takes its gemeenten to today's indeling. */
  conversion: z.string().optional(),
  /** The gemeentelijke indeling (year) the file's codes follow, when it is not the bundle's. */
  indeling: z.number().int().optional(),
  year: z.number().int(),
  ...provenance,
});
export type BundleFile = z.infer<typeof bundleFile>;

const coverage = z.object({ from: z.string(), to: z.string(), missingDays: z.array(z.string()) });

/** A recorded CBS download, replayed through the real client, import and mapping (src/sources/bundle/replay.ts). */
export const bundleReplay = z.object({
  tableId: z.string(),
  api: z.literal('v4'),
  /** Folder of the recording (index.json and the response bodies). */
  path: z.string(),
  ...provenance,
});
export type BundleReplay = z.infer<typeof bundleReplay>;

export const bundleManifest = z.object({
  year: z.number().int(),
  files: z.array(bundleFile),
  boundaries: z.array(z.object({ regionType: z.string(), path: z.string(), object: z.string() })),
  boundaryProvenance: z.object(provenance),
  covidCoverage: z.object({ meldingen: coverage, ziekenhuisopnames: coverage, overleden: coverage }),
  replays: z.array(bundleReplay).default([]),
});
export type BundleManifest = z.infer<typeof bundleManifest>;
