// `juisteplek federation add|check|read|explain|list|remove`: partners whose aggregate view is read through
// postgres_fdw (docs/federation.md). Whoever runs the command has the database itself; PostgreSQL only.
import type { Command } from 'commander';
import type { AppContext } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import type { FederatedRead } from '../federation/model.ts';
import {
  addPartner,
  checkPartner,
  explainFederated,
  listFederated,
  PGLITE_MESSAGE,
  readFederated,
  removePartner,
} from '../federation/service.ts';
import { UsageError } from './usage.ts';
import { withApp } from './withApp.ts';

async function withPostgresApp<T>(work: (app: AppContext) => Promise<T>): Promise<T> {
  const config = configFromEnv();
  // Said before the embedded database is opened (and migrated) for nothing.
  if (!config.databaseUrl) throw new UsageError(PGLITE_MESSAGE);
  return withApp(work, config);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const list = (v?: string) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

function printRead(read: FederatedRead): void {
  for (const p of read.partners) {
    if (p.status !== 'ok') {
      console.log(
        `${p.partner}: ${p.status === 'unavailable' ? 'NIET BEREIKBAAR' : 'GEWEIGERD'} — ${p.error}`,
      );
      continue;
    }
    console.log(`${p.partner}: ${p.rows.length} cellen`);
    for (const r of p.rows)
      console.log(
        `  ${r.gemeente}  ${r.periode.padEnd(8)} ${r.indicator.padEnd(32)} n=${r.n}  waarde=${r.waarde}`,
      );
  }
}

export function registerFederationCommands(program: Command): void {
  const fed = program
    .command('federation')
    .description('partners die alleen aggregaten delen via postgres_fdw (alleen PostgreSQL)');
  fed
    .command('add')
    .description(
      'koppel de aggregaat-view van een partner en controleer hem (niets blijft achter als hij geweigerd wordt)',
    )
    .requiredOption('--name <name>', 'korte naam van de partner (kleine letters, cijfers, _)')
    .requiredOption('--host <host>', 'server van de partner')
    .option('--port <port>', 'poort', '5432')
    .requiredOption('--dbname <db>', 'database van de partner')
    .requiredOption('--user <role>', 'de rol van de partner die alleen de aggregaat-view mag lezen')
    .option('--schema <schema>', 'schema van de view', 'public')
    .option('--view <view>', 'naam van de aggregaat-view', 'jp_aggregaat')
    .option(
      '--password-stdin',
      'lees het wachtwoord van de rol van standaardinvoer (anders JUISTEPLEK_PARTNER_PASSWORD)',
    )
    .option('--json', 'uitvoer als JSON')
    .action(
      async (opts: {
        name: string;
        host: string;
        port: string;
        dbname: string;
        user: string;
        schema: string;
        view: string;
        passwordStdin?: boolean;
        json?: boolean;
      }) => {
        const password = opts.passwordStdin ? await readStdin() : process.env.JUISTEPLEK_PARTNER_PASSWORD;
        if (!password)
          throw new UsageError('geef het wachtwoord via --password-stdin of JUISTEPLEK_PARTNER_PASSWORD');
        const { passwordStdin: _, json, ...input } = opts;
        const result = await withPostgresApp((app) => addPartner({ db: app.db }, input, password));
        if (json) console.log(JSON.stringify(result));
        else
          console.log(
            `Partner '${result.partner}' gekoppeld: ${result.facts.rows} cellen, alle met ten minste de minimale celgrootte.`,
          );
      },
    );
  fed
    .command('check')
    .description(
      'controleer een gekoppelde partner opnieuw (view, kolommen, rechten, kleine cellen); exit 1 bij een probleem',
    )
    .argument('<name>', 'naam van de partner')
    .option('--json', 'uitvoer als JSON')
    .action(async (name: string, opts: { json?: boolean }) => {
      const result = await withPostgresApp((app) => checkPartner({ db: app.db }, name));
      if (opts.json) console.log(JSON.stringify(result));
      else if (result.status === 'ok')
        console.log(`Partner '${name}': in orde (${result.facts.rows} cellen).`);
      else console.log(`Partner '${name}': ${result.status === 'refused' ? 'GEWEIGERD' : 'NIET BEREIKBAAR'}`);
      // The reasons end the command as its one error line (exit code 1).
      if (result.status !== 'ok')
        throw new Error(result.error ?? result.refusals.map((r) => r.message).join('; '));
    });
  fed
    .command('read')
    .description(
      'lees de aggregaten van alle (of de genoemde) partners; een partner die niet antwoordt wordt genoemd',
    )
    .option('--partner <names>', 'alleen deze partners (naam,naam)')
    .option('--gemeenten <codes>', 'alleen deze gemeenten (GM…,GM…)')
    .option('--perioden <periods>', 'alleen deze perioden')
    .option('--indicatoren <ids>', 'alleen deze indicatoren')
    .option('--json', 'uitvoer als JSON')
    .action(
      async (opts: {
        partner?: string;
        gemeenten?: string;
        perioden?: string;
        indicatoren?: string;
        json?: boolean;
      }) => {
        const read = await withPostgresApp((app) =>
          readFederated(
            { db: app.db },
            {
              partners: list(opts.partner),
              filter: {
                gemeenten: list(opts.gemeenten),
                perioden: list(opts.perioden),
                indicatoren: list(opts.indicatoren),
              },
            },
          ),
        );
        if (opts.json) console.log(JSON.stringify(read));
        else printRead(read);
        // A partial answer is still printed; the note is the command's error line and the exit code is 1.
        if (read.note) throw new Error(read.note.nl);
      },
    );
  fed
    .command('explain')
    .description('EXPLAIN VERBOSE van de leesvraag: de Remote SQL die de partner uitvoert')
    .argument('<name>', 'naam van de partner')
    .action(async (name: string) => {
      for (const line of await withPostgresApp((app) => explainFederated({ db: app.db }, name)))
        console.log(line);
    });
  fed
    .command('list')
    .description('gekoppelde partners met de uitkomst van de laatste controle')
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { json?: boolean }) => {
      const partners = await withPostgresApp((app) => listFederated({ db: app.db }));
      if (opts.json) console.log(JSON.stringify(partners));
      else
        for (const p of partners)
          console.log(
            `${p.name.padEnd(20)} ${p.host}:${p.port}/${p.dbname} ${p.schema}.${p.view}  ${p.checkStatus ?? '-'}${p.checkMessage ? ` (${p.checkMessage})` : ''}`,
          );
    });
  fed
    .command('remove')
    .description('verwijder de koppeling van een partner (server, user mapping, foreign tables)')
    .argument('<name>', 'naam van de partner')
    .action(async (name: string) => {
      await withPostgresApp((app) => removePartner({ db: app.db }, name));
      console.log(`Koppeling met partner '${name}' verwijderd.`);
    });
}
