// Compact tables of a profile's figures: the comparable ones ("In het kort"), the national-only ones (one
// table, folded), and all of them (the report's appendix).
import type { Profile, ProfileIndicator } from '../../regiobeeld/profileTypes.ts';
import { ComparisonBadge } from '../components/ComparisonBadge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber, withUnit } from '../lib/format.ts';
import { useRegiobeeldTexts } from './texts.ts';

const anchorOf = (row: Pick<ProfileIndicator, 'id' | 'breakdown'>) =>
  `ind-${row.id}-${row.breakdown}`.replace(/[^a-zA-Z0-9_-]/g, '_');

function useCells() {
  const { t, text } = useI18n();
  const unitShort = (r: ProfileIndicator) => (text(r.unit).startsWith('%') ? '%' : '');
  return {
    name: (r: ProfileIndicator, link: boolean) => {
      const label = (
        <>
          {text(r.shortName)}
          {r.breakdownLabel && <span className="jp-muted"> ({text(r.breakdownLabel)})</span>}
        </>
      );
      return link ? (
        <a href={`#${anchorOf(r)}`} className="utrecht-link">
          {label}
        </a>
      ) : (
        label
      );
    },
    period: (r: ProfileIndicator) => (r.period ? t.period(r.period) : '–'),
    value: (r: ProfileIndicator) => withUnit(formatNumber(r.value, r.decimals, t.locale), unitShort(r)),
    national: (r: ProfileIndicator) =>
      withUnit(formatNumber(r.national?.value ?? null, r.decimals, t.locale), unitShort(r)),
    interval: (r: ProfileIndicator) =>
      r.lower !== null && r.upper !== null
        ? `${formatNumber(r.lower, r.decimals, t.locale)} – ${formatNumber(r.upper, r.decimals, t.locale)}`
        : '–',
    unit: (r: ProfileIndicator) => <span className="jp-muted">{text(r.unit)}</span>,
  };
}

/** The figures compared with Nederland, with the outcome in colour and words. */
export function ComparableTable({
  profile,
  rows,
  links = true,
  caption,
}: {
  profile: Profile;
  rows: ProfileIndicator[];
  links?: boolean;
  caption: string;
}) {
  const { t } = useI18n();
  const c = useCells();
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(r) => `${r.id}/${r.breakdown}`}
      columns={[
        { key: 'name', header: t.profile.indicatorRow, rowHeader: true, cell: (r) => c.name(r, links) },
        { key: 'period', header: t.common.period, cell: c.period },
        { key: 'value', header: profile.region.name, numeric: true, cell: c.value },
        { key: 'nl', header: t.common.nederland, numeric: true, cell: c.national },
        { key: 'unit', header: t.common.unit, cell: c.unit },
        {
          key: 'cmp',
          header: t.indicator.colComparison,
          cell: (r) => <ComparisonBadge comparison={r.national?.at95 ?? 'not-compared'} short />,
        },
      ]}
    />
  );
}

/** The figures that exist for Nederland only, in one compact table. */
export function NationalOnlyTable({ profile, rows }: { profile: Profile; rows: ProfileIndicator[] }) {
  const { t, text } = useI18n();
  const rt = useRegiobeeldTexts();
  const c = useCells();
  const themeName = new Map(profile.themes.map((th) => [th.id, text(th.name)]));
  return (
    <DataTable
      caption={rt.nationalCaption}
      captionHidden
      className="jp-national-table"
      rows={rows}
      rowKey={(r) => `${r.id}/${r.breakdown}`}
      columns={[
        { key: 'name', header: t.profile.indicatorRow, rowHeader: true, cell: (r) => c.name(r, false) },
        { key: 'theme', header: rt.theme, cell: (r) => (r.theme ? (themeName.get(r.theme) ?? '–') : '–') },
        { key: 'period', header: t.common.period, cell: c.period },
        { key: 'nl', header: t.common.nederland, numeric: true, cell: c.national },
        { key: 'unit', header: t.common.unit, cell: c.unit },
      ]}
    />
  );
}

/** Every figure of the profile next to Nederland: the report's optional appendix. */
export function AllFiguresTable({ profile, rows }: { profile: Profile; rows: ProfileIndicator[] }) {
  const { t, text } = useI18n();
  const rt = useRegiobeeldTexts();
  const c = useCells();
  return (
    <DataTable
      caption={rt.reportAppendixCaption(profile.region.name)}
      rows={rows}
      rowKey={(r) => `${r.id}/${r.breakdown}`}
      columns={[
        { key: 'name', header: t.profile.indicatorRow, rowHeader: true, cell: (r) => c.name(r, false) },
        { key: 'period', header: t.common.period, cell: c.period },
        {
          key: 'value',
          header: rt.colValue,
          numeric: true,
          cell: (r) =>
            r.availability === 'national-only' ? (
              <span className="jp-muted">{t.profile.nationalOnly}</span>
            ) : r.value === null ? (
              <span className="jp-muted">{r.reason ? text(r.reason) : '–'}</span>
            ) : (
              c.value(r)
            ),
        },
        { key: 'ci', header: rt.colInterval, numeric: true, cell: c.interval },
        { key: 'nl', header: t.common.nederland, numeric: true, cell: c.national },
        {
          key: 'cmp',
          header: rt.colWords,
          cell: (r) =>
            r.availability === 'regional' && r.value !== null
              ? t.comparison[r.national?.at95 ?? 'not-compared']
              : '–',
        },
      ]}
    />
  );
}

/** Nederland's own latest figures, compactly: name, period, value with its unit. */
export function NationalFiguresTable({ rows, caption }: { rows: ProfileIndicator[]; caption: string }) {
  const { t, text } = useI18n();
  const c = useCells();
  return (
    <DataTable
      caption={caption}
      captionHidden
      className="jp-report__compact"
      rows={rows}
      rowKey={(r) => `${r.id}/${r.breakdown}`}
      columns={[
        { key: 'name', header: t.profile.indicatorRow, rowHeader: true, cell: (r) => c.name(r, false) },
        { key: 'period', header: t.common.period, cell: c.period },
        {
          key: 'value',
          header: t.common.nederland,
          numeric: true,
          cell: (r) => withUnit(formatNumber(r.value, r.decimals, t.locale), text(r.unit)),
        },
      ]}
    />
  );
}
