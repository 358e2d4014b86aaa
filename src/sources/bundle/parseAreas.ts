// CBS Kerncijfers wijken en buurten 2024 (85984NED, a StatLine CSV download): the wijken and buurten as regions
// (wijk → its gemeente, buurt → its wijk) and, for Nederland, every gemeente, wijk and buurt, inhabitants by sex
// and by the kwb age bands, and the share aged 65+. Pure.
import { gemeenteOfArea, NATIONAL_CODE, wijkOfBuurt } from '../../geo/regionTypes.ts';
import { parsePeriod } from '../../indicators/period.ts';
import { BundleError, type CsvRow, matching, readCsv, wholeNumber } from './csv.ts';
import type { BundleFile } from './manifest.ts';
import type { BundleContent } from './parse.ts';
import { type Context, observation, requireIndicator } from './records.ts';

const COLUMNS = {
  name: 'Wijken en buurten',
  kind: 'Regioaanduiding/Soort regio (omschrijving)',
  code: 'Regioaanduiding/Codering (code)',
  total: 'Bevolking/Aantal inwoners (aantal)',
  men: 'Bevolking/Geslacht/Mannen (aantal)',
  women: 'Bevolking/Geslacht/Vrouwen (aantal)',
};
/** kwb age band columns and our breakdown codes (the bands are [from, to) in years). */
export const KWB_AGE_BANDS: readonly [string, string][] = [
  ['0-14', 'Bevolking/Leeftijdsgroepen/0 tot 15 jaar (aantal)'],
  ['15-24', 'Bevolking/Leeftijdsgroepen/15 tot 25 jaar (aantal)'],
  ['25-44', 'Bevolking/Leeftijdsgroepen/25 tot 45 jaar (aantal)'],
  ['45-64', 'Bevolking/Leeftijdsgroepen/45 tot 65 jaar (aantal)'],
  ['65+', 'Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)'],
];
const KINDS: Record<string, 'land' | 'gemeente' | 'wijk' | 'buurt'> = {
  Land: 'land',
  Gemeente: 'gemeente',
  Wijk: 'wijk',
  Buurt: 'buurt',
};

export function parseKwbAreas(
  file: BundleFile,
  text: string,
  snapshotId: string,
  content: BundleContent,
  ctx: Context,
): void {
  const bandColumns = KWB_AGE_BANDS.map(([, column]) => column);
  const rows = readCsv(file.path, text, [...Object.values(COLUMNS), ...bandColumns], { delimiter: ';' });
  for (const [code] of KWB_AGE_BANDS)
    requireIndicator(ctx, file.path, 1, code, 'bevolking-leeftijdsgroep', code);
  requireIndicator(ctx, file.path, 1, COLUMNS.total, 'aandeel-65plus', 'totaal');
  const period = parsePeriod(String(file.year))!;
  const buurten: { row: CsvRow; code: string }[] = [];

  for (const row of rows) {
    const kind = KINDS[row.get(COLUMNS.kind)];
    if (!kind)
      throw new BundleError(
        file.path,
        row.row,
        COLUMNS.kind,
        `onbekende soort regio '${row.get(COLUMNS.kind)}'`,
      );
    const raw = row.get(COLUMNS.code);
    let code: string;
    if (kind === 'land')
      code = NATIONAL_CODE; // kwb writes NL00
    else if (kind === 'gemeente') {
      code = matching(file.path, row, COLUMNS.code, /^GM\d{4}$/, 'gemeentecode');
      if (!ctx.gemeenten.has(code))
        throw new BundleError(file.path, row.row, COLUMNS.code, `${code} is geen gemeente van de indeling`);
    } else {
      code = matching(
        file.path,
        row,
        COLUMNS.code,
        kind === 'wijk' ? /^WK\d{4}[0-9A-Z]{2}$/ : /^BU\d{4}[0-9A-Z]{4}$/,
        `${kind}code`,
      );
      if (ctx.regionCodes.has(code))
        throw new BundleError(file.path, row.row, COLUMNS.code, `${code} staat er twee keer in`);
      const parentCode = kind === 'wijk' ? gemeenteOfArea(code)! : wijkOfBuurt(code)!;
      if (kind === 'wijk' && !ctx.gemeenten.has(parentCode))
        throw new BundleError(
          file.path,
          row.row,
          COLUMNS.code,
          `${raw}: gemeente ${parentCode} bestaat niet`,
        );
      if (kind === 'buurt') buurten.push({ row, code });
      content.regions.push({
        code,
        type: kind,
        name: row.get(COLUMNS.name),
        validFrom: file.year,
        snapshotId,
        parentCode,
      });
      ctx.regionCodes.add(code);
    }
    addObservations(file, row, code, kind, period, snapshotId, ctx);
  }
  for (const { row, code } of buurten) {
    if (!ctx.regionCodes.has(wijkOfBuurt(code)!))
      throw new BundleError(
        file.path,
        row.row,
        COLUMNS.code,
        `${code}: wijk ${wijkOfBuurt(code)} staat niet in het bestand`,
      );
  }
}

function addObservations(
  file: BundleFile,
  row: CsvRow,
  code: string,
  kind: string,
  period: NonNullable<ReturnType<typeof parsePeriod>>,
  snapshotId: string,
  ctx: Context,
) {
  const total = wholeNumber(file.path, row, COLUMNS.total);
  const rounded = kind === 'wijk' || kind === 'buurt';
  // Areas: ~170,000 rows, so the words that are the same for all of them live in the catalogue's caveats.
  const note = rounded ? null : `peildatum 1 januari ${file.year}`;
  // Nederland's official 1-1-2024 total comes from 03759ned/70072ned; gemeenten and areas take it from here
  // (the gemeente totals of kwb equal 03759ned 2024 for 342/342, data/provenance).
  if (kind !== 'land') {
    ctx.observations.push(
      observation({
        indicatorId: 'bevolking',
        regionCode: code,
        period,
        value: total,
        count: total,
        note,
        snapshotId,
        transformation: `${file.table}: inwoners${rounded ? ' (afgerond op 5)' : ''}`,
      }),
    );
  }
  if (total === 0) return; // no inhabitants: no shares to show
  const share = (indicatorId: string, breakdown: string, column: string) => {
    const count = wholeNumber(file.path, row, column);
    if (count > total && !rounded)
      throw new BundleError(file.path, row.row, column, `${count} is meer dan het aantal inwoners ${total}`);
    if (count > total) {
      // CBS rounds both to 5: in a tiny area the group can exceed the total, and then the share is unknown.
      ctx.observations.push(
        observation({
          indicatorId,
          regionCode: code,
          period,
          breakdown,
          value: null,
          flags: ['suppressed-by-source'],
          note: `CBS rondt af op 5: de groep (${count}) is hier groter dan het totaal (${total}), het aandeel is onbekend`,
          snapshotId,
          transformation: `kwb ${file.table}: '${column}' (${count}) > '${COLUMNS.total}' (${total}) na afronding`,
        }),
      );
      return;
    }
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
        transformation: `${file.table}: ${breakdown === 'totaal' ? '65+' : breakdown} / inwoners × 100`,
      }),
    );
  };
  for (const [breakdown, column] of KWB_AGE_BANDS) share('bevolking-leeftijdsgroep', breakdown, column);
  share('bevolking-leeftijdsgroep', 'man', COLUMNS.men);
  share('bevolking-leeftijdsgroep', 'vrouw', COLUMNS.women);
  share('aandeel-65plus', 'totaal', KWB_AGE_BANDS[4]![1]);
}
