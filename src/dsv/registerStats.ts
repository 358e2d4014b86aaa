// What the overview says about the collaborations themselves, from the register as it stood when each one submitted
// its questionnaire (seed 001 §5.1–5.4, §5.7): start years, local or regional, match with an official division,
// number of organisations, governance form × size, payer combinations, goals and target groups. Every share with
// its denominator; groups under 5 suppressed. Pure.
import { ACTION_TYPES, QUINTUPLE_AIMS } from '../jzojp/vocabulary.ts';
import type { DefinitionCheck } from './definitionCheck.ts';
import { MIN_GROUP, percent, type Share, type Suppression, share, suppressionReason } from './overview.ts';
import type { CollaborationInput } from './schemas.ts';
import {
  GOVERNANCE_FORMS,
  IZA_TARGET_GROUPS,
  PARTNER_TYPES,
  PAYER_TYPES,
  type PayerType,
} from './vocabulary.ts';

/** The part of a collaboration the overview uses, fixed at submission. */
export interface CollaborationProfile {
  startYear: number;
  scope: 'lokaal' | 'regionaal';
  matchesDivision: string | null;
  organisations: number;
  governance: CollaborationInput['governance'];
  payers: PayerType[];
  partnerTypes: string[];
  careShift: string[];
  aims: string[];
  targetGroups: string[];
  meetsDefinition: boolean;
}

export function profileOf(
  collaboration: Omit<CollaborationInput, 'workspaceId'>,
  area: { scope: 'lokaal' | 'regionaal'; matches: { type: string }[] },
  check: DefinitionCheck,
): CollaborationProfile {
  const payers = PAYER_TYPES.filter((t) => collaboration.partners.some((p) => p.payer && p.type === t));
  return {
    startYear: collaboration.startYear,
    scope: area.scope,
    matchesDivision: area.matches[0]?.type ?? null,
    organisations: collaboration.partners.length,
    governance: collaboration.governance,
    payers,
    partnerTypes: [...new Set(collaboration.partners.map((p) => p.type))].sort(),
    careShift: collaboration.goals.careShift,
    aims: collaboration.goals.aims,
    targetGroups: collaboration.goals.targetGroups,
    meetsDefinition: check.passes,
  };
}

/** Size bands of the cross-tab: up to 8 (where shared self-governance fits), 9–50, more than 50 (seed 002 §1.9). */
export const SIZE_BANDS = ['3-8', '9-50', '>50'] as const;
export const sizeBand = (organisations: number): (typeof SIZE_BANDS)[number] =>
  organisations <= 8 ? '3-8' : organisations <= 50 ? '9-50' : '>50';

/** Payer combinations a DSV can have (seed 001 §5.4 and the structural-financing pairs). */
export const PAYER_COMBINATIONS = [
  'geen',
  'minstens-een',
  'meerdere',
  'gemeente+zorgverzekeraar',
  'zorgverzekeraar+zorgkantoor',
  'gemeente+zorgkantoor',
  'alle-drie',
] as const;

function hasCombination(payers: readonly PayerType[], combination: (typeof PAYER_COMBINATIONS)[number]) {
  const has = (t: PayerType) => payers.includes(t);
  switch (combination) {
    case 'geen':
      return payers.length === 0;
    case 'minstens-een':
      return payers.length >= 1;
    case 'meerdere':
      return payers.length >= 2;
    case 'alle-drie':
      return payers.length === 3;
    default: {
      const [a, b] = combination.split('+') as [PayerType, PayerType];
      return has(a) && has(b);
    }
  }
}

type Shares<K extends string> = { key: K; share: Share & Suppression }[];

function sharesOf<K extends string>(
  keys: readonly K[],
  profiles: readonly CollaborationProfile[],
  test: (p: CollaborationProfile, key: K) => boolean,
): Shares<K> {
  return keys.map((key) => ({
    key,
    share: share(profiles.filter((p) => test(p, key)).length, profiles.length),
  }));
}

export interface CrossTab extends Suppression {
  rows: string[];
  columns: string[];
  /** counts[row][column]; null when suppressed */
  counts: (number | null)[][];
  /** row percentages with the row total as denominator */
  rowPercents: (number | null)[][];
  rowTotals: number[];
}

export function governanceBySize(profiles: readonly CollaborationProfile[]): CrossTab {
  const rows = [...GOVERNANCE_FORMS, 'onbekend'];
  const columns = [...SIZE_BANDS];
  const counts = rows.map((r) =>
    columns.map(
      (c) =>
        profiles.filter((p) => (p.governance ?? 'onbekend') === r && sizeBand(p.organisations) === c).length,
    ),
  );
  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  const suppressed = profiles.length < MIN_GROUP;
  return {
    rows,
    columns,
    rowTotals,
    suppressed,
    reason: suppressed ? suppressionReason(profiles.length) : null,
    counts: counts.map((row) => row.map((v) => (suppressed ? null : v))),
    // A row of fewer than MIN_GROUP collaborations gets no percentages: its counts are shown with the total.
    rowPercents: counts.map((row, i) =>
      row.map((v) => (suppressed || rowTotals[i]! < MIN_GROUP ? null : percent(v, rowTotals[i]!))),
    ),
  };
}

export interface OrganisationCounts extends Suppression {
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  moreThanEight: Share;
}

/** Median of sorted numbers: the middle one, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function organisationCounts(profiles: readonly CollaborationProfile[]): OrganisationCounts {
  const values = profiles.map((p) => p.organisations).sort((a, b) => a - b);
  const n = values.length;
  const suppressed = n < MIN_GROUP;
  const more = share(values.filter((v) => v > 8).length, n);
  return {
    n,
    suppressed,
    reason: suppressed ? suppressionReason(n) : null,
    mean: suppressed ? null : Math.round((values.reduce((s, v) => s + v, 0) / n) * 10) / 10,
    median: suppressed ? null : median(values),
    min: suppressed ? null : values[0]!,
    max: suppressed ? null : values[n - 1]!,
    moreThanEight: { count: more.count, percent: more.percent, denominator: more.denominator },
  };
}

export interface RegisterOverview {
  n: number;
  startYears: { year: number; count: number | null }[];
  startYearsSuppressed: Suppression;
  scope: Shares<'lokaal' | 'regionaal'>;
  /** of the regional ones: the share whose area matches an official division */
  matchesDivision: Share & Suppression;
  organisations: OrganisationCounts;
  governanceBySize: CrossTab;
  payers: Shares<(typeof PAYER_COMBINATIONS)[number]>;
  partnerTypes: Shares<string>;
  careShift: Shares<string>;
  aims: Shares<string>;
  targetGroups: Shares<string>;
  meetsDefinition: Share & Suppression;
}

export function summariseRegister(profiles: readonly CollaborationProfile[]): RegisterOverview {
  const n = profiles.length;
  const suppressed = n < MIN_GROUP;
  const years = [...new Set(profiles.map((p) => p.startYear))].sort((a, b) => a - b);
  const regional = profiles.filter((p) => p.scope === 'regionaal');
  return {
    n,
    startYears: years.map((year) => ({
      year,
      count: suppressed ? null : profiles.filter((p) => p.startYear === year).length,
    })),
    startYearsSuppressed: { suppressed, reason: suppressed ? suppressionReason(n) : null },
    scope: sharesOf(['lokaal', 'regionaal'] as const, profiles, (p, k) => p.scope === k),
    matchesDivision: share(regional.filter((p) => p.matchesDivision !== null).length, regional.length),
    organisations: organisationCounts(profiles),
    governanceBySize: governanceBySize(profiles),
    payers: sharesOf(PAYER_COMBINATIONS, profiles, (p, k) => hasCombination(p.payers, k)),
    partnerTypes: sharesOf(PARTNER_TYPES, profiles, (p, k) => p.partnerTypes.includes(k)),
    careShift: sharesOf(ACTION_TYPES, profiles, (p, k) => p.careShift.includes(k)),
    aims: sharesOf(QUINTUPLE_AIMS, profiles, (p, k) => p.aims.includes(k)),
    targetGroups: sharesOf(IZA_TARGET_GROUPS, profiles, (p, k) => p.targetGroups.includes(k)),
    meetsDefinition: share(profiles.filter((p) => p.meetsDefinition).length, n),
  };
}
