// The API's addresses and answer types as the web app uses them (requests go through ./http.ts). Response types
// come from the server's own model modules (type-only imports), so the front end and the API cannot drift apart.
import type { Catalog, Indicator, Text } from '../../indicators/schema.ts';
import type { indicatorSeries, indicatorValues, ValuesProblem } from '../../regiobeeld/indicatorValues.ts';

export type {
  Profile,
  ProfileIndicator,
  ProfileTheme,
  TrendPointOut,
} from '../../regiobeeld/profileTypes.ts';
export type {
  CatalogAnswer,
  IndicatorDetail,
  ObservationRow,
  RegionAnswer,
  RegionDetail,
  RegionSummary,
  RegionType,
  UserRegion,
} from '../../regiobeeld/views.ts';
export type { Catalog, Indicator, Text };

export type IndicatorValues = Exclude<ReturnType<typeof indicatorValues>, ValuesProblem>;
export type ValuesRegion = IndicatorValues['regions'][number];
export type IndicatorSeries = ReturnType<typeof indicatorSeries>;

export const api = {
  regionTypes: () => '/api/region-types',
  regions: (type?: string) => (type ? `/api/regions?type=${encodeURIComponent(type)}` : '/api/regions'),
  region: (code: string) => `/api/regions/${encodeURIComponent(code)}`,
  boundaries: (type: string) => `/api/boundaries/${encodeURIComponent(type)}`,
  catalog: () => '/api/indicators',
  indicator: (id: string) => `/api/indicators/${encodeURIComponent(id)}`,
  profile: (code: string, period?: string | null) =>
    `/api/regions/${encodeURIComponent(code)}/profile${period ? `?period=${encodeURIComponent(period)}` : ''}`,
  adHocProfile: (gemeenten: string[], name: string, period?: string | null) => {
    const q = new URLSearchParams({ gemeenten: gemeenten.join(','), name });
    if (period) q.set('period', period);
    return `/api/profile?${q.toString().replaceAll('%2C', ',')}`;
  },
  values: (id: string, type: string, period?: string | null, breakdown?: string | null) => {
    const q = new URLSearchParams({ type });
    if (period) q.set('period', period);
    if (breakdown) q.set('breakdown', breakdown);
    return `/api/indicators/${encodeURIComponent(id)}/values?${q}`;
  },
  series: (id: string, region: { code?: string | null; gemeenten?: string[] }, breakdown?: string | null) => {
    const q = new URLSearchParams();
    if (region.code) q.set('region', region.code);
    else if (region.gemeenten) q.set('gemeenten', region.gemeenten.join(','));
    if (breakdown) q.set('breakdown', breakdown);
    return `/api/indicators/${encodeURIComponent(id)}/series?${q.toString().replaceAll('%2C', ',')}`;
  },
  observations: (p: {
    indicator: string;
    region: string;
    period?: string | null;
    breakdown?: string | null;
  }) => {
    const q = new URLSearchParams({ indicator: p.indicator, region: p.region });
    if (p.period) q.set('period', p.period);
    if (p.breakdown) q.set('breakdown', p.breakdown);
    return `/api/observations?${q}`;
  },
  userRegions: () => '/api/user-regions',
  userRegion: (id: string) => `/api/user-regions/${encodeURIComponent(id)}`,
};

/** Profile of a standard region or of an ad-hoc set of gemeenten. */
export type ProfileRequest = { code: string } | { gemeenten: string[]; name: string };

export function profileUrl(request: ProfileRequest, period?: string | null): string {
  return 'code' in request
    ? api.profile(request.code, period)
    : api.adHocProfile(request.gemeenten, request.name, period);
}
