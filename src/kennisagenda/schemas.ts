// The API's inputs, validated by the routes and the CLI; the service checks what needs the database (unknown
// themes against the taxonomy, items of the right corpus). Pure.
import { z } from 'zod';
import { kennisagendaRole } from './roles.ts';
import { taxonomyDocument } from './taxonomy.ts';

export const idParam = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9_-]+$/);

const text = (max: number) => z.string().trim().min(1).max(max);

export const grantInput = z.object({
  email: z.string().trim().min(3).max(254),
  role: kennisagendaRole,
  /** an initial password when the account does not exist yet (at least 12 characters) */
  password: z.string().min(1).max(200).optional(),
});
export type GrantInput = z.infer<typeof grantInput>;

export const revokeInput = z.object({ email: z.string().trim().min(3).max(254), role: kennisagendaRole });

export const taxonomyInput = z.object({
  /** the version this edit is based on */
  version: z.number().int().min(1),
  document: taxonomyDocument,
  note: z.string().trim().max(1000).optional(),
});
export type TaxonomyInput = z.infer<typeof taxonomyInput>;

export const corpusInput = z.object({
  name: text(200),
  description: z.string().trim().max(2000).default(''),
  screening: z.boolean().default(false),
});
export type CorpusInput = z.infer<typeof corpusInput>;

export const itemInput = z.object({
  text: text(10_000),
  reference: z.string().trim().max(200).optional(),
});

export const importInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|txt|xlsx)$/i, 'de bestandsnaam moet eindigen op .csv, .txt of .xlsx'),
  contentBase64: z.string().min(1).max(14_000_000),
});
export type ImportInput = z.infer<typeof importInput>;

export const screeningInput = z.object({ relevant: z.boolean().nullable() });

/** Codes as written: ids (or labels and aliases) of the taxonomy; checked by the service. */
const codes = z.array(z.string().trim().min(1).max(200)).max(20);

export const codingInput = z.object({ themes: codes, forms: codes.default([]) });
export type CodingInput = z.infer<typeof codingInput>;

export const bulkCodingInput = z.object({
  codings: z
    .array(z.object({ item: idParam, themes: codes, forms: codes.default([]) }))
    .min(1)
    .max(20_000),
});
export type BulkCodingInput = z.infer<typeof bulkCodingInput>;

export const resolveInput = z.object({
  themes: codes,
  forms: codes.default([]),
  note: z.string().trim().max(2000).optional(),
  /** the version of the final label this is based on; absent for a first resolution */
  version: z.number().int().min(1).optional(),
});
export type ResolveInput = z.infer<typeof resolveInput>;

export const sampleInput = z.object({
  size: z.number().int().min(1).max(10_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

export const reviewInput = z.object({ agrees: z.boolean(), note: z.string().trim().max(2000).optional() });

export const threadInput = z.object({
  theme: z.string().min(1),
  kind: z.enum(['knelpunt', 'behoefte']),
  text: text(4000),
});

export const threadItemsInput = z.object({
  items: z.array(idParam).max(5000),
  version: z.number().int().min(1),
});

export const quoteInput = z.object({ theme: z.string().min(1), text: text(4000), item: idParam.optional() });

export const questionInput = z.object({
  theme: z.string().min(1),
  kind: z.enum(['vraag', 'onderwerp']),
  text: text(4000),
  recommendations: z.array(z.string().min(1).max(4)).max(12).default([]),
});

export const questionLinksInput = z.object({
  recommendations: z.array(z.string().min(1).max(4)).max(12),
  version: z.number().int().min(1),
});

export const suggestInput = z.object({ text: text(10_000) });
export const trainInput = z.object({
  /** 'examples' (the labelled start of seed 004) or a corpus id: its final labels */
  source: z.string().min(1).max(60).default('examples'),
});
