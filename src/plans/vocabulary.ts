// The fixed vocabularies of a regioplan, with their Dutch and English labels. Pure.
import type { Text } from '../indicators/schema.ts';

const labels = <K extends string>(entries: Record<K, Text>) => entries;

/** Voorkomen, verplaatsen, vervangen: the three verbs of JZOJP. */
export const ACTION_TYPES = ['voorkomen', 'verplaatsen', 'vervangen'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const ACTION_TYPE_LABELS = labels<ActionType>({
  voorkomen: { nl: 'Voorkomen', en: 'Prevent' },
  verplaatsen: { nl: 'Verplaatsen', en: 'Move' },
  vervangen: { nl: 'Vervangen', en: 'Replace' },
});

/** The five forms of moving care (verschijningsvormen) of the Kennisagenda Zorg op de Juiste Plek (2020). */
export const CARE_SHIFT_FORMS = [
  'zorg-naar-huis',
  'zorgverlener-andere-plek',
  'taken-andere-zorgverlener',
  'domeinoverstijgend',
  'genezen-naar-voorkomen',
] as const;
export type CareShiftForm = (typeof CARE_SHIFT_FORMS)[number];
export const CARE_SHIFT_FORM_LABELS = labels<CareShiftForm>({
  'zorg-naar-huis': { nl: 'Zorg naar huis', en: 'Care to the home' },
  'zorgverlener-andere-plek': {
    nl: 'Zorgverlener naar een andere plek',
    en: 'Care provider to another place',
  },
  'taken-andere-zorgverlener': {
    nl: 'Taken naar een andere zorgverlener',
    en: 'Tasks to another care provider',
  },
  domeinoverstijgend: { nl: 'Naar domeinoverstijgende zorg', en: 'Towards cross-domain care' },
  'genezen-naar-voorkomen': { nl: 'Van genezen naar voorkomen', en: 'From curing to preventing' },
});

/** How an action is paid for (knowledge synthesis RIVM/Nivel: new billing codes, multi-year contracts, alternative payment). */
export const PAYMENT_ARRANGEMENTS = [
  'nieuwe-prestatie',
  'meerjarig-contract',
  'alternatieve-bekostiging',
  'bestaande-financiering',
] as const;
export type PaymentArrangement = (typeof PAYMENT_ARRANGEMENTS)[number];
export const PAYMENT_LABELS = labels<PaymentArrangement>({
  'nieuwe-prestatie': { nl: 'Nieuwe declarabele prestatie (betaaltitel)', en: 'New billable service' },
  'meerjarig-contract': { nl: 'Meerjarig contract', en: 'Multi-year contract' },
  'alternatieve-bekostiging': {
    nl: 'Alternatieve bekostiging (bijv. populatiebekostiging, shared savings)',
    en: 'Alternative payment (e.g. population-based payment, shared savings)',
  },
  'bestaande-financiering': { nl: 'Bestaande financiering', en: 'Existing funding' },
});

export const MILESTONE_STATUSES = ['gepland', 'bezig', 'gereed', 'vertraagd', 'geschrapt'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_LABELS = labels<MilestoneStatus>({
  gepland: { nl: 'Gepland', en: 'Planned' },
  bezig: { nl: 'Bezig', en: 'In progress' },
  gereed: { nl: 'Gereed', en: 'Done' },
  vertraagd: { nl: 'Vertraagd', en: 'Delayed' },
  geschrapt: { nl: 'Geschrapt', en: 'Cancelled' },
});

/** Plan–do–check–act: the phase an evaluation moment belongs to. */
export const PDCA_PHASES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];
export const PDCA_LABELS = labels<PdcaPhase>({
  plan: { nl: 'Plannen', en: 'Plan' },
  do: { nl: 'Uitvoeren', en: 'Do' },
  check: { nl: 'Controleren', en: 'Check' },
  act: { nl: 'Bijsturen', en: 'Act' },
});

export const DECISIONS = ['continue', 'adjust', 'stop'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS = labels<Decision>({
  continue: { nl: 'Doorgaan', en: 'Continue' },
  adjust: { nl: 'Bijstellen', en: 'Adjust' },
  stop: { nl: 'Stoppen', en: 'Stop' },
});

export const GOAL_STATUS_LABELS = {
  achieved: { nl: 'Behaald', en: 'Achieved' },
  'on-track': { nl: 'Op koers', en: 'On track' },
  'off-track': { nl: 'Uit koers', en: 'Off track' },
  'no-new-data': { nl: 'Nog geen nieuwe gegevens', en: 'No new data yet' },
  'no-data': { nl: 'Geen gegevens', en: 'No data' },
} as const;
