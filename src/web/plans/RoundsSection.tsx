// The prioritisation rounds of a plan: the list (each opens its own page) and, for the beheerder, opening a round
// with the partners (scores or ranking; a follow-up of a closed round) or with residents (datadialoog).
import { type FormEvent, useState } from 'react';
import type { Text } from '../../indicators/schema.ts';
import { IZA_THEMES } from '../../plans/candidates.ts';
import { FormField } from '../components/FormField.tsx';
import { useI18n } from '../i18n/index.tsx';
import { api, type Catalog } from '../lib/api.ts';
import { send, useApi } from '../lib/http.ts';
import { Link, navigate } from '../router.tsx';
import type { PlanView, RoundInfo } from './common.tsx';

interface Props {
  view: PlanView;
  base: string;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

export function RoundsSection({ view, base, onDone, onError }: Props) {
  const { t, href } = useI18n();
  const manage = view.permissions.includes('manage-plan');
  return (
    <section id="prioriteren" className="jp-section" aria-labelledby="rounds-title">
      <h2 id="rounds-title" className="utrecht-heading-2">
        {t.plans.roundsTitle}
      </h2>
      <p className="utrecht-paragraph">{t.plans.roundsIntro}</p>
      {view.rounds.length === 0 ? (
        <p className="utrecht-paragraph">{t.plans.noRounds}</p>
      ) : (
        <ul className="jp-plan-list">
          {view.rounds.map((r) => (
            <li key={r.id}>
              <Link
                href={href(`/werkruimte/${view.workspace.id}/plan/ronde/${r.id}`)}
                className="utrecht-link"
              >
                {t.plans.roundName(r.number, r.title)}
              </Link>{' '}
              <span className="jp-muted">
                {r.audience === 'public' ? t.plans.audiencePublic : t.plans.method[r.method]} ·{' '}
                {r.status === 'open' ? t.plans.open : t.plans.closed}
              </span>
            </li>
          ))}
        </ul>
      )}
      {manage && <OpenRoundForm view={view} base={base} onDone={onDone} onError={onError} />}
    </section>
  );
}

function OpenRoundForm({ view, base, onDone, onError }: Props) {
  const { t, text, href } = useI18n();
  const catalog = useApi<Catalog>(api.catalog());
  const [audience, setAudience] = useState<'partners' | 'public'>('partners');
  const [busy, setBusy] = useState(false);
  const closedPartnerRounds = view.rounds.filter((r) => r.audience === 'partners' && r.status === 'closed');
  const partnerRounds = view.rounds.filter((r) => r.audience === 'partners');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const own = String(form.get('own') ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((label) => ({ source: 'eigen', label }));
    const candidates = [
      ...form.getAll('jzojp').map((themeId) => ({ source: 'jzojp', themeId })),
      ...form.getAll('iza').map((themeId) => ({ source: 'iza', themeId })),
      ...own,
    ];
    const previousRoundId = String(form.get('previous') ?? '') || undefined;
    const partnerRoundId = String(form.get('partnerRound') ?? '') || undefined;
    setBusy(true);
    try {
      const round = await send<RoundInfo>('POST', `${base}/rounds`, {
        title: form.get('title'),
        audience,
        ...(audience === 'partners' ? { method: form.get('method'), previousRoundId } : { partnerRoundId }),
        candidates,
      });
      onDone(t.plans.roundOpened(round.title));
      navigate(href(`/werkruimte/${view.workspace.id}/plan/ronde/${round.id}`));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const themeBox = (group: string, themeId: string, label: Text) => (
    <li key={`${group}:${themeId}`}>
      <label className="jp-check">
        <input type="checkbox" name={group} value={themeId} /> {text(label)}
      </label>
    </li>
  );

  return (
    <details className="jp-details jp-plan-form">
      <summary>{t.plans.openRound}</summary>
      <form onSubmit={submit} className="jp-form">
        <FormField label={t.plans.roundTitle}>
          {(control) => (
            <input
              {...control}
              name="title"
              required
              maxLength={200}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          )}
        </FormField>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.audience}</legend>
          <label className="jp-check">
            <input
              type="radio"
              name="audience"
              checked={audience === 'partners'}
              onChange={() => setAudience('partners')}
            />{' '}
            {t.plans.audiencePartners}
          </label>
          <label className="jp-check">
            <input
              type="radio"
              name="audience"
              checked={audience === 'public'}
              onChange={() => setAudience('public')}
            />{' '}
            {t.plans.audiencePublic}
          </label>
        </fieldset>
        {audience === 'partners' ? (
          <>
            <FormField label={t.plans.methodLabel}>
              {(control) => (
                <select {...control} name="method" className="utrecht-select utrecht-select--html-select">
                  <option value="score">{t.plans.method.score}</option>
                  <option value="rank">{t.plans.method.rank}</option>
                </select>
              )}
            </FormField>
            {closedPartnerRounds.length > 0 && (
              <FormField label={t.plans.followUpOf}>
                {(control) => (
                  <select {...control} name="previous" className="utrecht-select utrecht-select--html-select">
                    <option value="">{t.plans.noFollowUp}</option>
                    {closedPartnerRounds.map((r) => (
                      <option key={r.id} value={r.id}>
                        {t.plans.roundName(r.number, r.title)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            )}
          </>
        ) : (
          partnerRounds.length > 0 && (
            <FormField label={t.plans.nextToPartnerRound}>
              {(control) => (
                <select
                  {...control}
                  name="partnerRound"
                  className="utrecht-select utrecht-select--html-select"
                >
                  <option value="">{t.plans.noPartnerRound}</option>
                  {partnerRounds.map((r) => (
                    <option key={r.id} value={r.id}>
                      {t.plans.roundName(r.number, r.title)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )
        )}
        <fieldset className="jp-fieldset">
          <legend>{t.plans.candidatesJzojp}</legend>
          <ul className="jp-columns jp-check-list">
            {(catalog.data?.themes ?? [])
              .slice()
              .sort((a, b) => a.order - b.order)
              .map((theme) => themeBox('jzojp', theme.id, theme.name))}
          </ul>
        </fieldset>
        <fieldset className="jp-fieldset">
          <legend>{t.plans.candidatesIza}</legend>
          <ul className="jp-columns jp-check-list">
            {IZA_THEMES.map((theme) => themeBox('iza', theme.id, theme.label))}
          </ul>
        </fieldset>
        <FormField label={t.plans.candidatesOwn}>
          {(control) => (
            <textarea
              {...control}
              name="own"
              rows={3}
              className="utrecht-textarea utrecht-textarea--html-textarea"
            />
          )}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t.plans.openRoundButton}
        </button>
      </form>
    </details>
  );
}
