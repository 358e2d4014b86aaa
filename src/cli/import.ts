// `juisteplek import cbs <tableId>` and `juisteplek import file <csv|xlsx> --mapping <mapping.json>`.
import type { Command } from 'commander';
import { openApp } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import {
  CbsImportError,
  type CbsImportProgress,
  type CbsImportResult,
  formatUploadError,
  importCbs,
  importObservationFile,
  importStatlineCsv,
  StatlineCsvError,
  TABLE_ID,
} from '../sources/service.ts';
import { UsageError } from './usage.ts';

const nl = (n: number) => n.toLocaleString('nl-NL');
const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${nl(Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** A plain-text progress line on stderr for tables of more than one page: `\r03759ned  12/81 pagina's`. */
function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let shown = false;
  return {
    update(p: CbsImportProgress) {
      const total = p.totalPages ?? p.pages;
      if (!shown && total <= 1) return;
      shown = true;
      const width = String(total).length;
      stream.write(`\r${p.table}  ${String(p.pages).padStart(width)}/${total} pagina's`);
    },
    end() {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}

function describe(result: CbsImportResult): string[] {
  const head = `${result.tableId} (${result.api})`;
  const lines: string[] = [];
  if (result.status === 'unchanged') {
    lines.push(
      `${head}: niets gewijzigd; dezelfde inhoud als snapshot ${result.snapshotId} (opgehaald ${result.retrievedAt}).`,
    );
  } else if (result.status === 'remapped') {
    lines.push(
      `${head}: dezelfde inhoud als snapshot ${result.snapshotId}; de koppeling is gewijzigd, de indicatoren zijn opnieuw afgeleid.`,
    );
  } else {
    lines.push(
      `${head}: ${nl(result.cells)} cellen geïmporteerd in snapshot ${result.snapshotId} (${nl(result.pages)} pagina's, ${size(result.bytes)}).`,
    );
  }
  if (result.filter) lines.push(`Filter: ${result.filter}`);
  if (result.dataSet === 'TypedDataSet')
    lines.push('Gelezen uit TypedDataSet: de CBS-tekens . x - ? zijn daarin niet te onderscheiden.');
  const m = result.mapping;
  if (m?.applied) {
    const counts = Object.entries(m.indicators).map(([id, n]) => `${id} ${nl(n)}`);
    const skipped =
      m.skippedRegions > 0
        ? `; ${nl(m.skippedRegions)} regiocode${m.skippedRegions === 1 ? '' : 's'} overgeslagen (niet in de regiotabel)`
        : '';
    const incomplete = m.incomplete > 0 ? `; ${nl(m.incomplete)} zonder volledige gegevens` : '';
    const kept =
      m.keptFromBundle > 0 ? `; ${nl(m.keptFromBundle)} niet overschreven (uit de meegeleverde bundel)` : '';
    lines.push(`Koppeling ${m.file}: ${counts.join(', ')} waarnemingen${skipped}${incomplete}${kept}.`);
    if (m.otherIndeling.length > 0) {
      const periods = m.otherIndeling.map((o) => o.period).join(', ');
      const example = m.otherIndeling[0]!.formerGemeenten.slice(0, 3).join(', ');
      lines.push(
        `Gemeentecijfers van ${periods} overgeslagen: andere gemeentelijke indeling dan de regiotabel (o.a. ${example}); totalen van land en provincies wel.`,
      );
    }
    if (m.harmonised.length > 0) {
      const periods = m.harmonised.map((o) => o.period).join(', ');
      const gemeenten = new Set(m.harmonised.flatMap((o) => o.gemeenten)).size;
      lines.push(
        `Gemeentecijfers van ${periods} omgerekend naar de gemeentelijke indeling van nu (${nl(gemeenten)} gemeenten; CBS-omrekening, data/regions/gemeente_herindelingen_2019_2026.csv).`,
      );
    }
  } else if (m && result.status !== 'unchanged') {
    lines.push(`Koppeling ${m.file}: niet toegepast (${m.reason}).`);
  }
  return lines;
}

export function registerImportCommands(program: Command): void {
  const command = program
    .command('import')
    .description('gegevens importeren: een CBS-tabel (StatLine) of een bestand van een partner');

  command
    .command('cbs')
    .description(
      'een CBS StatLine-tabel importeren als onveranderlijke snapshot; met een koppeling in catalog/mappings/ ook de indicatoren',
    )
    .argument('<tableId>', 'CBS-tabelnummer, bijv. 03759ned')
    .option('--api <api>', 'v3 (opendata.cbs.nl) of v4 (datasets.cbs.nl)', 'v3')
    .option('--base-url <url>', 'basisadres van de API (standaard CBS_ODATA_V3_URL/CBS_ODATA_V4_URL of CBS)')
    .option(
      '--typed',
      'v3: TypedDataSet lezen in plaats van UntypedDataSet (dan zijn de CBS-tekens . x - ? niet te onderscheiden)',
    )
    .option(
      '--accept-structure-change',
      'ook importeren als meetwaarden of dimensies anders zijn dan bij de vorige import',
    )
    .option('--filter <odata>', 'alleen deze cellen, als OData-$filter (bijv. "startswith(RegioS,\'GM\')")')
    .option('--periods <perioden>', 'alleen deze perioden: 2019-2026, 2024,2025 of 2023Q4')
    .option('--regions <regios>', "alleen deze regio's: gemeente, provincie, land, … of codes (GM0363,PV27)")
    .option('--json', 'uitvoer als JSON')
    .action(
      async (
        tableId: string,
        opts: {
          api: string;
          baseUrl?: string;
          typed?: boolean;
          acceptStructureChange?: boolean;
          filter?: string;
          periods?: string;
          regions?: string;
          json?: boolean;
        },
      ) => {
        if (!TABLE_ID.test(tableId)) {
          throw new UsageError(`'${tableId}' is geen CBS-tabelnummer (letters en cijfers, bijv. 03759ned)`);
        }
        if (opts.api !== 'v3' && opts.api !== 'v4')
          throw new UsageError(`--api: '${opts.api}' moet v3 of v4 zijn`);
        if (opts.baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(opts.baseUrl)) {
          throw new UsageError(`--base-url: '${opts.baseUrl}' is geen http(s)-adres`);
        }
        const app = await openApp(configFromEnv());
        const bar = progressBar();
        try {
          const result = await importCbs(app, tableId, {
            api: opts.api,
            baseUrl: opts.baseUrl,
            dataSet: opts.typed ? 'TypedDataSet' : 'UntypedDataSet',
            acceptStructureChange: opts.acceptStructureChange,
            filter: opts.filter,
            periods: opts.periods,
            regions: opts.regions,
            onProgress: (p) => bar.update(p),
          }).catch((error) => {
            // A filter that does not fit the table is the caller's mistake: exit code 2.
            if (error instanceof CbsImportError && error.kind === 'filter')
              throw new UsageError(error.message);
            throw error;
          });
          bar.end();
          if (opts.json) console.log(JSON.stringify(result));
          else for (const line of describe(result)) console.log(line);
        } finally {
          bar.end();
          await app.close();
        }
      },
    );

  command
    .command('statline-csv')
    .description(
      'een CSV-download van StatLine importeren in dezelfde ruwe tabellen als een CBS-import (alles of niets)',
    )
    .argument('<file>', 'het CSV-bestand zoals StatLine het geeft (puntkomma, Nederlandse kolomtitels)')
    .requiredOption('--table <tableId>', 'het CBS-tabelnummer van de download, bijv. 03759ned')
    .option('--api <api>', 'structuur van CBS halen als de tabel nog niet geïmporteerd is: v3 of v4', 'v3')
    .option('--base-url <url>', 'basisadres van de API voor die structuur')
    .option('--json', 'uitvoer als JSON')
    .action(async (file: string, opts: { table: string; api: string; baseUrl?: string; json?: boolean }) => {
      if (!TABLE_ID.test(opts.table)) {
        throw new UsageError(
          `--table: '${opts.table}' is geen CBS-tabelnummer (letters en cijfers, bijv. 03759ned)`,
        );
      }
      if (opts.api !== 'v3' && opts.api !== 'v4')
        throw new UsageError(`--api: '${opts.api}' moet v3 of v4 zijn`);
      const app = await openApp(configFromEnv());
      try {
        const result = await importStatlineCsv(app, file, opts.table, {
          api: opts.api,
          baseUrl: opts.baseUrl,
        }).catch((error) => {
          // The file is the problem, not the data source: exit code 2, nothing written.
          if (error instanceof StatlineCsvError) throw new UsageError(`${error.message}; niets geïmporteerd`);
          if (error instanceof CbsImportError && error.kind === 'invalid')
            throw new UsageError(error.message);
          throw error;
        });
        if (opts.json) console.log(JSON.stringify(result));
        else for (const line of describe(result)) console.log(line);
      } finally {
        await app.close();
      }
    });

  command
    .command('file')
    .description(
      'een CSV- of XLSX-bestand importeren met een koppelbestand (eerst alles controleren, dan alles of niets)',
    )
    .argument('<file>', 'het bestand (.csv of .xlsx)')
    .requiredOption('--mapping <mapping.json>', 'koppelbestand: welke kolom wat bevat')
    .option('--json', 'uitvoer als JSON')
    .action(async (file: string, opts: { mapping: string; json?: boolean }) => {
      const app = await openApp(configFromEnv());
      try {
        const result = await importObservationFile(app, file, opts.mapping);
        if (!result.ok) {
          if (opts.json) console.log(JSON.stringify(result));
          else {
            for (const error of result.errors) console.error(formatUploadError(error));
            const rest = result.errorCount - result.errors.length;
            if (rest > 0) console.error(`… en nog ${nl(rest)} fouten`);
          }
          const n = result.errorCount;
          throw new UsageError(`${result.file}: ${nl(n)} ${n === 1 ? 'fout' : 'fouten'}; niets geïmporteerd`);
        }
        if (opts.json) console.log(JSON.stringify(result));
        else {
          const counts = Object.entries(result.indicators).map(([id, n]) => `${id} ${nl(n)}`);
          console.log(
            `${result.file}: ${nl(result.observations)} waarnemingen geïmporteerd (${counts.join(', ')}) met snapshot ${result.snapshotId}${result.knownFile ? ' (dit bestand was al eerder geïmporteerd)' : ''}${result.keptFromBundle > 0 ? `; ${nl(result.keptFromBundle)} niet overschreven (uit de meegeleverde bundel)` : ''}.`,
          );
        }
      } finally {
        await app.close();
      }
    });
}
