// "In het kort": the comparable figures first — the outcome in words, the strongest differences, and the table
// of every figure compared with Nederland. National-only figures are counted and kept in their own table.
import type { Profile } from '../../regiobeeld/profileTypes.ts';
import {
  comparableRows,
  comparisonCounts,
  nationalOnlyRows,
  strongestDifferences,
  uncomparedRows,
} from '../../regiobeeld/summary.ts';
import { useRowSentence } from '../components/profile/IndicatorRow.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ComparableTable } from './FigureTables.tsx';
import { useRegiobeeldTexts } from './texts.ts';
import './regiobeeld.css';

export function StrongestDifferences({ profile, limit = 5 }: { profile: Profile; limit?: number }) {
  const { t } = useI18n();
  const rt = useRegiobeeldTexts();
  const sentenceOf = useRowSentence();
  const rows = strongestDifferences(profile, limit);
  if (comparableRows(profile).length === 0) return null;
  if (rows.length === 0) return <p className="utrecht-paragraph">{rt.strongestNone}</p>;
  return (
    <ul className="jp-strongest">
      {rows.map((row) => (
        <li key={`${row.id}/${row.breakdown}`}>
          {sentenceOf(row, profile.region.name)}
          {row.period && <span className="jp-muted"> ({t.period(row.period)})</span>}
        </li>
      ))}
    </ul>
  );
}

export function InShort({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const rt = useRegiobeeldTexts();
  const comparable = comparableRows(profile);
  const uncompared = uncomparedRows(profile).length;
  const national = nationalOnlyRows(profile).length;
  return (
    <section className="jp-section jp-overview" aria-labelledby="overview-title">
      <h2 className="utrecht-heading-2" id="overview-title">
        {t.profile.summaryTitle}
      </h2>
      <p className="utrecht-paragraph jp-lead-small">
        {t.profile.summary(profile.region.name, comparisonCounts(profile))}
      </p>
      {comparable.length > 0 && (
        <>
          <h3 className="utrecht-heading-3" id="strongest-title">
            {rt.strongestTitle}
          </h3>
          <StrongestDifferences profile={profile} />
          <h3 className="utrecht-heading-3" id="comparable-title">
            {rt.comparableTitle}
          </h3>
          <ComparableTable profile={profile} rows={comparable} caption={rt.comparableTitle} />
        </>
      )}
      {uncompared > 0 && <p className="utrecht-paragraph jp-muted-text">{rt.uncompared(uncompared)}</p>}
      {national > 0 && (
        <p className="utrecht-paragraph jp-muted-text">
          <a href="#national-only-title" className="utrecht-link">
            {rt.nationalTitle(national)}
          </a>
        </p>
      )}
    </section>
  );
}
