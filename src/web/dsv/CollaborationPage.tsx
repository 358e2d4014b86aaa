// /samenwerkingsverband/{id}: one collaboration — its register entry and definition check, its area with a summary of
// and link to the area's regiobeeld, its regioplan (when linked to a workspace), the questionnaire per round, the
// phase self-assessment with its history, and the slot for knowledge that fits its phase and weakest principle.

import {
  GOVERNANCE_LABELS,
  IZA_TARGET_GROUP_LABELS,
  PARTICIPATION_LABELS,
  PARTNER_TYPE_LABELS,
  PAYMENT_LEVEL_LABELS,
  PAYMENT_SOLUTION_LABELS,
  STEERING_ROLE_LABELS,
} from '../../dsv/vocabulary.ts';
import {
  ACTION_TYPE_LABELS,
  PHASE_LABELS,
  PRINCIPLE_LABELS,
  QUINTUPLE_AIM_LABELS,
} from '../../jzojp/vocabulary.ts';
import type { Profile } from '../../regiobeeld/profileTypes.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { KnowledgeSuggestions } from '../kennisbank/KnowledgeSuggestions.tsx';
import { useLearningTexts } from '../learning/texts.ts';
import { profileUrl } from '../lib/api.ts';
import { useApi, useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link, useRoute } from '../router.tsx';
import {
  CheckBox,
  type CollaborationView,
  dsvApi,
  Notice,
  pagePath,
  type ResponseView,
  type RoundView,
} from './common.tsx';
import { PhaseSection } from './PhaseSection.tsx';
import { useDsvTexts } from './texts.ts';
import './dsv.css';

export default function CollaborationPage({ id }: { id: string }) {
  const { d, text, href } = useDsvTexts();
  const learning = useLearningTexts();
  const route = useRoute();
  const view = useFresh<CollaborationView>(dsvApi.one(id));
  const rounds = useFresh<{ rounds: RoundView[] }>(dsvApi.rounds());
  useTitle(view.data?.name);
  if (view.error) return <ErrorMessage error={view.error} />;
  if (!view.data) return <Loading />;
  const c = view.data;
  const e = c.entry;
  const saved = route.query.get('opgeslagen');
  const list = (items: string[]) => (items.length ? items.join(', ') : '–');

  return (
    <div className="jp-page jp-dsv" data-collaboration={c.id}>
      <p className="jp-pre-heading">
        <Link href={href(pagePath.register)} className="utrecht-link">
          {d.registerTitle}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{c.name}</h1>
      {saved && (
        <Notice kind={saved === 'concept' ? 'warning' : 'ok'}>
          {saved === 'concept' ? d.savedConcept : d.saved}
        </Notice>
      )}
      <p className="utrecht-paragraph jp-lead">
        {c.area.name} ({d.scope[c.area.scope]}) · {d.since(e.startYear)} · {d.statusLabel[c.status]}
      </p>
      {e.description && <p className="utrecht-paragraph">{e.description}</p>}
      {c.permissions.edit && (
        <p className="utrecht-paragraph">
          <Link
            href={href(pagePath.edit(c.id))}
            className="utrecht-button utrecht-button--secondary-action jp-button-link"
          >
            {d.edit}
          </Link>
        </p>
      )}
      <CheckBox check={c.check} />

      <div className="jp-dsv-columns">
        <RegiobeeldSummary view={c} />
        <section aria-labelledby="dsv-plan">
          <h2 id="dsv-plan" className="utrecht-heading-2">
            {d.regioplanTitle}
          </h2>
          {c.workspace ? (
            <ul>
              {c.permissions.read && (
                <li>
                  <Link href={href(`/werkruimte/${c.workspace.id}/plan`)} className="utrecht-link">
                    {d.regioplanMembers}: {c.workspace.name}
                  </Link>
                </li>
              )}
              <li>
                <Link href={href(`/regioplan/${c.workspace.id}`)} className="utrecht-link">
                  {d.regioplanPublic}
                </Link>
              </li>
            </ul>
          ) : (
            <p className="utrecht-paragraph">{d.noRegioplan}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="dsv-partners">
        <h2 id="dsv-partners" className="utrecht-heading-2">
          {d.partnersTitle}
        </h2>
        <DataTable
          caption={d.partnersCaption(e.partners.length)}
          rows={e.partners}
          rowKey={(_, i) => String(i)}
          columns={[
            { key: 'n', header: d.partnerName, cell: (p) => p.name, rowHeader: true },
            { key: 't', header: d.partnerType, cell: (p) => text(PARTNER_TYPE_LABELS[p.type]) },
            { key: 'l', header: d.laws, cell: (p) => list(p.laws) },
            { key: 'r', header: d.steeringRole, cell: (p) => text(STEERING_ROLE_LABELS[p.steeringRole]) },
            { key: 'p', header: d.payer, cell: (p) => (p.payer ? d.yes : d.no) },
            { key: 'j', header: d.joined, cell: (p) => p.joined ?? '–' },
          ]}
        />
      </section>

      <section aria-labelledby="dsv-goals">
        <h2 id="dsv-goals" className="utrecht-heading-2">
          {d.goalsTitle}
        </h2>
        <dl className="jp-dsv-facts">
          <dt>{d.careShift}</dt>
          <dd>{list(e.goals.careShift.map((x) => text(ACTION_TYPE_LABELS[x])))}</dd>
          <dt>{d.aims}</dt>
          <dd>{list(e.goals.aims.map((x) => text(QUINTUPLE_AIM_LABELS[x])))}</dd>
          <dt>{d.targetGroups}</dt>
          <dd>{list(e.goals.targetGroups.map((x) => text(IZA_TARGET_GROUP_LABELS[x])))}</dd>
          <dt>{d.topics}</dt>
          <dd>{list(e.goals.topics)}</dd>
          <dt>{d.governanceTitle}</dt>
          <dd>{e.governance ? text(GOVERNANCE_LABELS[e.governance]) : d.unknown}</dd>
          {e.payment && (
            <>
              <dt>{d.paymentTitle}</dt>
              <dd>
                {text(PAYMENT_LEVEL_LABELS[e.payment.level])}
                {e.payment.solutions.length > 0 &&
                  `: ${e.payment.solutions.map((s) => text(PAYMENT_SOLUTION_LABELS[s])).join(', ')}`}
              </dd>
            </>
          )}
          <dt>{d.participationModes}</dt>
          <dd>{list(e.participation.modes.map((m) => text(PARTICIPATION_LABELS[m])))}</dd>
          <dt>{d.inBoard}</dt>
          <dd>{list(e.participation.inBoard.map((m) => d.inBoardOptions[m]!))}</dd>
          <dt>{d.learningPlan}</dt>
          <dd>{e.learningPlan === null ? d.unknown : e.learningPlan ? d.yes : d.no}</dd>
        </dl>
      </section>

      {c.permissions.read && <QuestionnaireSection view={c} rounds={rounds.data?.rounds ?? []} />}

      {c.permissions.read ? (
        <PhaseSection view={c} onChange={view.reload} />
      ) : (
        <section aria-labelledby="dsv-phase">
          <h2 id="dsv-phase" className="utrecht-heading-2">
            {d.phaseTitle}
          </h2>
          <p className="utrecht-paragraph">{d.phaseMembersOnly}</p>
        </section>
      )}

      {/*
        SLOT: knowledge that fits this phase and weakest principle. Branch `kennisbank` renders
        <KnowledgeSuggestions phase={c.currentPhase ?? undefined} principle={c.weakestPrinciple ?? undefined} /> here
        (src/web/kennisbank/KnowledgeSuggestions.tsx); the collaboration API answers currentPhase and weakestPrinciple.
      */}
      <section
        aria-labelledby="dsv-knowledge"
        className="jp-dsv-slot"
        data-slot="kennisbank-suggestions"
        data-phase={c.currentPhase ?? ''}
        data-principle={c.weakestPrinciple ?? ''}
      >
        <h2 id="dsv-knowledge" className="utrecht-heading-2">
          {d.knowledgeTitle}
        </h2>
        {c.currentPhase && (
          <p className="utrecht-paragraph">
            {d.currentPhase(`${c.currentPhase} – ${text(PHASE_LABELS[c.currentPhase])}`)}
          </p>
        )}
        {c.weakestPrinciple && (
          <p className="utrecht-paragraph">{d.weakest(text(PRINCIPLE_LABELS[c.weakestPrinciple]))}</p>
        )}
        {c.currentPhase || c.weakestPrinciple ? (
          <KnowledgeSuggestions
            embedded
            phase={c.currentPhase ?? undefined}
            principle={c.weakestPrinciple ?? undefined}
          />
        ) : (
          <p className="utrecht-paragraph jp-muted">{d.knowledgeSlot}</p>
        )}
        {c.permissions.read && (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" href={href(`/samenwerkingsverband/${c.id}/leren`)}>
              {learning.collaborationCycles}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}

function RegiobeeldSummary({ view }: { view: CollaborationView }) {
  const { d, href } = useDsvTexts();
  const area = view.area;
  const request = area.regionCode
    ? { code: area.regionCode }
    : { gemeenten: area.gemeenten, name: area.name };
  const profile = useApi<Profile>(profileUrl(request));
  const link = area.regionCode
    ? href(`/regio/${area.regionCode}`)
    : href('/regio', { gemeenten: area.gemeenten.join(','), naam: view.name });
  const compared = (profile.data?.indicators ?? [])
    .map((i) => i.national?.at95)
    .filter((x) => x === 'better' || x === 'worse' || x === 'similar');
  return (
    <section aria-labelledby="dsv-regiobeeld">
      <h2 id="dsv-regiobeeld" className="utrecht-heading-2">
        {d.regiobeeldTitle}
      </h2>
      <p className="utrecht-paragraph">
        {area.matches.length > 0
          ? d.matchesDivision(area.matches.map((m) => `${m.name} (${m.code})`).join(', '))
          : d.noDivision}
      </p>
      {profile.data && compared.length > 0 && (
        <p className="utrecht-paragraph" data-regiobeeld-summary>
          {d.regiobeeldSummary(
            compared.filter((x) => x === 'better').length,
            compared.filter((x) => x === 'worse').length,
            compared.length,
          )}
        </p>
      )}
      <p className="utrecht-paragraph">
        <Link href={link} className="utrecht-link">
          {d.regiobeeldLink(area.name)}
        </Link>
      </p>
    </section>
  );
}

function QuestionnaireSection({ view, rounds }: { view: CollaborationView; rounds: RoundView[] }) {
  const { d } = useDsvTexts();
  return (
    <section aria-labelledby="dsv-questionnaire">
      <h2 id="dsv-questionnaire" className="utrecht-heading-2">
        {d.questionnaireTitle}
      </h2>
      <ul className="jp-dsv-rounds">
        {rounds.map((r) => (
          <RoundLine key={r.year} view={view} round={r} />
        ))}
      </ul>
    </section>
  );
}

function RoundLine({ view, round }: { view: CollaborationView; round: RoundView }) {
  const { d, href } = useDsvTexts();
  const response = useFresh<ResponseView>(dsvApi.response(view.id, round.year));
  const status = response.data?.status ?? 'none';
  return (
    <li data-round={round.year}>
      {d.roundLine(round.year, d.roundStatus[round.status]!, round.definitionVersion)} ·{' '}
      {d.responseStatus[status]}
      {' · '}
      <Link href={href(pagePath.questionnaire(view.id, round.year))} className="utrecht-link">
        {round.status === 'open' && view.permissions.edit ? d.fillIn(round.year) : d.qTitle(round.year)}
      </Link>
      {round.status === 'published' && status === 'submitted' && (
        <>
          {' · '}
          <Link href={href(pagePath.benchmark(view.id, round.year))} className="utrecht-link">
            {d.benchmarkLink(round.year)}
          </Link>
        </>
      )}
    </li>
  );
}
