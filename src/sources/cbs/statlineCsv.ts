// A StatLine CSV download (the "CSV" button of opendata.cbs.nl / StatLine): semicolons, every field in double
// quotes, a BOM and CRLF, Dutch column titles (dimension titles, measure titles with their unit in parentheses),
// dimension codes right-padded with spaces (or their titles), numbers padded on the left, StatLine symbols
// (`.` `x` `-` `?`; an empty cell is "cannot occur"). Read onto the cells of the table's structure, so the import
// keeps them in the same raw tables as an OData download. Pure: no I/O; every problem names file, row and column.
import { parseV3Value } from './symbols.ts';
import type { CbsMetadata, CbsObservation } from './types.ts';

export class StatlineCsvError extends Error {
  override readonly name = 'StatlineCsvError';
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly column: string | null,
    readonly problem: string,
  ) {
    super(
      `${file}${row === null ? '' : `, rij ${row}`}${column === null ? '' : `, kolom '${column}'`}: ${problem}`,
    );
  }
}

/** Splits the text into records of fields (quotes doubled inside a quoted field; newlines allowed in quotes). */
export function splitCsv(text: string, file: string, separator = ';'): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') throw new StatlineCsvError(file, line, null, 'aanhalingsteken midden in een veld');
      quoted = true;
    } else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted)
    throw new StatlineCsvError(file, line, null, 'een veld tussen aanhalingstekens wordt niet gesloten');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
}

type Column = { kind: 'dimension'; key: string } | { kind: 'measure'; key: string } | { kind: 'id' };

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Which dimension or measure each column title stands for. */
function matchColumns(header: string[], meta: CbsMetadata, file: string): Column[] {
  const columns = header.map((title): Column => {
    const t = norm(title);
    if (t === 'id') return { kind: 'id' };
    const dim = meta.dimensions.find((d) => norm(d.title) === t || norm(d.key) === t);
    if (dim) return { kind: 'dimension', key: dim.key };
    // "Bevolking op 1 januari (aantal)", or a group path "Alcoholgebruik/Drinker (%)", or the bare title or key.
    const byTitle = (withUnit: boolean) =>
      meta.measures.filter((m) => {
        const name = withUnit ? `${m.title.trim()} (${m.unit.trim()})` : m.title.trim();
        return t === norm(name) || t.endsWith(`/${norm(name)}`) || norm(m.key) === t;
      });
    const found = byTitle(true).length > 0 ? byTitle(true) : byTitle(false);
    if (found.length === 1) return { kind: 'measure', key: found[0]!.key };
    if (found.length > 1)
      throw new StatlineCsvError(
        file,
        1,
        title.trim(),
        `past bij meer dan één meetwaarde van tabel ${meta.tableId} (${found.map((m) => m.key).join(', ')})`,
      );
    throw new StatlineCsvError(
      file,
      1,
      title.trim(),
      `is geen dimensie of meetwaarde van tabel ${meta.tableId} (dimensies: ${meta.dimensions.map((d) => d.title).join(', ')}; meetwaarden: ${meta.measures.map((m) => `${m.title.trim()} (${m.unit})`).join(', ')})`,
    );
  });
  for (const d of meta.dimensions) {
    if (!columns.some((c) => c.kind === 'dimension' && c.key === d.key))
      throw new StatlineCsvError(
        file,
        1,
        null,
        `de kolom voor dimensie '${d.title}' (${d.key}) van tabel ${meta.tableId} ontbreekt`,
      );
  }
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (c.kind === 'id') return;
    if (seen.has(c.key))
      throw new StatlineCsvError(file, 1, header[i]!.trim(), `${c.key} staat twee keer in de kop`);
    seen.add(c.key);
  });
  if (!columns.some((c) => c.kind === 'measure'))
    throw new StatlineCsvError(
      file,
      1,
      null,
      `geen enkele kolom is een meetwaarde van tabel ${meta.tableId}`,
    );
  return columns;
}

/** The cells of a StatLine CSV in long format, checked against the table's code lists. */
export function readStatlineCsv(text: string, file: string, meta: CbsMetadata): CbsObservation[] {
  const records = splitCsv(text, file);
  if (records.length === 0) throw new StatlineCsvError(file, null, null, 'het bestand is leeg');
  const header = records[0]!;
  const columns = matchColumns(header, meta, file);
  // A code, or failing that a title that names one code only (StatLine can write either).
  const lookups = new Map(
    meta.dimensions.map((d) => {
      const byKey = new Map(d.codes.map((c) => [c.key, c.key]));
      const byTitle = new Map<string, string | null>();
      for (const c of d.codes) byTitle.set(norm(c.title), byTitle.has(norm(c.title)) ? null : c.key);
      return [d.key, { dim: d, byKey, byTitle }];
    }),
  );
  const cells: CbsObservation[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.length !== header.length)
      throw new StatlineCsvError(
        file,
        row,
        null,
        `${record.length} velden, de kop heeft er ${header.length}`,
      );
    const dimensions: Record<string, string> = {};
    columns.forEach((c, j) => {
      if (c.kind !== 'dimension') return;
      const raw = record[j]!.trim();
      const { dim, byKey, byTitle } = lookups.get(c.key)!;
      const code = byKey.get(raw) ?? byTitle.get(norm(raw));
      if (code === null)
        throw new StatlineCsvError(
          file,
          row,
          header[j]!.trim(),
          `'${raw}' is de naam van meer dan één code; gebruik de code`,
        );
      if (code === undefined)
        throw new StatlineCsvError(
          file,
          row,
          header[j]!.trim(),
          `code '${raw}' staat niet in de codelijst van dimensie '${dim.key}' van tabel ${meta.tableId}`,
        );
      dimensions[c.key] = code;
    });
    columns.forEach((c, j) => {
      if (c.kind !== 'measure') return;
      const raw = record[j]!;
      // StatLine's legend: an empty cell is a figure that cannot occur; '.' is unknown.
      const parsed = raw.trim() === '' ? { value: null, flag: 'impossible' } : parseV3Value(raw);
      if (parsed.flag === 'unknown')
        throw new StatlineCsvError(
          file,
          row,
          header[j]!.trim(),
          `'${raw.trim()}' is geen getal en geen CBS-teken (. x - ?)`,
        );
      cells.push({
        measure: c.key,
        dimensions: { ...dimensions },
        ...parsed,
        raw: { row, column: header[j] },
      });
    });
  });
  return cells;
}
