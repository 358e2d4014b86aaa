// `juisteplek kennisagenda train|suggest`: the suggestion model of the kennisagenda from the command line. Whoever
// runs the command has the database itself, so there is no sign-in; training is written to the audit log as 'cli'.
import type { Command } from 'commander';
import type { Metrics } from '../kennisagenda/evaluation.ts';
import { suggestText, trainAndStore } from '../kennisagenda/service/index.ts';
import { UsageError } from './usage.ts';
import { withApp } from './withApp.ts';

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1).replace('.', ',')}%`);
const line = (name: string, m: Metrics) =>
  `${name.padEnd(22)} top-1 ${pct(m.top1Accuracy).padStart(6)}   top-3 ${pct(m.top3Accuracy).padStart(6)}   macro-F1 ${(m.macroF1 ?? 0).toFixed(3).replace('.', ',')}`;

export function registerKennisagendaCommands(program: Command): void {
  const ka = program.command('kennisagenda').description('knelpunten en kennisagenda: voorgestelde codes');
  ka.command('train')
    .description('train het model voor voorgestelde codes en evalueer het met kruisvalidatie')
    .option(
      '--source <source>',
      "'examples' (de gelabelde voorbeelden van seed 004) of een corpus-id",
      'examples',
    )
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { source: string; json?: boolean }) => {
      const trained = await withApp((app) => trainAndStore(app, opts.source, { id: null, email: 'cli' }));
      if (opts.json) {
        console.log(JSON.stringify(trained));
        return;
      }
      const e = trained.evaluation;
      console.log(
        `Model ${trained.id}: ${trained.examples} voorbeelden (${trained.trainedOn}), getraind in ${trained.trainedMs} ms.`,
      );
      console.log(e.method);
      console.log(line('classificatiemodel', e.classifier));
      console.log(line('trefwoorden (basis)', e.baseline));
    });
  ka.command('suggest')
    .description('de drie best passende kennisthema’s voor een tekst (suggesties, geen code)')
    .argument('<text...>', 'de tekst van een knelpunt of reactie')
    .option('--json', 'uitvoer als JSON')
    .action(async (words: string[], opts: { json?: boolean }) => {
      const text = words.join(' ').trim();
      if (!text) throw new UsageError('<text>: geef een tekst');
      const result = await withApp((app) => suggestText(app, text));
      if (opts.json) console.log(JSON.stringify(result));
      else {
        for (const s of result.suggestions)
          console.log(`${s.label.padEnd(26)} ${s.score.toFixed(3).replace('.', ',')}`);
        console.error(result.note);
      }
    });
}
