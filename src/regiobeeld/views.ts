// The regiobeeld API's answers about geography and the catalogue: region types, regions (summary and detail), saved
// own regions, one indicator with its periods and the observation rows with their source. The stores and the
// service return them and the pages import them (type-only). The profile's shape is in profileTypes.ts, one
// indicator across regions in indicatorValues.ts. Pure.
import type { Catalog, Indicator, Text } from '../indicators/schema.ts';

/** GET /api/region-types: one region type with the number of its regions. */
export interface RegionType {
  code: string;
  name: Text;
  codePrefix: string;
  regions: number;
  hasBoundaries: boolean;
}

/** GET /api/regions: a region in a list or a search result. */
export interface RegionSummary {
  code: string;
  name: string;
  type: string;
  /** For a wijk or buurt: the name of its gemeente (names like "Centrum" repeat across gemeenten). */
  gemeente?: string;
}

/** GET /api/regions/{code}: one region with its gemeenten, the regions it lies within and its population. */
export interface RegionDetail extends RegionSummary {
  validFrom: number;
  validTo: number | null;
  year: number;
  /** The gemeenten the region consists of (a gemeente: itself). */
  gemeenten: RegionSummary[];
  /** The regions this region lies within (for a gemeente: one per region type). */
  partOf: RegionSummary[];
}

export interface RegionAnswer extends RegionDetail {
  /** inhabitants on 1 January of the latest year: the published figure, or the sum over the gemeenten */
  population: { value: number; period: string; basis: 'published' | 'sum' } | null;
}

/** A saved own region (a set of gemeenten), GET /api/user-regions/{id}. */
export interface UserRegion {
  id: string;
  name: string;
  gemeenten: string[];
  year: number;
  createdAt: string;
}

/** GET /api/indicators: the catalogue, each indicator with the number of periods that have data. */
export type CatalogAnswer = Omit<Catalog, 'indicators'> & {
  indicators: (Indicator & { periodsWithData: number })[];
};

/** GET /api/indicators/{id}: one indicator with the periods it has data for. */
export interface IndicatorDetail extends Indicator {
  periods: { period: string; type: string; regions: number; partial: boolean }[];
}

/** GET /api/observations: the fields of one observation row with its source that the pages read. */
export interface ObservationRow {
  indicator: string;
  region: string;
  period: string;
  breakdown: string;
  value: number | null;
  transformation: string;
  snapshotId: string;
  sourceTable: string;
  sourceTitle: string;
  licence: string;
  attribution: string;
  sourceLocation: string;
  note: string | null;
}
