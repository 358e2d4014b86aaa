// /kennisagenda/rapport?corpora=a,b: the report of seed 004 for one to four corpora side by side: the share per
// knowledge theme (bar chart and the same figures as a table) and per form of moving care, each with N; per corpus
// the denominators, the theme × form cross-tab, co-occurring themes, the coders' agreement and the senior's sample.
// Downloads as CSV with metadata (zip) and PDF; prints cleanly.
import { DataTable } from '../components/DataTable.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, useRoute } from '../router.tsx';
import { labeller } from './labels.ts';
import { useKennisagendaTexts } from './texts.ts';
import type { CorpusReport, ReportAnswer } from './types.ts';
import './kennisagenda.css';

function Bars({
  reports,
  ids,
  label,
}: {
  reports: CorpusReport[];
  ids: string[];
  label: (id: string) => string;
}) {
  const k = useKennisagendaTexts();
  return (
    <figure className="jp-ka-bars">
      <figcaption className="jp-visually-hidden">{k.chartThemes}</figcaption>
      <div aria-hidden="true">
        {ids.map((id, i) => (
          <div key={id} className="jp-ka-bars__row">
            <span className="jp-ka-bars__label">{label(id)}</span>
            <span className="jp-ka-bars__values">
              {reports.map((r, c) => {
                const s = r.themes.shares[i]!;
                return (
                  <span key={r.corpus.id} className={`jp-ka-bar jp-ka-bar--${c}`}>
                    <span className="jp-ka-bar__fill" style={{ width: `${(s.share ?? 0) * 100}%` }} />
                    <span className="jp-ka-bar__value">{s.display}</span>
                  </span>
                );
              })}
            </span>
          </div>
        ))}
        <p className="jp-ka-bars__legend">
          {reports.map((r, c) => (
            <span key={r.corpus.id} className={`jp-ka-legend jp-ka-legend--${c}`}>
              {r.corpus.name}
            </span>
          ))}
        </p>
      </div>
    </figure>
  );
}

function ShareTable({
  reports,
  dimension,
  label,
  caption,
}: {
  reports: CorpusReport[];
  dimension: 'themes' | 'forms';
  label: (id: string) => string;
  caption: string;
}) {
  const k = useKennisagendaTexts();
  const ids = reports[0]![dimension].shares.map((s) => s.label);
  return (
    <DataTable
      caption={caption}
      rowKey={(id) => id}
      rows={ids}
      columns={[
        {
          key: 'label',
          header: dimension === 'themes' ? k.themes : k.forms,
          rowHeader: true,
          cell: (id) => label(id),
        },
        ...reports.map((r) => ({
          key: r.corpus.id,
          header: k.share(r.corpus.name, r.denominators.n),
          numeric: true,
          cell: (id: string) => {
            const s = r[dimension].shares.find((x) => x.label === id)!;
            return (
              <>
                {s.display} <span className="jp-muted">({s.count})</span>
              </>
            );
          },
        })),
      ]}
    />
  );
}

function Matrix({
  caption,
  rows,
  columns,
  cells,
  label,
}: {
  caption: string;
  rows: string[];
  columns: string[];
  cells: number[][];
  label: (id: string) => string;
}) {
  // A wide table scrolls in a region that the keyboard can reach (focusable, named after the table).
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="jp-ka-wide" aria-label={caption} tabIndex={0}>
      <DataTable
        caption={caption}
        rowKey={(id) => id}
        rows={rows}
        columns={[
          { key: 'row', header: '', rowHeader: true, cell: (id) => label(id) },
          ...columns.map((c, j) => ({
            key: c,
            header: label(c),
            numeric: true,
            cell: (id: string) => cells[rows.indexOf(id)]![j]!,
          })),
        ]}
      />
    </section>
  );
}

export default function ReportPage() {
  const k = useKennisagendaTexts();
  const { lang, href } = useI18n();
  const route = useRoute();
  const corpora = route.query.get('corpora') ?? '';
  useTitle(k.reportHeading);
  const { data, error } = useApi<ReportAnswer>(
    corpora ? `/api/kennisagenda/report?corpora=${encodeURIComponent(corpora)}` : null,
  );
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const label = labeller(data.taxonomy.document, lang);
  const { reports } = data;
  const number = (v: number | null, digits: number) =>
    v === null
      ? '–'
      : v.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
  const q = `corpora=${encodeURIComponent(corpora)}`;
  return (
    <div className="jp-page jp-ka" data-report-ready>
      <p className="jp-pre-heading jp-no-print">
        <Link href={href('/kennisagenda/werk')}>{k.backToWork}</Link>
      </p>
      <h1 className="utrecht-heading-1">{k.reportHeading}</h1>
      <p className="utrecht-paragraph jp-lead">{k.reportLead}</p>
      <p className="jp-muted">{k.edition(data.taxonomy.version, data.taxonomy.document.edition)}</p>
      <p className="jp-ka-actions jp-no-print">
        <a
          className="utrecht-button utrecht-button--secondary-action jp-button-link"
          href={`/api/kennisagenda/report.zip?${q}`}
          download
        >
          {k.download}
        </a>{' '}
        <a
          className="utrecht-button utrecht-button--secondary-action jp-button-link"
          href={`/api/kennisagenda/report.pdf?${q}`}
          download
        >
          {k.pdf}
        </a>{' '}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {k.print}
        </button>
      </p>
      <ul className="jp-ka-denominators">
        {reports.map((r) => (
          <li key={r.corpus.id}>
            <strong>{r.corpus.name}</strong>:{' '}
            {k.denominators(
              r.denominators.items,
              r.denominators.notRelevant,
              r.denominators.n,
              r.denominators.awaitingFinal,
            )}
            {r.themes.summary.meanLabels !== null &&
              `; ${k.meanLabels(number(r.themes.summary.meanLabels, 2))}`}
            .
          </li>
        ))}
      </ul>
      <section className="jp-section" aria-labelledby="ka-themes">
        <h2 id="ka-themes" className="utrecht-heading-2">
          {k.themes}
        </h2>
        <Bars reports={reports} ids={reports[0]!.themes.shares.map((s) => s.label)} label={label} />
        <ShareTable reports={reports} dimension="themes" label={label} caption={k.themeTable} />
      </section>
      <section className="jp-section" aria-labelledby="ka-forms">
        <h2 id="ka-forms" className="utrecht-heading-2">
          {k.forms}
        </h2>
        <ShareTable reports={reports} dimension="forms" label={label} caption={k.formTable} />
      </section>
      {reports.map((r) => (
        <section key={r.corpus.id} className="jp-section" aria-labelledby={`ka-c-${r.corpus.id}`}>
          <h2 id={`ka-c-${r.corpus.id}`} className="utrecht-heading-2">
            {r.corpus.name}
          </h2>
          <Matrix
            caption={k.crossTab(r.corpus.name)}
            rows={r.crossTab.themes}
            columns={r.crossTab.forms}
            cells={r.crossTab.cells}
            label={label}
          />
          <Matrix
            caption={k.coOccurrence(r.corpus.name)}
            rows={r.coOccurrence.themes}
            columns={r.coOccurrence.themes}
            cells={r.coOccurrence.cells}
            label={label}
          />
          <DataTable
            caption={k.agreement(r.corpus.name, r.agreement.doubleCoded, r.agreement.disagreements)}
            rowKey={(a) => a.label}
            rows={[...r.agreement.themes, ...r.agreement.forms]}
            columns={[
              { key: 'label', header: k.label, rowHeader: true, cell: (a) => label(a.label) },
              {
                key: 'pa',
                header: k.percentAgreement,
                numeric: true,
                cell: (a) =>
                  a.percentAgreement.value === null ? '–' : `${Math.round(100 * a.percentAgreement.value)}%`,
              },
              {
                key: 'kappa',
                header: k.kappa,
                numeric: true,
                cell: (a) =>
                  a.kappa.value === null ? k.notDetermined(a.kappa.reason) : number(a.kappa.value, 2),
              },
            ]}
          />
          <p className="utrecht-paragraph">
            {k.alpha(
              r.agreement.alphaThemes.value === null
                ? k.notDetermined(r.agreement.alphaThemes.reason)
                : number(r.agreement.alphaThemes.value, 3),
              r.agreement.alphaForms.value === null
                ? k.notDetermined(r.agreement.alphaForms.reason)
                : number(r.agreement.alphaForms.value, 3),
            )}
          </p>
          {r.samples.map((s) => (
            <p key={s.id} className="utrecht-paragraph">
              {k.samples(s.size, s.reviewed, s.agrees, s.seed)}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
