// The kennisbank's API shapes: an item's input (what a redacteur writes), the stored item, search and suggestion
// requests and answers. Tags use the shared ids of src/jzojp/vocabulary.ts. Pure.
import { z } from 'zod';
import {
  BUILDING_BLOCKS,
  CARE_SHIFT_FORMS,
  KNOWLEDGE_THEMES,
  PERSPECTIVES,
  PRINCIPLES,
  QUINTUPLE_AIMS,
} from '../jzojp/vocabulary.ts';
import { ITEM_FORMATS, ITEM_KINDS, ITEM_ORIGINS, ITEM_STATUSES } from './vocabulary.ts';

const trimmed = (max: number) => z.string().trim().max(max);

const MISSING_SOURCE =
  'ontbreekt: een item heeft een bron nodig (document, paragraaf en waar bekend de pagina). Er is niets opgeslagen.';

export const itemSource = z.strictObject(
  {
    /** an id of catalog/kennisbank/sources.json, or the full title of another document */
    document: trimmed(300).min(1, 'een item heeft een bron nodig: noem het document'),
    section: trimmed(300).min(1, 'noem het hoofdstuk of de paragraaf van de bron'),
    page: z.number().int().min(1).max(10_000).nullable().default(null),
    url: z.string().url().max(500).optional(),
  },
  { error: (issue) => (issue.input === undefined ? MISSING_SOURCE : undefined) },
);
export type ItemSource = z.infer<typeof itemSource>;

export const itemTags = z.object({
  phases: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]))
    .max(4)
    .default([]),
  principles: z.array(z.enum(PRINCIPLES)).max(8).default([]),
  quintupleAims: z.array(z.enum(QUINTUPLE_AIMS)).max(5).default([]),
  /** JZOJP theme ids of catalog/themes.json (checked against the catalogue by the service) */
  themes: z.array(z.string().max(80)).max(25).default([]),
  knowledgeThemes: z.array(z.enum(KNOWLEDGE_THEMES)).max(9).default([]),
  careShiftForms: z.array(z.enum(CARE_SHIFT_FORMS)).max(5).default([]),
  buildingBlocks: z.array(z.enum(BUILDING_BLOCKS)).max(5).default([]),
  perspectives: z.array(z.enum(PERSPECTIVES)).max(4).default([]),
  /** indicator ids of the catalogue (checked by the service) */
  indicators: z.array(z.string().max(80)).max(30).default([]),
});
export type ItemTags = z.infer<typeof itemTags>;

/** What a redacteur writes: the content of an item. */
export const itemInput = itemTags.extend({
  kind: z.enum(ITEM_KINDS),
  title: trimmed(200).min(3, 'geef een titel van minstens 3 tekens'),
  summary: trimmed(2000).min(20, 'schrijf een samenvatting in eigen woorden van minstens 20 tekens'),
  source: itemSource,
  owner: trimmed(300).nullable().default(null),
  format: z.enum(ITEM_FORMATS).nullable().default(null),
});
export type ItemInput = z.infer<typeof itemInput>;
export type ItemInputRaw = z.input<typeof itemInput>;

/** A seed item of catalog/kennisbank/*.json: the content plus a stable id. */
export const seedItem = itemInput.extend({
  id: z.string().regex(/^[a-z0-9-]{3,80}$/, 'kleine letters, cijfers en streepjes (3–80 tekens)'),
});
export type SeedItem = z.infer<typeof seedItem>;

export const item = itemInput.extend({
  id: z.string(),
  status: z.enum(ITEM_STATUSES),
  origin: z.enum(ITEM_ORIGINS),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Item = z.infer<typeof item>;

export const itemUpdate = z.strictObject({ version: z.number().int().min(1), item: itemInput });
export type ItemUpdate = z.infer<typeof itemUpdate>;

export const transitionInput = z.strictObject({
  version: z.number().int().min(1),
  to: z.enum(ITEM_STATUSES),
  note: trimmed(1000).default(''),
});
export type TransitionInput = z.infer<typeof transitionInput>;

export const searchRequest = z.object({
  q: z.string().max(200).default(''),
  kind: z.enum(ITEM_KINDS).optional(),
  phase: z.coerce.number().int().min(1).max(4).optional(),
  /** a JZOJP theme id (catalog/themes.json) */
  theme: z.string().max(80).optional(),
  knowledgeTheme: z.enum(KNOWLEDGE_THEMES).optional(),
  /** for redacteuren: search drafts and items in review too */
  status: z.enum(ITEM_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type SearchRequest = z.infer<typeof searchRequest>;

/** A piece of highlighted text: the words that matched the search have mark: true. */
export const segment = z.object({ text: z.string(), mark: z.boolean() });
export type Segment = z.infer<typeof segment>;

export const searchHit = z.object({
  item,
  rank: z.number(),
  title: z.array(segment),
  summary: z.array(segment),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchAnswer = z.object({
  query: z.string(),
  /** the words searched for (stop words left out) */
  words: z.array(z.string()),
  /** 'all': items with every word; 'any': none had all words, these have at least one */
  matched: z.enum(['all', 'any', 'none', 'browse']),
  total: z.number().int(),
  hits: z.array(searchHit),
  /** a plain-language note when the query could not be searched as typed */
  notice: z.string().nullable(),
});
export type SearchAnswer = z.infer<typeof searchAnswer>;

export const suggestionRequest = z.object({
  phase: z.coerce.number().int().min(1).max(4).optional(),
  principle: z.enum(PRINCIPLES).optional(),
  /** JZOJP theme ids, comma-separated */
  themes: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(6),
});

export const suggestionReason = z.enum(['phase', 'principle', 'theme', 'category']);
export type SuggestionReason = z.infer<typeof suggestionReason>;

export const suggestion = z.object({
  item,
  score: z.number(),
  reasons: z.array(suggestionReason),
});
export type Suggestion = z.infer<typeof suggestion>;
