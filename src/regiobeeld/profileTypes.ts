// The shape of a region profile: one use case, served by the API, the CLI and the web app alike.
import type { ObservationFlag } from '../indicators/observation.ts';
import type { CategoryId, Polarity, Text } from '../indicators/schema.ts';
import type { Comparison } from '../stats/compare.ts';
import type { TrendMarker } from '../stats/trend.ts';
import type { EstimateMethod } from './regionEstimate.ts';

export interface ProfileRegion {
  /** CBS code, or null for an ad-hoc region composed of gemeenten. */
  code: string | null;
  name: string;
  /** Region type code, or 'eigen' for an ad-hoc region. */
  type: string;
  gemeenten: { code: string; name: string }[];
  /** Standard regions that contain the whole region. */
  partOf: { code: string; name: string; type: string }[];
  population: { value: number; period: string } | null;
  /** The region compared with besides Nederland (a gemeente: its provincie; others: the smallest region containing it). */
  parent: { code: string; name: string; type: string } | null;
}

export interface BenchmarkComparison {
  code: string;
  name: string;
  value: number | null;
  /** 'published': the source's own figure; 'aggregate': the sum of all gemeenten */
  basis: 'published' | 'aggregate' | 'none';
  /** Comparison of the region's 95 % interval with the benchmark value (Fingertips default). */
  at95: Comparison;
  at998: Comparison;
}

export interface TrendPointOut {
  period: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  partial: boolean;
  /** Converted from an earlier gemeentelijke indeling: "omgerekend naar de gemeentelijke indeling van 2026: …". */
  conversion?: string | null;
}

export interface ProfileIndicator {
  id: string;
  name: Text;
  shortName: Text;
  category: CategoryId;
  theme: string | null;
  unit: Text;
  valueType: string;
  polarity: Polarity;
  decimals: number;
  breakdown: string;
  breakdownLabel: Text | null;
  /** 'regional': values for this region; 'national-only': the source has only a national figure. */
  availability: 'regional' | 'national-only';
  period: string | null;
  periodType: string | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  lower998: number | null;
  upper998: number | null;
  count: number | null;
  denominator: number | null;
  flags: ObservationFlag[];
  suppressed: boolean;
  /** Instead of a value: the range a source's suppression allows (e.g. a region with Urk's '<=5'). */
  bounds: { lower: number; upper: number } | null;
  /** The value shown belongs to another region: the GGD-regio, for figures published per GGD-regio only. */
  valueOf: { code: string; name: string; type: string } | null;
  /** The source's own comparison with Nederland, verbatim (then `national.at95` follows it). */
  publishedSignificance: string | null;
  /** Why there is no value (suppressed, no data, not aggregable). */
  reason: Text | null;
  note: Text | null;
  method: EstimateMethod;
  national: BenchmarkComparison | null;
  parent: BenchmarkComparison | null;
  trend: {
    marker: TrendMarker;
    direction: 'getting-better' | 'getting-worse' | null;
    reason: Text | null;
    points: TrendPointOut[];
  };
  /** Rank among regions of the same type (1 = best; for neutral indicators 1 = highest). */
  rank: { position: number; of: number; quintile: number | null } | null;
  /** Distribution over regions of the same type, for the spine chart. */
  spine: {
    min: number | null;
    q1: number | null;
    median: number | null;
    q3: number | null;
    max: number | null;
  } | null;
  source: {
    publisher: string;
    title: string;
    table: string;
    licence: string;
    attribution: string;
    url?: string;
  };
  snapshots: string[];
}

export interface ProfileTheme {
  id: string;
  category: CategoryId;
  name: Text;
  usableIndicator: boolean;
  reason: Text | null;
  indicators: string[];
}

export interface Profile {
  region: ProfileRegion;
  /** The period asked for, or null for each indicator's latest full period. */
  requestedPeriod: string | null;
  categories: { id: CategoryId; name: Text; description: Text }[];
  themes: ProfileTheme[];
  indicators: ProfileIndicator[];
  generatedAt: string;
  /** Own region only: codes of the request that were left out, and why. */
  skipped?: { code: string; reason: Text }[];
}
