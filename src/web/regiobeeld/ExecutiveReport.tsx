// The executive report: what a bestuurder hands out, in 2–4 printed pages. The region and its gemeenten, the
// comparison with Nederland in words, the strongest differences, the goals of a published regioplan with their
// status, date and sources; the table of all figures only as an appendix. Shown when printing (and in ?print=1).

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Profile } from '../../regiobeeld/profileTypes.ts';
import {
  attributionText,
  comparableRows,
  comparisonCounts,
  isPopulationRow,
  sourcesOf,
} from '../../regiobeeld/summary.ts';
import type { ReportPlan } from '../../report/model.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatInteger } from '../lib/format.ts';
import { useApi } from '../lib/http.ts';
import { AllFiguresTable, ComparableTable, NationalFiguresTable } from './FigureTables.tsx';
import { StrongestDifferences } from './InShort.tsx';
import { useRegiobeeldTexts } from './texts.ts';
import './regiobeeld.css';

/**
 * Whether the page is being printed: always in the print view (?print=1), and on screen from the browser's
 * beforeprint to afterprint, so Ctrl+P and the print button give the report, not the long screen profile.
 */
export function usePrinting(printView: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    let scroll = 0;
    const before = () => {
      scroll = window.scrollY;
      flushSync(() => setPrinting(true));
    };
    const after = () => {
      setPrinting(false);
      requestAnimationFrame(() => window.scrollTo(0, scroll));
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printView || printing;
}

export function ExecutiveReport({
  profile,
  typeName,
  appendix,
}: {
  profile: Profile;
  typeName: string;
  appendix: boolean;
}) {
  const { t, text, lang } = useI18n();
  const rt = useRegiobeeldTexts();
  const { region } = profile;
  const plans = useApi<ReportPlan[]>(
    region.code ? `/api/regions/${encodeURIComponent(region.code)}/plans` : null,
  );
  const date = new Date(profile.generatedAt).toLocaleDateString(t.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const populationRow = profile.indicators.find((r) => r.id === 'bevolking' && r.value !== null);
  const population =
    region.population ??
    (populationRow?.period ? { value: populationRow.value!, period: populationRow.period } : null);
  const national = region.type === 'land';
  const comparable = comparableRows(profile);
  const withValue = profile.indicators.filter((r) => !isPopulationRow(r) && r.value !== null);
  const shown = national
    ? withValue
    : appendix
      ? profile.indicators.filter((r) => !isPopulationRow(r))
      : comparable;
  const sources = sourcesOf([...(populationRow ? [populationRow] : []), ...shown]);
  const published = (plans.data ?? []).filter((p) => p.goals.length > 0 || p.title);

  return (
    <article
      className="jp-report"
      aria-labelledby="report-title"
      {...(plans.loading ? { 'data-pending': 'true' } : {})}
    >
      <header>
        <p className="jp-pre-heading">
          {rt.reportKicker} · {typeName}
        </p>
        <h1 className="utrecht-heading-1" id="report-title">
          {region.name}
        </h1>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{rt.reportIntro(region.name, date)}</p>
      </header>

      <section aria-labelledby="report-region">
        <h2 className="utrecht-heading-2" id="report-region">
          {rt.reportRegion}
        </h2>
        {population && (
          <p className="utrecht-paragraph">
            {rt.reportPopulation(formatInteger(population.value, t.locale), t.period(population.period))}
          </p>
        )}
        {national && (
          <p className="utrecht-paragraph">{t.profile.gemeentenCount(region.gemeenten.length)}.</p>
        )}
        {region.type !== 'gemeente' && !national && region.gemeenten.length > 0 && (
          <p className="utrecht-paragraph jp-report__gemeenten">
            <strong>{rt.reportGemeenten(region.gemeenten.length)}:</strong>{' '}
            {region.gemeenten.map((g) => g.name).join(', ')}.
          </p>
        )}
        {region.partOf.length > 0 && (
          <p className="utrecht-paragraph">
            <strong>{t.profile.partOf}:</strong> {region.partOf.map((p) => p.name).join(', ')}.
          </p>
        )}
      </section>

      {national ? (
        // Nederland is not compared with itself: its latest figures, each with its period.
        <section aria-labelledby="report-national">
          <h2 className="utrecht-heading-2" id="report-national">
            {rt.reportNationalFigures}
          </h2>
          <NationalFiguresTable rows={withValue} caption={rt.reportNationalFigures} />
        </section>
      ) : (
        <section aria-labelledby="report-comparisons">
          <h2 className="utrecht-heading-2" id="report-comparisons">
            {rt.reportComparisons}
          </h2>
          <p className="utrecht-paragraph">{t.profile.summary(region.name, comparisonCounts(profile))}</p>
          <h3 className="utrecht-heading-3">{rt.strongestTitle}</h3>
          <StrongestDifferences profile={profile} limit={5} />
        </section>
      )}

      {comparable.length > 0 && (
        <section aria-labelledby="report-table" className="jp-report__figures">
          <h2 className="utrecht-heading-2" id="report-table">
            {rt.comparableTitle}
          </h2>
          <ComparableTable profile={profile} rows={comparable} links={false} caption={rt.comparableTitle} />
        </section>
      )}

      {published.map((plan) => (
        <section key={plan.workspaceId} aria-labelledby={`report-plan-${plan.workspaceId}`}>
          <h2 className="utrecht-heading-2" id={`report-plan-${plan.workspaceId}`}>
            {rt.reportPlanTitle}
          </h2>
          <p className="utrecht-paragraph">
            {rt.reportPlanIntro(
              plan.title,
              plan.updatedAt ? new Date(plan.updatedAt).toLocaleDateString(t.locale) : '–',
            )}
          </p>
          {plan.goals.length === 0 ? (
            <p className="utrecht-paragraph">{rt.reportNoGoals}</p>
          ) : (
            <table className="utrecht-table utrecht-table--html-table jp-table">
              <caption className="utrecht-table__caption jp-visually-hidden">{plan.title}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {rt.reportGoal}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {rt.reportStatus}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {plan.goals.map((g) => (
                  <tr key={`${g.kernopgave}/${g.title}`} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
                      {g.title} <span className="jp-muted">({g.kernopgave})</span>
                    </th>
                    <td className="utrecht-table__cell">{text(g.statusLabel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}

      <section aria-labelledby="report-sources">
        <h2 className="utrecht-heading-2" id="report-sources">
          {rt.reportSources}
        </h2>
        <p className="utrecht-paragraph">{rt.reportSourcesIntro}</p>
        <ul className="jp-report__sources">
          {sources.map((s) => (
            <li key={`${s.publisher}|${s.title}`}>
              {attributionText(s.publisher)}: {s.title}
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph jp-report__meta">{rt.reportMade(date)}</p>
      </section>

      {appendix && !national && (
        <section className="jp-report__appendix" aria-labelledby="report-appendix" lang={lang}>
          <h2 className="utrecht-heading-2" id="report-appendix">
            {rt.reportAppendix}
          </h2>
          <AllFiguresTable profile={profile} rows={shown} />
        </section>
      )}
    </article>
  );
}
