// /vergelijk?regios=GM0363,ZK02: two to four regions side by side on all indicators, with Nederland.
import { Fragment, useEffect, useState } from 'react';
import { ComparisonBadge, ComparisonLegend } from '../components/ComparisonBadge.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { useTypeNames } from '../components/profile/RegionProfile.tsx';
import { RegionSearch } from '../components/RegionSearch.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog, type Profile, type ProfileIndicator } from '../lib/api.ts';
import type { ExportSpec } from '../lib/exportZip.ts';
import { formatNumber, withUnit } from '../lib/format.ts';
import { ApiError, getJson } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { SkippedNotice } from '../regiobeeld/Notice.tsx';
import { useRegiobeeldTexts } from '../regiobeeld/texts.ts';
import { Link, navigate, useRoute } from '../router.tsx';

const MAX = 4;

interface ProfilesState {
  key: string;
  profiles?: Profile[];
  /** Codes that are not a region: named and left out, the others are still compared. */
  missing?: string[];
  error?: Error;
}

function useProfiles(codes: string[]): ProfilesState {
  const [state, setState] = useState<ProfilesState>({ key: '' });
  const key = codes.join(',');
  useEffect(() => {
    if (!key) return;
    let current = true;
    const list = key.split(',');
    Promise.allSettled(list.map((code) => getJson<Profile>(api.profile(code)))).then((results) => {
      if (!current) return;
      const failed = results.find(
        (r): r is PromiseRejectedResult =>
          r.status === 'rejected' && !(r.reason instanceof ApiError && r.reason.status === 404),
      );
      if (failed) return setState({ key, error: failed.reason as Error });
      setState({
        key,
        profiles: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
        missing: list.filter((_, i) => results[i]!.status === 'rejected'),
      });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return state.key === key ? state : { key };
}

export default function ComparePage() {
  const { t, text, href } = useI18n();
  const route = useRoute();
  const codes = (route.query.get('regios') ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean)
    .slice(0, MAX);
  const { profiles: found, missing = [], error } = useProfiles(codes);
  // Nothing to compare when every code is wrong: the notice says why.
  const profiles = found && found.length > 0 ? found : undefined;
  const rt = useRegiobeeldTexts();
  const typeNames = useTypeNames();
  useTitle(t.compare.title);

  const setCodes = (next: string[]) =>
    navigate(href('/vergelijk', { regios: next.join(',') }), { keepPosition: true });

  const first = profiles?.[0];
  const find = (p: Profile, key: string) => p.indicators.find((r) => `${r.id}/${r.breakdown}` === key);
  const allKeys = first
    ? first.indicators
        .filter((r) => !r.id.startsWith('bevolking-leeftijd'))
        .map((r) => `${r.id}/${r.breakdown}`)
    : [];
  // Indicators that exist only for Nederland go in a short list of their own, below the table.
  const nationalOnly = (key: string) =>
    (profiles ?? []).every((p) => find(p, key)?.availability !== 'regional');
  const rowKeys = allKeys.filter((k) => !nationalOnly(k));
  const nationalKeys = allKeys.filter(nationalOnly);
  const names = profiles?.map((p) => p.region.name).join(', ') ?? '';

  const exportSpec = async (): Promise<ExportSpec> => {
    const catalog = await getJson<Catalog>(api.catalog());
    const ps = profiles ?? [];
    return {
      fileBase: `vergelijking-${codes.join('-')}`,
      title: `${t.compare.title}: ${names}`,
      tables: [
        {
          name: 'vergelijking',
          title: t.compare.tableCaption(names),
          columns: [
            'indicator',
            'breakdown',
            'unit',
            ...ps.flatMap((p) => {
              const c = p.region.code ?? 'eigen';
              return [
                `${c}_period`,
                `${c}_value`,
                `${c}_lower_95`,
                `${c}_upper_95`,
                `${c}_comparison_nederland_95`,
              ];
            }),
            'nederland',
          ],
          rows: allKeys.map((key) => {
            const base = find(ps[0]!, key)!;
            return [
              base.id,
              base.breakdown,
              text(base.unit),
              ...ps.flatMap((p) => {
                const r = find(p, key);
                return [r?.period, r?.value, r?.lower, r?.upper, r?.national?.at95];
              }),
              base.national?.value ?? null,
            ];
          }),
        },
      ],
      indicators: catalog.indicators.filter((i) => ps[0]?.indicators.some((r) => r.id === i.id)),
      snapshots: [...new Set(ps.flatMap((p) => p.indicators.flatMap((r) => r.snapshots)))].sort(),
    };
  };

  const cell = (r: ProfileIndicator | undefined) => {
    if (!r) return '–';
    if (r.availability === 'national-only') return <span className="jp-muted">{t.profile.nationalOnly}</span>;
    if (r.value === null) return <span className="jp-muted">{r.reason ? text(r.reason) : '–'}</span>;
    const f = (v: number | null) => formatNumber(v, r.decimals, t.locale);
    return (
      <div className="jp-compare__cell">
        <span className="jp-compare__value">{f(r.value)}</span>
        {r.lower !== null && r.upper !== null && (
          <span className="jp-compare__interval">
            {f(r.lower)} – {f(r.upper)}
          </span>
        )}
        <ComparisonBadge comparison={r.national?.at95 ?? 'not-compared'} short />
        {r.period && first && r.period !== find(first, `${r.id}/${r.breakdown}`)?.period && (
          <span className="jp-muted">{t.period(r.period)}</span>
        )}
      </div>
    );
  };

  return (
    <div className="jp-page jp-compare">
      <h1 className="utrecht-heading-1">{t.compare.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead jp-lead">{t.compare.intro}</p>
      <section className="jp-compare__chooser jp-no-print" aria-labelledby="chosen-title">
        <h2 className="utrecht-heading-3" id="chosen-title">
          {t.compare.regions}
        </h2>
        <ul className="jp-chips">
          {codes.map((code) => {
            const name = profiles?.find((p) => p.region.code === code)?.region.name ?? code;
            return (
              <li key={code} className="jp-chip">
                <Link href={href(`/regio/${code}`)} className="utrecht-link">
                  {name}
                </Link>
                <button
                  type="button"
                  className="jp-chip__remove"
                  aria-label={t.compare.removeRegion(name)}
                  onClick={() => setCodes(codes.filter((c) => c !== code))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {codes.length < MAX ? (
          <RegionSearch
            label={t.compare.add}
            exclude={codes}
            onSelect={(r) => setCodes([...codes, r.code])}
          />
        ) : (
          <p className="utrecht-paragraph">{t.compare.max}</p>
        )}
      </section>
      {missing.length > 0 && (
        <SkippedNotice
          items={missing.map((code) => ({ code, reason: rt.regionNotFound(code) }))}
          onRemove={() => setCodes(codes.filter((c) => !missing.includes(c)))}
        />
      )}
      {codes.length - missing.length < 2 && <p className="utrecht-paragraph jp-note">{t.compare.needTwo}</p>}
      {error && <ErrorMessage error={error} />}
      {codes.length > 0 && !found && !error && <Loading />}
      {profiles && first && (
        <section className="jp-section" aria-labelledby="compare-table-title">
          <div className="jp-panel-header">
            <h2 className="utrecht-heading-2" id="compare-table-title">
              {names}
            </h2>
            <ExportButton build={exportSpec} />
          </div>
          <ComparisonLegend />
          <TableScroll labelledBy="compare-caption">
            <table className="utrecht-table utrecht-table--html-table jp-table jp-compare__table">
              <caption className="utrecht-table__caption jp-visually-hidden" id="compare-caption">
                {t.compare.tableCaption(names)}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t.profile.indicatorRow}
                  </th>
                  {profiles.map((p) => (
                    <th
                      key={p.region.code ?? p.region.name}
                      scope="col"
                      className="utrecht-table__header-cell"
                    >
                      {p.region.name}
                      <span className="jp-compare__unit">
                        {typeNames.get(p.region.type) ?? p.region.type}
                      </span>
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell">
                    {t.common.nederland}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {first.categories.map((category) => {
                  const keys = rowKeys.filter((k) => find(first, k)?.category === category.id);
                  if (keys.length === 0) return null;
                  return (
                    <Fragment key={category.id}>
                      <tr className="utrecht-table__row jp-compare__category">
                        <th
                          scope="colgroup"
                          colSpan={profiles.length + 2}
                          className="utrecht-table__header-cell"
                        >
                          {text(category.name)}
                        </th>
                      </tr>
                      {keys.map((key) => {
                        const base = find(first, key)!;
                        return (
                          <tr key={key} className="utrecht-table__row">
                            <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
                              <Link href={href(`/indicator/${base.id}`)} className="utrecht-link">
                                {text(base.shortName)}
                              </Link>
                              {base.breakdownLabel && (
                                <span className="jp-muted"> ({text(base.breakdownLabel)})</span>
                              )}
                              <span className="jp-compare__unit">
                                {text(base.unit)}
                                {base.period && ` · ${t.period(base.period)}`}
                              </span>
                            </th>
                            {profiles.map((p) => (
                              <td key={p.region.code ?? p.region.name} className="utrecht-table__cell">
                                {cell(find(p, key))}
                              </td>
                            ))}
                            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                              {formatNumber(base.national?.value ?? null, base.decimals, t.locale)}
                            </td>
                          </tr>
                        );
                      })}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {nationalKeys.length > 0 && (
            <details className="jp-details jp-section" data-print="open">
              <summary>
                {t.profile.nationalOnly} ({nationalKeys.length})
              </summary>
              <ul className="jp-columns jp-columns--wide">
                {nationalKeys.map((key) => {
                  const r = find(first, key)!;
                  return (
                    <li key={key}>
                      <Link href={href(`/indicator/${r.id}`)} className="utrecht-link">
                        {text(r.shortName)}
                      </Link>
                      {r.breakdownLabel && ` (${text(r.breakdownLabel)})`}: {t.common.nederland}{' '}
                      {withUnit(formatNumber(r.national?.value ?? null, r.decimals, t.locale), text(r.unit))}
                      {r.period && ` (${t.period(r.period)})`}
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
        </section>
      )}
    </div>
  );
}
