// `juisteplek users create-admin --email … --password-stdin`: a platform administrator. The password comes from
// standard input (never from an argument, which other users can see in the process list), or prompt-less from
// JUISTEPLEK_ADMIN_PASSWORD (tests, provisioning).
import type { Command } from 'commander';
import { createAdmin, unlockAccountAsOperator } from '../accounts/service.ts';
import { openApp } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import { UsageError } from './usage.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('accounts');
  users
    .command('create-admin')
    .description(
      'maak een platformbeheerder (of zet het wachtwoord van een bestaand account en maak het beheerder)',
    )
    .requiredOption('--email <email>', 'e-mailadres')
    .option('--password-stdin', 'lees het wachtwoord van standaardinvoer')
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { email: string; passwordStdin?: boolean; json?: boolean }) => {
      const password = opts.passwordStdin ? await readStdin() : process.env.JUISTEPLEK_ADMIN_PASSWORD;
      if (password === undefined || password === '')
        throw new UsageError('geef het wachtwoord via --password-stdin of JUISTEPLEK_ADMIN_PASSWORD');
      const app = await openApp(configFromEnv(), { loadData: false });
      try {
        const account = await createAdmin(app.db, opts.email, password);
        if (opts.json)
          console.log(JSON.stringify({ id: account.id, email: account.email, platformAdmin: true }));
        else console.log(`Platformbeheerder ${account.email} is klaar.`);
      } finally {
        await app.close();
      }
    });
  users
    .command('unlock')
    .description('hef de wachttijd na mislukte inlogpogingen van een account op (staat in het auditlog)')
    .requiredOption('--email <email>', 'e-mailadres van het account')
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { email: string; json?: boolean }) => {
      const app = await openApp(configFromEnv(), { loadData: false });
      try {
        const result = await unlockAccountAsOperator(app, opts.email);
        if (opts.json) console.log(JSON.stringify({ email: opts.email.trim().toLowerCase(), ...result }));
        else
          console.log(
            result.unlocked
              ? `${opts.email}: de wachttijd is opgeheven.`
              : `${opts.email}: er was geen wachttijd; niets gewijzigd.`,
          );
      } finally {
        await app.close();
      }
    });
}
