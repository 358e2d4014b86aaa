// The shape of the indicator catalogue (`catalog/`). Catalogue files are data reviewed like code; this schema is
// the single definition of what they may contain, and the TypeScript types are inferred from it.
import { z } from 'zod';

/** A text in Dutch (first) and English. */
export const text = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof text>;

export const categoryId = z.enum(['kwaliteit', 'volksgezondheid', 'kosten', 'professionals', 'ses']);
export type CategoryId = z.infer<typeof categoryId>;

export const category = z.object({
  id: categoryId,
  order: z.number().int(),
  name: text,
  description: text,
});
export type Category = z.infer<typeof category>;

export const theme = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: categoryId,
  order: z.number().int(),
  name: text,
  /** Whether the JZOJP final evaluation found a usable indicator for this theme. */
  usableIndicator: z.boolean(),
  /** Why no usable indicator exists (required when usableIndicator is false). */
  reason: text.optional(),
  /** The candidate indicator the report named, and the criticism of it, where the report gives one. */
  candidate: text.optional(),
  criticism: text.optional(),
});
export type Theme = z.infer<typeof theme>;

export const polarity = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
export type Polarity = z.infer<typeof polarity>;

/** proportion: numerator/denominator shown as % (multiplier 100); rate: count per `multiplier` inhabitants;
 *  mean: average of a score; count: a plain number; score: a published estimate without counts. */
export const valueType = z.enum(['proportion', 'rate', 'mean', 'count', 'score']);
export type ValueType = z.infer<typeof valueType>;

export const intervalMethod = z.enum(['wilson', 'byar-exact-poisson', 't', 'dsr-dobson', 'none']);
export type IntervalMethod = z.infer<typeof intervalMethod>;

export const aggregationRule = z.enum(['sum-counts', 'population-weighted-mean', 'not-aggregable']);
export type AggregationRule = z.infer<typeof aggregationRule>;

export const suppressionRule = z.object({
  /** Values whose numerator (count) is below this are suppressed. */
  minNumerator: z.number().int().nonnegative().optional(),
  /** Values whose denominator is below this are suppressed. */
  minDenominator: z.number().int().nonnegative().optional(),
  /** Counts shown are rounded to a multiple of this (e.g. 5). */
  roundTo: z.number().int().positive().optional(),
});
export type SuppressionRule = z.infer<typeof suppressionRule>;

export const source = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** CBS StatLine table id, RIVM file name, or report section (e.g. "Tabel 1"). */
  table: z.string().min(1),
  url: z.string().url().optional(),
  licence: z.string().min(1),
  attribution: z.string().min(1),
});
export type Source = z.infer<typeof source>;

export const indicator = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  name: text,
  /** A short plain-language name for small spaces. */
  shortName: text,
  definition: text,
  numerator: text.optional(),
  denominator: text.optional(),
  unit: text,
  valueType,
  /** Value = count / denominator × multiplier (100 for %, 100000 for per 100,000). */
  multiplier: z.number().positive(),
  /** Number of decimals shown. */
  decimals: z.number().int().min(0).max(3),
  polarity,
  category: categoryId,
  theme: z.string().nullable(),
  /** Lowest geography the data exist for ('gemeente' also when wijken and buurten have figures of their own).
   *  'ggdregio': published per GGD-regio only, never split to gemeenten. */
  geography: z.enum(['gemeente', 'ggdregio', 'nederland']),
  periodType: z.enum(['year', 'quarter', 'date', 'multi-year']),
  source,
  intervalMethod,
  aggregation: aggregationRule,
  /** Why the aggregation rule was chosen; required for not-aggregable. */
  aggregationNote: text.optional(),
  suppression: suppressionRule,
  caveats: z.array(text),
  /** Breakdowns (subgroups) the observations may carry, e.g. sector or age group. "totaal" is the default. */
  breakdowns: z.array(z.object({ code: z.string(), label: text })).default([]),
});
export type Indicator = z.infer<typeof indicator>;

export const catalog = z.object({
  categories: z.array(category).length(5),
  themes: z.array(theme),
  indicators: z.array(indicator),
});
export type Catalog = z.infer<typeof catalog>;
