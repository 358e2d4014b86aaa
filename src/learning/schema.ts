// The learning evaluation's API shapes: cycles, sessions with participants per perspective, lessons per perspective
// and building block. Pure.
import { z } from 'zod';
import { BUILDING_BLOCKS, PERSPECTIVES } from '../jzojp/vocabulary.ts';
import { CYCLE_ROLES, CYCLE_STATUSES } from './vocabulary.ts';

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);

export const cycleInput = z.strictObject({
  title: text(3, 200, 'geef de leercyclus een titel van minstens 3 tekens'),
  question: text(10, 1000, 'formuleer de leervraag (minstens 10 tekens)'),
  role: z.enum(CYCLE_ROLES),
  /** a collaboration of the workspace's register, when the cycle is about one */
  collaborationId: z.string().max(100).nullable().default(null),
});
export type CycleInput = z.infer<typeof cycleInput>;

export const cycleUpdate = cycleInput.extend({
  version: z.number().int().min(1),
  status: z.enum(CYCLE_STATUSES),
  published: z.boolean(),
});
export type CycleUpdate = z.infer<typeof cycleUpdate>;

export const participants = z.strictObject(
  Object.fromEntries(PERSPECTIVES.map((p) => [p, z.number().int().min(0).max(10_000).default(0)])) as Record<
    (typeof PERSPECTIVES)[number],
    z.ZodDefault<z.ZodNumber>
  >,
);
export type Participants = z.infer<typeof participants>;

export const sessionInput = z.strictObject({
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD'),
  title: text(3, 200, 'geef de sessie een titel'),
  participants,
  decisions: z
    .array(text(3, 500, 'een besluit van minstens 3 tekens'))
    .max(30)
    .default([]),
  notes: z.string().trim().max(5000).default(''),
});
export type SessionInput = z.infer<typeof sessionInput>;

export const lessonInput = z.strictObject({
  sessionId: z.string().max(100).nullable().default(null),
  perspective: z.enum(PERSPECTIVES),
  buildingBlock: z.enum(BUILDING_BLOCKS),
  /** a JZOJP theme (catalog/themes.json) the lesson is about */
  themeId: z.string().max(80).nullable().default(null),
  text: text(10, 2000, 'schrijf de les op in minstens 10 tekens'),
  quote: z.string().trim().max(1000).nullable().default(null),
  /** who said it, by role only ("bestuurder ziekenhuis"), never a name */
  quoteRole: z.string().trim().max(120).nullable().default(null),
  repeatsLessonId: z.string().max(100).nullable().default(null),
  /** the writer confirms that the phrases flagged as possible names are not names of people */
  namesChecked: z.boolean().default(false),
});
export type LessonInput = z.infer<typeof lessonInput>;

export interface Cycle {
  id: string;
  /** null for a cycle of a collaboration that is not linked to a workspace */
  workspaceId: string | null;
  collaborationId: string | null;
  title: string;
  question: string;
  role: (typeof CYCLE_ROLES)[number];
  status: (typeof CYCLE_STATUSES)[number];
  published: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Session extends SessionInput {
  id: string;
  cycleId: string;
  createdAt: string;
}

export interface Lesson extends Omit<LessonInput, 'namesChecked'> {
  id: string;
  cycleId: string;
  proposedItemId: string | null;
  createdAt: string;
}
