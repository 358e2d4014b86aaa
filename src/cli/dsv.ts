// `juisteplek dsv …`: check a collaboration against the DSV definition, check a questionnaire definition file, list
// the rounds and print a published round's national overview (text, JSON or CSV with one row per item and answer).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ServiceError } from '../access/errors.ts';
import { openApp } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import { checkDefinition } from '../dsv/definitionCheck.ts';
import { DefinitionError } from '../dsv/questionnaire.ts';
import { collaborationInput } from '../dsv/schemas.ts';
import { definitionsDir } from '../dsv/service/definitions.ts';
import * as dsv from '../dsv/service/index.ts';
import { UsageError } from './usage.ts';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

/** One CSV row per item and answer value, with n and the percentage; suppressed cells empty with the reason. */
export function overviewCsv(overview: dsv.NationalOverview): string {
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [
    [
      'ronde',
      'vraag',
      'antwoord',
      'aantal',
      'procent',
      'n',
      'niet_van_toepassing',
      'leeg',
      'onderdrukt',
    ].join(','),
  ];
  for (const item of overview.questionnaire.items) {
    for (const d of item.distribution) {
      lines.push(
        [
          overview.round.year,
          item.item,
          d.value,
          d.count,
          d.percent,
          item.n,
          item.notApplicable,
          item.missing,
          item.reason?.nl ?? '',
        ]
          .map(quote)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function registerDsvCommands(program: Command): void {
  const cmd = program
    .command('dsv')
    .description('samenwerkingsverbanden: definitietoets, vragenlijst, landelijk overzicht');

  cmd
    .command('check <file>')
    .description(
      'toets een samenwerkingsverband (JSON zoals POST /api/dsv/collaborations) aan de DSV-definitie; exit 1 als het er niet aan voldoet',
    )
    .option('--json', 'uitvoer als JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const parsed = collaborationInput.safeParse(readJson(file));
      if (!parsed.success)
        throw new UsageError(
          parsed.error.issues
            .map((i) => `${file}: ${i.path.join('.') || '(bestand)'}: ${i.message}`)
            .join('\n'),
        );
      const check = checkDefinition(parsed.data);
      if (opts.json) console.log(JSON.stringify(check));
      else {
        console.log(
          check.passes
            ? `${parsed.data.name}: voldoet aan de DSV-definitie.`
            : `${parsed.data.name}: voldoet niet aan de DSV-definitie.`,
        );
        for (const r of check.reasons) console.log(`  reden: ${r.text.nl}`);
        for (const w of check.warnings) console.log(`  let op: ${w.text.nl}`);
      }
      // exit 1 (a data failure) with one line on stderr; the reasons are on stdout above
      if (!check.passes) throw new Error(`${parsed.data.name} voldoet niet aan de DSV-definitie`);
    });

  cmd
    .command('questionnaire-check [file]')
    .description(`controleer een vragenlijstdefinitie (standaard alle bestanden in ${definitionsDir})`)
    .action((file?: string) => {
      const files = file ? [file] : dsv.definitionVersions().map((v) => `${definitionsDir}${v}.json`);
      for (const f of files) {
        try {
          const d = dsv.readDefinitionFile(f);
          console.log(`${f}: in orde (${d.sections.length} onderdelen, ${d.items.length} vragen)`);
        } catch (error) {
          if (error instanceof DefinitionError) throw new UsageError(error.issues.join('\n'));
          throw new UsageError((error as Error).message);
        }
      }
    });

  const withApp = async <T>(work: (app: Awaited<ReturnType<typeof openApp>>) => Promise<T>) => {
    const app = await openApp(configFromEnv());
    try {
      return await work(app);
    } catch (error) {
      if (error instanceof ServiceError) throw new Error(error.message);
      throw error;
    } finally {
      await app.close();
    }
  };

  cmd
    .command('rounds')
    .description('de vragenlijstrondes')
    .option('--json', 'uitvoer als JSON')
    .action((opts: { json?: boolean }) =>
      withApp(async (app) => {
        const rounds = await dsv.rounds(app);
        if (opts.json) console.log(JSON.stringify(rounds));
        else if (rounds.length === 0) console.log('Nog geen rondes.');
        else
          for (const r of rounds)
            console.log(
              `${r.year}  ${r.status}  vragenlijst ${r.definitionVersion}  ingediend: ${r.submitted ?? '–'}`,
            );
      }),
    );

  cmd
    .command('overview <year>')
    .description('het landelijk overzicht van een gepubliceerde ronde')
    .option('--json', 'uitvoer als JSON')
    .option('--csv <file>', 'schrijf de verdelingen per vraag als CSV')
    .action((year: string, opts: { json?: boolean; csv?: string }) => {
      if (!/^\d{4}$/.test(year)) throw new UsageError(`jaar: '${year}' is geen jaartal`);
      return withApp(async (app) => {
        const overview = await dsv.nationalOverview(app, Number(year));
        if (opts.csv) writeFileSync(opts.csv, overviewCsv(overview));
        if (opts.json) console.log(JSON.stringify(overview));
        else {
          console.log(`Ronde ${year}: ${overview.questionnaire.respondents} ingediende vragenlijsten`);
          for (const item of overview.questionnaire.items) {
            const top =
              item.topBox?.percent === null || item.topBox === null
                ? ''
                : `, score ≥ ${item.topBox.from}: ${item.topBox.percent}% van ${item.topBox.denominator}`;
            console.log(`  ${item.item}: n = ${item.n}${item.suppressed ? ' (onderdrukt)' : top}`);
          }
        }
      });
    });
}
