// `juisteplek workspaces create|list`: the operator (who has the database itself) makes a workspace and, with
// --beheerder, the invitation of its first beheerder (the link is printed, to pass on), and lists the workspaces.
import type { Command } from 'commander';
import { openApp } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import { createWorkspaceBody, email } from '../workspaces/api.ts';
import { WORKSPACE_KINDS } from '../workspaces/roles.ts';
import { createWorkspaceAsOperator, listWorkspacesForOperator } from '../workspaces/service.ts';
import { UsageError } from './usage.ts';

interface CreateOptions {
  name: string;
  kind: string;
  region?: string;
  gemeenten?: string;
  beheerder?: string;
  baseUrl?: string;
  json?: boolean;
}

/** The options as the API's create body; a wrong one is named as the option it came from. */
function createInput(opts: CreateOptions) {
  if ((opts.region === undefined) === (opts.gemeenten === undefined))
    throw new UsageError('geef --region (een regiocode, bijv. ZK04) of --gemeenten (GM…,GM…), één van beide');
  const parsed = createWorkspaceBody.safeParse({
    name: opts.name,
    kind: opts.kind,
    region:
      opts.region !== undefined
        ? { code: opts.region }
        : { gemeenten: opts.gemeenten!.split(',').map((g) => g.trim().toUpperCase()) },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'name');
    const option =
      field === 'region' ? (opts.region !== undefined ? '--region' : '--gemeenten') : `--${field}`;
    throw new UsageError(
      `${option}: ${field === 'kind' ? `kies uit ${WORKSPACE_KINDS.join(', ')}` : issue.message}`,
    );
  }
  if (opts.beheerder !== undefined && !email.safeParse(opts.beheerder).success)
    throw new UsageError(`--beheerder: '${opts.beheerder}' is geen e-mailadres`);
  return parsed.data;
}

export function registerWorkspaceCommands(program: Command): void {
  const workspaces = program.command('workspaces').description('werkruimten van samenwerkingen');
  workspaces
    .command('create')
    .description('maak een werkruimte, eventueel met de uitnodiging voor haar eerste beheerder')
    .requiredOption('--name <name>', 'naam, bijv. "DSV Arnhem"')
    .requiredOption('--kind <kind>', `soort: ${WORKSPACE_KINDS.join(', ')}`)
    .option('--region <code>', 'een standaardregio, bijv. ZK04')
    .option('--gemeenten <codes>', "of gemeentecodes gescheiden door komma's, bijv. GM0202,GM0274")
    .option('--beheerder <email>', 'maak de uitnodiging voor de eerste beheerder en toon de link')
    .option('--base-url <url>', 'adres van de app voor de link (standaard alleen het pad)')
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: CreateOptions) => {
      const input = createInput(opts);
      const app = await openApp(configFromEnv());
      try {
        const { workspace, invitation } = await createWorkspaceAsOperator(app, input, opts.beheerder ?? null);
        const link = invitation ? `${(opts.baseUrl ?? '').replace(/\/$/, '')}${invitation.link}` : null;
        if (opts.json) {
          console.log(JSON.stringify({ workspace, invitation: invitation ? { ...invitation, link } : null }));
          return;
        }
        console.log(
          `Werkruimte ${workspace.name} (${workspace.id}) gemaakt voor ${workspace.gemeenten.length} gemeenten.`,
        );
        if (invitation)
          console.log(
            `Uitnodiging voor ${invitation.email} als beheerder (7 dagen geldig, eenmalig): ${link}`,
          );
      } finally {
        await app.close();
      }
    });
  workspaces
    .command('list')
    .description('alle werkruimten met hun aantal leden en beheerders')
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { json?: boolean }) => {
      const app = await openApp(configFromEnv());
      try {
        const rows = await listWorkspacesForOperator(app);
        if (opts.json) console.log(JSON.stringify(rows));
        else if (rows.length === 0) console.log('Er zijn nog geen werkruimten.');
        else
          for (const w of rows)
            console.log(
              `${w.id}  ${w.name}  (${w.kind}, ${w.regionCode ?? `${w.gemeenten} gemeenten`})  ${w.members} leden; beheerder: ${w.beheerders.join(', ') || 'nog geen'}`,
            );
      } finally {
        await app.close();
      }
    });
}
