// CBS period codes ("2023JJ00", "2021KW02", "2022MM04", v4 day codes "20220619", multi-year "2020X000"/"2019G200")
// mapped onto our normalised period codes: "2023", "2021Q2", "2022-04", "2022-06-19", "2017-2020".

export type CbsPeriodType = 'year' | 'quarter' | 'month' | 'date' | 'multi-year';

export interface CbsPeriod {
  /** Our normalised code. */
  code: string;
  /** The CBS code as given, trimmed. */
  cbsCode: string;
  type: CbsPeriodType;
  /** ISO date of the first day. */
  start: string;
  /** ISO date of the last day. */
  end: string;
  /** Dutch label in StatLine's style ("2021 2e kwartaal", "2022 april"). */
  label: string;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function unknown(code: string, why = ''): RangeError {
  return new RangeError(
    `Onbekende CBS-periodecode "${code}"${why ? ` (${why})` : ''} / Unknown CBS period code "${code}"`,
  );
}

/**
 * Parses a CBS period code. A multi-year code does not say its span in every form, so pass the Perioden title
 * (e.g. "2017-2020") when you have it; without it "G2..G9" (n-year averages) are taken to end in the code's year.
 * Throws a RangeError for codes we do not support (weeks, half years, school years).
 */
export function parseCbsPeriod(cbsCode: string, title?: string): CbsPeriod {
  const c = cbsCode.trim();
  let m = /^(\d{4})JJ00$/.exec(c);
  if (m) {
    const y = m[1]!;
    return { code: y, cbsCode: c, type: 'year', start: `${y}-01-01`, end: `${y}-12-31`, label: y };
  }
  m = /^(\d{4})KW0([1-4])$/.exec(c);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const last = q * 3;
    return {
      code: `${y}Q${q}`,
      cbsCode: c,
      type: 'quarter',
      start: `${y}-${pad(last - 2)}-01`,
      end: `${y}-${pad(last)}-${pad(lastDay(y, last))}`,
      label: `${y} ${q}e kwartaal`,
    };
  }
  m = /^(\d{4})MM(0[1-9]|1[0-2])$/.exec(c);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return {
      code: `${y}-${pad(mo)}`,
      cbsCode: c,
      type: 'month',
      start: `${y}-${pad(mo)}-01`,
      end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`,
      label: `${y} ${MONTHS[mo - 1]}`,
    };
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(c);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
      throw unknown(c, 'geen datum');
    const label = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    return { code: iso, cbsCode: c, type: 'date', start: iso, end: iso, label };
  }
  m = /^(\d{4})(X0|G([2-9]))\d\d$/.exec(c);
  if (m) {
    const range = title ? /(\d{4})\s*[-–/]\s*(\d{4})/.exec(title) : null;
    let from: number;
    let to: number;
    if (range) {
      from = Number(range[1]);
      to = Number(range[2]);
    } else if (m[3]) {
      to = Number(m[1]);
      from = to - Number(m[3]) + 1;
    } else {
      throw unknown(c, 'de looptijd staat alleen in de titel van de periode');
    }
    if (from >= to) throw unknown(c, `looptijd ${from}-${to}`);
    return {
      code: `${from}-${to}`,
      cbsCode: c,
      type: 'multi-year',
      start: `${from}-01-01`,
      end: `${to}-12-31`,
      label: `${from}-${to}`,
    };
  }
  throw unknown(c);
}
