// The plan service: every use case of the regioplan, one file per part (see the header of each).
export * from './actions.ts';
export type { PlanDeps } from './context.ts';
export * from './dialogue.ts';
export * from './duiding.ts';
export * from './evaluations.ts';
export * from './exports.ts';
export * from './goals.ts';
export * from './kernopgaven.ts';
export * from './plan.ts';
export * from './public.ts';
export * from './rounds.ts';
export * from './versions.ts';
export { exportPlan } from './view.ts';
