// The plan API's answers beyond the plan view (that one is in api.ts): a round with its result, a goal's monitoring,
// the published plan, the datadialoog, the versions and the duiding. The services are typed with them and the pages
// import them (type-only), so the two cannot drift apart. Pure.
import type { Text } from '../indicators/schema.ts';
import type { RoundAnswer } from './api.ts';
import type { Goal, Milestone, RoundSummary, Versioned } from './document.ts';
import type { MeasurePoint } from './measures.ts';
import type { Change } from './versions.ts';
import type { GoalView, IndicatorBrief } from './view.ts';

// ------------------------------------------------------------------------------------------------------- rounds

/**
 * One candidate in a round's result. Which measures it has depends on the method: scores (mean, median, min, max,
 * per criterion), rankings (Borda points, positions) or residents' importance (mean, median, min, max).
 */
export interface ResultRow {
  candidate: string;
  label: Text;
  rank: number;
  participants: number;
  consensus: boolean;
  iqr: number;
  mean?: number;
  median?: number;
  min?: number;
  max?: number;
  byCriterion?: Record<string, number>;
  points?: number;
  meanPosition?: number;
  medianPosition?: number;
}

export interface RoundResult {
  method: RoundSummary['method'];
  participants: number;
  ranking: ResultRow[];
}

/** The scores or ranking one organisation gave in a round, or null. */
export type Submission = {
  organisationId: string;
  submittedAt: string;
  scores?: { candidate: string; urgency: number; impact: number; feasibility: number }[];
  ranking?: string[];
} | null;

/** GET …/plan/rounds/{id}: a round with the caller's submission, the previous round's and the residents' results. */
export interface RoundView extends RoundAnswer {
  /** the datadialoog's address, for the beheerder */
  publicLink?: string;
  scale: { min: number; max: number };
  organisations: number;
  submissions: number;
  /** the organisations that submitted (beheerder only) */
  submittedBy?: string[];
  myOrganisationId: string | null;
  mine: Submission;
  previous: { id: string; number: number; title: string; result: RoundResult; mine: Submission } | null;
  result: RoundResult | null;
  residents: { id: string; title: string; status: RoundSummary['status']; result: RoundResult }[];
}

/** GET /api/datadialoog/{token}: what a resident sees of a public round. */
export interface DialogueView {
  title: string;
  status: RoundSummary['status'];
  scale: { min: number; max: number };
  question: Text;
  candidates: { id: string; label: Text }[];
  yourAnswers: Record<string, number> | null;
  result: RoundResult | null;
  /** the partners' round next to it, once both are closed */
  partners: RoundResult | null;
}

// --------------------------------------------------------------------------------------------------- monitoring

/** GET …/plan/goals/{id}/monitoring: one goal with what the data say now and in plain sentences. */
export interface GoalMonitoring extends GoalView {
  goal: Versioned<Goal>;
  region: { code: string | null; name: string };
  sentences: Text[];
}

// -------------------------------------------------------------------------------------------------- public plan

/** GET /api/regioplan/{id}: a published plan in plain language (no e-mail addresses, no private data). */
export interface PublicPlan {
  title: string;
  summary: string;
  updatedAt: string | null;
  region: { code: string | null; name: string };
  organisations: string[];
  kernopgaven: {
    id: string;
    title: string;
    description: string;
    goals: {
      id: string;
      title: string;
      indicator: IndicatorBrief | null;
      owner: string | null;
      baseline: Goal['baseline'];
      target: Goal['target'];
      status: string;
      statusLabel: Text;
      latest: GoalView['progress']['latest'];
      expected: GoalView['progress']['expected'];
      line: { date: string; value: number }[];
      points: MeasurePoint[];
      sentences: Text[];
    }[];
    actions: {
      id: string;
      title: string;
      description: string;
      type: string;
      typeLabel: Text;
      forms: Text[];
      responsible: string[];
      milestones: (Milestone & { statusLabel: Text })[];
    }[];
  }[];
  statusRule: Text;
}

// ----------------------------------------------------------------------------------------------------- versions

/** One stored version of the plan document: who, when, what. */
export interface VersionInfo {
  number: number;
  summary: string;
  authorEmail: string | null;
  at: string;
}

/** GET …/plan/versions/compare: two versions and what changed between them. */
export interface VersionComparison {
  from: VersionInfo;
  to: VersionInfo;
  changes: Change[];
}

// ------------------------------------------------------------------------------------------------------ duiding

/** A workspace's duiding of one indicator for its region. */
export interface DuidingRow {
  workspaceId: string;
  indicatorId: string;
  regionKey: string;
  text: string;
  published: boolean;
  version: number;
  updatedAt: string;
}

export interface DuidingVersion {
  version: number;
  text: string;
  published: boolean;
  authorEmail: string | null;
  organisationName: string | null;
  at: string;
}

/** GET /api/workspaces/{id}/duiding/{indicator}: the current text and every version of it. */
export interface DuidingWithVersions {
  current: DuidingRow | null;
  versions: DuidingVersion[];
}

/** GET /api/duiding: the published duiding of a region (per indicator), with the organisations that wrote it. */
export interface PublishedDuiding {
  region: { key: string; name: string };
  indicator: IndicatorBrief | null;
  texts: {
    indicator: string;
    workspace: { id: string; name: string };
    text: string;
    version: number;
    updatedAt: string;
    authors: string[];
  }[];
}
