// The regioplan as one document: what is versioned (every change stores the whole document) and exported. It holds
// what people decided and wrote, never what is computed from data (baseline progress, statuses). Pure types.
import type { Candidate } from './candidates.ts';
import type { MeasureSource } from './measures.ts';
import type {
  ActionType,
  CareShiftForm,
  Decision,
  MilestoneStatus,
  PaymentArrangement,
  PdcaPhase,
} from './vocabulary.ts';

export const PLAN_FORMAT = 'juisteplek-regioplan/1';

export interface Milestone {
  id: string;
  title: string;
  /** ISO date */
  due: string;
  status: MilestoneStatus;
}

export interface Goal {
  id: string;
  kernopgaveId: string;
  title: string;
  indicatorId: string | null;
  measureSource: MeasureSource;
  breakdown: string;
  baseline: { value: number | null; lower: number | null; upper: number | null; period: string | null };
  target: { value: number | null; date: string | null };
  ownerOrganisationId: string | null;
}

export interface Action {
  id: string;
  kernopgaveId: string;
  title: string;
  description: string;
  type: ActionType;
  forms: CareShiftForm[];
  responsibleOrganisationIds: string[];
  goalIds: string[];
  payment: { arrangement: PaymentArrangement | null; note: string };
  milestones: Milestone[];
}

export interface Kernopgave {
  id: string;
  position: number;
  title: string;
  description: string;
  candidateId: string | null;
  themeId: string | null;
  roundId: string | null;
}

export interface EvaluationDecision {
  subject: { kind: 'kernopgave' | 'goal' | 'action'; id: string };
  decision: Decision;
  note: string;
}

export interface Evaluation {
  id: string;
  heldOn: string;
  phase: PdcaPhase;
  notes: string;
  decisions: EvaluationDecision[];
}

/** A stored row: the document fields with its version (optimistic locking) and last change. */
export type Versioned<T> = T & { version: number; updatedAt: string };

export interface RoundSummary {
  id: string;
  number: number;
  title: string;
  audience: 'partners' | 'public';
  method: 'score' | 'rank' | 'importance';
  status: 'open' | 'closed';
  candidates: Candidate[];
  previousRoundId: string | null;
  partnerRoundId: string | null;
}

export interface PlanDocument {
  format: typeof PLAN_FORMAT;
  workspace: { id: string; name: string; regionCode: string | null; gemeenten: string[] };
  title: string;
  summary: string;
  published: boolean;
  organisations: { id: string; name: string; type: string }[];
  rounds: RoundSummary[];
  kernopgaven: (Kernopgave & { goals: Goal[]; actions: Action[] })[];
  evaluations: Evaluation[];
}
