// The mapping file (JSON) a partner sends with a CSV/XLSX upload: which column holds what.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UploadFileError } from './errors.ts';

const column = z.strictObject({ column: z.string().trim().min(1) });

export const uploadMapping = z
  .strictObject({
    /** A fixed indicator id for the whole file, or the column that holds it. */
    indicator: z.union([z.string().regex(/^[a-z0-9-]+$/), column]),
    region: z.strictObject({
      column: z.string().trim().min(1),
      /** Added to bare numbers: with "GM", 363 becomes GM0363 (zero-padded to 4 digits). */
      codePrefix: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    }),
    period: column,
    value: column.optional(),
    count: column.optional(),
    denominator: column.optional(),
    lower: column.optional(),
    upper: column.optional(),
    breakdown: column.optional(),
    /** Default: ',' for a CSV separated by ';' (Dutch Excel), '.' otherwise. */
    decimalSeparator: z.enum([',', '.']).optional(),
    /** XLSX: the sheet to read (default: the first). */
    sheet: z.string().min(1).optional(),
    /** CSV: the field separator (default: detected from the header line). */
    delimiter: z.enum([',', ';', '\t']).optional(),
  })
  .refine((m) => m.value !== undefined || m.count !== undefined, {
    path: ['value'],
    message: 'value-or-count',
  });
export type UploadMapping = z.infer<typeof uploadMapping>;

const valueOrCount = {
  nl: "geef een kolom voor 'value' of voor 'count' (met 'denominator')",
  en: "give a column for 'value' or for 'count' (with 'denominator')",
};

const unknownField = { nl: 'onbekend veld (tikfout?)', en: 'unknown field (typo?)' };

/** Reads and checks a mapping file; throws an UploadFileError naming the file and every wrong field. */
export async function loadMapping(path: string, name: string = path): Promise<UploadMapping> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : (error as Error).message;
    throw new UploadFileError(
      reason === null
        ? { nl: `Koppelbestand '${name}' niet gevonden`, en: `Mapping file '${name}' not found` }
        : {
            nl: `Koppelbestand '${name}' is geen leesbare JSON: ${reason}`,
            en: `Mapping file '${name}' is not readable JSON: ${reason}`,
          },
    );
  }
  const en = uploadMapping.safeParse(data);
  if (en.success) return en.data;
  const nl = uploadMapping.safeParse(data, { error: z.locales.nl().localeError });
  const list = (issues: z.core.$ZodIssue[], lang: 'nl' | 'en') =>
    issues
      .map((i) => {
        const unknown = i.code === 'unrecognized_keys';
        const path = unknown ? [...i.path, ...i.keys] : i.path;
        const message = unknown
          ? unknownField[lang]
          : i.message === 'value-or-count'
            ? valueOrCount[lang]
            : i.message;
        return `${lang === 'nl' ? 'veld' : 'field'} '${path.join('.') || '(root)'}': ${message}`;
      })
      .join('; ');
  throw new UploadFileError({
    nl: `Koppelbestand '${name}': ${list(nl.error?.issues ?? [], 'nl')}`,
    en: `Mapping file '${name}': ${list(en.error.issues, 'en')}`,
  });
}
