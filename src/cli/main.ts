// The `juisteplek` command. Every failure ends with one clear line on stderr and a non-zero exit code.
import { Command, CommanderError } from 'commander';
import { ServiceError } from '../access/errors.ts';
import { openApp } from '../app/context.ts';
import { BundleError, DatabaseError } from '../app/errors.ts';
import { ConfigError, configFromEnv } from '../config.ts';
import { loadCatalog } from '../indicators/catalog.ts';
import { regionsOfType } from '../regiobeeld/service.ts';
import { loadOpenData } from '../sources/service.ts';
import { registerImportCommands } from './import.ts';
import { registerProfileCommands } from './profile.ts';
import { serve } from './serve.ts';
import { UsageError } from './usage.ts';
import { registerUserCommands } from './users.ts';

const program = new Command()
  .name('juisteplek')
  .description(
    'Juiste Plek: regiobeeld, regioplan en monitoring op open data (De Juiste Zorg op de Juiste Plek)',
  )
  .showHelpAfterError()
  .exitOverride();

program
  .command('serve')
  .description('start de webapp en de API (PORT, standaard 3000)')
  .option('--port <port>', 'poort (standaard PORT of 3000)')
  .action(async (opts: { port?: string }) => {
    const config = configFromEnv(opts.port ? { ...process.env, PORT: opts.port } : process.env);
    await serve(config);
  });

program
  .command('load-bundle')
  .description('laad de meegeleverde open data (data/) in de database; slaat over als die al geladen is')
  .option('--force', 'ook laden als deze versie al geladen is')
  .option('--data-dir <dir>', 'map met bundle.json (standaard data/ van het project)')
  .option('--json', 'uitvoer als JSON')
  .action(async (opts: { force?: boolean; dataDir?: string; json?: boolean }) => {
    const app = await openApp(configFromEnv(), { loadData: false });
    try {
      const result = await loadOpenData(app, {
        dataDir: opts.dataDir,
        force: opts.force,
        log: opts.json ? undefined : (line) => console.error(line),
      });
      if (opts.json) console.log(JSON.stringify(result));
      else
        console.log(
          result.loaded
            ? `Geladen: ${result.regions} regio's, ${result.observations} waarnemingen.`
            : 'Deze versie van de open data was al geladen; niets gewijzigd.',
        );
    } finally {
      await app.close();
    }
  });

const regions = program.command('regions').description("regio's");
regions
  .command('list')
  .description("regio's tonen, eventueel van één type")
  .option(
    '--type <type>',
    'gemeente, provincie, ggdregio, zorgkantoorregio, arbeidsmarktregio, veiligheidsregio, landsdeel, land',
  )
  .option('--json', 'uitvoer als JSON')
  .action(async (opts: { type?: string; json?: boolean }) => {
    const app = await openApp(configFromEnv());
    try {
      const rows = await regionsOfType(app, opts.type);
      if (opts.json) console.log(JSON.stringify(rows));
      else for (const r of rows) console.log(`${r.code.padEnd(8)} ${r.type.padEnd(18)} ${r.name}`);
    } finally {
      await app.close();
    }
  });

program
  .command('indicators')
  .description('indicatoren')
  .command('list')
  .description('alle indicatoren uit de catalogus')
  .option('--json', 'uitvoer als JSON')
  .action((opts: { json?: boolean }) => {
    const catalog = loadCatalog();
    if (opts.json) console.log(JSON.stringify(catalog.indicators));
    else
      for (const i of catalog.indicators)
        console.log(`${i.id.padEnd(40)} ${i.category.padEnd(16)} ${i.name.nl}`);
  });

registerProfileCommands(program);
registerImportCommands(program);
(await import('./report.ts')).registerReportCommand(program);
registerUserCommands(program);
(await import('./plan.ts')).registerPlanCommands(program);
(await import('./workspaces.ts')).registerWorkspaceCommands(program);
(await import('./kennisbank.ts')).registerKennisbankCommands(program);
(await import('./learning.ts')).registerLearningCommands(program);
(await import('./dsv.ts')).registerDsvCommands(program);
(await import('./kennisagenda.ts')).registerKennisagendaCommands(program);
(await import('./federation.ts')).registerFederationCommands(program);
(await import('./audit.ts')).registerAuditCommands(program);

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // A refused input (a bad e-mail address, an unknown workspace) is wrong usage; anything else a failure.
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error instanceof ServiceError && (error.kind === 'invalid' || error.kind === 'not-found'))
    ) {
      console.error(`juisteplek: ${error.message}`);
      return 2;
    }
    if (error instanceof BundleError || error instanceof DatabaseError) {
      console.error(`juisteplek: ${error.message}`);
      return 1;
    }
    console.error(`juisteplek: ${(error as Error).message ?? error}`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
