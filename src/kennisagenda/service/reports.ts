// Reports of one or more corpora side by side, as data, as a zip with CSV files and their metadata, and as PDF.
import JSZip from 'jszip';
import type { Actor } from '../../access/actor.ts';
import { invalid } from '../../access/errors.ts';
import {
  codingsOfCorpus,
  finalsOfCorpus,
  listItems,
  listSamples,
  reviewsOf,
  type StoredTaxonomy,
} from '../../db/kennisagendaStore.ts';
import { type CorpusReport, corpusReport } from '../corpusReport.ts';
import { reportHtml } from '../printView.ts';
import { reportMetadata, reportTables, toCsv } from '../reportExport.ts';
import { type KennisagendaDeps, requireKennisagenda, taxonomyNow } from './access.ts';
import { requireCorpus } from './corpora.ts';

export const MAX_CORPORA = 4;

export async function buildReport(deps: KennisagendaDeps, corpusId: string, taxonomy: StoredTaxonomy) {
  const corpus = await requireCorpus(deps, corpusId);
  const [items, codings, finals, samples] = await Promise.all([
    listItems(deps.db, corpusId),
    codingsOfCorpus(deps.db, corpusId),
    finalsOfCorpus(deps.db, corpusId),
    listSamples(deps.db, corpusId),
  ]);
  const withReviews = await Promise.all(
    samples.map(async (s) => ({ ...s, reviews: await reviewsOf(deps.db, s.id) })),
  );
  return corpusReport(taxonomy.document, {
    corpus: { id: corpus.id, name: corpus.name, screening: corpus.screening },
    items,
    codings,
    finals,
    samples: withReviews,
  });
}

export async function reports(
  deps: KennisagendaDeps,
  actor: Actor,
  corpusIds: readonly string[],
): Promise<{ taxonomy: StoredTaxonomy; reports: CorpusReport[] }> {
  await requireKennisagenda(deps, actor, 'read-work');
  if (corpusIds.length === 0) throw invalid('corpora', 'noem minstens één corpus');
  if (corpusIds.length > MAX_CORPORA)
    throw invalid('corpora', `hoogstens ${MAX_CORPORA} corpora naast elkaar`);
  const taxonomy = await taxonomyNow(deps.db);
  const out: CorpusReport[] = [];
  for (const id of corpusIds) out.push(await buildReport(deps, id, taxonomy));
  return { taxonomy, reports: out };
}

/** A zip with aandelen.csv, kruistabel.csv, overeenstemming.csv, datapackage.json and LEESMIJ.txt. */
export async function reportZip(deps: KennisagendaDeps, actor: Actor, corpusIds: readonly string[]) {
  const { taxonomy, reports: list } = await reports(deps, actor, corpusIds);
  const generatedAt = new Date().toISOString();
  const tables = reportTables(list, taxonomy.document);
  const metadata = reportMetadata(list, taxonomy, generatedAt);
  const zip = new JSZip();
  for (const table of tables) zip.file(`${table.name}.csv`, toCsv(table));
  zip.file(
    'datapackage.json',
    JSON.stringify(
      {
        name: 'kennisagenda-rapport',
        ...metadata,
        resources: tables.map((t) => ({
          name: t.name,
          path: `${t.name}.csv`,
          title: t.title,
          schema: { fields: t.columns },
        })),
      },
      null,
      2,
    ),
  );
  zip.file(
    'LEESMIJ.txt',
    [
      metadata.title,
      `Gemaakt: ${generatedAt}`,
      `Taxonomie: versie ${taxonomy.version}, ${taxonomy.document.edition}`,
      ...list.map(
        (r) => `${r.corpus.name}: N = ${r.denominators.n} (van ${r.denominators.items} uitspraken)`,
      ),
      '',
      metadata.method.denominator,
      metadata.method.rounding,
      metadata.method.coding,
      metadata.method.agreement,
      '',
      `Bron: ${taxonomy.document.provenance.source}`,
    ].join('\r\n'),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The report as a printable HTML document (the adapter prints it to PDF). */
export async function reportPrintHtml(deps: KennisagendaDeps, actor: Actor, corpusIds: readonly string[]) {
  const { taxonomy, reports: list } = await reports(deps, actor, corpusIds);
  return reportHtml(list, taxonomy, new Date().toISOString());
}
