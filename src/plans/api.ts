// The regioplan API's shapes: the building blocks (ids, texts, dates, the version read for optimistic locking), the
// path parameters and the body of every request, each with its inferred type. Pure.
import { z } from 'zod';
import type { Role } from '../workspaces/roles.ts';
import type { Action, Evaluation, Goal, Kernopgave, RoundSummary, Versioned } from './document.ts';
import type { STATUS_RULE } from './monitoring.ts';
import type { PlanPermission } from './permissions.ts';
import type { viewGoal } from './view.ts';
import {
  ACTION_TYPES,
  CARE_SHIFT_FORMS,
  DECISIONS,
  MILESTONE_STATUSES,
  PAYMENT_ARRANGEMENTS,
  PDCA_PHASES,
} from './vocabulary.ts';

export const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);
export const text = (max: number) => z.string().trim().min(1).max(max);
export const longText = (max: number) => z.string().trim().max(max);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'geen bestaande datum',
  );
export const version = z
  .number()
  .int()
  .min(1)
  .describe('het versienummer dat u las (optimistische vergrendeling)');
export const indicatorId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'een indicator-id');

export const wsParams = z.object({ id });
export const roundParams = z.object({ id, roundId: id });
export const kernopgaveParams = z.object({ id, kernopgaveId: id });
export const goalParams = z.object({ id, goalId: id });
export const actionParams = z.object({ id, actionId: id });
export const evaluationParams = z.object({ id, evaluationId: id });
export const versionParams = z.object({ id, number: z.coerce.number().int().min(1) });
export const duidingParams = z.object({ id, indicatorId });
export const dialogueParams = z.object({ token: z.string().max(100) });
export const publicPlanParams = z.object({ workspaceId: id });
/** A delete names the version it read, in the query string. */
export const deleteQuery = z.object({ version: z.coerce.number().int().min(1) });
export type DeleteQuery = z.infer<typeof deleteQuery>;

// ------------------------------------------------------------------------------------------------------------ plan

export const planBody = z.strictObject({
  version: z.number().int().min(0),
  title: text(300).optional(),
  summary: longText(10000).optional(),
  published: z.boolean().optional(),
});
export type PlanInput = z.infer<typeof planBody>;

// ---------------------------------------------------------------------------------------------------------- rounds

export const candidateInput = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('jzojp'), themeId: z.string().max(80) }),
  z.strictObject({ source: z.literal('iza'), themeId: z.string().max(80) }),
  z.strictObject({ source: z.literal('eigen'), label: text(200), labelEn: text(200).optional() }),
]);

export const openRoundBody = z.strictObject({
  title: text(200),
  audience: z.enum(['partners', 'public']).default('partners'),
  method: z.enum(['score', 'rank']).default('score'),
  candidates: z.array(candidateInput).max(40).default([]),
  previousRoundId: id.optional(),
  partnerRoundId: id.optional(),
});
export type OpenRoundInput = z.infer<typeof openRoundBody>;

export const updateRoundBody = z.strictObject({
  version,
  title: text(200).optional(),
  candidates: z.array(candidateInput).max(40).optional(),
});
export type UpdateRoundInput = z.infer<typeof updateRoundBody>;

export const scoresBody = z.strictObject({
  organisationId: id.optional(),
  scores: z
    .array(
      z.strictObject({
        candidate: z.string().max(120),
        urgency: z.number(),
        impact: z.number(),
        feasibility: z.number(),
      }),
    )
    .min(1)
    .max(40),
});
export type ScoresInput = z.infer<typeof scoresBody>;

export const rankingBody = z.strictObject({
  organisationId: id.optional(),
  ranking: z.array(z.string().max(120)).min(1).max(40),
});
export type RankingInput = z.infer<typeof rankingBody>;

export const dialogueResponseBody = z.strictObject({ answers: z.record(z.string().max(120), z.number()) });
export type DialogueResponseInput = z.infer<typeof dialogueResponseBody>;

// ----------------------------------------------------------------------------------------------------- kernopgaven

export const fixKernopgavenBody = z.strictObject({
  roundId: id,
  candidates: z.array(z.string().max(120)).min(1).max(10),
});
export type FixKernopgavenInput = z.infer<typeof fixKernopgavenBody>;

export const updateKernopgaveBody = z.strictObject({
  version,
  title: text(300).optional(),
  description: longText(10000).optional(),
});
export type UpdateKernopgaveInput = z.infer<typeof updateKernopgaveBody>;

// ----------------------------------------------------------------------------------------------------------- goals

const goalFields = {
  title: text(300),
  indicatorId: indicatorId.nullable(),
  measureSource: z.enum(['open', 'partner']).default('open'),
  breakdown: z.string().max(80).default('totaal'),
  baselinePeriod: z.string().max(20).optional().describe('standaard de laatste volledige periode'),
  targetValue: z.number().nullable(),
  targetDate: isoDate.nullable(),
  ownerOrganisationId: id.nullable(),
};

export const createGoalBody = z.strictObject(goalFields);
export type CreateGoalInput = z.infer<typeof createGoalBody>;

export const updateGoalBody = z.strictObject({
  version,
  title: goalFields.title.optional(),
  indicatorId: goalFields.indicatorId.optional(),
  measureSource: z.enum(['open', 'partner']).optional(),
  breakdown: z.string().max(80).optional(),
  baselinePeriod: goalFields.baselinePeriod,
  targetValue: goalFields.targetValue.optional(),
  targetDate: goalFields.targetDate.optional(),
  ownerOrganisationId: goalFields.ownerOrganisationId.optional(),
  rebaseline: z.boolean().optional().describe('de uitgangswaarde opnieuw uit de gegevens nemen'),
});
export type UpdateGoalInput = z.infer<typeof updateGoalBody>;

// --------------------------------------------------------------------------------------------------------- actions

export const milestoneInput = z.strictObject({
  id: id.optional(),
  title: text(300),
  due: isoDate,
  status: z.enum(MILESTONE_STATUSES).default('gepland'),
});

const paymentInput = z.strictObject({
  arrangement: z.enum(PAYMENT_ARRANGEMENTS).nullable(),
  note: longText(2000).default(''),
});

export const createActionBody = z.strictObject({
  title: text(300),
  description: longText(5000).default(''),
  type: z.enum(ACTION_TYPES),
  forms: z.array(z.enum(CARE_SHIFT_FORMS)).max(CARE_SHIFT_FORMS.length).default([]),
  responsibleOrganisationIds: z.array(id).max(50).default([]),
  goalIds: z.array(id).max(50).default([]),
  payment: paymentInput.default({ arrangement: null, note: '' }),
  milestones: z.array(milestoneInput).max(50).default([]),
});
export type CreateActionInput = z.infer<typeof createActionBody>;

export const updateActionBody = z.strictObject({
  version,
  title: text(300).optional(),
  description: longText(5000).optional(),
  type: z.enum(ACTION_TYPES).optional(),
  forms: z.array(z.enum(CARE_SHIFT_FORMS)).max(CARE_SHIFT_FORMS.length).optional(),
  responsibleOrganisationIds: z.array(id).max(50).optional(),
  goalIds: z.array(id).max(50).optional(),
  payment: paymentInput.optional(),
  milestones: z.array(milestoneInput).max(50).optional(),
});
export type UpdateActionInput = z.infer<typeof updateActionBody>;

// ----------------------------------------------------------------------------------------------------- evaluations

export const decisionInput = z.strictObject({
  subject: z.strictObject({ kind: z.enum(['kernopgave', 'goal', 'action']), id }),
  decision: z.enum(DECISIONS),
  note: longText(2000).default(''),
});

export const createEvaluationBody = z.strictObject({
  heldOn: isoDate,
  phase: z.enum(PDCA_PHASES),
  notes: longText(10000).default(''),
  decisions: z.array(decisionInput).max(100).default([]),
});
export type CreateEvaluationInput = z.infer<typeof createEvaluationBody>;

export const updateEvaluationBody = z.strictObject({
  version,
  heldOn: isoDate.optional(),
  phase: z.enum(PDCA_PHASES).optional(),
  notes: longText(10000).optional(),
  decisions: z.array(decisionInput).max(100).optional(),
});
export type UpdateEvaluationInput = z.infer<typeof updateEvaluationBody>;

// -------------------------------------------------------------------------------------------- versions and exports

export const compareQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export type CompareQuery = z.infer<typeof compareQuery>;

export const pdfQuery = z.object({ lang: z.enum(['nl', 'en']).default('nl') });

// --------------------------------------------------------------------------------------------------------- duiding

export const duidingQuery = z.object({
  region: z.string().max(4000).describe("regiocode (bijv. ZK04) of gemeentecodes gescheiden door komma's"),
  indicator: indicatorId.optional(),
});
export type DuidingQuery = z.infer<typeof duidingQuery>;

export const duidingBody = z.strictObject({
  text: text(10000),
  version: z.number().int().min(0),
  /** left out: a new text stays private to the workspace, an existing one keeps its state */
  published: z.boolean().optional(),
});
export type DuidingInput = z.infer<typeof duidingBody>;

// ------------------------------------------------------------------------------------------------------ answers
// The shapes of the main answers, for the web app (the services are typed with them, so they cannot drift).

/** A round as members see it (never its public token). */
export type RoundAnswer = RoundSummary & {
  workspaceId: string;
  version: number;
  createdAt: string;
  closedAt: string | null;
};

/** A goal with what the data say now: SMART check, series, status. */
export type GoalAnswer = Versioned<Goal> & Awaited<ReturnType<typeof viewGoal>>;

export interface PlanView {
  workspace: { id: string; name: string; region: { code: string | null; name: string; gemeenten: string[] } };
  plan: {
    workspaceId: string;
    title: string;
    summary: string;
    published: boolean;
    version: number;
    updatedAt: string | null;
  };
  organisations: { id: string; name: string; type: string; laws: string[] }[];
  rounds: RoundAnswer[];
  kernopgaven: (Versioned<Kernopgave> & { goals: GoalAnswer[]; actions: Versioned<Action>[] })[];
  evaluations: Versioned<Evaluation>[];
  statusRule: typeof STATUS_RULE;
}

/** GET /workspaces/{id}/plan: the plan view with the caller's role and what it may do. */
export type PlanAnswer = PlanView & {
  role: Role;
  permissions: PlanPermission[];
  myOrganisationId: string | null;
};
