// The report as tables for download (CSV, long format, one row per corpus × label) and the metadata that travels
// with them (what N is, that an item can have several labels, the rounding rule, the taxonomy version, sources).
// Pure: the service zips it, the print view renders it.
import type { CorpusReport } from './corpusReport.ts';
import type { TaxonomyDocument } from './taxonomy.ts';

export type Cell = string | number | null;

export interface Table {
  name: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

const labelOf = (taxonomy: TaxonomyDocument) => {
  const map = new Map<string, string>();
  for (const e of [...taxonomy.knowledgeThemes, ...taxonomy.careShiftForms]) map.set(e.id, e.label.nl);
  return (id: string) => map.get(id) ?? id;
};

export const MULTI_LABEL_NOTE =
  'Een uitspraak kan over meer thema’s (en vormen) gaan. Elk percentage is het aantal uitspraken met dat label gedeeld door N, het aantal relevante, gecodeerde uitspraken van het corpus; de percentages tellen daarom op tot meer dan 100%.';
export const ROUNDING_NOTE =
  'Percentages zijn afgerond op hele procenten (half naar boven); een aandeel groter dan 0 dat afgerond 0 zou zijn, staat als <1%.';

export function reportTables(reports: readonly CorpusReport[], taxonomy: TaxonomyDocument): Table[] {
  const label = labelOf(taxonomy);
  const shareRows: Cell[][] = [];
  for (const r of reports)
    for (const [dimension, part] of [
      ['kennisthema', r.themes],
      ['verschijningsvorm', r.forms],
    ] as const)
      for (const s of part.shares)
        shareRows.push([
          r.corpus.name,
          dimension,
          s.label,
          label(s.label),
          s.count,
          r.denominators.n,
          s.share === null ? null : Number((100 * s.share).toFixed(2)),
          s.display,
        ]);
  const crossRows: Cell[][] = [];
  for (const r of reports)
    r.crossTab.themes.forEach((theme, i) => {
      r.crossTab.forms.forEach((form, j) => {
        crossRows.push([
          r.corpus.name,
          theme,
          label(theme),
          form,
          label(form),
          r.crossTab.cells[i]![j]!,
          r.denominators.n,
        ]);
      });
    });
  const agreementRows: Cell[][] = [];
  for (const r of reports)
    for (const a of [...r.agreement.themes, ...r.agreement.forms])
      agreementRows.push([
        r.corpus.name,
        a.label,
        label(a.label),
        a.items,
        a.both,
        a.onlyFirst,
        a.onlySecond,
        a.percentAgreement.value === null ? null : Number(a.percentAgreement.value.toFixed(4)),
        a.kappa.value === null ? null : Number(a.kappa.value.toFixed(4)),
        a.kappa.reason,
      ]);
  return [
    {
      name: 'aandelen',
      title: 'Aandeel uitspraken per kennisthema en verschijningsvorm',
      columns: ['corpus', 'dimensie', 'id', 'label', 'aantal', 'N', 'procent', 'weergave'],
      rows: shareRows,
    },
    {
      name: 'kruistabel',
      title: 'Kennisthema × verschijningsvorm (aantal uitspraken met beide)',
      columns: ['corpus', 'thema_id', 'thema', 'vorm_id', 'vorm', 'aantal', 'N'],
      rows: crossRows,
    },
    {
      name: 'overeenstemming',
      title: 'Overeenstemming van de twee codeurs per label',
      columns: [
        'corpus',
        'id',
        'label',
        'dubbel_gecodeerd',
        'beide',
        'alleen_eerste',
        'alleen_tweede',
        'percentage_overeenstemming',
        'kappa',
        'kappa_niet_bepaald_omdat',
      ],
      rows: agreementRows,
    },
  ];
}

export function reportMetadata(
  reports: readonly CorpusReport[],
  taxonomy: { version: number; document: TaxonomyDocument },
  generatedAt: string,
) {
  return {
    title: 'Kennisagenda JZOJP: uitspraken per kennisthema en verschijningsvorm',
    generatedAt,
    taxonomy: { id: taxonomy.document.id, version: taxonomy.version, edition: taxonomy.document.edition },
    corpora: reports.map((r) => ({
      id: r.corpus.id,
      name: r.corpus.name,
      screening: r.corpus.screening,
      denominators: r.denominators,
      finalSources: r.finalSources,
    })),
    method: {
      denominator: MULTI_LABEL_NOTE,
      rounding: ROUNDING_NOTE,
      coding:
        'Vier-ogenprincipe: twee codeurs coderen elke uitspraak onafhankelijk; verschillen worden besproken en met een eindcode opgelost; een senior controleert een aselecte steekproef (vaste seed).',
      agreement:
        "Per label: percentage overeenstemming en Cohen's kappa over de uitspraken die beide codeurs codeerden; Krippendorff's alpha (nominaal) over alle uitspraak × label-paren samen.",
    },
    source: taxonomy.document.provenance,
  };
}

/** A table as CSV (RFC 4180, CRLF, every text field quoted, formula-like text neutralised with an apostrophe). */
export function toCsv(table: Table): string {
  const field = (value: Cell) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const safe =
      /^[=+\-@\t\r]/.test(value.trimStart()) && !/^[+-]?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  return `${[table.columns.map(field), ...table.rows.map((r) => r.map(field))].map((r) => r.join(',')).join('\r\n')}\r\n`;
}
