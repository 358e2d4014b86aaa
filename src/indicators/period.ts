// Our normalised period codes: "2023" (year), "2023Q2" (quarter), "2023-04" (month), "2022-06-19" (a date,
// e.g. a peildatum), "2020-2022" (a multi-year period). Each maps to its first and last day.

export type PeriodType = 'year' | 'quarter' | 'month' | 'date' | 'multi-year';

export interface Period {
  code: string;
  type: PeriodType;
  /** ISO date of the first day. */
  start: string;
  /** ISO date of the last day. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses a period code; returns null when it is not one of our formats. */
export function parsePeriod(code: string): Period | null {
  let m = /^(\d{4})$/.exec(code);
  if (m) return { code, type: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})Q([1-4])$/.exec(code);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    const last = first + 2;
    return {
      code,
      type: 'quarter',
      start: `${year}-${pad(first)}-01`,
      end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
    };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { code, type: 'month', start: `${code}-01`, end: `${code}-${pad(lastDayOfMonth(year, month))}` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(code);
  if (m) {
    const date = new Date(`${code}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== code) return null;
    return { code, type: 'date', start: code, end: code };
  }
  m = /^(\d{4})-(\d{4})$/.exec(code);
  if (m && Number(m[1]) < Number(m[2])) {
    return { code, type: 'multi-year', start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  }
  return null;
}

/** True when the period lies wholly within [from, to] and none of the missing days fall in it. */
export function periodFullyCovered(
  period: Period,
  from: string,
  to: string,
  missingDays: string[] = [],
): boolean {
  if (period.start < from || period.end > to) return false;
  return !missingDays.some((day) => day >= period.start && day <= period.end);
}

/** Orders periods by their end, then start (so "2021" sorts before "2022Q1"). */
export function comparePeriods(a: Period, b: Period): number {
  // ISO dates of one format: code-unit order is date order (and far cheaper than a collator).
  return compareText(a.end, b.end) || compareText(a.start, b.start);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
