// Converting figures published on an earlier gemeentelijke indeling to today's gemeenten, so that a series never
// mixes indelingen. CBS's rule: a new gemeente gets the sum of its former gemeenten (counts); estimates without
// counts (survey shares, model estimates) get the mean of the former gemeenten weighted by their population.
// Pure: the caller supplies the conversion table and the values.

/** One former gemeente and the gemeente of today it became part of, with its population as the weight. */
export interface ConversionRow {
  from: string;
  fromName: string;
  to: string;
  /** Inhabitants of the former gemeente (or of the part that went to `to`) at the reference date of the old
   *  indeling; null when the source does not say (such a gemeente can be summed, not weighted). */
  weight: number | null;
  /** The part of the former gemeente's count that went to `to`: 1, or for a gemeente split over several (Haaren
   *  in 2021) its share of the inhabitants that went over. Default 1. */
  share?: number;
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
  parts: { code: string; name: string; weight: number | null; share: number; value: number | null }[];
  /** A split gemeente's count was shared out by inhabitants (an estimate, rounded to whole numbers). */
  estimated: boolean;
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
      share: row.share ?? 1,
      value: part.value,
    }));
    const estimated = rows.some((row) => (row.share ?? 1) !== 1);
    const none = { count: null, denominator: null, parts: described, estimated };
    if (parts.some(({ part }) => part.suppressed || part.value === null)) {
      results.push({ code, value: null, suppressed: true, ...none });
      continue;
    }
    if (method === 'sum') {
      // A split gemeente's share is an estimate: rounded to whole numbers, as counts are.
      const sum = (get: (p: PartValue) => number | null | undefined) => {
        if (!parts.every(({ part }) => get(part) != null)) return null;
        const total = parts.reduce((s, { row, part }) => s + (get(part) as number) * (row.share ?? 1), 0);
        return estimated ? Math.round(total) : total;
      };
      results.push({
        code,
        value: sum((p) => p.value),
        suppressed: false,
        ...none,
        count: sum((p) => p.count),
        denominator: sum((p) => p.denominator),
      });
    } else {
      if (rows.some((row) => row.weight === null)) {
        missing.push({ code, from: rows.find((row) => row.weight === null)!.from });
        continue;
      }
      const total = rows.reduce((s, row) => s + row.weight!, 0);
      const value = parts.reduce((s, { row, part }) => s + part.value! * row.weight!, 0) / total;
      results.push({ code, value, suppressed: false, ...none });
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
    .map((p) => `${p.name} ${p.code} (${p.value ?? '–'}; ${p.weight?.toLocaleString('nl-NL') ?? '?'} inw.)`)
    .join(' + ');
  const rule =
    method === 'sum' ? 'opgeteld (CBS-omrekening)' : `gemiddelde gewogen naar inwoners op 1-1-${fromYear}`;
  return `omgerekend van de indeling ${fromYear} naar de indeling ${toYear}: ${parts}, ${rule}`;
}
