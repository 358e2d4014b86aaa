// The vocabularies of the collaboration register (seed 001 §2.3–2.4, §5; seed 002 §1.2, §1.7–1.9, §6.2). Partner
// types extend the workspace's organisation types with the kinds of partner a DSV has besides care and payers
// (residents, knowledge institutes, education, business). Pure.
import type { Text } from '../indicators/schema.ts';
import { LAWS, ORGANISATION_TYPES } from '../workspaces/roles.ts';

export { LAWS, ORGANISATION_TYPES };
export type Law = (typeof LAWS)[number];

export const PARTNER_TYPES = [
  ...ORGANISATION_TYPES.filter((t) => t !== 'other'),
  'zorgaanbieder',
  'inwonerorganisatie',
  'clientenorganisatie',
  'patientenorganisatie',
  'kennisinstelling',
  'onderwijs',
  'bedrijf',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
export const PARTNER_TYPE_LABELS: Record<PartnerType, Text> = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgverzekeraar: { nl: 'Zorgverzekeraar', en: 'Health insurer' },
  zorgkantoor: { nl: 'Zorgkantoor', en: 'Care office (Wlz)' },
  ggd: { nl: 'GGD', en: 'Public health service' },
  ziekenhuis: { nl: 'Ziekenhuis', en: 'Hospital' },
  huisartsenorganisatie: { nl: 'Huisartsenorganisatie', en: 'GP organisation' },
  welzijn: { nl: 'Welzijnsorganisatie', en: 'Social welfare organisation' },
  zorgaanbieder: { nl: 'Andere zorgaanbieder (VVT, GGZ, wijkverpleging)', en: 'Other care provider' },
  inwonerorganisatie: { nl: 'Inwonerorganisatie', en: 'Residents’ organisation' },
  clientenorganisatie: { nl: 'Cliëntenorganisatie', en: 'Client organisation' },
  patientenorganisatie: { nl: 'Patiëntenorganisatie', en: 'Patient organisation' },
  kennisinstelling: { nl: 'Kennisinstelling', en: 'Knowledge institute' },
  onderwijs: { nl: 'Onderwijs (mbo, hbo)', en: 'Education' },
  bedrijf: { nl: 'Bedrijf', en: 'Business' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Partner types that represent residents, clients or patients (seed 002 §1.7: they are often missing). */
export const REPRESENTATIVE_TYPES: readonly PartnerType[] = [
  'inwonerorganisatie',
  'clientenorganisatie',
  'patientenorganisatie',
];

/** The payers of care and support (seed 001 §5.4). */
export const PAYER_TYPES = ['gemeente', 'zorgverzekeraar', 'zorgkantoor'] as const;
export type PayerType = (typeof PAYER_TYPES)[number];

/** The three domains of the DSV definition and the laws that put an organisation's activities in each. */
export const DOMAINS = ['sociaal', 'langdurig', 'verzekerd'] as const;
export type Domain = (typeof DOMAINS)[number];
export const DOMAIN_OF_LAW: Record<Law, Domain> = {
  Wmo: 'sociaal',
  Jeugdwet: 'sociaal',
  Wpg: 'sociaal',
  Wlz: 'langdurig',
  Zvw: 'verzekerd',
};
export const DOMAIN_LABELS: Record<Domain, Text> = {
  sociaal: { nl: 'Sociaal domein (Wmo, Jeugdwet, Wpg)', en: 'Social domain (Wmo, Jeugdwet, Wpg)' },
  langdurig: { nl: 'Langdurige zorg (Wlz)', en: 'Long-term care (Wlz)' },
  verzekerd: { nl: 'Verzekerde zorg (Zvw)', en: 'Insured care (Zvw)' },
};

/** The sector a partner comes from (descriptive; the definition check uses the laws). */
export const SECTORS = [
  'zorg',
  'langdurige-zorg',
  'sociaal-domein',
  'fysiek-domein',
  'onderwijs',
  'kennis',
  'inwoners',
  'private',
] as const;
export const SECTOR_LABELS: Record<(typeof SECTORS)[number], Text> = {
  zorg: { nl: 'Zorg', en: 'Care' },
  'langdurige-zorg': { nl: 'Langdurige zorg', en: 'Long-term care' },
  'sociaal-domein': { nl: 'Sociaal domein', en: 'Social domain' },
  'fysiek-domein': { nl: 'Fysiek domein', en: 'Physical environment' },
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  kennis: { nl: 'Kennis en onderzoek', en: 'Knowledge and research' },
  inwoners: { nl: 'Inwoners en patiënten', en: 'Residents and patients' },
  private: { nl: 'Private partijen', en: 'Private parties' },
};

export const STEERING_ROLES = ['voorzitter', 'lid', 'geen'] as const;
export const STEERING_ROLE_LABELS: Record<(typeof STEERING_ROLES)[number], Text> = {
  voorzitter: { nl: 'Voorzitter stuurgroep', en: 'Chair of the steering group' },
  lid: { nl: 'Lid stuurgroep', en: 'Member of the steering group' },
  geen: { nl: 'Geen rol in de stuurgroep', en: 'No role in the steering group' },
};

/** Network governance forms (Provan & Kenis 2008; seed 001 §2.4, seed 002 §1.9). */
export const GOVERNANCE_FORMS = ['gezamenlijk', 'leidende-organisatie', 'onafhankelijk'] as const;
export type GovernanceForm = (typeof GOVERNANCE_FORMS)[number];
export const GOVERNANCE_LABELS: Record<GovernanceForm, Text> = {
  gezamenlijk: { nl: 'Gezamenlijke (zelf)aansturing', en: 'Shared self-governance' },
  'leidende-organisatie': { nl: 'Leidende organisatie', en: 'Lead organisation' },
  onafhankelijk: {
    nl: 'Onafhankelijke persoon of organisatie',
    en: 'Independent person or organisation',
  },
};

export const PAYMENT_LEVELS = ['geen', 'informeel', 'formeel'] as const;
export const PAYMENT_LEVEL_LABELS: Record<(typeof PAYMENT_LEVELS)[number], Text> = {
  geen: { nl: 'Geen afspraken', en: 'No arrangements' },
  informeel: { nl: 'Informele afspraken', en: 'Informal arrangements' },
  formeel: { nl: 'Formele afspraken', en: 'Formal arrangements' },
};
export const PAYMENT_SOLUTIONS = [
  'nieuwe-betaaltitel',
  'meerjarencontract',
  'alternatieve-bekostiging',
] as const;
export const PAYMENT_SOLUTION_LABELS: Record<(typeof PAYMENT_SOLUTIONS)[number], Text> = {
  'nieuwe-betaaltitel': { nl: 'Nieuwe betaaltitel', en: 'New billable service' },
  meerjarencontract: { nl: 'Meerjarencontract', en: 'Multi-year contract' },
  'alternatieve-bekostiging': { nl: 'Alternatieve bekostiging', en: 'Alternative payment' },
};
export const ALTERNATIVE_PAYMENT_KINDS = [
  'betaling-naar-prestaties',
  'shared-savings',
  'gebundelde-betaling',
  'populatiebekostiging',
] as const;
export const ALTERNATIVE_PAYMENT_LABELS: Record<(typeof ALTERNATIVE_PAYMENT_KINDS)[number], Text> = {
  'betaling-naar-prestaties': { nl: 'Betaling naar prestaties', en: 'Pay for performance' },
  'shared-savings': { nl: 'Shared savings', en: 'Shared savings' },
  'gebundelde-betaling': { nl: 'Gebundelde betaling', en: 'Bundled payment' },
  populatiebekostiging: { nl: 'Populatiebekostiging', en: 'Population-based payment' },
};

export const PARTICIPATION_MODES = ['co-creatie', 'bestuurlijke-medezeggenschap', 'zetel-bestuur'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];
export const PARTICIPATION_LABELS: Record<ParticipationMode, Text> = {
  'co-creatie': { nl: 'Co-creatie van activiteiten', en: 'Co-creation of activities' },
  'bestuurlijke-medezeggenschap': { nl: 'Bestuurlijke medezeggenschap', en: 'Say in governance' },
  'zetel-bestuur': { nl: 'Zetel in bestuur of stuurgroep', en: 'Seat in the board or steering group' },
};

/** The five IZA target groups (seed 002 §6.2) and all residents. */
export const IZA_TARGET_GROUPS = [
  'kwetsbare-ouderen',
  'beperkte-gezondheidsvaardigheden',
  'psychische-klachten',
  'hart-en-vaatziekten',
  'kanker',
  'alle-inwoners',
] as const;
export const IZA_TARGET_GROUP_LABELS: Record<(typeof IZA_TARGET_GROUPS)[number], Text> = {
  'kwetsbare-ouderen': { nl: 'Kwetsbare ouderen', en: 'Frail elderly' },
  'beperkte-gezondheidsvaardigheden': {
    nl: 'Mensen met beperkte gezondheidsvaardigheden',
    en: 'People with limited health literacy',
  },
  'psychische-klachten': { nl: 'Mensen met psychische klachten', en: 'People with mental health problems' },
  'hart-en-vaatziekten': {
    nl: 'Mensen met (risico op) hart- en vaatziekten',
    en: 'People with (a risk of) cardiovascular disease',
  },
  kanker: { nl: 'Mensen met (risico op) kanker', en: 'People with (a risk of) cancer' },
  'alle-inwoners': { nl: 'Alle inwoners', en: 'All residents' },
};
