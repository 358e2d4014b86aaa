// The regiobeeld API's request shapes: profiles of standard and own regions, one indicator across regions, and a
// trend series. The answers' types are in profileTypes.ts and indicatorValues.ts. Pure.
import { z } from 'zod';
import { REGION_TYPES } from '../geo/regionTypes.ts';

export const periodParam = z
  .string()
  .max(20)
  .optional()
  .describe('periode, bijv. 2022, 2021Q3, 2022-06-19 of 2020-2022; standaard de laatste volledige periode');

export const regionCodeParams = z.object({ code: z.string().max(20) });
export const profileQuery = z.object({ period: periodParam });
export type ProfileQuery = z.infer<typeof profileQuery>;

export const adHocProfileQuery = z.object({
  gemeenten: z
    .string()
    .min(1)
    .max(4000)
    .describe("gemeentecodes gescheiden door komma's, bijv. GM0363,GM0384"),
  name: z.string().max(120).optional(),
  period: periodParam,
});
export type AdHocProfileQuery = z.infer<typeof adHocProfileQuery>;

export const indicatorParams = z.object({ id: z.string().max(100) });

export const valuesQuery = z.object({
  type: z.enum(REGION_TYPES.map((t) => t.code) as [string, ...string[]]).default('gemeente'),
  period: periodParam,
  breakdown: z.string().max(50).optional(),
});
export type ValuesQuery = z.infer<typeof valuesQuery>;

export const seriesQuery = z.object({
  region: z.string().max(20).optional(),
  gemeenten: z.string().max(4000).optional(),
  breakdown: z.string().max(50).default('totaal'),
});
export type SeriesQuery = z.infer<typeof seriesQuery>;
