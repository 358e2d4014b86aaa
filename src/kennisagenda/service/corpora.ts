// Corpora and their items: creating a corpus, importing a CSV/XLSX file (validated row by row, atomic, with the
// file and row of every item), adding an item by hand, and relevance screening.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../access/actor.ts';
import { conflict, notFound, ServiceError } from '../../access/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  type Corpus,
  codingsOfCorpus,
  createCorpus,
  finalsOfCorpus,
  getCorpus,
  getItem,
  type Item,
  insertImportedFinals,
  insertItems,
  itemKeys,
  listCorpora,
  listItems,
  setRelevance,
} from '../../db/kennisagendaStore.ts';
import { UploadFileError } from '../../sources/upload/errors.ts';
import { openTable, type SheetRow } from '../../sources/upload/read.ts';
import { type ImportProblem, readStatements, statementKey } from '../items.ts';
import { mayKennisagenda } from '../roles.ts';
import type { CorpusInput, ImportInput } from '../schemas.ts';
import { labelResolver } from '../taxonomy.ts';
import { audit, type KennisagendaDeps, requireKennisagenda, taxonomyNow } from './access.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export async function corpora(deps: KennisagendaDeps, actor: Actor) {
  await requireKennisagenda(deps, actor, 'read-work');
  return listCorpora(deps.db);
}

export async function requireCorpus(deps: KennisagendaDeps, id: string): Promise<Corpus> {
  const corpus = await getCorpus(deps.db, id);
  if (!corpus) throw notFound(`Corpus '${id}' bestaat niet.`);
  return corpus;
}

export async function addCorpus(deps: KennisagendaDeps, actor: Actor, input: CorpusInput): Promise<Corpus> {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const id = newId();
  await deps.db.transaction(async (tx) => {
    const created = await createCorpus(tx, { id, ...input }, who.account.id);
    if (!created)
      throw conflict('duplicate-name', `Er is al een corpus met de naam '${input.name}'.`, {}, 'name');
    await audit(tx, who, actor, 'corpus.create', { subject: input.name, corpus: id });
  });
  return (await getCorpus(deps.db, id))!;
}

/** An item as a coder sees it: the codes of others only once the coder has coded it too (four eyes). */
export interface ItemView extends Item {
  codings: number;
  mine: { themes: string[]; forms: string[] } | null;
  final: { themes: string[]; forms: string[]; source: string; version: number } | null;
  /** both codings are in and differ, and there is no final label yet (only for who may see both) */
  disagreement: boolean | null;
}

export async function corpusItems(deps: KennisagendaDeps, actor: Actor, corpusId: string) {
  const who = await requireKennisagenda(deps, actor, 'read-work');
  const corpus = await requireCorpus(deps, corpusId);
  const [items, codings, finals] = await Promise.all([
    listItems(deps.db, corpusId),
    codingsOfCorpus(deps.db, corpusId),
    finalsOfCorpus(deps.db, corpusId),
  ]);
  const seeAll = mayKennisagenda(who.roles, 'see-all-codings');
  const finalOf = new Map(finals.map((f) => [f.itemId, f]));
  const views: ItemView[] = items.map((item) => {
    const own = codings.filter((c) => c.itemId === item.id);
    const mine = own.find((c) => c.coderId === who.account.id) ?? null;
    const final = finalOf.get(item.id) ?? null;
    const both = own.length === 2;
    const differs =
      both &&
      (own[0]!.themes.slice().sort().join() !== own[1]!.themes.slice().sort().join() ||
        own[0]!.forms.slice().sort().join() !== own[1]!.forms.slice().sort().join());
    return {
      ...item,
      codings: own.length,
      mine: mine && { themes: mine.themes, forms: mine.forms },
      // A final label reveals the codes; a coder sees it only after coding the item (or when it was imported).
      final:
        final && (seeAll || mine || final.source === 'import')
          ? { themes: final.themes, forms: final.forms, source: final.source, version: final.version }
          : null,
      disagreement: seeAll || mine ? differs && !final : null,
    };
  });
  return { corpus, items: views };
}

export async function addItem(
  deps: KennisagendaDeps,
  actor: Actor,
  corpusId: string,
  input: { text: string; reference?: string },
) {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const corpus = await requireCorpus(deps, corpusId);
  const text = input.text.replace(/\s+/g, ' ').trim();
  const key = statementKey(text);
  if (key === '')
    throw new ServiceError('invalid', 'bad-request', 'text: lege uitspraak', { parameter: 'text' });
  const id = newId();
  await deps.db.transaction(async (tx) => {
    if ((await itemKeys(tx, corpusId)).has(key))
      throw conflict('duplicate-statement', 'Deze uitspraak staat al in het corpus.', {}, 'text');
    await insertItems(
      tx,
      corpusId,
      [
        {
          id,
          text,
          key,
          reference: input.reference ?? null,
          sourceFile: null,
          sourceRow: null,
          importId: null,
          relevant: null,
        },
      ],
      who.account.id,
    );
    await audit(tx, who, actor, 'item.add', { subject: corpus.name, item: id });
  });
  return (await getItem(deps.db, id))!;
}

/** The rows of an uploaded file, or the file's own problem (not a table, too large, …) as an import problem. */
async function fileRows(input: ImportInput): Promise<SheetRow[] | ImportProblem> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES)
    return { file: input.fileName, row: null, column: null, message: 'het bestand is groter dan 10 MB' };
  const dir = await mkdtemp(join(tmpdir(), 'jp-kennisagenda-'));
  try {
    const path = join(dir, `upload${input.fileName.slice(input.fileName.lastIndexOf('.')).toLowerCase()}`);
    await writeFile(path, bytes);
    const table = await openTable(path, { maxBytes: MAX_IMPORT_BYTES });
    const rows: SheetRow[] = [];
    for await (const row of table.rows) rows.push(row);
    return rows;
  } catch (error) {
    if (error instanceof UploadFileError)
      return { file: input.fileName, row: error.row, column: null, message: error.text.nl };
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ImportSummary {
  importId: string;
  file: string;
  items: number;
  coded: number;
  rows: { first: number; last: number } | null;
}

/**
 * Imports a file into a corpus: every row checked first (empty or duplicate statements, unknown themes or forms,
 * a relevance that is not ja/nee), then all items written in one transaction, or nothing. Codes given in the file
 * become the items' final labels (source 'import').
 */
export async function importItems(
  deps: KennisagendaDeps,
  actor: Actor,
  corpusId: string,
  input: ImportInput,
): Promise<ImportSummary> {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const corpus = await requireCorpus(deps, corpusId);
  const taxonomy = (await taxonomyNow(deps.db)).document;
  const rows = await fileRows(input);
  const refuse = (problems: ImportProblem[], problemCount: number): never => {
    const first = problems[0]!;
    const at = [first.row === null ? null : `rij ${first.row}`, first.column && `kolom '${first.column}'`]
      .filter(Boolean)
      .join(', ');
    throw new ServiceError(
      'invalid',
      'import-refused',
      `${input.fileName}${at ? `, ${at}` : ''}: ${first.message}${problemCount > 1 ? ` (en nog ${problemCount - 1} fouten)` : ''}. Er is niets geïmporteerd.`,
      { parameter: 'contentBase64', extra: { problems, problemCount } },
    );
  };
  if (!Array.isArray(rows)) return refuse([rows], 1);
  const importId = newId();
  return deps.db.transaction(async (tx) => {
    const result = readStatements(rows, {
      file: input.fileName,
      existing: await itemKeys(tx, corpusId),
      resolveTheme: labelResolver(taxonomy.knowledgeThemes),
      resolveForm: labelResolver(taxonomy.careShiftForms),
      themeIds: taxonomy.knowledgeThemes.map((t) => t.id),
      formIds: taxonomy.careShiftForms.map((t) => t.id),
    });
    if (!result.ok) return refuse(result.problems, result.problemCount);
    const items = result.statements.map((s) => ({
      id: newId(),
      text: s.text,
      key: statementKey(s.text),
      reference: s.reference,
      sourceFile: input.fileName,
      sourceRow: s.sourceRow,
      importId,
      relevant: s.relevant,
      themes: s.themes,
      forms: s.forms,
    }));
    await insertItems(tx, corpusId, items, who.account.id);
    const coded = items.filter((i) => i.themes !== null || i.forms !== null);
    await insertImportedFinals(
      tx,
      coded.map((i) => ({ itemId: i.id, themes: i.themes ?? [], forms: i.forms ?? [] })),
      who.account.id,
    );
    await audit(tx, who, actor, 'corpus.import', {
      subject: corpus.name,
      file: input.fileName,
      items: items.length,
      coded: coded.length,
      importId,
    });
    return {
      importId,
      file: input.fileName,
      items: items.length,
      coded: coded.length,
      rows:
        items.length === 0
          ? null
          : { first: items[0]!.sourceRow!, last: items[items.length - 1]!.sourceRow! },
    };
  });
}

export async function screenItem(
  deps: KennisagendaDeps,
  actor: Actor,
  itemId: string,
  relevant: boolean | null,
) {
  const who = await requireKennisagenda(deps, actor, 'screen');
  const item = await getItem(deps.db, itemId);
  if (!item) throw notFound(`Item '${itemId}' bestaat niet.`);
  await setRelevance(deps.db, itemId, relevant, who.account.id);
  return { ...item, relevant };
}
