// CSV tables and metadata for downloads of a profile (all of it, or one indicator).
import type { Profile, ProfileIndicator } from '../../../regiobeeld/profileTypes.ts';
import type { Lang } from '../../i18n/index.tsx';
import type { Messages } from '../../i18n/nl.ts';
import { api, type Catalog } from '../../lib/api.ts';
import type { Cell } from '../../lib/csv.ts';
import type { ExportSpec, ExportTable } from '../../lib/exportZip.ts';
import { getJson } from '../../lib/http.ts';

export const VALUE_COLUMNS = [
  'region_code',
  'region_name',
  'indicator',
  'indicator_name',
  'breakdown',
  'period',
  'value',
  'lower_95',
  'upper_95',
  'lower_99_8',
  'upper_99_8',
  'count',
  'denominator',
  'unit',
  'nederland',
  'comparison_nederland_95',
  'parent_code',
  'parent_value',
  'comparison_parent_95',
  'rank',
  'rank_of',
  'quintile',
  'flags',
  'suppressed',
  'reason',
  'method',
  'source',
  'licence',
  'snapshots',
  // Added after the others so that existing readers keep their columns: the range a source's suppression allows
  // (a cell '<=5', or a region with one) and, for a figure published per GGD-regio only, whose figure it is.
  'suppressed_lower',
  'suppressed_upper',
  'value_of_code',
  'value_of_name',
];

export function valueRow(profile: Profile, row: ProfileIndicator, lang: Lang): Cell[] {
  const tx = (v: { nl: string; en: string } | null) => (v ? v[lang] : null);
  return [
    profile.region.code ?? profile.region.gemeenten.map((g) => g.code).join('+'),
    profile.region.name,
    row.id,
    tx(row.name),
    row.breakdown,
    row.period,
    row.value,
    row.lower,
    row.upper,
    row.lower998,
    row.upper998,
    row.count,
    row.denominator,
    tx(row.unit),
    row.national?.value ?? null,
    row.national?.at95 ?? null,
    row.parent?.code ?? null,
    row.parent?.value ?? null,
    row.parent?.at95 ?? null,
    row.rank?.position ?? null,
    row.rank?.of ?? null,
    row.rank?.quintile ?? null,
    row.flags.join(' '),
    row.suppressed,
    tx(row.reason),
    row.method,
    `${row.source.publisher}: ${row.source.title} (${row.source.table})`,
    row.source.licence,
    row.snapshots.join(' '),
    row.bounds?.lower ?? null,
    row.bounds?.upper ?? null,
    row.valueOf?.code ?? null,
    row.valueOf?.name ?? null,
  ];
}

export const TREND_COLUMNS = [
  'indicator',
  'breakdown',
  'region',
  'period',
  'value',
  'lower_95',
  'upper_95',
  'partial',
  'conversion',
];

export function trendRows(regionName: string, rows: ProfileIndicator[]): Cell[][] {
  return rows.flatMap((row) =>
    row.trend.points.map((p) => [
      row.id,
      row.breakdown,
      row.availability === 'national-only' ? 'Nederland' : regionName,
      p.period,
      p.value,
      p.lower,
      p.upper,
      p.partial,
      p.conversion ?? null,
    ]),
  );
}

export async function profileExport(
  profile: Profile,
  rows: ProfileIndicator[],
  t: Messages,
  lang: Lang,
  single?: string,
): Promise<ExportSpec> {
  const catalog = await getJson<Catalog>(api.catalog());
  const ids = new Set(rows.map((r) => r.id));
  const tables: ExportTable[] = [
    {
      name: single ? `${single}-waarden` : 'regiobeeld',
      title: `${profile.region.name}: ${t.common.value}`,
      columns: VALUE_COLUMNS,
      rows: rows.map((r) => valueRow(profile, r, lang)),
    },
    {
      name: single ? `${single}-trend` : 'trends',
      title: `${profile.region.name}: ${t.trend.title}`,
      columns: TREND_COLUMNS,
      rows: trendRows(profile.region.name, rows),
    },
  ];
  return {
    fileBase: single ? `${profile.region.name}-${single}` : `regiobeeld-${profile.region.name}`,
    title: single
      ? `${profile.region.name} – ${rows[0]?.name[lang] ?? single}`
      : `${t.siteName}: ${profile.region.name}`,
    description: t.siteTagline,
    tables,
    indicators: catalog.indicators.filter((i) => ids.has(i.id)),
    snapshots: [...new Set(rows.flatMap((r) => r.snapshots))].sort(),
    methods: [...new Set(rows.map((r) => t.method[r.method] ?? r.method))],
    region: {
      code: profile.region.code,
      name: profile.region.name,
      gemeenten: profile.region.gemeenten.map((g) => g.code),
    },
    period: profile.requestedPeriod,
  };
}
