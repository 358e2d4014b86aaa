// Converting figures published on an earlier gemeentelijke indeling to today's gemeenten, so that a series never
// mixes indelingen. CBS's rule: a new gemeente gets the sum of its former gemeenten (counts); estimates without
// counts (survey shares, model estimates) get the mean of the former gemeenten weighted by their population.
// Pure: the caller supplies the conversion table and the values.

/** One former gemeente and the gemeente of today it became part of, with its population as the weight. */
export interface ConversionRow {
  from: string;
  fromName: string;
  to: string;
  /** Inhabitants of the former gemeente at the reference date of the old indeling. */
  weight: number;
}

export interface PartValue {
  value: number | null;
  count?: number | null;
  denominator?: number | null;
  /** The source withheld the value (a suppressed part makes the whole suppressed). */
  suppressed?: boolean;
}

export interface HarmonisedValue {
  code: string;
  value: number | null;
  count: number | null;
  denominator: number | null;
  suppressed: boolean;
  /** The former gemeenten and their share of the weight, for the transformation text. */
  parts: { code: string; name: string; weight: number; value: number | null }[];
}

export type HarmoniseMethod = 'sum' | 'population-weighted-mean';

/** The gemeenten of today whose area differs from the old indeling (targets of the table). */
export function changedGemeenten(table: readonly ConversionRow[]): Set<string> {
  return new Set(table.map((row) => row.to));
}

/**
 * The value of each changed gemeente of today from its former gemeenten. A gemeente whose former gemeenten are
 * not all present gets no value (a part would be passed off as the whole); one with a suppressed part is
 * suppressed.
 */
export function harmonise(
  table: readonly ConversionRow[],
  values: ReadonlyMap<string, PartValue>,
  method: HarmoniseMethod,
): { results: HarmonisedValue[]; missing: { code: string; from: string }[] } {
  const results: HarmonisedValue[] = [];
  const missing: { code: string; from: string }[] = [];
  for (const code of changedGemeenten(table)) {
    const rows = table.filter((row) => row.to === code);
    const absent = rows.find((row) => !values.has(row.from));
    if (absent) {
      missing.push({ code, from: absent.from });
      continue;
    }
    const parts = rows.map((row) => ({ row, part: values.get(row.from)! }));
    const described = parts.map(({ row, part }) => ({
      code: row.from,
      name: row.fromName,
      weight: row.weight,
      value: part.value,
    }));
    if (parts.some(({ part }) => part.suppressed || part.value === null)) {
      results.push({ code, value: null, count: null, denominator: null, suppressed: true, parts: described });
      continue;
    }
    if (method === 'sum') {
      const sum = (get: (p: PartValue) => number | null | undefined) =>
        parts.every(({ part }) => get(part) != null)
          ? parts.reduce((s, { part }) => s + (get(part) as number), 0)
          : null;
      results.push({
        code,
        value: sum((p) => p.value),
        count: sum((p) => p.count),
        denominator: sum((p) => p.denominator),
        suppressed: false,
        parts: described,
      });
    } else {
      const total = rows.reduce((s, row) => s + row.weight, 0);
      const value = parts.reduce((s, { row, part }) => s + part.value! * row.weight, 0) / total;
      results.push({ code, value, count: null, denominator: null, suppressed: false, parts: described });
    }
  }
  return { results, missing };
}

/** "Omgerekend naar de indeling 2024: Amsterdam (882.633 inw.) en Weesp (20.766 inw.), gewogen naar inwoners." */
export function describeConversion(
  result: HarmonisedValue,
  method: HarmoniseMethod,
  toYear: number,
  fromYear: number,
): string {
  const parts = result.parts
    .map((p) => `${p.name} ${p.code} (${p.value ?? '–'}; ${p.weight.toLocaleString('nl-NL')} inw.)`)
    .join(' + ');
  const rule =
    method === 'sum' ? 'opgeteld (CBS-omrekening)' : `gemiddelde gewogen naar inwoners op 1-1-${fromYear}`;
  return `omgerekend van de indeling ${fromYear} naar de indeling ${toYear}: ${parts}, ${rule}`;
}
