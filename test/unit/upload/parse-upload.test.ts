import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseUpload, type UploadResult } from '../../../src/sources/upload/index.ts';
import { context, fixture } from './context.ts';

const upload = (file: string, mapping = 'mapping-comma.json') =>
  parseUpload(fixture(file), fixture(mapping), context);

/** The errors as [row, column, value, Dutch message]. */
const errors = (result: UploadResult) => result.errors.map((e) => [e.row, e.column, e.value, e.message.nl]);

const observation = { count: null, denominator: null, lower: null, upper: null, breakdown: 'totaal' };

describe('parseUpload: good files', () => {
  it('reads a comma CSV with an indicator column, deriving values from counts', async () => {
    const result = await upload('good-comma.csv');
    expect(result).toMatchObject({ ok: true, errors: [], errorCount: 0, rowCount: 5 });
    expect(result.observations).toEqual([
      {
        ...observation,
        row: 2,
        indicatorId: 'ervaren-gezondheid',
        regionCode: 'GM0363',
        period: '2022',
        breakdown: 'man',
        value: 78.5,
        lower: 77.1,
        upper: 79.9,
      },
      {
        ...observation,
        row: 3,
        indicatorId: 'ervaren-gezondheid',
        regionCode: 'GM0363',
        period: '2022',
        breakdown: 'vrouw',
        value: 75,
        count: 450,
        denominator: 600,
      },
      {
        ...observation,
        row: 4,
        indicatorId: 'huisartscontacten',
        regionCode: 'GM0344',
        period: '2023Q1',
        value: 1250,
        count: 1250,
        denominator: 1000,
      },
      {
        ...observation,
        row: 5,
        indicatorId: 'inwoners',
        regionCode: 'GM0599',
        period: '2023-01-01',
        value: 664311,
        count: 664311,
      },
      {
        ...observation,
        row: 6,
        indicatorId: 'ervaren-gezondheid',
        regionCode: 'GM0518',
        period: '2020-2022',
        value: 80,
      },
    ]);
  });

  it('reads a Dutch Excel CSV: BOM, semicolons, decimal comma, bare gemeente numbers, a blank row', async () => {
    const result = await upload('good-semicolon.csv', 'mapping-semicolon.json');
    expect(result).toMatchObject({ ok: true, rowCount: 3 });
    const base = { ...observation, indicatorId: 'huisartscontacten' };
    expect(result.observations).toEqual([
      { ...base, row: 2, regionCode: 'GM0363', period: '2023', value: 4321.5, lower: 4300.1, upper: 4342.9 },
      { ...base, row: 3, regionCode: 'GM0344', period: '2023-04', value: 385.25 },
      { ...base, row: 5, regionCode: 'GM0599', period: '2022-06-19', value: 12.5 },
    ]);
  });

  describe('XLSX', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'jp-upload-'));
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Toelichting').addRow(['Bron: GGD, Gezondheidsmonitor']);
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Indicator', 'Regio', 'Periode', 'Waarde', 'Teller', 'Noemer']);
      sheet.addRow(['ervaren-gezondheid', 'GM0363', 2022, 78.5, null, null]);
      sheet.addRow(['ervaren-gezondheid', 'GM0344', 2022, { formula: 'E3/F3*100', result: 75 }, 450, 600]);
      sheet.addRow(['inwoners', 'GM0599', new Date(Date.UTC(2023, 0, 1)), null, 664311, null]);
      sheet.addRow(['ervaren-gezondheid', 'GM9999', 2022, '81,2', null, null]);
      await workbook.xlsx.writeFile(join(dir, 'monitor.xlsx'));
    });

    it('reads the named sheet, with numbers, a date and a formula result, and checks each row', async () => {
      const result = await parseUpload(join(dir, 'monitor.xlsx'), fixture('mapping-xlsx.json'), context);
      expect(errors(result)).toEqual([
        [5, 'Regio', 'GM9999', "Rij 5, kolom 'Regio': onbekende regiocode 'GM9999'"],
        [5, 'Waarde', '81,2', "Rij 5, kolom 'Waarde': '81,2' is geen getal"],
      ]);
      expect(result).toMatchObject({ ok: false, observations: [], errorCount: 2, rowCount: 4 });
    });

    it('gives the observations when every row is right, numbers unaffected by a decimal comma', async () => {
      const mapping = join(dir, 'mapping.json');
      const { default: base } = await import(fixture('mapping-xlsx.json'), { with: { type: 'json' } });
      await writeFile(mapping, JSON.stringify({ ...base, decimalSeparator: ',' }));
      const good = join(dir, 'goed.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, 'monitor.xlsx'));
      workbook.getWorksheet('Data')!.spliceRows(5, 1);
      await workbook.xlsx.writeFile(good);
      const result = await parseUpload(good, mapping, { ...context, file: 'monitor-2022.xlsx' });
      expect(result).toMatchObject({ ok: true, errorCount: 0, rowCount: 3 });
      expect(result.observations.map((o) => [o.row, o.regionCode, o.period, o.value])).toEqual([
        [2, 'GM0363', '2022', 78.5],
        [3, 'GM0344', '2022', 75],
        [4, 'GM0599', '2023-01-01', 664311],
      ]);
    });
  });
});

describe('parseUpload: broken files name the row and the column', () => {
  it('unknown region', async () => {
    const result = await upload('unknown-region.csv');
    expect(result).toMatchObject({ ok: false, observations: [], errorCount: 1, rowCount: 2 });
    expect(result.errors[0]).toEqual({
      file: 'unknown-region.csv',
      row: 3,
      column: 'regiocode',
      value: 'GM9999',
      message: {
        nl: "Rij 3, kolom 'regiocode': onbekende regiocode 'GM9999'",
        en: "Row 3, column 'regiocode': unknown region code 'GM9999'",
      },
    });
  });

  it('bad numbers, including a decimal comma where a point is expected, and a row without a value', async () => {
    expect(errors(await upload('bad-number.csv'))).toEqual([
      [2, 'waarde', 'veel', "Rij 2, kolom 'waarde': 'veel' is geen getal"],
      [3, 'waarde', '78,5', "Rij 3, kolom 'waarde': '78,5' is geen getal"],
      [4, 'waarde', '', "Rij 4, kolom 'waarde': geen waarde: vul een waarde in, of een aantal en een noemer"],
    ]);
  });

  it('duplicate key, naming both rows', async () => {
    const result = await upload('duplicate.csv');
    expect(errors(result)).toEqual([
      [
        4,
        null,
        'ervaren-gezondheid × GM0363 × 2022 × man',
        'Rij 4: dezelfde indicator, regio, periode en uitsplitsing staan ook in rij 2',
      ],
    ]);
    expect(result.errors[0]!.message.en).toBe(
      'Row 4: the same indicator, region, period and breakdown also appear in row 2',
    );
  });

  it('count above denominator (a proportion only; a rate may exceed its population)', async () => {
    expect(errors(await upload('count-above-denominator.csv'))).toEqual([
      [2, 'teller', '700', "Rij 2, kolom 'teller': het aantal (700) is groter dan de noemer (600)"],
    ]);
  });

  it('missing column, listing what was found', async () => {
    expect(errors(await upload('missing-column.csv'))).toEqual([
      [
        1,
        'periode',
        null,
        "Rij 1, kolom 'periode': kolom ontbreekt in de kopregel (nodig voor periode); gevonden: 'indicator', " +
          "'regiocode', 'jaar', 'geslacht', 'waarde', 'teller', 'noemer', 'ondergrens', 'bovengrens'",
      ],
    ]);
  });

  it('formula cells in code columns; a negative number in a number column is not a formula', async () => {
    const refused = 'een formule (begint met =, +, -, @, tab of regeleinde) is hier niet toegestaan';
    expect(errors(await upload('formula.csv'))).toEqual([
      [3, 'regiocode', '=HYPERLINK("http://x","klik")', `Rij 3, kolom 'regiocode': ${refused}`],
      [4, 'geslacht', '@SUM(1+1)', `Rij 4, kolom 'geslacht': ${refused}`],
    ]);
  });

  it('negative count, bad period, limits around the value, no value, unknown indicator, empty region, zero denominator', async () => {
    expect(errors(await upload('row-problems.csv'))).toEqual([
      [2, 'teller', '-5', "Rij 2, kolom 'teller': een aantal kan niet negatief zijn"],
      [
        3,
        'periode',
        '2022-13',
        "Rij 3, kolom 'periode': ongeldige periode '2022-13'; gebruik 2023, 2023Q1, 2023-04, 2022-06-19 of 2020-2022",
      ],
      [
        4,
        'ondergrens',
        '79.0',
        "Rij 4, kolom 'ondergrens': de ondergrens (79) is groter dan de waarde (78,5)",
      ],
      [5, 'bovengrens', '70', "Rij 5, kolom 'bovengrens': de waarde (78,5) is groter dan de bovengrens (70)"],
      [6, 'waarde', '', "Rij 6, kolom 'waarde': geen waarde: vul een waarde in, of een aantal en een noemer"],
      [7, 'indicator', 'onbekend-cijfer', "Rij 7, kolom 'indicator': onbekende indicator 'onbekend-cijfer'"],
      [8, 'regiocode', '', "Rij 8, kolom 'regiocode': regio ontbreekt"],
      [9, 'noemer', '0', "Rij 9, kolom 'noemer': de noemer moet groter dan 0 zijn"],
    ]);
  });

  it('empty file, header only, binary garbage, a quote never closed', async () => {
    expect(errors(await upload('empty.csv'))).toEqual([[null, null, null, 'Het bestand is leeg']]);
    expect(errors(await upload('header-only.csv'))).toEqual([
      [null, null, null, 'Het bestand bevat alleen een kopregel, geen gegevens'],
    ]);
    expect(errors(await upload('garbage.csv'))).toEqual([
      [null, null, null, 'Dit is geen tekstbestand (CSV)'],
    ]);
    expect(errors(await upload('unclosed-quote.csv'))).toEqual([
      [3, null, null, 'Rij 3: een aanhalingsteken (") wordt niet gesloten'],
    ]);
  });

  it('an unknown fixed indicator and a broken mapping are reported, not thrown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jp-upload-'));
    const mapping = join(dir, 'koppeling.json');
    await writeFile(
      mapping,
      JSON.stringify({
        indicator: 'bestaat-niet',
        region: { column: 'regiocode' },
        period: { column: 'periode' },
        value: { column: 'waarde' },
      }),
    );
    expect(errors(await parseUpload(fixture('good-comma.csv'), mapping, context))).toEqual([
      [null, null, 'bestaat-niet', "Onbekende indicator 'bestaat-niet' in het koppelbestand"],
    ]);
    const bad = await parseUpload(fixture('good-comma.csv'), fixture('mapping-bad.json'), context);
    expect(bad).toMatchObject({
      ok: false,
      errorCount: 1,
      errors: [{ file: 'mapping-bad.json', row: null }],
    });
  });

  it('keeps the first errors and counts them all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jp-upload-'));
    const file = join(dir, 'veel-fouten.csv');
    const lines = Array.from(
      { length: 500 },
      (_, i) => `ervaren-gezondheid,GM9999,${2000 + (i % 20)},g${i},1`,
    );
    await writeFile(file, `indicator,regiocode,periode,geslacht,waarde\n${lines.join('\n')}\n`);
    const mapping = join(dir, 'koppeling.json');
    await writeFile(
      mapping,
      JSON.stringify({
        indicator: { column: 'indicator' },
        region: { column: 'regiocode' },
        period: { column: 'periode' },
        breakdown: { column: 'geslacht' },
        value: { column: 'waarde' },
      }),
    );
    const result = await parseUpload(file, mapping, context);
    expect(result).toMatchObject({ ok: false, errorCount: 500, rowCount: 500 });
    expect(result.errors).toHaveLength(200);
    expect(result.errors.at(-1)!.row).toBe(201);
    expect((await parseUpload(file, mapping, { ...context, maxErrors: 5 })).errors).toHaveLength(5);
  });
});
