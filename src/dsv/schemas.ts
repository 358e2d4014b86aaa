// The shapes of the register's API: a collaboration as it is written (input) and read (with its derived area and
// definition check). Types are inferred from the zod schemas, so the API, the service and the pages share them. Pure.
import { z } from 'zod';
import { ACTION_TYPES, QUINTUPLE_AIMS } from '../jzojp/vocabulary.ts';
import {
  ALTERNATIVE_PAYMENT_KINDS,
  GOVERNANCE_FORMS,
  IZA_TARGET_GROUPS,
  LAWS,
  PARTICIPATION_MODES,
  PARTNER_TYPES,
  PAYMENT_LEVELS,
  PAYMENT_SOLUTIONS,
  SECTORS,
  STEERING_ROLES,
} from './vocabulary.ts';

const unique = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, 'elke waarde hoogstens één keer');

export const area = z.union([
  z.object({ regionCode: z.string().regex(/^[A-Z]{2}\d{2,4}$/i, 'een regiocode zoals ZK04 of GM0363') }),
  z.object({ gemeenten: z.array(z.string()).min(1, 'minstens één gemeente') }),
]);
export type AreaInput = z.infer<typeof area>;

export const partner = z.object({
  name: z.string().trim().min(1, 'een naam is nodig').max(200),
  type: z.enum(PARTNER_TYPES),
  sector: z.enum(SECTORS).nullable().default(null),
  laws: unique(z.enum(LAWS)).default([]),
  steeringRole: z.enum(STEERING_ROLES).default('geen'),
  payer: z.boolean().default(false),
  joined: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als 2021-03-01')
    .nullable()
    .default(null),
});
export type Partner = z.infer<typeof partner>;

export const goals = z.object({
  careShift: unique(z.enum(ACTION_TYPES)).default([]),
  aims: unique(z.enum(QUINTUPLE_AIMS)).default([]),
  targetGroups: unique(z.enum(IZA_TARGET_GROUPS)).default([]),
  topics: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});

export const payment = z.object({
  level: z.enum(PAYMENT_LEVELS).default('geen'),
  solutions: unique(z.enum(PAYMENT_SOLUTIONS)).default([]),
  alternativeKinds: unique(z.enum(ALTERNATIVE_PAYMENT_KINDS)).default([]),
});

export const participation = z.object({
  modes: unique(z.enum(PARTICIPATION_MODES)).default([]),
  inBoard: unique(z.enum(['inwoners', 'clienten', 'patienten'])).default([]),
});

export const collaborationInput = z.object({
  name: z.string().trim().min(1, 'een naam is nodig').max(200),
  description: z.string().max(4000).default(''),
  area,
  startYear: z.number().int().min(1980).max(2100),
  partners: z.array(partner).max(500).default([]),
  goals: goals.default({ careShift: [], aims: [], targetGroups: [], topics: [] }),
  governance: z.enum(GOVERNANCE_FORMS).nullable().default(null),
  payment: payment.default({ level: 'geen', solutions: [], alternativeKinds: [] }),
  participation: participation.default({ modes: [], inBoard: [] }),
  learningPlan: z.boolean().nullable().default(null),
  workspaceId: z.string().min(1).nullable().default(null),
});
export type CollaborationInput = z.infer<typeof collaborationInput>;

/** An update names the version it read (optimistic locking). */
export const collaborationUpdate = collaborationInput.extend({ version: z.number().int().min(1) });
export type CollaborationUpdate = z.infer<typeof collaborationUpdate>;

/** The register entry as stored: the input without the workspace link (a column of its own). */
export type Entry = Omit<CollaborationInput, 'workspaceId'>;
