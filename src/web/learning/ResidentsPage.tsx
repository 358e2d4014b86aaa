// /inwoners/{code}: a plain-language (B1) page for residents of a region — what the figures say (every sentence
// also in a table), what the partners chose, and how to take part in the next datadialoog. Readable on a phone.
import type { Text } from '../../indicators/schema.ts';
import type { FigureSentence } from '../../learning/residents.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { useLearningTexts } from './texts.ts';
import './learning.css';

interface ResidentsAnswer {
  region: { code: string; name: string; type: string };
  figures: { differences: FigureSentence[]; similar: number; compared: number };
  plans: {
    workspaceId: string;
    title: string;
    summary: string;
    link: string;
    kernopgaven: { title: string; description: string; theme: Text | null }[];
  }[];
  dialogues: { title: string; link: string }[];
}

export default function ResidentsPage({ code }: { code: string }) {
  const { text, href, lang } = useI18n();
  const l = useLearningTexts();
  const answer = useApi<ResidentsAnswer>(`/api/inwoners/${encodeURIComponent(code)}`);
  useTitle(answer.data ? l.residentsTitle(answer.data.region.name) : l.residentsPre);
  if (answer.error) return <ErrorMessage error={answer.error} />;
  if (!answer.data) return <Loading />;
  const { region, figures, plans, dialogues } = answer.data;
  const number = (x: number) =>
    x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    <div className="jp-page jp-residents">
      <p className="jp-pre-heading">{l.residentsPre}</p>
      <h1 className="utrecht-heading-1">{l.residentsTitle(region.name)}</h1>
      <p className="utrecht-paragraph jp-lead">{l.residentsLead}</p>

      <section className="jp-section" aria-labelledby="res-figures">
        <h2 id="res-figures" className="utrecht-heading-2">
          {l.figuresTitle}
        </h2>
        <p className="utrecht-paragraph">{l.figuresLead}</p>
        {figures.differences.length === 0 ? (
          <p className="utrecht-paragraph">{l.figuresNone}</p>
        ) : (
          <ul className="jp-residents-list">
            {figures.differences.map((d) => (
              <li key={d.indicator} className={`jp-residents-fig jp-residents-fig--${d.verdict}`}>
                {text(d.sentence)}
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph">{l.figuresSimilar(figures.similar, figures.compared)}</p>
        {figures.differences.length > 0 && (
          <details className="jp-details">
            <summary>{l.figuresTable}</summary>
            <div className="jp-table-scroll">
              <table className="utrecht-table">
                <caption className="utrecht-table__caption">{l.figuresTitle}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {l.colTopic}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {l.colRegion}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {l.colNl}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {l.colVerdict}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {figures.differences.map((d) => (
                    <tr key={d.indicator} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {text(d.name)} ({d.period})
                      </th>
                      <td className="utrecht-table__cell">{number(d.value)}</td>
                      <td className="utrecht-table__cell">{number(d.national)}</td>
                      <td className="utrecht-table__cell">{l.verdict[d.verdict]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="jp-muted">
              {l.source}: {[...new Set(figures.differences.map((d) => d.source))].join('; ')}
            </p>
          </details>
        )}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={href(`/regio/${region.code}`)}>
            {l.figuresMore}
          </Link>
        </p>
      </section>

      <section className="jp-section" aria-labelledby="res-chosen">
        <h2 id="res-chosen" className="utrecht-heading-2">
          {l.chosenTitle}
        </h2>
        {plans.length === 0 && <p className="utrecht-paragraph">{l.chosenNone}</p>}
        {plans.map((p) => (
          <div key={p.workspaceId}>
            <p className="utrecht-paragraph">{l.chosenLead(p.title)}</p>
            <ul>
              {p.kernopgaven.map((k) => (
                <li key={k.title}>
                  <strong>{k.title}</strong>
                  {k.description && <> — {k.description}</>}
                </li>
              ))}
            </ul>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" href={href(p.link)}>
                {l.readPlan}
              </Link>
            </p>
          </div>
        ))}
      </section>

      <section className="jp-section" aria-labelledby="res-join">
        <h2 id="res-join" className="utrecht-heading-2">
          {l.joinTitle}
        </h2>
        {dialogues.length === 0 ? (
          <p className="utrecht-paragraph">{l.joinNone}</p>
        ) : (
          <>
            <p className="utrecht-paragraph">{l.joinOpen}</p>
            <ul>
              {dialogues.map((d) => (
                <li key={d.link}>
                  <Link className="utrecht-link" href={href(d.link)}>
                    {l.joinLink(d.title)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
