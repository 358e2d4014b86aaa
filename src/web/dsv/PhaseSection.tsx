// The phase self-assessment on a collaboration's page: start one, give your own assessment (phase, markers, a score
// per guiding principle), see the combination of all members with the spread, and the history with steps back.
import { type FormEvent, useState } from 'react';
import { PHASE_MARKERS, PRINCIPLE_SCORE, PRINCIPLE_SCORE_LABELS } from '../../dsv/phases.ts';
import { PHASE_LABELS, PHASES, type Phase, PRINCIPLE_LABELS, PRINCIPLES } from '../../jzojp/vocabulary.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Loading } from '../components/Status.tsx';
import { send, useFresh } from '../lib/http.ts';
import {
  type AssessmentsAnswer,
  type AssessmentView,
  type CollaborationView,
  dsvApi,
  Notice,
} from './common.tsx';
import { useDsvTexts } from './texts.ts';

export function PhaseSection({ view, onChange }: { view: CollaborationView; onChange: () => void }) {
  const { d, text } = useDsvTexts();
  const answer = useFresh<AssessmentsAnswer>(dsvApi.assessments(view.id));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const reload = () => {
    answer.reload();
    onChange();
  };
  const start = async () => {
    try {
      await send('POST', dsvApi.assessments(view.id), {});
      setMessage(null);
      reload();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const data = answer.data;
  const latest = data?.assessments[data.assessments.length - 1];
  const phaseName = (p: Phase | null) => (p === null ? '–' : `${p} – ${text(PHASE_LABELS[p])}`);
  return (
    <section aria-labelledby="dsv-phase" data-phase-section>
      <h2 id="dsv-phase" className="utrecht-heading-2">
        {d.phaseTitle}
      </h2>
      <p className="utrecht-paragraph">{d.phaseLead}</p>
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text}</Notice>}</div>
      {!data && <Loading />}
      {data && data.assessments.length === 0 && <p className="utrecht-paragraph">{d.noAssessment}</p>}
      {view.permissions.assess && (
        <p className="utrecht-paragraph">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={start}>
            {d.startAssessment}
          </button>
        </p>
      )}
      {latest && (
        <>
          <h3 className="utrecht-heading-3">{d.assessmentOf(latest.date)}</h3>
          {view.permissions.assess && (
            <ContributionForm
              key={latest.id}
              collaborationId={view.id}
              assessment={latest}
              onSaved={() => {
                setMessage({ kind: 'ok', text: d.contributionSaved });
                reload();
              }}
              onError={(text) => setMessage({ kind: 'error', text })}
            />
          )}
          <Combined assessment={latest} phaseName={phaseName} />
        </>
      )}
      {data && data.history.length > 0 && (
        <DataTable
          caption={d.historyCaption}
          rows={data.history}
          rowKey={(h) => h.id}
          columns={[
            { key: 'date', header: d.date, cell: (h) => h.date, rowHeader: true },
            { key: 'phase', header: d.phase, cell: (h) => phaseName(h.phase) },
            { key: 'n', header: d.nMembers, cell: (h) => h.contributors, numeric: true },
            {
              key: 'move',
              header: d.movement,
              cell: (h) =>
                h.movement ? <span data-movement={h.movement}>{d.movementLabel[h.movement]}</span> : '–',
            },
          ]}
        />
      )}
    </section>
  );
}

function Combined({
  assessment,
  phaseName,
}: {
  assessment: AssessmentView;
  phaseName: (p: Phase | null) => string;
}) {
  const { d, text } = useDsvTexts();
  const c = assessment.combined;
  if (c.contributors === 0) return null;
  return (
    <div data-combined>
      <h4 className="utrecht-heading-4">{d.combinedTitle(c.contributors)}</h4>
      {c.phaseRange && (
        <p className="utrecht-paragraph">
          {d.combinedPhase(phaseName(c.phase), c.phaseRange.min, c.phaseRange.max)}
        </p>
      )}
      <DataTable
        caption={d.principlesQuestion}
        rows={c.principles}
        rowKey={(p) => p.principle}
        columns={[
          {
            key: 'p',
            header: d.principle,
            cell: (p) => text(PRINCIPLE_LABELS[p.principle]),
            rowHeader: true,
          },
          {
            key: 'm',
            header: d.medianCol,
            cell: (p) => (p.median === null ? '–' : String(p.median).replace('.', ',')),
            numeric: true,
          },
          {
            key: 'r',
            header: d.rangeCol,
            cell: (p) =>
              p.min === null ? '–' : `${p.min}–${p.max}${(p.spread ?? 0) >= 2 ? ` (${d.bigSpread})` : ''}`,
          },
          { key: 'n', header: d.nMembers, cell: (p) => p.n, numeric: true },
        ]}
      />
      <DataTable
        caption={d.markersCaption}
        rows={c.markers}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'm',
            header: d.markersQuestion,
            cell: (m) => text(PHASE_MARKERS.find((x) => x.id === m.id)!.text),
            rowHeader: true,
          },
          { key: 'ph', header: d.phase, cell: (m) => m.phase, numeric: true },
          { key: 'c', header: d.nMembers, cell: (m) => `${m.count} / ${c.contributors}`, numeric: true },
        ]}
      />
    </div>
  );
}

function ContributionForm({
  collaborationId,
  assessment,
  onSaved,
  onError,
}: {
  collaborationId: string;
  assessment: AssessmentView;
  onSaved: () => void;
  onError: (text: string) => void;
}) {
  const { d, text } = useDsvTexts();
  const mine = assessment.mine;
  const [phase, setPhase] = useState<Phase | null>(mine?.phase ?? null);
  const [markers, setMarkers] = useState<string[]>(mine?.markers ?? []);
  const [scores, setScores] = useState<Record<string, number>>(mine?.principles ?? {});
  const [note, setNote] = useState(mine?.note ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase === null) return onError(`${d.phaseQuestion}`);
    try {
      await send('PUT', `${dsvApi.assessments(collaborationId)}/${assessment.id}/mine`, {
        phase,
        markers,
        principles: scores,
        note,
      });
      onSaved();
    } catch (error) {
      onError((error as Error).message);
    }
  };
  const points = Array.from(
    { length: PRINCIPLE_SCORE.max - PRINCIPLE_SCORE.min + 1 },
    (_, i) => PRINCIPLE_SCORE.min + i,
  );
  return (
    <form className="jp-form" onSubmit={submit} aria-label={d.yourContribution} data-contribution-form>
      <fieldset className="jp-fieldset">
        <legend>{d.phaseQuestion}</legend>
        {PHASES.map((p) => (
          <label key={p} className="jp-check">
            <input
              type="radio"
              name={`phase-${assessment.id}`}
              checked={phase === p}
              onChange={() => setPhase(p)}
              required
            />{' '}
            {p} – {text(PHASE_LABELS[p])}
          </label>
        ))}
      </fieldset>
      <fieldset className="jp-fieldset">
        <legend>{d.markersQuestion}</legend>
        {PHASE_MARKERS.map((m) => (
          <label key={m.id} className="jp-check">
            <input
              type="checkbox"
              checked={markers.includes(m.id)}
              onChange={(e) =>
                setMarkers((list) => (e.target.checked ? [...list, m.id] : list.filter((x) => x !== m.id)))
              }
            />{' '}
            {d.phase} {m.phase}: {text(m.text)}
          </label>
        ))}
      </fieldset>
      <fieldset className="jp-fieldset">
        <legend>{d.principlesQuestion}</legend>
        {PRINCIPLES.map((p) => (
          <fieldset key={p} className="jp-fieldset" data-principle={p}>
            <legend>{text(PRINCIPLE_LABELS[p])}</legend>
            <div className="jp-dsv-scale">
              {points.map((v) => (
                <label key={v} className="jp-check">
                  <input
                    type="radio"
                    name={`${assessment.id}-${p}`}
                    value={v}
                    checked={scores[p] === v}
                    onChange={() => setScores((s) => ({ ...s, [p]: v }))}
                  />{' '}
                  {v} {text(PRINCIPLE_SCORE_LABELS[v])}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`note-${assessment.id}`}>
          {d.note}
        </label>
        <textarea
          id={`note-${assessment.id}`}
          rows={2}
          maxLength={2000}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {d.saveContribution}
        </button>
      </div>
    </form>
  );
}
