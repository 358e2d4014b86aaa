// Reading the rows of a corpus file (CSV or XLSX, header in row 1) into statements, or into every problem found,
// each naming the file, the row and the column. A statement is required and must not occur twice (in the file or
// already in the corpus: compared without case, accents, punctuation and extra spaces). Optional columns: a
// reference (the source's own number), relevance (ja/nee), and codes already given (thema's, vormen; ids, labels or
// aliases of the taxonomy, separated by ';' or '|'). Nothing is returned when anything is wrong. Pure.

export interface SheetRow {
  row: number;
  cells: readonly string[];
}

export interface ImportedStatement {
  text: string;
  reference: string | null;
  relevant: boolean | null;
  themes: string[] | null;
  forms: string[] | null;
  sourceRow: number;
}

export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

export type ImportResult =
  | { ok: true; statements: ImportedStatement[] }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

export const MAX_STATEMENT_LENGTH = 10_000;
export const MAX_IMPORT_ROWS = 20_000;

const COLUMNS = {
  text: ['tekst', 'text', 'knelpunt', 'reactie', 'uitspraak', 'statement'],
  reference: ['nummer', 'id', 'referentie', 'reference', 'nr'],
  relevant: ['relevant', 'relevant jzojp', 'relevantie'],
  themes: ['themas', "thema's", 'thema', 'kennisthemas', "kennisthema's", 'themes'],
  forms: ['vormen', 'verschijningsvormen', 'vorm', 'forms'],
} as const;
type Column = keyof typeof COLUMNS;

/** The key two statements are compared by: no case, accents, punctuation or extra spaces. */
export function statementKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const headerKey = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").trim();

function parseRelevant(value: string): boolean | null | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (['ja', 'j', 'yes', 'y', '1', 'true', 'waar'].includes(v)) return true;
  if (['nee', 'n', 'no', '0', 'false', 'onwaar'].includes(v)) return false;
  return undefined;
}

export interface ImportContext {
  file: string;
  /** keys (statementKey) of the statements already in the corpus */
  existing: ReadonlySet<string>;
  resolveTheme: (written: string) => string | null;
  resolveForm: (written: string) => string | null;
  /** to name the allowed values in a message */
  themeIds: readonly string[];
  formIds: readonly string[];
  maxProblems?: number;
}

export function readStatements(rows: Iterable<SheetRow>, context: ImportContext): ImportResult {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const max = context.maxProblems ?? 200;
  const problem = (row: number | null, column: string | null, message: string) => {
    problemCount++;
    if (problems.length < max) problems.push({ file: context.file, row, column, message });
  };
  const statements: ImportedStatement[] = [];
  const seen = new Map<string, number>();
  let header: Partial<Record<Column, { index: number; name: string }>> | null = null;
  let dataRows = 0;
  for (const { row, cells } of rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    if (!header) {
      header = {};
      for (const [index, name] of cells.entries()) {
        const key = headerKey(name);
        for (const column of Object.keys(COLUMNS) as Column[])
          if ((COLUMNS[column] as readonly string[]).includes(key)) {
            if (header[column]) problem(row, name, `kolom '${name}' staat er twee keer`);
            header[column] = { index, name: name.trim() };
          }
      }
      if (!header.text) {
        problem(
          row,
          null,
          `kolom 'tekst' ontbreekt (de kopregel moet een kolom ${COLUMNS.text.join(' of ')} hebben)`,
        );
        break;
      }
      continue;
    }
    dataRows++;
    if (dataRows > MAX_IMPORT_ROWS) {
      problem(row, null, `meer dan ${MAX_IMPORT_ROWS} rijen; splits het bestand`);
      break;
    }
    const cell = (column: Column) => {
      const at = header![column];
      return at === undefined ? '' : (cells[at.index] ?? '').trim();
    };
    const textColumn = header.text?.name ?? 'tekst';
    const text = cell('text').replace(/\s+/g, ' ');
    if (text === '') {
      problem(row, textColumn, 'lege uitspraak: elke rij moet een tekst hebben');
      continue;
    }
    if (text.length > MAX_STATEMENT_LENGTH) {
      problem(row, textColumn, `de tekst is langer dan ${MAX_STATEMENT_LENGTH} tekens`);
      continue;
    }
    const key = statementKey(text);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(row, textColumn, `dubbele uitspraak: dezelfde tekst staat al in rij ${earlier}`);
      continue;
    }
    seen.set(key, row);
    if (context.existing.has(key)) {
      problem(row, textColumn, 'dubbele uitspraak: deze tekst staat al in het corpus');
      continue;
    }
    const relevant = parseRelevant(cell('relevant'));
    if (relevant === undefined)
      problem(row, header.relevant?.name ?? 'relevant', `'${cell('relevant')}' is geen ja of nee`);
    const codes = (column: 'themes' | 'forms') => {
      if (!header![column]) return null;
      const written = cell(column)
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const resolve = column === 'themes' ? context.resolveTheme : context.resolveForm;
      const ids: string[] = [];
      for (const w of written) {
        const id = resolve(w);
        if (id === null) {
          const allowed = column === 'themes' ? context.themeIds : context.formIds;
          problem(
            row,
            header![column]!.name,
            `onbekend${column === 'themes' ? ' thema' : 'e vorm'} '${w}'; kies uit ${allowed.join(', ')}`,
          );
        } else if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    };
    const themes = codes('themes');
    const forms = codes('forms');
    statements.push({
      text,
      reference: cell('reference') || null,
      relevant: relevant ?? null,
      themes,
      forms,
      sourceRow: row,
    });
  }
  if (!header) problem(null, null, 'het bestand heeft geen kopregel en geen rijen');
  else if (problemCount === 0 && statements.length === 0)
    problem(null, null, 'het bestand heeft geen rijen met uitspraken');
  if (problemCount > 0) return { ok: false, problems, problemCount };
  return { ok: true, statements };
}

/** One line per problem, as the CLI prints them: "file, rij N, kolom 'x': message". */
export function problemLine(p: ImportProblem): string {
  const at = [
    p.file,
    p.row === null ? null : `rij ${p.row}`,
    p.column === null ? null : `kolom '${p.column}'`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${at}: ${p.message}`;
}
