// /werkruimte/{id}/plan/ronde/{roundId}: one prioritisation round. A follow-up round first shows the anonymous
// group result of the previous round (with one's own earlier answers); then the form to score (urgency, impact,
// feasibility 1–5) or rank; the result with its spread; for the beheerder: closing and fixing the kernopgaven.
import { type FormEvent, useId, useRef, useState } from 'react';
import type { RoundResult as Result, RoundView } from '../../plans/views.ts';
import { describeError, ErrorMessage, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate } from '../router.tsx';
import { Alert, type PlanView, useFormat } from './common.tsx';
import './plans.css';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { FormField, useFieldErrors } from '../components/FormField.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { ApiError, send, useFresh } from '../lib/http.ts';
import { usePlanTexts } from './texts.ts';

const CRITERIA = ['urgency', 'impact', 'feasibility'] as const;
/** Score fields are named `<candidate>:<criterion>`; the API names none of them, so none are listed. */
const SCORE_FIELDS: string[] = [];

export function ResultTable({ result, caption }: { result: Result; caption: string }) {
  const captionId = useId();
  const { t, text } = useI18n();
  const f = useFormat();
  const rank = result.method === 'rank';
  return (
    <TableScroll labelledBy={captionId}>
      <table className="utrecht-table utrecht-table--html-table jp-table">
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t.plans.rank}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t.plans.theme}
            </th>
            {rank ? (
              <>
                <th
                  scope="col"
                  className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
                >
                  {t.plans.points}
                </th>
                <th
                  scope="col"
                  className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
                >
                  {t.plans.medianPosition}
                </th>
              </>
            ) : (
              <>
                <th
                  scope="col"
                  className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
                >
                  {t.plans.mean}
                </th>
                <th
                  scope="col"
                  className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
                >
                  {t.plans.median}
                </th>
                <th
                  scope="col"
                  className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
                >
                  {t.plans.range}
                </th>
              </>
            )}
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t.plans.iqr}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t.plans.agreement}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.ranking.map((r) => (
            <tr key={r.candidate} className="utrecht-table__row">
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{r.rank}</td>
              <th scope="row" className="utrecht-table__header-cell jp-table__row-header">
                {text(r.label)}
              </th>
              {rank ? (
                <>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{r.points}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {f.number(r.medianPosition ?? null, 1)}
                  </td>
                </>
              ) : (
                <>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {f.number(r.mean ?? null, 2)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {f.number(r.median ?? null, 2)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {f.number(r.min ?? null, 1)}–{f.number(r.max ?? null, 1)}
                  </td>
                </>
              )}
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{f.number(r.iqr, 2)}</td>
              <td className="utrecht-table__cell">
                {r.participants < 2 ? '–' : r.consensus ? t.plans.consensus : t.plans.noConsensus}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function RoundPage({ workspaceId, roundId }: { workspaceId: string; roundId: string }) {
  const { t, text, href, lang } = useI18n();
  const p = usePlanTexts();
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}/plan`;
  const round = useFresh<RoundView>(`${base}/rounds/${encodeURIComponent(roundId)}`);
  const plan = useFresh<PlanView>(base);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [order, setOrder] = useState<string[] | null>(null);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const scoreErrors = useFieldErrors(SCORE_FIELDS);
  const fixForm = useRef<HTMLFormElement>(null);
  useTitle(round.data?.title ?? t.plans.roundsTitle);
  if (round.error && !round.data) {
    if (round.error instanceof ApiError && round.error.status === 401)
      return (
        <p className="utrecht-paragraph">
          <Link
            href={href('/inloggen', { terug: `/werkruimte/${workspaceId}/plan/ronde/${roundId}` })}
            className="utrecht-link"
          >
            {t.account.loginFirst}
          </Link>
        </p>
      );
    return <ErrorMessage error={round.error} onRetry={round.reload} />;
  }
  if (!round.data || !plan.data) return <Loading />;
  const r = round.data;
  const permissions = plan.data.permissions;
  const manage = permissions.includes('manage-plan');
  const contribute = permissions.includes('contribute') && r.audience === 'partners' && r.status === 'open';
  const labels = new Map(r.candidates.map((c) => [c.id, c.label]));
  const ok = (text: string) => {
    setMessage({ kind: 'ok', text });
    round.reload();
    plan.reload();
  };
  const fail = (e: unknown) => setMessage({ kind: 'error', text: describeError(e, lang) });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const submitScores = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const organisationId = String(form.get('organisation') ?? '') || undefined;
    // Scores start empty: every one must be chosen, a missing one is marked at its field.
    const missing = r.candidates.flatMap((c) =>
      CRITERIA.filter((k) => !form.get(`${c.id}:${k}`)).map((k) => `${c.id}:${k}`),
    );
    if (missing.length > 0) {
      scoreErrors.fail(Object.fromEntries(missing.map((key) => [key, p.required])));
      setMessage({ kind: 'error', text: p.scoresIncomplete(missing.length) });
      return;
    }
    scoreErrors.clear();
    return run(async () => {
      await send('PUT', `${base}/rounds/${r.id}/scores`, {
        organisationId,
        scores: r.candidates.map((c) => ({
          candidate: c.id,
          ...Object.fromEntries(CRITERIA.map((k) => [k, Number(form.get(`${c.id}:${k}`))])),
        })),
      });
      ok(t.plans.scoresSaved);
    });
  };
  const ranking = order ?? r.mine?.ranking ?? r.candidates.map((c) => c.id);
  const move = (i: number, by: number) => {
    const next = [...ranking];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    setOrder(next);
  };
  const submitRanking = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    return run(async () => {
      await send('PUT', `${base}/rounds/${r.id}/ranking`, { ranking });
      ok(t.plans.rankingSaved);
    });
  };
  const close = () =>
    run(async () => {
      await send('POST', `${base}/rounds/${r.id}/close`);
      ok(t.plans.roundClosedNow);
    });
  const fix = () => {
    const chosen = fixForm.current ? new FormData(fixForm.current).getAll('kernopgave').map(String) : [];
    return run(async () => {
      await send('POST', `${base}/kernopgaven`, { roundId: r.id, candidates: chosen });
      navigate(href(`/werkruimte/${workspaceId}/plan#kernopgaven`));
    });
  };
  const mineScore = (candidate: string, k: (typeof CRITERIA)[number]) =>
    r.mine?.scores?.find((s) => s.candidate === candidate)?.[k];
  const previousScore = (candidate: string) =>
    r.previous?.mine?.scores?.find((s) => s.candidate === candidate);
  const alreadyFixed = plan.data.kernopgaven.length > 0;
  const chosen = picked ?? (r.result?.ranking ?? []).slice(0, 3).map((row) => row.candidate);
  const setChosen = setPicked;
  const fixCount = chosen.length;

  return (
    <div className="jp-page jp-plan">
      <p className="jp-pre-heading">
        <Link href={href(`/werkruimte/${workspaceId}/plan`)} className="utrecht-link">
          {plan.data.plan.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t.plans.roundName(r.number, r.title)}</h1>
      <p className="utrecht-paragraph">
        {r.audience === 'public' ? t.plans.audiencePublic : t.plans.method[r.method]} ·{' '}
        {r.status === 'open' ? t.plans.open : t.plans.closed} ·{' '}
        {t.plans.submissions(r.submissions, r.organisations, r.audience === 'public')}
      </p>
      {r.submittedBy && r.audience === 'partners' && (
        <p className="utrecht-paragraph jp-muted">{t.plans.submittedBy(r.submittedBy.join(', ') || '–')}</p>
      )}
      <div aria-live="polite">{message && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      {r.publicLink && (
        <p className="utrecht-paragraph">
          {t.plans.publicLinkLabel}{' '}
          <Link href={href(r.publicLink)} className="utrecht-link jp-break">
            {`${window.location.origin}${r.publicLink}`}
          </Link>
        </p>
      )}

      {r.previous && (
        <section className="jp-section" aria-labelledby="previous-title">
          <h2 id="previous-title" className="utrecht-heading-2">
            {t.plans.previousResult(r.previous.number)}
          </h2>
          <p className="utrecht-paragraph">{t.plans.previousIntro}</p>
          <ResultTable result={r.previous.result} caption={t.plans.groupResult(r.previous.title)} />
        </section>
      )}

      {contribute && r.method === 'score' && (
        <section className="jp-section" aria-labelledby="score-title">
          <h2 id="score-title" className="utrecht-heading-2">
            {t.plans.yourScores}
          </h2>
          <p className="utrecht-paragraph">{t.plans.scoreIntro}</p>
          {r.mine && <p className="utrecht-paragraph jp-muted">{t.plans.scoresReplace}</p>}
          <form onSubmit={submitScores} className="jp-form" ref={scoreErrors.formRef} noValidate>
            {manage && (
              <FormField label={t.plans.onBehalfOf}>
                {(control) => (
                  <select
                    {...control}
                    name="organisation"
                    defaultValue={r.myOrganisationId ?? ''}
                    className="utrecht-select utrecht-select--html-select"
                  >
                    {!r.myOrganisationId && <option value="">{t.plans.chooseOrganisation}</option>}
                    {(plan.data?.organisations ?? []).map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            )}
            {r.candidates.map((c) => (
              <fieldset key={c.id} className="jp-fieldset jp-score" data-candidate={c.id}>
                <legend>{text(c.label)}</legend>
                {previousScore(c.id) && (
                  <p className="jp-muted">
                    {t.plans.yourEarlier(
                      CRITERIA.map((k) => `${t.plans.criteria[k]} ${previousScore(c.id)![k]}`).join(', '),
                    )}
                  </p>
                )}
                <div className="jp-form-row">
                  {CRITERIA.map((k) => (
                    <FormField key={k} label={t.plans.criteria[k]} error={scoreErrors.errors[`${c.id}:${k}`]}>
                      {(control) => (
                        <select
                          {...control}
                          name={`${c.id}:${k}`}
                          defaultValue={mineScore(c.id, k) ?? ''}
                          className="utrecht-select utrecht-select--html-select"
                        >
                          <option value="">{p.noScore}</option>
                          {[1, 2, 3, 4, 5].map((n) => (
                            <option key={n} value={n}>
                              {t.plans.scaleLabel(n)}
                            </option>
                          ))}
                        </select>
                      )}
                    </FormField>
                  ))}
                </div>
              </fieldset>
            ))}
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
              {t.plans.saveScores}
            </button>
          </form>
        </section>
      )}

      {contribute && r.method === 'rank' && (
        <section className="jp-section" aria-labelledby="rank-title">
          <h2 id="rank-title" className="utrecht-heading-2">
            {t.plans.yourRanking}
          </h2>
          <form onSubmit={submitRanking} className="jp-form">
            <ol className="jp-rank-list">
              {ranking.map((c, i) => (
                <li key={c}>
                  <span>{text(labels.get(c) ?? { nl: c, en: c })}</span>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action jp-button-small"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={t.plans.moveUp(text(labels.get(c)!))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action jp-button-small"
                    disabled={i === ranking.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t.plans.moveDown(text(labels.get(c)!))}
                  >
                    ↓
                  </button>
                </li>
              ))}
            </ol>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
              {t.plans.saveRanking}
            </button>
          </form>
        </section>
      )}

      {r.result && (
        <section className="jp-section" aria-labelledby="result-title">
          <h2 id="result-title" className="utrecht-heading-2">
            {t.plans.resultTitle}
          </h2>
          <p className="utrecht-paragraph">{t.plans.resultIntro(r.result.participants)}</p>
          {r.result.participants === 0 ? (
            <p className="utrecht-paragraph" data-testid="empty-result">
              {p.emptyResult}
            </p>
          ) : (
            <ResultTable result={r.result} caption={t.plans.resultCaption(r.title)} />
          )}
          {r.residents.map((res) => (
            <ResultTable
              key={res.id}
              result={res.result}
              caption={t.plans.residentsCaption(res.title, res.result.participants)}
            />
          ))}
        </section>
      )}

      {manage && r.status === 'open' && (
        <div className="jp-actions">
          <ConfirmButton
            primary
            label={t.plans.closeRound}
            consequence={p.closeRoundWhat}
            confirmLabel={p.closeRoundYes}
            onConfirm={close}
            disabled={busy}
          />
        </div>
      )}

      {manage && r.status === 'closed' && r.audience === 'partners' && !alreadyFixed && r.result && (
        <section className="jp-section" aria-labelledby="fix-title">
          <h2 id="fix-title" className="utrecht-heading-2">
            {t.plans.fixTitle}
          </h2>
          <form onSubmit={(e) => e.preventDefault()} className="jp-form" ref={fixForm}>
            <fieldset className="jp-fieldset">
              <legend>{t.plans.fixLegend}</legend>
              {r.result.ranking.map((row) => (
                <label key={row.candidate} className="jp-check">
                  <input
                    type="checkbox"
                    name="kernopgave"
                    value={row.candidate}
                    checked={chosen.includes(row.candidate)}
                    onChange={(e) =>
                      setChosen(
                        e.target.checked
                          ? [...chosen, row.candidate]
                          : chosen.filter((x) => x !== row.candidate),
                      )
                    }
                  />{' '}
                  {row.rank}. {text(row.label)}
                </label>
              ))}
            </fieldset>
            <ConfirmButton
              primary
              label={t.plans.fixButton}
              consequence={p.fixWhat(fixCount)}
              confirmLabel={p.fixYes}
              onConfirm={fix}
              disabled={busy}
            />
          </form>
        </section>
      )}
    </div>
  );
}
