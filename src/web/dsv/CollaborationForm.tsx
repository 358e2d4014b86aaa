// /samenwerkingsverband/nieuw and /samenwerkingsverband/{id}/bewerken: the register entry — name, area, start year,
// partners with type, laws, role, payer flag and date joined, goals, governance, payment, participation, learning
// plan, workspace. The definition check runs while typing (the same pure rule as the server); a failing entry is
// saved as a concept. A stale save (someone else saved first) keeps the input and says so.
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { checkDefinition } from '../../dsv/definitionCheck.ts';
import type { CollaborationInput, Partner } from '../../dsv/schemas.ts';
import {
  ALTERNATIVE_PAYMENT_KINDS,
  ALTERNATIVE_PAYMENT_LABELS,
  GOVERNANCE_FORMS,
  GOVERNANCE_LABELS,
  IZA_TARGET_GROUP_LABELS,
  IZA_TARGET_GROUPS,
  LAWS,
  PARTICIPATION_LABELS,
  PARTICIPATION_MODES,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  PAYMENT_LEVEL_LABELS,
  PAYMENT_LEVELS,
  PAYMENT_SOLUTION_LABELS,
  PAYMENT_SOLUTIONS,
  SECTOR_LABELS,
  SECTORS,
  STEERING_ROLE_LABELS,
  STEERING_ROLES,
} from '../../dsv/vocabulary.ts';
import type { Text } from '../../indicators/schema.ts';
import {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  QUINTUPLE_AIM_LABELS,
  QUINTUPLE_AIMS,
} from '../../jzojp/vocabulary.ts';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { ApiError, type SessionInfo, send, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, navigate } from '../router.tsx';
import { CheckBox, type CollaborationView, dsvApi, Notice, pagePath, SignInPrompt } from './common.tsx';
import { useDsvTexts } from './texts.ts';
import './dsv.css';

type FormState = Omit<CollaborationInput, 'area'> & {
  areaKind: 'region' | 'gemeenten';
  regionCode: string;
  gemeenten: string;
};

const emptyPartner = (): Partner => ({
  name: '',
  type: 'gemeente',
  sector: null,
  laws: [],
  steeringRole: 'geen',
  payer: false,
  joined: null,
});

const blank = (): FormState => ({
  name: '',
  description: '',
  areaKind: 'region',
  regionCode: '',
  gemeenten: '',
  startYear: new Date().getFullYear(),
  partners: [emptyPartner(), emptyPartner(), emptyPartner()],
  goals: { careShift: [], aims: [], targetGroups: [], topics: [] },
  governance: null,
  payment: { level: 'geen', solutions: [], alternativeKinds: [] },
  participation: { modes: [], inBoard: [] },
  learningPlan: null,
  workspaceId: null,
});

function fromView(view: CollaborationView): FormState {
  const { entry } = view;
  // at least three partner rows, so that adding the missing ones needs no extra click
  const partners = [
    ...entry.partners,
    ...Array.from({ length: Math.max(0, 3 - entry.partners.length) }, emptyPartner),
  ];
  return {
    ...blank(),
    ...entry,
    partners,
    payment: entry.payment ?? blank().payment,
    areaKind: 'regionCode' in entry.area ? 'region' : 'gemeenten',
    regionCode: 'regionCode' in entry.area ? entry.area.regionCode : '',
    gemeenten: 'gemeenten' in entry.area ? entry.area.gemeenten.join(', ') : '',
    workspaceId: view.workspace?.id ?? null,
  };
}

function toInput(state: FormState): CollaborationInput {
  const { areaKind, regionCode, gemeenten, ...rest } = state;
  return {
    ...rest,
    partners: rest.partners.filter((p) => p.name.trim() !== ''),
    area:
      areaKind === 'region'
        ? { regionCode: regionCode.trim() }
        : { gemeenten: gemeenten.split(/[,\s]+/).filter((g) => g !== '') },
  };
}

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

export default function CollaborationForm({ id }: { id?: string }) {
  const { d } = useDsvTexts();
  const existing = useFresh<CollaborationView>(id ? dsvApi.one(id) : null);
  const session = useFresh<SessionInfo>('/api/auth/session');
  useTitle(id ? (existing.data ? d.formEdit(existing.data.name) : null) : d.formNew);
  if (session.data && !session.data.authenticated)
    return (
      <div className="jp-page jp-dsv">
        <h1 className="utrecht-heading-1">{d.formNew}</h1>
        <SignInPrompt back={id ? pagePath.edit(id) : pagePath.new} />
      </div>
    );
  if (id && existing.error) return <ErrorMessage error={existing.error} />;
  if (!session.data || (id && !existing.data)) return <Loading />;
  return <Form key={id ?? 'new'} existing={existing.data ?? null} session={session.data} />;
}

function Form({ existing, session }: { existing: CollaborationView | null; session: SessionInfo }) {
  const { d, text, href } = useDsvTexts();
  const [state, setState] = useState<FormState>(() => (existing ? fromView(existing) : blank()));
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; stale?: CollaborationView } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const check = checkDefinition(toInput(state));
  const set = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const setPartner = (i: number, patch: Partial<Partner>) =>
    setState((s) => ({ ...s, partners: s.partners.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const workspaces = (session.workspaces ?? []).filter((w) => w.role === 'beheerder' || w.role === 'analist');
  useEffect(() => {
    if (problem) document.getElementById('dsv-form-problem')?.focus();
  }, [problem]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const input = toInput(state);
      const view = existing
        ? await send<CollaborationView>('PUT', dsvApi.one(existing.id), { ...input, version })
        : await send<CollaborationView>('POST', dsvApi.list(), input);
      setSaved(view.status === 'concept' ? d.savedConcept : d.saved);
      navigate(href(pagePath.one(view.id), { opgeslagen: view.status }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'stale-version') {
        const current = error.extra.current as CollaborationView;
        setVersion(current.version);
        setProblem({ text: `${d.staleTitle}. ${d.staleBody}`, stale: current });
      } else setProblem({ text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const checks = <K extends string>(
    legend: string,
    keys: readonly K[],
    labels: Record<K, Text>,
    value: readonly K[],
    onChange: (v: K[]) => void,
  ) => (
    <fieldset className="jp-fieldset">
      <legend>{legend}</legend>
      {keys.map((k) => (
        <label key={k} className="jp-check">
          <input
            type="checkbox"
            checked={value.includes(k)}
            onChange={(e) => onChange(toggle(value, k, e.target.checked))}
          />{' '}
          {text(labels[k])}
        </label>
      ))}
    </fieldset>
  );
  const field = (idFor: string, label: string, control: ReactNode, hint?: string) => (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={idFor}>
        {label}
      </label>
      {hint && (
        <p id={`${idFor}-hint`} className="utrecht-form-field-description jp-muted">
          {hint}
        </p>
      )}
      {control}
    </div>
  );
  const input = 'utrecht-textbox utrecht-textbox--html-input';
  const select = 'utrecht-select utrecht-select--html-select';

  return (
    <div className="jp-page jp-dsv">
      <h1 className="utrecht-heading-1">{existing ? d.formEdit(existing.name) : d.formNew}</h1>
      {problem && (
        <div id="dsv-form-problem" tabIndex={-1}>
          <Notice kind="error">
            <p>{problem.text}</p>
            {problem.stale && (
              <p>
                {d.name}: {problem.stale.name} · {d.organisations}: {problem.stale.entry.partners.length} · v
                {problem.stale.version}
              </p>
            )}
          </Notice>
        </div>
      )}
      {saved && <Notice kind="ok">{saved}</Notice>}
      <form className="jp-form" onSubmit={submit} noValidate={false}>
        {field(
          'dsv-name',
          d.name,
          <input
            id="dsv-name"
            required
            maxLength={200}
            className={input}
            value={state.name}
            onChange={(e) => set({ name: e.target.value })}
          />,
        )}
        {field(
          'dsv-description',
          d.description,
          <textarea
            id="dsv-description"
            maxLength={4000}
            rows={3}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={state.description}
            onChange={(e) => set({ description: e.target.value })}
          />,
        )}
        <fieldset className="jp-fieldset">
          <legend>{d.areaKind}</legend>
          <label className="jp-check">
            <input
              type="radio"
              name="areaKind"
              checked={state.areaKind === 'region'}
              onChange={() => set({ areaKind: 'region' })}
            />{' '}
            {d.areaRegion}
          </label>
          <label className="jp-check">
            <input
              type="radio"
              name="areaKind"
              checked={state.areaKind === 'gemeenten'}
              onChange={() => set({ areaKind: 'gemeenten' })}
            />{' '}
            {d.areaGemeenten}
          </label>
          {state.areaKind === 'region'
            ? field(
                'dsv-region',
                d.regionCode,
                <input
                  id="dsv-region"
                  required
                  aria-describedby="dsv-region-hint"
                  className={`${input} jp-input-short`}
                  value={state.regionCode}
                  onChange={(e) => set({ regionCode: e.target.value })}
                />,
                d.regionCodeHint,
              )
            : field(
                'dsv-gemeenten',
                d.gemeenten,
                <input
                  id="dsv-gemeenten"
                  required
                  aria-describedby="dsv-gemeenten-hint"
                  className={input}
                  value={state.gemeenten}
                  onChange={(e) => set({ gemeenten: e.target.value })}
                />,
                d.gemeentenHint,
              )}
        </fieldset>
        {field(
          'dsv-start',
          d.startYear,
          <input
            id="dsv-start"
            type="number"
            required
            min={1980}
            max={2100}
            className={`${input} jp-input-short`}
            value={state.startYear}
            onChange={(e) => set({ startYear: Number(e.target.value) })}
          />,
        )}

        <fieldset className="jp-fieldset">
          <legend>{d.partnersTitle}</legend>
          <p className="utrecht-paragraph jp-muted">{d.partnersHint}</p>
          {state.partners.map((p, i) => {
            const pid = `dsv-partner-${i}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: partners have no id until saved; rows are removed by position
              <fieldset key={i} className="jp-dsv-partner" data-partner={i}>
                <legend>{d.partner(i + 1)}</legend>
                {field(
                  `${pid}-name`,
                  d.partnerName,
                  <input
                    id={`${pid}-name`}
                    className={input}
                    maxLength={200}
                    value={p.name}
                    onChange={(e) => setPartner(i, { name: e.target.value })}
                  />,
                )}
                {field(
                  `${pid}-type`,
                  d.partnerType,
                  <select
                    id={`${pid}-type`}
                    className={select}
                    value={p.type}
                    onChange={(e) => setPartner(i, { type: e.target.value as Partner['type'] })}
                  >
                    {PARTNER_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {text(PARTNER_TYPE_LABELS[t])}
                      </option>
                    ))}
                  </select>,
                )}
                {field(
                  `${pid}-sector`,
                  d.sector,
                  <select
                    id={`${pid}-sector`}
                    className={select}
                    value={p.sector ?? ''}
                    onChange={(e) => setPartner(i, { sector: (e.target.value || null) as Partner['sector'] })}
                  >
                    <option value="">{d.noSector}</option>
                    {SECTORS.map((s) => (
                      <option key={s} value={s}>
                        {text(SECTOR_LABELS[s])}
                      </option>
                    ))}
                  </select>,
                )}
                <fieldset className="jp-fieldset">
                  <legend>{d.laws}</legend>
                  {LAWS.map((law) => (
                    <label key={law} className="jp-check">
                      <input
                        type="checkbox"
                        checked={p.laws.includes(law)}
                        onChange={(e) => setPartner(i, { laws: toggle(p.laws, law, e.target.checked) })}
                      />{' '}
                      {law}
                    </label>
                  ))}
                </fieldset>
                {field(
                  `${pid}-role`,
                  d.steeringRole,
                  <select
                    id={`${pid}-role`}
                    className={select}
                    value={p.steeringRole}
                    onChange={(e) =>
                      setPartner(i, { steeringRole: e.target.value as Partner['steeringRole'] })
                    }
                  >
                    {STEERING_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {text(STEERING_ROLE_LABELS[r])}
                      </option>
                    ))}
                  </select>,
                )}
                <label className="jp-check">
                  <input
                    type="checkbox"
                    checked={p.payer}
                    onChange={(e) => setPartner(i, { payer: e.target.checked })}
                  />{' '}
                  {d.payer}
                </label>
                {field(
                  `${pid}-joined`,
                  d.joined,
                  <input
                    id={`${pid}-joined`}
                    type="date"
                    className={`${input} jp-input-short`}
                    value={p.joined ?? ''}
                    onChange={(e) => setPartner(i, { joined: e.target.value || null })}
                  />,
                )}
                <div>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action jp-button-small"
                    onClick={() => set({ partners: state.partners.filter((_, j) => j !== i) })}
                  >
                    {d.removePartner(p.name)}
                  </button>
                </div>
              </fieldset>
            );
          })}
          <div>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => set({ partners: [...state.partners, emptyPartner()] })}
            >
              {d.addPartner}
            </button>
          </div>
        </fieldset>

        <CheckBox check={check} intro={d.checkLive} />

        <fieldset className="jp-fieldset">
          <legend>{d.goalsTitle}</legend>
          {checks(d.careShift, ACTION_TYPES, ACTION_TYPE_LABELS, state.goals.careShift, (v) =>
            set({ goals: { ...state.goals, careShift: v } }),
          )}
          {checks(d.aims, QUINTUPLE_AIMS, QUINTUPLE_AIM_LABELS, state.goals.aims, (v) =>
            set({ goals: { ...state.goals, aims: v } }),
          )}
          {checks(d.targetGroups, IZA_TARGET_GROUPS, IZA_TARGET_GROUP_LABELS, state.goals.targetGroups, (v) =>
            set({ goals: { ...state.goals, targetGroups: v } }),
          )}
          {field(
            'dsv-topics',
            d.topics,
            <input
              id="dsv-topics"
              aria-describedby="dsv-topics-hint"
              className={input}
              value={state.goals.topics.join(', ')}
              onChange={(e) =>
                set({
                  goals: {
                    ...state.goals,
                    topics: e.target.value
                      .split(',')
                      .map((t) => t.trim())
                      .filter((t) => t !== ''),
                  },
                })
              }
            />,
            d.topicsHint,
          )}
        </fieldset>

        <fieldset className="jp-fieldset">
          <legend>{d.governanceTitle}</legend>
          {[...GOVERNANCE_FORMS, null].map((g) => (
            <label key={g ?? 'none'} className="jp-check">
              <input
                type="radio"
                name="governance"
                checked={state.governance === g}
                onChange={() => set({ governance: g })}
              />{' '}
              {g ? text(GOVERNANCE_LABELS[g]) : d.unknown}
            </label>
          ))}
        </fieldset>

        <fieldset className="jp-fieldset">
          <legend>{d.paymentTitle}</legend>
          {field(
            'dsv-payment',
            d.paymentLevel,
            <select
              id="dsv-payment"
              className={select}
              value={state.payment.level}
              onChange={(e) =>
                set({ payment: { ...state.payment, level: e.target.value as FormState['payment']['level'] } })
              }
            >
              {PAYMENT_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {text(PAYMENT_LEVEL_LABELS[l])}
                </option>
              ))}
            </select>,
          )}
          {checks(
            d.paymentSolutions,
            PAYMENT_SOLUTIONS,
            PAYMENT_SOLUTION_LABELS,
            state.payment.solutions,
            (v) => set({ payment: { ...state.payment, solutions: v } }),
          )}
          {state.payment.solutions.includes('alternatieve-bekostiging') &&
            checks(
              d.alternativeKinds,
              ALTERNATIVE_PAYMENT_KINDS,
              ALTERNATIVE_PAYMENT_LABELS,
              state.payment.alternativeKinds,
              (v) => set({ payment: { ...state.payment, alternativeKinds: v } }),
            )}
        </fieldset>

        <fieldset className="jp-fieldset">
          <legend>{d.participationTitle}</legend>
          {checks(
            d.participationModes,
            PARTICIPATION_MODES,
            PARTICIPATION_LABELS,
            state.participation.modes,
            (v) => set({ participation: { ...state.participation, modes: v } }),
          )}
          <fieldset className="jp-fieldset">
            <legend>{d.inBoard}</legend>
            {(['inwoners', 'clienten', 'patienten'] as const).map((k) => (
              <label key={k} className="jp-check">
                <input
                  type="checkbox"
                  checked={state.participation.inBoard.includes(k)}
                  onChange={(e) =>
                    set({
                      participation: {
                        ...state.participation,
                        inBoard: toggle(state.participation.inBoard, k, e.target.checked),
                      },
                    })
                  }
                />{' '}
                {d.inBoardOptions[k]}
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset className="jp-fieldset">
          <legend>{d.learningPlan}</legend>
          {([true, false, null] as const).map((v) => (
            <label key={String(v)} className="jp-check">
              <input
                type="radio"
                name="learningPlan"
                checked={state.learningPlan === v}
                onChange={() => set({ learningPlan: v })}
              />{' '}
              {v === true ? d.yes : v === false ? d.no : d.unknown}
            </label>
          ))}
        </fieldset>

        {field(
          'dsv-workspace',
          d.workspace,
          <select
            id="dsv-workspace"
            aria-describedby="dsv-workspace-hint"
            className={select}
            value={state.workspaceId ?? ''}
            onChange={(e) => set({ workspaceId: e.target.value || null })}
          >
            <option value="">{d.noWorkspace}</option>
            {existing?.workspace && !workspaces.some((w) => w.id === existing.workspace!.id) && (
              <option value={existing.workspace.id}>{existing.workspace.name}</option>
            )}
            {workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>,
          d.workspaceHint,
        )}
        <div className="jp-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? d.saving : d.save}
          </button>
          <Link
            href={href(existing ? pagePath.one(existing.id) : pagePath.register)}
            className="utrecht-link"
          >
            {d.cancel}
          </Link>
        </div>
      </form>
    </div>
  );
}
