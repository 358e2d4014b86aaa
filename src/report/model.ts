// The executive report's own data besides the profile: the goals of the region's published regioplannen.
import { z } from 'zod';

const text = z.object({ nl: z.string(), en: z.string() });

export const reportPlanGoal = z.object({
  kernopgave: z.string(),
  title: z.string(),
  status: z.string(),
  statusLabel: text,
});

export const reportPlan = z.object({
  workspaceId: z.string(),
  title: z.string(),
  updatedAt: z.string().nullable(),
  goals: z.array(reportPlanGoal),
});

export const reportPlans = z.array(reportPlan);

export type ReportPlanGoal = z.infer<typeof reportPlanGoal>;
export type ReportPlan = z.infer<typeof reportPlan>;
