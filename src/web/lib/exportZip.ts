// Downloads of tables and charts: one zip, made in the browser, with the CSV file(s), a Frictionless
// `datapackage.json` (machine-readable metadata: definition, source, licence, method, snapshot) and a plain
// LEESMIJ.txt / README.txt with the same metadata for people. jszip is loaded only when someone downloads.
import type { Indicator } from '../../indicators/schema.ts';
import type { Lang } from '../i18n/index.tsx';
import type { Messages } from '../i18n/nl.ts';
import { type Cell, toCsv } from './csv.ts';
import { slug } from './format.ts';

export interface ExportTable {
  /** File name without extension. */
  name: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface ExportSpec {
  fileBase: string;
  title: string;
  description?: string;
  tables: ExportTable[];
  /** Catalogue entries of the indicators in the tables. */
  indicators: Indicator[];
  /** Source snapshot ids of the numbers. */
  snapshots: string[];
  /** How the numbers were made, in words (observed, aggregated, …). */
  methods?: string[];
  region?: { code: string | null; name: string; gemeenten?: string[] };
  period?: string | null;
}

function fieldType(rows: Cell[][], index: number): 'number' | 'string' | 'boolean' {
  for (const row of rows) {
    const v = row[index];
    if (v === null || v === undefined) continue;
    return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
  }
  return 'string';
}

export function buildDataPackage(spec: ExportSpec, lang: Lang, exportedAt: Date, address: string) {
  const text = (v: { nl: string; en: string } | undefined) => (v ? v[lang] || v.nl : undefined);
  const licences = [...new Set(spec.indicators.map((i) => i.source.licence))];
  const sources = [
    ...new Map(
      spec.indicators.map((i) => [
        `${i.source.publisher}|${i.source.table}`,
        {
          title: `${i.source.publisher}: ${i.source.title}`,
          path: i.source.url,
          table: i.source.table,
          attribution: i.source.attribution,
          licence: i.source.licence,
        },
      ]),
    ).values(),
  ];
  return {
    profile: 'tabular-data-package',
    name: slug(spec.fileBase),
    title: spec.title,
    description: spec.description,
    created: exportedAt.toISOString(),
    homepage: address,
    licenses: licences.map((l) => ({ title: l })),
    sources,
    resources: spec.tables.map((t) => ({
      name: slug(t.name),
      title: t.title,
      path: `${t.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: { fields: t.columns.map((c, i) => ({ name: c, type: fieldType(t.rows, i) })) },
    })),
    juisteplek: {
      language: lang,
      region: spec.region,
      period: spec.period ?? null,
      snapshots: spec.snapshots,
      methods: spec.methods ?? [],
      formulaGuard: "text cells starting with = + - @ are prefixed with '",
      indicators: spec.indicators.map((i) => ({
        id: i.id,
        version: i.version,
        name: text(i.name),
        definition: text(i.definition),
        numerator: text(i.numerator),
        denominator: text(i.denominator),
        unit: text(i.unit),
        valueType: i.valueType,
        multiplier: i.multiplier,
        polarity: i.polarity,
        intervalMethod: i.intervalMethod,
        aggregation: i.aggregation,
        aggregationNote: text(i.aggregationNote),
        suppression: i.suppression,
        caveats: i.caveats.map((c) => text(c)),
        source: i.source,
      })),
    },
  };
}

export function buildReadme(
  spec: ExportSpec,
  t: Messages,
  lang: Lang,
  exportedAt: Date,
  address: string,
): string {
  const e = t.exports;
  const text = (v: { nl: string; en: string } | undefined) => (v ? v[lang] || v.nl : '');
  const lines: string[] = [
    `${e.readmeTitle}: ${spec.title}`,
    '='.repeat(Math.min(78, e.readmeTitle.length + spec.title.length + 2)),
    '',
  ];
  if (spec.description) lines.push(spec.description, '');
  lines.push(`${e.exportedAt}: ${exportedAt.toISOString()}`, `${e.address}: ${address}`);
  if (spec.region) {
    lines.push(`${t.common.region}: ${spec.region.name}${spec.region.code ? ` (${spec.region.code})` : ''}`);
    if (spec.region.gemeenten?.length)
      lines.push(`${t.profile.gemeenten}: ${spec.region.gemeenten.join(', ')}`);
  }
  if (spec.period) lines.push(`${t.common.period}: ${spec.period}`);
  lines.push('', `${e.files}:`);
  for (const table of spec.tables) lines.push(`- ${table.name}.csv: ${table.title}`);
  lines.push('- datapackage.json: Frictionless Data Package', '', e.csvNote, '');
  lines.push(`${e.snapshots}: ${spec.snapshots.join(', ') || '–'}`, `${e.retrieval}: ${e.retrievalNote}`);
  if (spec.methods?.length) lines.push(`${e.method}: ${spec.methods.join(' ')}`);
  for (const i of spec.indicators) {
    lines.push('', `${e.indicator}: ${text(i.name)} (${i.id}, v${i.version})`);
    lines.push(`  ${e.definition}: ${text(i.definition)}`);
    if (i.numerator) lines.push(`  ${e.numerator}: ${text(i.numerator)}`);
    if (i.denominator) lines.push(`  ${e.denominator}: ${text(i.denominator)}`);
    lines.push(`  ${e.unit}: ${text(i.unit)}`);
    lines.push(`  ${e.polarity}: ${t.polarity[i.polarity] ?? i.polarity}`);
    lines.push(`  ${e.intervalMethod}: ${t.intervalMethod[i.intervalMethod] ?? i.intervalMethod}`);
    lines.push(
      `  ${e.aggregation}: ${t.aggregation[i.aggregation] ?? i.aggregation}${i.aggregationNote ? ` – ${text(i.aggregationNote)}` : ''}`,
    );
    lines.push(`  ${e.source}: ${i.source.publisher}, ${i.source.title}; ${i.source.table}`);
    if (i.source.url) lines.push(`  URL: ${i.source.url}`);
    lines.push(`  ${e.licence}: ${i.source.licence}`, `  ${i.source.attribution}`);
    for (const caveat of i.caveats) lines.push(`  ${e.caveats}: ${text(caveat)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

export async function makeZip(spec: ExportSpec, t: Messages, lang: Lang): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const exportedAt = new Date();
  const address = window.location.href;
  for (const table of spec.tables) zip.file(`${table.name}.csv`, toCsv(table.columns, table.rows));
  zip.file(
    'datapackage.json',
    `${JSON.stringify(buildDataPackage(spec, lang, exportedAt, address), null, 2)}\n`,
  );
  zip.file(lang === 'nl' ? 'LEESMIJ.txt' : 'README.txt', buildReadme(spec, t, lang, exportedAt, address));
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
}

export async function downloadExport(spec: ExportSpec, t: Messages, lang: Lang): Promise<void> {
  const blob = await makeZip(spec, t, lang);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${slug(spec.fileBase)}.zip`;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
