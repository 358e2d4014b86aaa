// `juisteplek learning synthesis` (the national synthesis, small counts hidden) and `juisteplek learning residents
// <region>` (the residents' page as text or JSON).
import type { Command } from 'commander';
import { ServiceError } from '../access/errors.ts';
import { openApp } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import { BUILDING_BLOCK_LABELS, PERSPECTIVE_LABELS, PERSPECTIVES } from '../jzojp/vocabulary.ts';
import { nationalSynthesis, residentsPage } from '../learning/service/index.ts';
import { UsageError } from './usage.ts';

export function registerLearningCommands(program: Command): void {
  const learning = program
    .command('learning')
    .description('lerende evaluatie: landelijke synthese en inwonerspagina');

  learning
    .command('synthesis')
    .description(
      'lessen van gepubliceerde leercycli per bouwsteen en perspectief (kleine aantallen verborgen)',
    )
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { json?: boolean }) => {
      const app = await openApp(configFromEnv(), { loadData: false });
      try {
        const s = await nationalSynthesis(app);
        if (opts.json) return console.log(JSON.stringify(s));
        console.log(`${s.cycles} gepubliceerde leercycli uit ${s.workspaces} werkruimten.`);
        if (!s.enough)
          return console.log(`Te weinig werkruimten (minder dan ${s.rule.minWorkspaces}) om iets te tonen.`);
        const show = (n: number | null) => (n === null ? `<${s.rule.minCell}` : String(n)).padStart(14);
        console.log(
          `${''.padEnd(32)}${PERSPECTIVES.map((p) => PERSPECTIVE_LABELS[p].nl.slice(0, 13).padStart(14)).join('')}        totaal`,
        );
        for (const row of s.rows)
          console.log(
            `${BUILDING_BLOCK_LABELS[row.buildingBlock].nl.padEnd(32)}${row.cells.map((c) => show(c.count)).join('')}${show(row.total)}`,
          );
      } finally {
        await app.close();
      }
    });

  learning
    .command('residents')
    .description('de inwonerspagina van een regio in gewone taal')
    .argument('<region>', 'regiocode, bijv. ZK04 of GM0363')
    .option('--json', 'uitvoer als JSON')
    .action(async (code: string, opts: { json?: boolean }) => {
      const app = await openApp(configFromEnv());
      try {
        const page = await residentsPage(app, code);
        if (opts.json) return console.log(JSON.stringify(page));
        console.log(`${page.region.name}\n\nWat zeggen de cijfers?`);
        for (const d of page.figures.differences) console.log(`- ${d.sentence.nl}`);
        console.log(`${page.figures.similar} andere cijfers zijn ongeveer gelijk aan heel Nederland.`);
        console.log('\nWat kozen de partners?');
        if (page.plans.length === 0) console.log('- Er is nog geen gepubliceerd regioplan.');
        for (const p of page.plans)
          console.log(`- ${p.title}: ${p.kernopgaven.map((k) => k.title).join('; ')}`);
        console.log('\nDoe mee');
        if (page.dialogues.length === 0) console.log('- Er is nu geen datadialoog open.');
        for (const d of page.dialogues) console.log(`- ${d.title}: ${d.link}`);
      } catch (error) {
        if (error instanceof ServiceError && error.kind === 'not-found') throw new UsageError(error.message);
        throw error;
      } finally {
        await app.close();
      }
    });
}
