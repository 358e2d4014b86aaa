// The limits of ./src/sources/upload/limits.ts as the readers apply them, on real files: columns and cells of a
// CSV, a column far to the right in an XLSX (refused before a row of that width is built), and the settings.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UploadFileError } from '../../../src/sources/upload/errors.ts';
import { DEFAULT_UPLOAD_LIMITS, uploadLimitsFromEnv } from '../../../src/sources/upload/limits.ts';
import { openTable, type ReadOptions } from '../../../src/sources/upload/read.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jp-limits-'));
});

async function failure(path: string, options: ReadOptions): Promise<UploadFileError> {
  const error = await (async () => {
    for await (const _ of (await openTable(path, options)).rows);
  })().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadFileError);
  return error as UploadFileError;
}

describe('upload limits', () => {
  it('refuses a CSV row wider than the column limit and a file with more cells than the cell limit', async () => {
    const path = join(dir, 'breed.csv');
    await writeFile(path, ['a,b,c', '1,2,3', '1,2,3,4,5,6', ''].join('\n'));
    const wide = await failure(path, { limits: { maxColumns: 4 } });
    expect([wide.row, wide.text.nl]).toEqual([
      3,
      'Rij 3: meer dan 4 kolommen (grens kolommen, JUISTEPLEK_UPLOAD_MAX_COLUMNS)',
    ]);
    const cells = await failure(path, { limits: { maxCells: 8 } });
    expect([cells.row, cells.text.en]).toEqual([
      3,
      'Row 3: the file has more than 8 cells (cell limit, JUISTEPLEK_UPLOAD_MAX_CELLS); split the file',
    ]);
  });

  it('refuses an XLSX cell beyond the column limit, naming its row', async () => {
    const path = join(dir, 'ver.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['a', 'b']);
    sheet.getCell('XFD2').value = 'helemaal rechts';
    await workbook.xlsx.writeFile(path);
    const error = await failure(path, {});
    expect([error.row, error.text.nl]).toEqual([
      2,
      `Rij 2: meer dan ${DEFAULT_UPLOAD_LIMITS.maxColumns} kolommen (grens kolommen, JUISTEPLEK_UPLOAD_MAX_COLUMNS)`,
    ]);
  });

  it('reads the settings, refusing one that is not a positive whole number', () => {
    expect(
      uploadLimitsFromEnv({ JUISTEPLEK_UPLOAD_MAX_ROWS: '10', JUISTEPLEK_UPLOAD_MAX_CELLS: '' }),
    ).toEqual({
      maxRows: 10,
    });
    expect(() => uploadLimitsFromEnv({ JUISTEPLEK_UPLOAD_MAX_UNCOMPRESSED_BYTES: '-1' })).toThrow(
      "JUISTEPLEK_UPLOAD_MAX_UNCOMPRESSED_BYTES: '-1' is geen positief geheel getal",
    );
  });
});
