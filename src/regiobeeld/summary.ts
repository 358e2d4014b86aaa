// What a reader sees first of a profile: the figures that can be compared with Nederland, the strongest
// differences, the national-only figures kept apart, each theme's regional figure, and whether an asked-for
// period has data. Pure, on the profile as the API gives it, so pages, the report and tests agree.
import type { Profile, ProfileIndicator, ProfileTheme } from './profileTypes.ts';

/** Rows that belong in the population section rather than in the categories. */
export const isPopulationRow = (row: Pick<ProfileIndicator, 'id'>) =>
  row.id === 'bevolking' || row.id.startsWith('bevolking-leeftijd');

/** A regional figure with a value that was compared with Nederland (its interval against the national value). */
export function isComparable(row: ProfileIndicator): boolean {
  return (
    row.availability === 'regional' &&
    row.value !== null &&
    !isPopulationRow(row) &&
    !!row.national &&
    row.national.value !== null &&
    row.national.at95 !== 'not-compared'
  );
}

/** "In het kort": every comparable figure, in catalogue order. */
export const comparableRows = (profile: Profile) => profile.indicators.filter(isComparable);

/** Regional figures with a value but without a comparison (no interval, or no national value). */
export const uncomparedRows = (profile: Profile) =>
  profile.indicators.filter(
    (r) => r.availability === 'regional' && r.value !== null && !isPopulationRow(r) && !isComparable(r),
  );

/** Figures the source publishes for Nederland only: one compact table, apart from the region's own. */
export const nationalOnlyRows = (profile: Profile) =>
  profile.indicators.filter((r) => r.availability === 'national-only' && !isPopulationRow(r));

/** Regional indicators of which the region has no value yet (not loaded, suppressed, not aggregable). */
export const regionalWithoutValue = (profile: Profile) =>
  profile.indicators.filter((r) => r.availability === 'regional' && r.value === null && !isPopulationRow(r));

/** Relative distance to Nederland, |value − NL| / |NL| (0 when Nederland is 0). */
export function relativeDifference(row: ProfileIndicator): number {
  const nl = row.national?.value ?? null;
  if (row.value === null || nl === null || nl === 0) return 0;
  return Math.abs(row.value - nl) / Math.abs(nl);
}

const DIFFERENT = new Set(['better', 'worse', 'higher', 'lower']);

/**
 * The strongest differences with Nederland: figures whose 95 % interval lies wholly above or below the
 * national value, those that also differ at 99.8 % first, then by relative difference. One row per indicator
 * (its largest), so one indicator with many breakdowns cannot fill the list.
 */
export function strongestDifferences(profile: Profile, limit = 5): ProfileIndicator[] {
  const candidates = comparableRows(profile).filter((r) => DIFFERENT.has(r.national!.at95));
  const strong = (r: ProfileIndicator) => (DIFFERENT.has(r.national!.at998) ? 1 : 0);
  candidates.sort(
    (a, b) =>
      strong(b) - strong(a) || relativeDifference(b) - relativeDifference(a) || a.id.localeCompare(b.id),
  );
  const seen = new Set<string>();
  const result: ProfileIndicator[] = [];
  for (const row of candidates) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    result.push(row);
    if (result.length === limit) break;
  }
  return result;
}

/** Counts of the comparison outcomes of the comparable figures (better, worse, similar, higher, lower). */
export function comparisonCounts(profile: Profile): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of comparableRows(profile)) {
    const c = row.national!.at95;
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/** The indicators of a theme: the ones the theme lists and the ones whose catalogue theme it is. */
export function themeIndicatorIds(profile: Profile, theme: ProfileTheme): string[] {
  const ids = new Set(theme.indicators);
  for (const row of profile.indicators) if (row.theme === theme.id) ids.add(row.id);
  return [...ids];
}

/**
 * The rows of a theme, the region's own figures first: a row with a regional value, then regional rows
 * without a value yet, then national-only rows. Within each, catalogue order is kept.
 */
export function themeRows(profile: Profile, theme: ProfileTheme): ProfileIndicator[] {
  const ids = new Set(themeIndicatorIds(profile, theme));
  const rows = profile.indicators.filter((r) => ids.has(r.id) && !isPopulationRow(r));
  const weight = (r: ProfileIndicator) => (r.availability === 'regional' ? (r.value !== null ? 0 : 1) : 2);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => weight(a.row) - weight(b.row) || a.i - b.i)
    .map((x) => x.row);
}

/** The theme's regional figure, when the region has one: the first regional row with a value. */
export const themeRegionalFigure = (profile: Profile, theme: ProfileTheme) =>
  themeRows(profile, theme).find((r) => r.availability === 'regional' && r.value !== null) ?? null;

export interface PeriodCheck {
  /** The period asked for (null: each indicator's latest). */
  requested: string | null;
  /** Whether any figure of the profile has a value for it. */
  hasData: boolean;
  /** Years with data in the figures' series, newest first (ask the latest profile for the ones to offer). */
  available: string[];
}

export function checkPeriod(profile: Profile): PeriodCheck {
  const requested = profile.requestedPeriod;
  const hasData = requested === null || profile.indicators.some((r) => r.value !== null);
  const years = new Set<string>();
  for (const row of profile.indicators)
    for (const point of row.trend.points)
      if (point.value !== null && /^\d{4}$/.test(point.period)) years.add(point.period);
  return { requested, hasData, available: [...years].sort().reverse() };
}

/** A source title without version hashes ("…, commit e32c09e)"): those belong in the Bron details and the API. */
export const plainTitle = (title: string) =>
  title
    .replace(/,?\s*commit [0-9a-f]{6,40}/gi, '')
    .replace(/\(\s*\)/g, '')
    .trim();

/** The sources of a set of rows, each written once (publisher and plain title), in the order met. */
export function sourcesOf(rows: ProfileIndicator[]): { publisher: string; title: string; url?: string }[] {
  const seen = new Map<string, { publisher: string; title: string; url?: string }>();
  for (const row of rows) {
    const key = `${row.source.publisher}|${row.source.title}`;
    if (!seen.has(key))
      seen.set(key, {
        publisher: row.source.publisher,
        title: plainTitle(row.source.title),
        ...(row.source.url ? { url: row.source.url } : {}),
      });
  }
  return [...seen.values()];
}

/** An attribution without its own "Bron:" ("Bron: CBS" → "CBS"), so a label "Bron" is never written twice. */
export const attributionText = (attribution: string) => attribution.replace(/^\s*(bron|source)\s*:\s*/i, '');
