// Reading one sheet of an XLSX file as a stream of rows, with bounded memory: the zip's central directory is read
// from disk, each part (workbook, relations, styles, shared strings, the sheet) is inflated as a stream and parsed
// with a streaming XML parser (saxes, which exceljs uses too). Every inflated byte is counted, so a zip bomb (a
// small file that unpacks to gigabytes) stops at maxUncompressedBytes. Cells come out as exceljs gave them before
// (numbers, dates by their number format, shared and inline strings, formula results; "=formula" without one).
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UploadFileError } from './errors.ts';
import { megabytes, UPLOAD_LIMIT_SETTINGS } from './limits.ts';

export interface XlsxOptions {
  sheet?: string;
  decimalSeparator: ',' | '.';
  maxUncompressedBytes: number;
  maxColumns: number;
}

export interface XlsxRow {
  row: number;
  cells: string[];
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function unreadable(): never {
  throw new UploadFileError({
    nl: 'Dit Excel-bestand (.xlsx) is niet leesbaar',
    en: 'This Excel file (.xlsx) cannot be read',
  });
}

function tooLarge(limit: number): never {
  const mb = megabytes(limit);
  const setting = UPLOAD_LIMIT_SETTINGS.maxUncompressedBytes;
  throw new UploadFileError({
    nl: `Dit Excel-bestand pakt uit tot meer dan ${mb.nl} MB (grens uitgepakte grootte, ${setting}); het wordt niet gelezen. Sla alleen het werkblad met de gegevens op, of lever een CSV aan`,
    en: `This Excel file unpacks to more than ${mb.en} MB (uncompressed size limit, ${setting}); it is not read. Save only the sheet with the data, or send a CSV`,
  });
}

/** The entries of the zip's central directory (no ZIP64: files that need it are far above every limit). */
async function readDirectory(handle: FileHandle, size: number): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) unreadable();
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirOffset + dirSize > size || count === 0xffff || dirOffset === 0xffffffff) unreadable();
  const dir = Buffer.alloc(dirSize);
  await handle.read(dir, 0, dirSize, dirOffset);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== 0x02014b50) unreadable();
    const nameLength = dir.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: dir.readUInt16LE(at + 8),
      method: dir.readUInt16LE(at + 10),
      compressedSize: dir.readUInt32LE(at + 20),
      uncompressedSize: dir.readUInt32LE(at + 24),
      localOffset: dir.readUInt32LE(at + 42),
      name: dir.toString('utf8', at + 46, at + 46 + nameLength),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
  }
  return entries;
}

/** Reads the sheet's rows; throws UploadFileError for a damaged file, a missing sheet or a limit. */
export async function* xlsxRows(path: string, options: XlsxOptions): AsyncGenerator<XlsxRow> {
  const handle = await open(path, 'r');
  // Inflated bytes so far, over every part read: the zip-bomb bound.
  let inflated = 0;
  const streams = new Set<Readable>();
  try {
    const { size } = await handle.stat();
    const entries = await readDirectory(handle, size);

    /** The inflated text of an entry, chunk by chunk (UTF-8). */
    async function* text(name: string): AsyncGenerator<string> {
      const entry = entries.get(name);
      if (!entry) unreadable();
      if (entry.flags & 1) unreadable(); // encrypted
      if (entry.uncompressedSize > options.maxUncompressedBytes - inflated)
        tooLarge(options.maxUncompressedBytes);
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, entry.localOffset);
      if (local.readUInt32LE(0) !== 0x04034b50) unreadable();
      const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (entry.compressedSize === 0) return;
      const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
      let stream: Readable = raw;
      if (entry.method === 8) stream = raw.pipe(createInflateRaw());
      else if (entry.method !== 0) unreadable();
      streams.add(raw).add(stream);
      raw.on('error', (e) => stream.destroy(e));
      const decoder = new TextDecoder('utf-8');
      try {
        for await (const chunk of stream) {
          inflated += (chunk as Buffer).length;
          if (inflated > options.maxUncompressedBytes) tooLarge(options.maxUncompressedBytes);
          yield decoder.decode(chunk as Buffer, { stream: true });
        }
      } catch (error) {
        if (error instanceof UploadFileError) throw error;
        unreadable(); // a broken deflate stream
      } finally {
        raw.destroy();
        stream.destroy();
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    }

    /** Parses a part with saxes, calling `on` for every element opened and closed and for text. */
    async function* parse<T>(
      name: string,
      handlers: (parser: SaxesParser, out: T[]) => void,
    ): AsyncGenerator<T[]> {
      const parser = new SaxesParser();
      const out: T[] = [];
      handlers(parser, out);
      let failed: Error | null = null;
      parser.on('error', (e) => {
        failed ??= e;
      });
      for await (const chunk of text(name)) {
        parser.write(chunk);
        if (failed) unreadable();
        if (out.length > 0) yield out.splice(0);
      }
      parser.close();
      if (failed) unreadable();
      if (out.length > 0) yield out.splice(0);
    }

    async function collect<T>(name: string, handlers: (parser: SaxesParser, out: T[]) => void): Promise<T[]> {
      const all: T[] = [];
      for await (const batch of parse(name, handlers)) all.push(...batch);
      return all;
    }

    const relations = async (name: string) => {
      const dir = name.slice(0, name.lastIndexOf('/') + 1);
      const relsName = `${dir}_rels/${name.slice(dir.length)}.rels`;
      if (!entries.has(relsName)) return [];
      const list = await collect<{ id: string; type: string; target: string }>(relsName, (p, out) => {
        p.on('opentag', (t) => {
          if (local(t) === 'Relationship')
            out.push({ id: attr(t, 'Id'), type: attr(t, 'Type'), target: attr(t, 'Target') });
        });
      });
      // Targets are relative to the part's folder, or absolute from the package root.
      return list.map((r) => ({ ...r, target: resolvePart(dir, r.target) }));
    };

    const rootRels = await relations('');
    const workbookName =
      rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    let date1904 = false;
    const sheets = await collect<{ name: string; rid: string }>(workbookName, (p, out) => {
      p.on('opentag', (t) => {
        const n = local(t);
        if (n === 'workbookPr') date1904 = ['1', 'true'].includes(attr(t, 'date1904'));
        if (n === 'sheet') {
          const rid = Object.keys(t.attributes).find((k) => k.endsWith(':id'));
          out.push({ name: attr(t, 'name'), rid: rid ? attr(t, rid) : '' });
        }
      });
    });
    const workbookRels = await relations(workbookName);
    const sheet = options.sheet ? sheets.find((s) => s.name === options.sheet) : sheets[0];
    if (!sheet) {
      const names = sheets.map((s) => `'${s.name}'`).join(', ') || '(geen)';
      throw new UploadFileError({
        nl: `Werkblad '${options.sheet ?? ''}' bestaat niet; wel: ${names}`,
        en: `Sheet '${options.sheet ?? ''}' does not exist; found: ${names}`,
      });
    }
    const sheetName = workbookRels.find((r) => r.id === sheet.rid)?.target;
    if (!sheetName || !entries.has(sheetName)) return unreadable();

    const stylesName = workbookRels.find((r) => r.type.endsWith('/styles'))?.target;
    const dateStyles =
      stylesName && entries.has(stylesName) ? await readDateStyles(stylesName) : new Set<number>();
    const stringsName = workbookRels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
    const strings = stringsName && entries.has(stringsName) ? await readStrings(stringsName) : [];

    async function readDateStyles(name: string): Promise<Set<number>> {
      const formats = new Map<number, string>();
      const xfs: number[] = [];
      let inCellXfs = false;
      await collect<never>(name, (p) => {
        p.on('opentag', (t) => {
          const n = local(t);
          if (n === 'numFmt') formats.set(Number(attr(t, 'numFmtId')), attr(t, 'formatCode'));
          else if (n === 'cellXfs') inCellXfs = true;
          else if (n === 'xf' && inCellXfs) xfs.push(Number(attr(t, 'numFmtId') || 0));
        });
        p.on('closetag', (t) => {
          if (local(t) === 'cellXfs') inCellXfs = false;
        });
      });
      const dates = new Set<number>();
      xfs.forEach((id, index) => {
        if (isDateFormat(id, formats.get(id))) dates.add(index);
      });
      return dates;
    }

    async function readStrings(name: string): Promise<string[]> {
      let current: string[] | null = null;
      let inText = false;
      let phonetic = 0;
      return collect<string>(name, (p, out) => {
        p.on('opentag', (t) => {
          const n = local(t);
          if (n === 'si') current = [];
          else if (n === 'rPh') phonetic += 1;
          else if (n === 't' && phonetic === 0) inText = true;
        });
        p.on('text', (s) => {
          if (inText) current?.push(s);
        });
        p.on('closetag', (t) => {
          const n = local(t);
          if (n === 't') inText = false;
          else if (n === 'rPh') phonetic -= 1;
          else if (n === 'si') {
            out.push(current?.join('') ?? '');
            current = null;
          }
        });
      });
    }

    // The sheet: <row r><c r t s><f/><v/><is><t/></is></c></row>
    let rowNumber = 0;
    let cells: string[] = [];
    let column = 0;
    let cell: {
      type: string;
      style: number;
      formula: string | null;
      value: string | null;
      text: string[];
    } | null = null;
    let field: 'f' | 'v' | 't' | null = null;
    let buffer = '';
    for await (const batch of parse<XlsxRow>(sheetName, (p, out) => {
      p.on('opentag', (t) => {
        const n = local(t);
        if (n === 'row') {
          const r = Number(attr(t, 'r'));
          rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
          cells = [];
          column = 0;
        } else if (n === 'c') {
          const ref = attr(t, 'r');
          column = ref ? columnIndex(ref) : column + 1;
          if (column > options.maxColumns) {
            throw new UploadFileError(
              {
                nl: `Rij ${rowNumber}: meer dan ${options.maxColumns} kolommen (grens kolommen, ${UPLOAD_LIMIT_SETTINGS.maxColumns})`,
                en: `Row ${rowNumber}: more than ${options.maxColumns} columns (column limit, ${UPLOAD_LIMIT_SETTINGS.maxColumns})`,
              },
              rowNumber,
            );
          }
          cell = {
            type: attr(t, 't') || 'n',
            style: Number(attr(t, 's') || 0),
            formula: null,
            value: null,
            text: [],
          };
        } else if (cell && (n === 'f' || n === 'v' || n === 't')) {
          field = n;
          buffer = '';
          if (n === 'f' && cell.formula === null) cell.formula = '';
        }
      });
      p.on('text', (s) => {
        if (field) buffer += s;
      });
      p.on('closetag', (t) => {
        const n = local(t);
        if (cell && field === n) {
          if (n === 'f') cell.formula = buffer;
          else if (n === 'v') cell.value = buffer;
          else cell.text.push(buffer);
          field = null;
        } else if (n === 'c' && cell) {
          const text = cellText(cell, strings, dateStyles, date1904, options.decimalSeparator);
          while (cells.length < column - 1) cells.push('');
          cells[column - 1] = text;
          cell = null;
        } else if (n === 'row') {
          while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
          if (cells.length > 0) out.push({ row: rowNumber, cells });
        }
      });
    })) {
      yield* batch;
    }
  } finally {
    for (const s of streams) s.destroy();
    await handle.close();
  }
}

function cellText(
  cell: { type: string; style: number; formula: string | null; value: string | null; text: string[] },
  strings: readonly string[],
  dateStyles: ReadonlySet<number>,
  date1904: boolean,
  decimalSeparator: ',' | '.',
): string {
  const { type, value } = cell;
  if (value === null && type !== 'inlineStr') return cell.formula === null ? '' : `=${cell.formula}`;
  switch (type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr':
      return cell.text.join('');
    case 'str':
    case 'e':
      return value!;
    case 'b':
      return value === '1' || value === 'true' ? 'true' : 'false';
    case 'd':
      return isoDate(new Date(value!));
    default: {
      const n = Number(value);
      if (value!.trim() === '' || !Number.isFinite(n)) return value!;
      if (dateStyles.has(cell.style)) {
        const ms = Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
        return isoDate(new Date(ms));
      }
      return decimalSeparator === ',' ? String(n).replace('.', ',') : String(n);
    }
  }
}

const isoDate = (d: Date) => {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
};

/** Built-in date and time formats (ECMA-376 18.8.30), or a custom format with date letters outside quotes and
 *  brackets (the rule exceljs uses). */
function isDateFormat(id: number, code: string | undefined): boolean {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
    return true;
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** "AB12" → 28. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const local = (t: SaxesTagPlain) => {
  const i = t.name.indexOf(':');
  return i < 0 ? t.name : t.name.slice(i + 1);
};

const attr = (t: SaxesTagPlain, name: string): string => {
  const v = t.attributes[name];
  return typeof v === 'string' ? v : '';
};

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
