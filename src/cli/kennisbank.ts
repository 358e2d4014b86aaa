// `juisteplek kennisbank …`: search in Dutch, show an item, check or load the seed of catalog/kennisbank/, and
// appoint a redacteur. Bad input exits 2 with the field named; a broken seed exits 1 naming file, row and field.
import type { Command } from 'commander';
import type { Actor } from '../access/actor.ts';
import { loadCatalog } from '../indicators/catalog.ts';
import type { Segment } from '../kennisbank/highlight.ts';
import { searchRequest } from '../kennisbank/schema.ts';
import { loadSeed, readItem, readSeed, searchKennisbank, setEditor } from '../kennisbank/service/index.ts';
import { ITEM_KIND_LABELS } from '../kennisbank/vocabulary.ts';
import { UsageError } from './usage.ts';
import { withApp } from './withApp.ts';

/** The command line acts as the machine's administrator (whoever may run it may open the database anyway). */
const cliActor: Actor = {
  account: { id: 'cli', email: 'juisteplek-cli', platformAdmin: true },
  ip: null,
};
const anonymousActor: Actor = { account: null, ip: null };

const marked = (segments: Segment[]) => segments.map((s) => (s.mark ? `«${s.text}»` : s.text)).join('');

export function registerKennisbankCommands(program: Command): void {
  const kb = program.command('kennisbank').description('de kennisbank: zoeken, items, seed en redacteuren');

  kb.command('search')
    .description('zoeken in het Nederlands (stamvormen en samenstellingen), bijv. "financiering"')
    .argument('[words...]', 'zoekwoorden')
    .option('--kind <kind>', 'soort, bijv. tool, financing-form, lesson')
    .option('--phase <n>', 'fase 1–4')
    .option('--theme <id>', 'JZOJP-thema (catalog/themes.json)')
    .option('--limit <n>', 'hoeveel treffers (standaard 20)')
    .option('--json', 'uitvoer als JSON')
    .action(async (words: string[], opts: Record<string, string | boolean | undefined>) => {
      const parsed = searchRequest.safeParse({
        q: words.join(' '),
        kind: opts.kind,
        phase: opts.phase,
        theme: opts.theme,
        limit: opts.limit,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`--${String(issue.path[0])}: ${issue.message}`);
      }
      await withApp(async (app) => {
        const answer = await searchKennisbank(app, anonymousActor, parsed.data);
        if (opts.json) return console.log(JSON.stringify(answer));
        if (answer.notice) console.error(answer.notice);
        console.log(
          `${answer.total} treffer(s)${answer.words.length ? ` voor ${answer.words.join(' ')}` : ''}`,
        );
        for (const hit of answer.hits) {
          const source = hit.item.source;
          console.log(
            `${hit.rank.toFixed(3).padStart(6)}  ${ITEM_KIND_LABELS[hit.item.kind].nl.padEnd(20)} ${marked(hit.title)}  [${hit.item.id}]`,
          );
          console.log(
            `        bron: ${source.document}, ${source.section}${source.page ? `, p. ${source.page}` : ''}`,
          );
        }
      });
    });

  kb.command('show')
    .description('één gepubliceerd item met bron en labels')
    .argument('<id>', 'item-id, bijv. tool-regiobeeld-nl')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withApp(async (app) => {
        const { item } = await readItem(app, anonymousActor, id);
        if (opts.json) return console.log(JSON.stringify(item));
        console.log(`${item.title} (${ITEM_KIND_LABELS[item.kind].nl})\n\n${item.summary}\n`);
        console.log(
          `Bron: ${item.source.document}, ${item.source.section}${item.source.page ? `, p. ${item.source.page}` : ''}`,
        );
      });
    });

  kb.command('seed')
    .description('controleer de seed-bestanden (--check) of laad de items die nog ontbreken')
    .option('--dir <dir>', 'map met de seed-bestanden (standaard catalog/kennisbank)')
    .option('--check', 'alleen controleren, niets laden')
    .option('--json', 'uitvoer als JSON')
    .action(async (opts: { dir?: string; check?: boolean; json?: boolean }) => {
      if (opts.check) {
        const { items, sources } = readSeed({ catalog: loadCatalog() }, opts.dir);
        const result = { items: items.length, sources: sources.length };
        if (opts.json) console.log(JSON.stringify(result));
        else console.log(`In orde: ${result.items} items uit ${result.sources} bronnen.`);
        return;
      }
      await withApp(async (app) => {
        const result = await loadSeed(app, { dir: opts.dir });
        if (opts.json) console.log(JSON.stringify(result));
        else console.log(`${result.added} item(s) toegevoegd; de seed heeft ${result.total} items.`);
      });
    });

  kb.command('editor')
    .description('maak een account redacteur van de kennisbank (of trek dat in met --revoke)')
    .argument('<email>', 'e-mailadres van een bestaand account')
    .option('--revoke', 'de rol intrekken')
    .option('--json', 'uitvoer als JSON')
    .action(async (email: string, opts: { revoke?: boolean; json?: boolean }) => {
      await withApp(async (app) => {
        const result = await setEditor(app, cliActor, email, !opts.revoke);
        if (opts.json) console.log(JSON.stringify(result));
        else console.log(`${result.email} is ${result.editor ? 'nu' : 'niet langer'} redacteur.`);
      });
    });
}
