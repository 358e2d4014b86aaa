// The kinds of kennisbank items, the editorial states and the library formats of the Vilans synthesis. Pure.
import type { Text } from '../indicators/schema.ts';

export const ITEM_KINDS = [
  'principle',
  'phase',
  'framework',
  'tool',
  'practice-example',
  'lesson',
  'brilliant-failure',
  'financing-form',
  'participation-form',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABELS: Record<ItemKind, Text> = {
  principle: { nl: 'Leidend principe', en: 'Guiding principle' },
  phase: { nl: 'Fase', en: 'Phase' },
  framework: { nl: 'Model of kader', en: 'Framework' },
  tool: { nl: 'Instrument', en: 'Tool' },
  'practice-example': { nl: 'Praktijkvoorbeeld', en: 'Practice example' },
  lesson: { nl: 'Les', en: 'Lesson' },
  'brilliant-failure': { nl: 'Briljante mislukking', en: 'Brilliant failure' },
  'financing-form': { nl: 'Financieringsvorm', en: 'Financing form' },
  'participation-form': { nl: 'Participatievorm', en: 'Participation form' },
};

/** Editorial states: only published items are shown to everyone. */
export const ITEM_STATUSES = ['draft', 'review', 'published', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Record<ItemStatus, Text> = {
  draft: { nl: 'Concept', en: 'Draft' },
  review: { nl: 'Ter beoordeling', en: 'In review' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  retired: { nl: 'Ingetrokken', en: 'Retired' },
};

/** Library categories of the Vilans synthesis (Bibliotheek, p. 83–85). */
export const ITEM_FORMATS = ['PV', 'FW', 'RT', 'AT', 'VID', 'OR', 'RL'] as const;
export type ItemFormat = (typeof ITEM_FORMATS)[number];
export const ITEM_FORMAT_LABELS: Record<ItemFormat, Text> = {
  PV: { nl: 'Praktijkvoorbeeld', en: 'Practice example' },
  FW: { nl: 'Factsheet of wegwijzer', en: 'Factsheet or signpost' },
  RT: { nl: 'Reflectietool', en: 'Reflection tool' },
  AT: { nl: 'Artikel of tip', en: 'Article or tip' },
  VID: { nl: 'Video', en: 'Video' },
  OR: { nl: 'Onderzoeksrapport', en: 'Research report' },
  RL: { nl: 'Richtlijn', en: 'Guideline' },
};

export const ITEM_ORIGINS = ['seed', 'editor', 'proposal'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];
