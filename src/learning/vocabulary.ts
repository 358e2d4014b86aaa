// The learning evaluation's own vocabulary: the roles a learning cycle plays (Brouwers et al. 2022, seed 001 §2.4)
// and the states of a cycle. Perspectives and building blocks are the shared ids of src/jzojp/vocabulary.ts. Pure.
import type { Text } from '../indicators/schema.ts';

export const CYCLE_ROLES = ['accountability', 'instrumental', 'network-building', 'transformative'] as const;
export type CycleRole = (typeof CYCLE_ROLES)[number];
export const CYCLE_ROLE_LABELS: Record<CycleRole, Text> = {
  accountability: { nl: 'Ter verantwoording', en: 'Accountability' },
  instrumental: { nl: 'Instrumenteel: bijsturen van de aanpak', en: 'Instrumental: adjusting the approach' },
  'network-building': { nl: 'Netwerk opbouwen, samen leren', en: 'Network-building, learning together' },
  transformative: { nl: 'Met een transformatiedoel', en: 'Transformative' },
};

export const CYCLE_STATUSES = ['open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const CYCLE_STATUS_LABELS: Record<CycleStatus, Text> = {
  open: { nl: 'Loopt', en: 'Running' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
};
