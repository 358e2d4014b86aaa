// The shared vocabularies of the movement that several capabilities tag with: the four development phases and the
// eight guiding principles of a collaboration (knowledge synthesis RIVM, §1.4–1.5), the Quintuple Aim, the nine
// knowledge themes of the Kennisagenda (seed 004), the perspectives and building blocks of the learning evaluation
// (seed 001 §2.4, §4). One id per term, used by the register, the kennisagenda, the kennisbank and learning. Pure.
import type { Text } from '../indicators/schema.ts';

export type { ActionType, CareShiftForm } from '../plans/vocabulary.ts';
export {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  CARE_SHIFT_FORM_LABELS,
  CARE_SHIFT_FORMS,
} from '../plans/vocabulary.ts';

const labels = <K extends string>(entries: Record<K, Text>) => entries;

/** Development phases of a collaboration (not linear: a step back happens). */
export const PHASES = [1, 2, 3, 4] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, Text> = {
  1: { nl: 'Draagvlak creëren', en: 'Creating shared support' },
  2: { nl: 'Samenwerking verdiepen', en: 'Deepening the collaboration' },
  3: { nl: 'Samenwerking verbreden', en: 'Broadening the collaboration' },
  4: { nl: 'Integreren en domeinoverstijgend organiseren', en: 'Integrating and organising across domains' },
};

/** The eight guiding principles (leidende principes, van Vooren et al. 2020), in their published order. */
export const PRINCIPLES = [
  'draagvlak',
  'vertrouwen',
  'gedeelde-verantwoordelijkheid',
  'politiek-draagvlak',
  'financiele-prikkels',
  'data-kennisinfrastructuur',
  'burgerperspectief',
  'bestuurlijk-leiderschap',
] as const;
export type Principle = (typeof PRINCIPLES)[number];
export const PRINCIPLE_LABELS = labels<Principle>({
  draagvlak: { nl: 'Draagvlak tussen organisaties', en: 'Support between organisations' },
  vertrouwen: { nl: 'Elkaar begrijpen en vertrouwen', en: 'Mutual understanding and trust' },
  'gedeelde-verantwoordelijkheid': {
    nl: 'Gedeelde verantwoordelijkheid voor risico’s en successen',
    en: 'Shared responsibility for risks and successes',
  },
  'politiek-draagvlak': {
    nl: 'Politiek draagvlak en de beleidscyclus',
    en: 'Political support and the policy cycle',
  },
  'financiele-prikkels': {
    nl: 'Financiële prikkels in lijn met de doelen',
    en: 'Financial incentives aligned with the goals',
  },
  'data-kennisinfrastructuur': {
    nl: 'Verbetercyclus met data- en kennisinfrastructuur',
    en: 'Improvement cycle with a data and knowledge infrastructure',
  },
  burgerperspectief: {
    nl: 'Burgerperspectief en burgerparticipatie',
    en: 'Citizen perspective and participation',
  },
  'bestuurlijk-leiderschap': {
    nl: 'Passende bestuurlijke vertegenwoordiging en leiderschap',
    en: 'Fitting governance representation and leadership',
  },
});

/** The five Quintuple Aim categories; the ids are those of catalog/categories.json. */
export const QUINTUPLE_AIMS = ['kwaliteit', 'volksgezondheid', 'kosten', 'professionals', 'ses'] as const;
export type QuintupleAim = (typeof QUINTUPLE_AIMS)[number];
export const QUINTUPLE_AIM_LABELS = labels<QuintupleAim>({
  kwaliteit: { nl: 'Kwaliteit van zorg', en: 'Quality of care' },
  volksgezondheid: { nl: 'Gezondheid van de bevolking', en: 'Population health' },
  kosten: { nl: 'Kosten', en: 'Costs' },
  professionals: { nl: 'Welzijn van professionals', en: 'Wellbeing of professionals' },
  ses: { nl: 'Sociaaleconomische gezondheidsverschillen', en: 'Socioeconomic health inequalities' },
});

/** The nine knowledge themes (kennisthema's) of the Kennisagenda; ids as in the labelled examples of seed 004. */
export const KNOWLEDGE_THEMES = [
  'behoefte_client',
  'praktijkleren',
  'verandervraagstukken',
  'effectvraagstukken',
  'kennis_vaardigheden',
  'samenwerking',
  'ict_data',
  'financiering_bekostiging',
  'juridisch',
] as const;
export type KnowledgeTheme = (typeof KNOWLEDGE_THEMES)[number];
export const KNOWLEDGE_THEME_LABELS = labels<KnowledgeTheme>({
  behoefte_client: { nl: 'Behoefte cliënt', en: 'Client needs' },
  praktijkleren: { nl: 'Praktijkleren', en: 'Learning from practice' },
  verandervraagstukken: { nl: 'Verandervraagstukken', en: 'Questions of change' },
  effectvraagstukken: { nl: 'Effectvraagstukken', en: 'Questions of effect' },
  kennis_vaardigheden: { nl: 'Kennis & vaardigheden', en: 'Knowledge and skills' },
  samenwerking: { nl: 'Samenwerkingsvragen', en: 'Collaboration' },
  ict_data: { nl: 'ICT/data-uitwisseling', en: 'ICT and data exchange' },
  financiering_bekostiging: { nl: 'Financiering en bekostiging', en: 'Financing and payment' },
  juridisch: { nl: 'Juridisch', en: 'Legal' },
});

/** The four perspectives of the learning evaluation. */
export const PERSPECTIVES = ['bestuurlijk', 'professionals', 'inwoners', 'toezicht'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const PERSPECTIVE_LABELS = labels<Perspective>({
  bestuurlijk: { nl: 'Bestuurlijk', en: 'Governance' },
  professionals: { nl: 'Professionals', en: 'Professionals' },
  inwoners: { nl: 'Inwoners en patiënten', en: 'Residents and patients' },
  toezicht: { nl: 'Toezicht en regulering', en: 'Supervision and regulation' },
});

/** The building blocks (bouwstenen) lessons are recorded under. */
export const BUILDING_BLOCKS = [
  'bekostiging',
  'lerend-vermogen',
  'domeinoverstijgend-samenwerken',
  'inwonerparticipatie',
  'kwetsbare-groepen',
] as const;
export type BuildingBlock = (typeof BUILDING_BLOCKS)[number];
export const BUILDING_BLOCK_LABELS = labels<BuildingBlock>({
  bekostiging: { nl: 'Bekostiging', en: 'Payment' },
  'lerend-vermogen': { nl: 'Lerend vermogen', en: 'Learning capacity' },
  'domeinoverstijgend-samenwerken': { nl: 'Domeinoverstijgend samenwerken', en: 'Working across domains' },
  inwonerparticipatie: { nl: 'Inwonerparticipatie', en: 'Resident participation' },
  'kwetsbare-groepen': { nl: 'Kwetsbare groepen', en: 'Vulnerable groups' },
});
