// CBS Regionale kerncijfers Nederland 2025 (70072NED, a StatLine CSV download): per gemeente (by name) and for
// Nederland the nine age groups including 80+, and private households (all and one-person), the denominator of
// the share of one-person households. Pure.
import { NATIONAL_CODE } from '../../geo/regionTypes.ts';
import { parsePeriod } from '../../indicators/period.ts';
import { BundleError, type CsvRow, dutchDecimal, readCsv, wholeNumber } from './csv.ts';
import type { BundleFile } from './manifest.ts';
import type { BundleContent } from './parse.ts';
import { type Context, observation, requireIndicator } from './records.ts';

const BASE = 'Bevolking/Bevolkingssamenstelling op 1 januari';
const AGE = `${BASE}/Leeftijd/Leeftijdsgroepen`;
const HOUSEHOLDS = 'Bevolking/Particuliere huishoudens';
const COLUMNS = {
  period: 'Perioden',
  region: "Regio's",
  total: `${BASE}/Totale bevolking (aantal)`,
  households: `${HOUSEHOLDS}/Particuliere huishoudens/Totaal particuliere huishoudens (aantal)`,
  onePerson: `${HOUSEHOLDS}/Particuliere huishoudens/Eenpersoonshuishoudens (aantal)`,
  onePersonShare: `${HOUSEHOLDS}/Particuliere huishoudens, relatief/Eenpersoonshuishoudens (%)`,
};
/** The nine CBS age groups and our breakdown codes. */
export const AGE_GROUPS_70072: readonly [string, string][] = [
  ['0-4', `${AGE}/Jonger dan 5 jaar (aantal)`],
  ['5-9', `${AGE}/5 tot 10 jaar (aantal)`],
  ['10-14', `${AGE}/10 tot 15 jaar (aantal)`],
  ['15-19', `${AGE}/15 tot 20 jaar (aantal)`],
  ['20-24', `${AGE}/20 tot 25 jaar (aantal)`],
  ['25-44', `${AGE}/25 tot 45 jaar (aantal)`],
  ['45-64', `${AGE}/45 tot 65 jaar (aantal)`],
  ['65-79', `${AGE}/65 tot 80 jaar (aantal)`],
  ['80+', `${AGE}/80 jaar of ouder (aantal)`],
];

/** StatLine adds ' (gemeente)' where a gemeente shares its name with a province or city region. */
const plainName = (name: string) => name.replace(/ \(gemeente\)$/, '');

export function parseAgeHouseholds(
  file: BundleFile,
  text: string,
  snapshotId: string,
  content: BundleContent,
  ctx: Context,
): void {
  const ageColumns = AGE_GROUPS_70072.map(([, column]) => column);
  const rows = readCsv(file.path, text, [...Object.values(COLUMNS), ...ageColumns], { delimiter: ';' });
  for (const [code] of AGE_GROUPS_70072)
    requireIndicator(ctx, file.path, 1, code, 'bevolking-leeftijdsgroep', code);
  requireIndicator(ctx, file.path, 1, COLUMNS.total, 'aandeel-80plus', 'totaal');
  requireIndicator(ctx, file.path, 1, COLUMNS.onePerson, 'eenpersoonshuishoudens', 'totaal');
  const byName = new Map(
    content.regions.filter((r) => r.type === 'gemeente').map((r) => [r.name, r.code] as const),
  );
  const seen = new Set<string>();
  let historical = 0;
  for (const row of rows) {
    if (row.get(COLUMNS.period) !== String(file.year))
      throw new BundleError(file.path, row.row, COLUMNS.period, `verwacht periode ${file.year}`);
    const name = row.get(COLUMNS.region);
    const code = name === 'Nederland' ? NATIONAL_CODE : byName.get(plainName(name));
    if (row.get(COLUMNS.total) === '') {
      // Former gemeenten are listed with empty cells; a current gemeente without figures is an error.
      if (code !== undefined)
        throw new BundleError(file.path, row.row, COLUMNS.total, `${name} heeft geen cijfers`);
      historical++;
      continue;
    }
    if (code === undefined)
      throw new BundleError(file.path, row.row, COLUMNS.region, `'${name}' is geen gemeente van de indeling`);
    if (seen.has(code))
      throw new BundleError(file.path, row.row, COLUMNS.region, `${name} staat er twee keer in`);
    seen.add(code);
    addObservations(file, row, code, snapshotId, ctx);
  }
  const missing = [...ctx.gemeenten].filter((g) => !seen.has(g));
  if (missing.length > 0)
    throw new BundleError(
      file.path,
      null,
      COLUMNS.region,
      `geen rij voor ${missing.length} gemeenten (${missing.slice(0, 3).join(', ')}…)`,
    );
  if (historical > 0)
    content.skipped.push({
      file: file.path,
      rows: historical,
      reason: 'voormalige gemeenten zonder cijfers',
    });
}

function addObservations(file: BundleFile, row: CsvRow, code: string, snapshotId: string, ctx: Context) {
  const period = parsePeriod(String(file.year))!;
  const total = wholeNumber(file.path, row, COLUMNS.total);
  const note = `peildatum 1 januari ${file.year}`;
  let sum = 0;
  const share = (indicatorId: string, breakdown: string, column: string) => {
    const count = wholeNumber(file.path, row, column);
    ctx.observations.push(
      observation({
        indicatorId,
        regionCode: code,
        period,
        breakdown,
        value: (count / total) * 100,
        count,
        denominator: total,
        note,
        snapshotId,
        transformation: `CBS ${file.table}: '${column.split('/').at(-1)}' / 'Totale bevolking' × 100`,
      }),
    );
    return count;
  };
  for (const [breakdown, column] of AGE_GROUPS_70072)
    sum += share('bevolking-leeftijdsgroep', breakdown, column);
  if (sum !== total)
    throw new BundleError(
      file.path,
      row.row,
      COLUMNS.total,
      `de leeftijdsgroepen tellen op tot ${sum}, niet tot ${total}`,
    );
  share('aandeel-80plus', 'totaal', AGE_GROUPS_70072[8]![1]);

  const households = wholeNumber(file.path, row, COLUMNS.households);
  const onePerson = wholeNumber(file.path, row, COLUMNS.onePerson);
  if (onePerson > households)
    throw new BundleError(
      file.path,
      row.row,
      COLUMNS.onePerson,
      `meer eenpersoonshuishoudens dan huishoudens`,
    );
  ctx.observations.push(
    observation({
      indicatorId: 'eenpersoonshuishoudens',
      regionCode: code,
      period,
      value: dutchDecimal(file.path, row, COLUMNS.onePersonShare),
      count: onePerson,
      denominator: households,
      note: `CBS-percentage; teller en noemer: particuliere huishoudens op 1 januari ${file.year}`,
      snapshotId,
      transformation: `CBS ${file.table}: waarde = 'Eenpersoonshuishoudens (%)'; teller 'Eenpersoonshuishoudens (aantal)', noemer 'Totaal particuliere huishoudens (aantal)'`,
    }),
  );
}
