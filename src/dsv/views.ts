// The answers of the DSV API, as the service builds them and the pages read them (type-only for the pages). Pure.
import type { Text } from '../indicators/schema.ts';
import type { Phase, Principle } from '../jzojp/vocabulary.ts';
import type { DerivedArea } from './area.ts';
import type { DefinitionCheck } from './definitionCheck.ts';
import type { QuestionnaireOverview } from './overview.ts';
import type { CombinedAssessment, Contribution, HistoryEntry } from './phases.ts';
import type { Answer, Answers, QuestionnaireDefinition } from './questionnaire.ts';
import type { RegisterOverview } from './registerStats.ts';
import type { Entry } from './schemas.ts';

export interface CollaborationPermissions {
  /** see the private parts: payment details, answers, assessments */
  read: boolean;
  /** change the register entry and the questionnaire answers */
  edit: boolean;
  /** take part in the phase self-assessment */
  assess: boolean;
}

export interface CollaborationView {
  id: string;
  name: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** the entry; `payment` only for those who may read the private parts (it can be commercially sensitive) */
  entry: Omit<Entry, 'payment'> & { payment: Entry['payment'] | null };
  workspace: { id: string; name: string } | null;
  area: DerivedArea;
  check: DefinitionCheck;
  /** concept: saved, but it does not (yet) meet the DSV definition */
  status: 'concept' | 'geregistreerd';
  permissions: CollaborationPermissions;
  /** from the latest phase self-assessment; for members only (null otherwise) */
  currentPhase: Phase | null;
  weakestPrinciple: Principle | null;
}

export interface CollaborationListItem {
  id: string;
  name: string;
  area: DerivedArea;
  startYear: number;
  status: 'concept' | 'geregistreerd';
  organisations: number;
}

export interface RoundView {
  year: number;
  definitionVersion: string;
  status: 'open' | 'closed' | 'published';
  openedAt: string;
  closedAt: string | null;
  publishedAt: string | null;
  /** submitted responses; shown once the round is closed (during the round it would say who is still missing) */
  submitted: number | null;
}

export interface ResponseView {
  collaborationId: string;
  year: number;
  round: RoundView;
  /** none: nothing saved yet (save with version 0) */
  status: 'none' | 'draft' | 'submitted';
  answers: Answers;
  version: number;
  updatedAt: string | null;
  submittedAt: string | null;
  /** items without an answer, and the required ones among them (submitting needs those) */
  unanswered: string[];
  requiredMissing: string[];
}

export interface NationalOverview {
  round: RoundView;
  definition: QuestionnaireDefinition;
  questionnaire: QuestionnaireOverview;
  register: RegisterOverview;
  method: Text[];
}

export interface Benchmark {
  collaborationId: string;
  overview: NationalOverview;
  own: {
    answers: Record<string, Answer>;
    /** the collaboration's battery means, rounded to the nearest category as in the national distribution */
    batteries: { section: string; mean: number | null; category: number | null }[];
  };
}

export interface AssessmentView {
  id: string;
  date: string;
  combined: CombinedAssessment;
  /** the caller's own contribution, to edit it */
  mine: Contribution | null;
}

export interface AssessmentsAnswer {
  assessments: AssessmentView[];
  history: HistoryEntry[];
  current: AssessmentView | null;
}
