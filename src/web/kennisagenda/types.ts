// The API's answers as the kennisagenda pages read them (types from the model files, type-only).
import type { Suggestion } from '../../kennisagenda/classifier.ts';
import type { CorpusReport } from '../../kennisagenda/corpusReport.ts';
import type { TaxonomyDocument } from '../../kennisagenda/taxonomy.ts';

export type { AgendaView } from '../../kennisagenda/agenda.ts';
export type { CorpusReport, Suggestion, TaxonomyDocument };

export interface TaxonomyAnswer {
  version: number;
  document: TaxonomyDocument;
}

export interface Me {
  roles: string[];
  permissions: string[];
}

export interface CorpusRow {
  id: string;
  name: string;
  description: string;
  screening: boolean;
  items: number;
  relevant: number;
  notRelevant: number;
  unscreened: number;
  coded: number;
}

export interface ItemRow {
  id: string;
  seq: number;
  text: string;
  reference: string | null;
  sourceFile: string | null;
  sourceRow: number | null;
  relevant: boolean | null;
  codings: number;
  mine: { themes: string[]; forms: string[] } | null;
  final: { themes: string[]; forms: string[]; source: string; version: number } | null;
  disagreement: boolean | null;
}

export interface CorpusItems {
  corpus: { id: string; name: string; screening: boolean };
  items: ItemRow[];
}

export interface ItemCodings {
  codings: { slot: number; coder: string; themes: string[]; forms: string[] }[];
  final: { themes: string[]; forms: string[]; version: number; source: string } | null;
}

export interface SuggestionsAnswer {
  model: string;
  suggestions: Suggestion[];
  note: string;
}

export interface ReportAnswer {
  taxonomy: TaxonomyAnswer;
  reports: CorpusReport[];
}
