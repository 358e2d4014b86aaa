// `juisteplek audit verify` (recompute the hash chain; exit 1 at a break) and `juisteplek audit list` (the
// platform-level entries, as text, JSON or CSV). Whoever runs these has the database; nothing is changed.
import type { Command } from 'commander';
import { openApp } from '../app/context.ts';
import { platformAuditQuery } from '../audit/api.ts';
import { auditCsv, platformAuditAsOperator, verifyAuditChain } from '../audit/service.ts';
import { configFromEnv } from '../config.ts';
import { UsageError } from './usage.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command('audit')
    .description('het auditlog: de hashketen controleren, platformregels tonen');
  audit
    .command('verify')
    .description(
      'herbereken de hashketen van het auditlog; exit 1 bij de eerste vervalste, verwijderde of gewijzigde regel',
    )
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { json?: boolean }) => {
      const app = await openApp(configFromEnv(), { loadData: false });
      try {
        const report = await verifyAuditChain(app);
        if (opts.json) console.log(JSON.stringify(report));
        else if (report.intact)
          console.log(
            `Auditlog intact: ${report.entries} regels, kop seq ${report.head?.seq ?? 0} (hash ${report.head?.hash || '-'}).`,
          );
        else
          console.log(
            `Auditlog VERBROKEN bij ${report.break?.id === null ? `seq ${report.break?.seq}` : `regel ${report.break?.id}`} (${report.break?.problem}): ${report.break?.message}`,
          );
        if (!report.intact) throw new Error('de hashketen van het auditlog is verbroken');
      } finally {
        await app.close();
      }
    });
  audit
    .command('list')
    .description(
      'de regels van het platform (inloggen, wachttijden, opheffingen, verwijderingen, beheerders), nieuwste eerst',
    )
    .option('--since <date>', 'vanaf deze datum/tijd (2026-12-01 of 2026-12-01T08:00:00Z)')
    .option('--until <date>', 'tot deze datum/tijd')
    .option('--action <action>', "een actie of familie, bijv. 'login' of 'login.failure'")
    .option('--limit <n>', 'hoogstens zoveel regels (standaard 1000)', '1000')
    .option('--offset <n>', 'sla zoveel regels over', '0')
    .option('--format <format>', 'text, json of csv', 'text')
    .action(
      async (opts: {
        since?: string;
        until?: string;
        action?: string;
        limit: string;
        offset: string;
        format: string;
      }) => {
        if (!['text', 'json', 'csv'].includes(opts.format))
          throw new UsageError(`--format: '${opts.format}' is geen text, json of csv`);
        const parsed = platformAuditQuery.safeParse({ ...opts, format: undefined });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new UsageError(`--${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'ongeldig'}`);
        }
        const { format: _format, ...query } = parsed.data;
        const app = await openApp(configFromEnv(), { loadData: false });
        try {
          const { total, entries } = await platformAuditAsOperator(app, query);
          if (opts.format === 'json')
            console.log(
              JSON.stringify({ total, entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) }),
            );
          else if (opts.format === 'csv') process.stdout.write(auditCsv(entries));
          else {
            for (const e of entries)
              console.log(
                `${e.at.toISOString()}  ${e.action.padEnd(22)} ${(e.actorEmail ?? '-').padEnd(30)} ${e.ip ?? '-'}  ${JSON.stringify(e.detail)}`,
              );
            console.log(`${entries.length} van ${total} regels.`);
          }
        } finally {
          await app.close();
        }
      },
    );
}
