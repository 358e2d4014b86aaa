// `juisteplek plan export <workspace> [--pdf file.pdf] [--json file.json] [--lang en]`: the regioplan of a workspace
// with the progress of every goal computed now, as PDF (headless Chromium) and/or JSON (stdout without a file).
// Whoever runs the command has the database itself, so there is no sign-in; the export is written to the audit log.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openApp } from '../app/context.ts';
import { htmlToPdf } from '../app/pdf.ts';
import { configFromEnv } from '../config.ts';
import { exportPlanForOperator } from '../plans/service/index.ts';
import { UsageError } from './usage.ts';

export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('het regioplan van een werkruimte');
  plan
    .command('export')
    .description('het regioplan met de voortgang van elk doel als PDF en/of JSON')
    .argument('<workspace>', 'id van de werkruimte')
    .option('--pdf <file>', 'schrijf een PDF (headless Chromium)')
    .option('--json <file>', 'schrijf JSON (zonder --pdf en --json: JSON op standaarduitvoer)')
    .option('--lang <lang>', 'taal van de PDF: nl of en', 'nl')
    .action(async (workspaceId: string, opts: { pdf?: string; json?: string; lang: string }) => {
      if (opts.lang !== 'nl' && opts.lang !== 'en')
        throw new UsageError(`--lang: '${opts.lang}' moet nl of en zijn`);
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(workspaceId))
        throw new UsageError(`<workspace>: '${workspaceId}' is geen werkruimte-id`);
      const app = await openApp(configFromEnv());
      try {
        const { document, html } = await exportPlanForOperator(app, workspaceId, {
          html: Boolean(opts.pdf),
          json: Boolean(opts.json),
          lang: opts.lang,
        }).catch((error: Error) => {
          if (error.name === 'ServiceError') throw new UsageError(`<workspace>: ${error.message}`);
          throw error;
        });
        if (opts.json) await writeFile(resolve(opts.json), `${JSON.stringify(document, null, 2)}\n`);
        if (opts.pdf && html) {
          const pdf = await htmlToPdf(html);
          await writeFile(resolve(opts.pdf), pdf);
          console.error(`${opts.pdf}: ${pdf.length.toLocaleString('nl-NL')} bytes`);
        }
        if (!opts.json && !opts.pdf) console.log(JSON.stringify(document));
      } finally {
        await app.close();
      }
    });
}
