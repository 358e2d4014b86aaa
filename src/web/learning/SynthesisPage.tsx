// /leren/synthese: the national synthesis of the learning evaluation as a table (counts per building block and
// perspective; small counts hidden, and why).
import { BUILDING_BLOCK_LABELS, PERSPECTIVE_LABELS, PERSPECTIVES } from '../../jzojp/vocabulary.ts';
import type { Synthesis } from '../../learning/synthesis.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { useLearningTexts } from './texts.ts';
import './learning.css';

export default function SynthesisPage() {
  const { text } = useI18n();
  const l = useLearningTexts();
  const answer = useFresh<Synthesis>('/api/learning/synthesis');
  useTitle(l.synthesisTitle);
  if (answer.error && !answer.data) return <ErrorMessage error={answer.error} />;
  if (!answer.data) return <Loading />;
  const s = answer.data;
  const show = (n: number | null, why: 'small' | 'secondary' | null = null) =>
    n !== null ? String(n) : why === 'secondary' ? l.hiddenSecondary : l.hidden(s.rule.minCell);
  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{l.synthesisTitle}</h1>
      <p className="utrecht-paragraph jp-lead">{l.synthesisLead}</p>
      <p className="utrecht-paragraph">{l.synthesisCount(s.cycles, s.workspaces)}</p>
      {!s.enough ? (
        <p className="utrecht-paragraph">{l.synthesisNotEnough(s.rule.minWorkspaces)}</p>
      ) : (
        <>
          <div className="jp-table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">{l.tableCaption}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {l.buildingBlock}
                  </th>
                  {PERSPECTIVES.map((p) => (
                    <th key={p} scope="col" className="utrecht-table__header-cell">
                      {text(PERSPECTIVE_LABELS[p])}
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell">
                    {l.total}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {s.rows.map((row) => (
                  <tr key={row.buildingBlock} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {text(BUILDING_BLOCK_LABELS[row.buildingBlock])}
                    </th>
                    {row.cells.map((c) => (
                      <td key={c.perspective} className="utrecht-table__cell jp-num">
                        {show(c.count, c.suppressed)}
                      </td>
                    ))}
                    <td className="utrecht-table__cell jp-num">
                      {show(row.total, row.total === null ? 'secondary' : null)}
                    </td>
                  </tr>
                ))}
                <tr className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {l.total}
                  </th>
                  {s.columnTotals.map((c) => (
                    <td key={c.perspective} className="utrecht-table__cell jp-num">
                      {show(c.total, c.total === null ? 'secondary' : null)}
                    </td>
                  ))}
                  <td className="utrecht-table__cell jp-num">{show(s.lessons)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="utrecht-paragraph jp-muted">{l.suppressionNote(s.rule.minCell)}</p>
        </>
      )}
    </div>
  );
}
