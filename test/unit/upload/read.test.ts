import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UploadFileError } from '../../../src/sources/upload/errors.ts';
import {
  detectDelimiter,
  openTable,
  type ReadOptions,
  type SheetRow,
} from '../../../src/sources/upload/read.ts';
import { fixture } from './context.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jp-read-'));
});

async function rows(path: string, options?: ReadOptions): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of (await openTable(path, options)).rows) out.push(row);
  return out;
}

async function failure(path: string, options?: ReadOptions): Promise<UploadFileError> {
  const error = await rows(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadFileError);
  return error as UploadFileError;
}

describe('CSV', () => {
  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;"c,d"\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a')).toBe(',');
  });

  it('reads a Dutch Excel export: BOM, semicolons, CRLF, decimal comma, blank rows keep their number', async () => {
    const table = await openTable(fixture('good-semicolon.csv'));
    expect(table).toMatchObject({ format: 'csv', delimiter: ';', decimalSeparator: ',' });
    const read = await rows(fixture('good-semicolon.csv'));
    expect(read[0]).toEqual({
      row: 1,
      cells: ['Gemeentecode', 'Periode', 'Contacten per 1000', 'Ondergrens', 'Bovengrens'],
    });
    expect(read.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(read[4]!.cells[0]).toBe('0599');
  });

  it('numbers rows as Excel does, also after a cell spanning two lines', async () => {
    const path = join(dir, 'multiline.csv');
    await writeFile(path, 'a,b\n"regel 1\nregel 2",x\n\ny,z\n');
    expect((await rows(path)).map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'a'],
      [2, 'regel 1\nregel 2'],
      [3, ''],
      [4, 'y'],
    ]);
  });

  it('reads Windows-1252 (older Excel) and UTF-16 (Excel "Unicode text")', async () => {
    const latin = join(dir, 'latin.csv');
    await writeFile(latin, Buffer.from('naam;code\nSúdwest-Fryslân;GM1900\n', 'latin1'));
    expect((await rows(latin))[1]!.cells).toEqual(['Súdwest-Fryslân', 'GM1900']);
    const utf16 = join(dir, 'unicode.txt');
    await writeFile(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('naam\tcode\r\nÉén\tGM0363\r\n', 'utf16le')]),
    );
    const table = await openTable(utf16);
    expect(table.delimiter).toBe('\t');
    expect((await rows(utf16))[1]!.cells).toEqual(['Één', 'GM0363']);
  });

  it('refuses a file above the size limit, naming both sizes', async () => {
    const error = await failure(fixture('good-comma.csv'), { maxBytes: 100 });
    expect(error.text.nl).toMatch(/^Het bestand is te groot \(0\.0 MB; maximaal 0\.0 MB\)$/);
    const big = join(dir, 'big.csv');
    await writeFile(big, Buffer.alloc(3 * 1024 * 1024, 'a'));
    expect((await failure(big, { maxBytes: 2 * 1024 * 1024 })).text.en).toBe(
      'The file is too large (3.0 MB; at most 2.0 MB)',
    );
  });

  it('refuses empty files, binary garbage, an xlsx named .csv and unknown types', async () => {
    expect((await failure(fixture('empty.csv'))).text.nl).toBe('Het bestand is leeg');
    expect((await failure(fixture('garbage.csv'))).text.nl).toBe('Dit is geen tekstbestand (CSV)');
    const types = join(dir, 'data.xls');
    await writeFile(types, 'a,b\n');
    expect((await failure(types)).text.nl).toBe(
      "Bestandstype '.xls' wordt niet ondersteund; gebruik .csv of .xlsx",
    );
    const renamed = join(dir, 'excel.csv');
    await writeFile(renamed, 'PK\x03\x04\x14\x00\x06\x00');
    expect((await failure(renamed)).text.nl).toBe(
      'Dit lijkt een Excel-bestand; geef het de extensie .xlsx of sla het op als CSV',
    );
  });

  it('reports the row where a quote is never closed', async () => {
    const error = await failure(fixture('unclosed-quote.csv'));
    expect(error.row).toBe(3);
    expect(error.text.nl).toBe('Rij 3: een aanhalingsteken (") wordt niet gesloten');
  });
});

describe('XLSX', () => {
  let path: string;
  beforeAll(async () => {
    path = join(dir, 'cellen.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Toelichting').addRow(['Lees mij']);
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Tekst', 'Getal', 'Datum', 'Formule', 'Opgemaakt', 'Link']);
    sheet.addRow([
      'GM0363',
      1234.5,
      new Date(Date.UTC(2022, 5, 19)),
      { formula: 'B2*2', result: 2469 },
      { richText: [{ text: 'GM' }, { text: '0344', font: { bold: true } }] },
      { text: 'klik', hyperlink: 'http://x' },
    ]);
    sheet.addRow([]);
    sheet.addRow([null, null, null, { formula: 'B2*2' }]);
    await workbook.xlsx.writeFile(path);
    await writeFile(join(dir, 'kapot.xlsx'), 'PK\x03\x04 niet echt een zip');
  });

  it('reads the named sheet as text cells, keeping sheet row numbers', async () => {
    const read = await rows(path, { sheet: 'Data' });
    expect(read).toEqual([
      { row: 1, cells: ['Tekst', 'Getal', 'Datum', 'Formule', 'Opgemaakt', 'Link'] },
      { row: 2, cells: ['GM0363', '1234.5', '2022-06-19', '2469', 'GM0344', 'klik'] },
      { row: 4, cells: ['', '', '', '=B2*2'] },
    ]);
  });

  it('writes numbers with the decimal separator the mapping asks for', async () => {
    expect((await rows(path, { sheet: 'Data', decimalSeparator: ',' }))[1]!.cells[1]).toBe('1234,5');
  });

  it('reads the first sheet by default and names the sheets when the one asked for is missing', async () => {
    expect(await rows(path)).toEqual([{ row: 1, cells: ['Lees mij'] }]);
    expect((await failure(path, { sheet: 'Gegevens' })).text.nl).toBe(
      "Werkblad 'Gegevens' bestaat niet; wel: 'Toelichting', 'Data'",
    );
  });

  it('refuses a damaged xlsx', async () => {
    expect((await failure(join(dir, 'kapot.xlsx'))).text.nl).toBe(
      'Dit Excel-bestand (.xlsx) is niet leesbaar',
    );
  });
});
