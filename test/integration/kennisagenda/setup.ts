// The kennisagenda suites: an app with a platform administrator who grants the roles (a beheerder, two coders, a
// senior; new accounts with an initial password), and files to import.
import ExcelJS from 'exceljs';
import type { TestDatabase } from '../../support/database.ts';
import { ADMIN, type Harness, harness, type Who } from '../workspaces/helpers.ts';

export const PASSWORD = 'kennisagenda-wachtwoord-1';

export interface KennisagendaFixture {
  h: Harness;
  admin: Who;
  beheerder: Who;
  coder1: Who;
  coder2: Who;
  senior: Who;
  /** an account with no kennisagenda role */
  outsider: Who;
}

export async function kennisagendaFixture(database: TestDatabase): Promise<KennisagendaFixture> {
  const h = await harness(database);
  const admin = await h.login(ADMIN.email, ADMIN.password);
  const grant = async (email: string, role: string) => {
    const r = await h.call(admin, 'POST', '/api/kennisagenda/roles', { email, role, password: PASSWORD });
    if (r.status !== 201) throw new Error(`grant ${email}: ${r.status} ${r.text}`);
  };
  await grant('beheer@kennis.nl', 'beheerder');
  await grant('codeur1@kennis.nl', 'codeur');
  await grant('codeur2@kennis.nl', 'codeur');
  await grant('senior@kennis.nl', 'senior');
  await grant('buiten@kennis.nl', 'codeur');
  const outsider = await h.login('buiten@kennis.nl', PASSWORD);
  const revoked = await h.call(admin, 'DELETE', '/api/kennisagenda/roles', {
    email: 'buiten@kennis.nl',
    role: 'codeur',
  });
  if (revoked.status !== 200) throw new Error(`revoke: ${revoked.status} ${revoked.text}`);
  return {
    h,
    admin,
    beheerder: await h.login('beheer@kennis.nl', PASSWORD),
    coder1: await h.login('codeur1@kennis.nl', PASSWORD),
    coder2: await h.login('codeur2@kennis.nl', PASSWORD),
    senior: await h.login('senior@kennis.nl', PASSWORD),
    outsider,
  };
}

const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function csvUpload(fileName: string, rows: string[][]) {
  const csv = rows.map((r) => r.map(quote).join(',')).join('\n');
  return { fileName, contentBase64: Buffer.from(csv).toString('base64') };
}

export async function xlsxUpload(fileName: string, rows: string[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Knelpunten');
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, contentBase64: buffer.toString('base64') };
}
