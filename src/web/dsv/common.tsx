// Pieces the collaboration pages share: API addresses, the definition check as a box, percentages with their
// denominator, alerts and the sign-in prompt.
import type { ReactNode } from 'react';
import type { DefinitionCheck } from '../../dsv/definitionCheck.ts';
import { DOMAIN_LABELS } from '../../dsv/vocabulary.ts';
import { Link } from '../router.tsx';
import { useDsvTexts } from './texts.ts';

export type {
  AssessmentsAnswer,
  AssessmentView,
  Benchmark,
  CollaborationListItem,
  CollaborationView,
  NationalOverview,
  ResponseView,
  RoundView,
} from '../../dsv/views.ts';

export const dsvApi = {
  list: () => '/api/dsv/collaborations',
  one: (id: string) => `/api/dsv/collaborations/${encodeURIComponent(id)}`,
  rounds: () => '/api/dsv/rounds',
  overview: (year: number) => `/api/dsv/rounds/${year}/overview`,
  definition: (version: string) => `/api/dsv/questionnaires/${encodeURIComponent(version)}`,
  response: (id: string, year: number) =>
    `/api/dsv/collaborations/${encodeURIComponent(id)}/responses/${year}`,
  benchmark: (id: string, year: number) =>
    `/api/dsv/collaborations/${encodeURIComponent(id)}/benchmark/${year}`,
  assessments: (id: string) => `/api/dsv/collaborations/${encodeURIComponent(id)}/assessments`,
};

export const pagePath = {
  register: '/samenwerkingsverbanden',
  new: '/samenwerkingsverband/nieuw',
  one: (id: string) => `/samenwerkingsverband/${id}`,
  edit: (id: string) => `/samenwerkingsverband/${id}/bewerken`,
  questionnaire: (id: string, year: number) => `/samenwerkingsverband/${id}/vragenlijst/${year}`,
  benchmark: (id: string, year: number) => `/samenwerkingsverband/${id}/vergelijking/${year}`,
  overview: (year: number) => `/samenwerkingsverbanden/overzicht/${year}`,
};

/** "34,0 % (n = 53)" — a percentage never without its denominator. */
export function usePercent() {
  const { lang } = useDsvTexts();
  return (percent: number | null, n: number) =>
    percent === null
      ? `– (n = ${n})`
      : `${percent.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} % (n = ${n})`;
}

export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'warning'; children: ReactNode }) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${kind === 'ok' ? 'ok' : kind === 'error' ? 'error' : 'warning'} jp-alert`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      <div className="utrecht-alert__message">{children}</div>
    </div>
  );
}

export function CheckBox({ check, intro }: { check: DefinitionCheck; intro?: string }) {
  const { d, text } = useDsvTexts();
  return (
    <section
      className={`jp-dsv-check ${check.passes ? 'jp-dsv-check--pass' : 'jp-dsv-check--fail'}`}
      aria-labelledby="dsv-check-title"
      data-check={check.passes ? 'pass' : 'fail'}
    >
      <h2 id="dsv-check-title" className="utrecht-heading-3">
        {d.checkTitle}
      </h2>
      {intro && <p className="utrecht-paragraph">{intro}</p>}
      <p className="utrecht-paragraph">
        <strong>{check.passes ? d.passes : d.fails}</strong>{' '}
        {d.domainsFound(check.domains.map((x) => text(DOMAIN_LABELS[x])).join(', '))}
      </p>
      {(check.reasons.length > 0 || check.warnings.length > 0) && (
        <ul className="jp-dsv-check__list">
          {check.reasons.map((r) => (
            <li key={r.code} data-reason={r.code}>
              <strong>{d.reason}:</strong> {text(r.text)}
            </li>
          ))}
          {check.warnings.map((w) => (
            <li key={w.code} data-warning={w.code}>
              <strong>{d.warning}:</strong> {text(w.text)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SignInPrompt({ back }: { back: string }) {
  const { d, href } = useDsvTexts();
  return (
    <p className="utrecht-paragraph">
      <Link href={href('/inloggen', { terug: back })} className="utrecht-link">
        {d.loginFirst}
      </Link>
    </p>
  );
}
