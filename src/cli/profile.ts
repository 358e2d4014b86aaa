// `juisteplek profile` and `juisteplek stats`: the region profile and the statistics methods for analysts.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { openApp } from '../app/context.ts';
import { configFromEnv } from '../config.ts';
import { parsePeriod } from '../indicators/period.ts';
import { buildProfile } from '../regiobeeld/profile.ts';
import { RegionRefError, regionFromArgument } from '../regiobeeld/regionRef.ts';
import {
  dsr,
  ESP2013,
  ESP2013_BANDS,
  exactPoisson,
  meanInterval,
  poissonRate,
  wilson,
} from '../stats/intervals.ts';
import type { Level } from '../stats/types.ts';
import { UsageError } from './usage.ts';

function formatValue(value: number | null, decimals: number): string {
  return value === null
    ? '–'
    : value.toLocaleString('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
}

export function registerProfileCommands(program: Command): void {
  program
    .command('profile')
    .description("regioprofiel van een regio (code) of een eigen regio (gemeentecodes met komma's)")
    .argument('<region>', 'bijv. ZK02, GM0363 of GM0363,GM0384,GM0437')
    .option('--period <period>', 'periode, bijv. 2022 (standaard de laatste volledige)')
    .option('--json', 'uitvoer als JSON')
    .action(async (region: string, opts: { period?: string; json?: boolean }) => {
      if (opts.period && !parsePeriod(opts.period))
        throw new UsageError(`--period: '${opts.period}' is geen periode`);
      const app = await openApp(configFromEnv());
      try {
        const engine = await app.engine();
        let ref: ReturnType<typeof regionFromArgument>;
        try {
          ref = regionFromArgument(engine, region);
        } catch (error) {
          if (error instanceof RegionRefError) throw new UsageError(error.message);
          throw error;
        }
        await engine.prepareAreasOf(ref.code);
        const profile = buildProfile(engine, ref, { period: opts.period });
        if (opts.json) {
          console.log(JSON.stringify(profile));
          return;
        }
        console.log(
          `${profile.region.name} (${profile.region.code ?? profile.region.gemeenten.map((g) => g.code).join(',')})`,
        );
        for (const i of profile.indicators.filter((x) => x.availability === 'regional')) {
          const interval =
            i.lower === null
              ? ''
              : ` (${formatValue(i.lower, i.decimals)}–${formatValue(i.upper, i.decimals)})`;
          const label = `${i.shortName.nl}${i.breakdown === 'totaal' ? '' : ` ${i.breakdown}`}`;
          console.log(
            `${label.padEnd(42)} ${String(i.period ?? '').padEnd(10)} ${formatValue(i.value, i.decimals)}${interval} ${i.national?.at95 ?? ''}`,
          );
        }
      } finally {
        await app.close();
      }
    });

  const stats = program.command('stats').description('statistische methoden (zoals PHEindicatormethods)');
  stats
    .command('ci')
    .description(
      'betrouwbaarheidsinterval: wilson (proportie, %), byar of exact-poisson (per 100.000), mean (t)',
    )
    .requiredOption('--method <method>', 'wilson | byar | exact-poisson | mean')
    .option('--count <n>', 'teller (aantal gebeurtenissen)')
    .option('--denominator <n>', 'noemer (populatie)')
    .option('--mean <x>', 'gemiddelde (method mean)')
    .option('--sd <x>', 'standaarddeviatie (method mean)')
    .option('--n <n>', 'aantal waarnemingen (method mean)')
    .option('--level <level>', '95 of 99.8', '95')
    .option('--multiplier <m>', 'vermenigvuldiger (standaard 100 voor wilson, 100000 voor rates)')
    .option('--json', 'uitvoer als JSON')
    .action((opts: Record<string, string | boolean | undefined>) => {
      const level = parseLevel(String(opts.level));
      const method = String(opts.method);
      let result: { value: number | null; lower: number | null; upper: number | null };
      if (method === 'mean') {
        result = meanInterval(
          number(opts, 'mean'),
          number(opts, 'sd', { min: 0 }),
          number(opts, 'n', { min: 0, whole: true }),
          level,
        );
      } else if (method === 'wilson' || method === 'byar' || method === 'exact-poisson') {
        const count = number(opts, 'count', { min: 0, whole: true });
        const denominator = number(opts, 'denominator', { min: 0 });
        if (method === 'wilson' && count > denominator) {
          throw new UsageError(`--count: ${count} is groter dan --denominator ${denominator}`);
        }
        const multiplier =
          opts.multiplier === undefined
            ? method === 'wilson'
              ? 100
              : 100000
            : number(opts, 'multiplier', { min: 0 });
        result =
          method === 'wilson'
            ? wilson(count, denominator, level, multiplier)
            : method === 'byar'
              ? poissonRate(count, denominator, level, multiplier)
              : exactRate(count, denominator, level, multiplier);
      } else {
        throw new UsageError(`--method: onbekende methode '${method}' (wilson, byar, exact-poisson, mean)`);
      }
      print(result, Boolean(opts.json));
    });

  stats
    .command('dsr')
    .description(
      'direct gestandaardiseerd cijfer per 100.000 (Europese standaardbevolking 2013, Dobson-grenzen)',
    )
    .requiredOption(
      '--file <bands.csv>',
      'CSV met kopregel ageband,count,population; banden 0-4, 5-9, … 85-89, 90+',
    )
    .option('--level <level>', '95 of 99.8', '95')
    .option('--json', 'uitvoer als JSON')
    .action((opts: { file: string; level: string; json?: boolean }) => {
      const bands = readBands(opts.file);
      print(dsr(bands, ESP2013, parseLevel(opts.level)), Boolean(opts.json));
    });
}

/** A rate with exact Poisson limits at any count (`--method byar` uses Byar's from 10 events, as phe_rate). */
function exactRate(count: number, denominator: number, level: Level, multiplier: number) {
  if (denominator === 0) return { value: null, lower: null, upper: null };
  const { lower, upper } = exactPoisson(count, level);
  const f = multiplier / denominator;
  return { value: count * f, lower: lower * f, upper: upper * f };
}

function print(result: { value: number | null; lower: number | null; upper: number | null }, json: boolean) {
  const out = { value: result.value, lower: result.lower, upper: result.upper };
  console.log(
    json ? JSON.stringify(out) : `waarde ${out.value}  ondergrens ${out.lower}  bovengrens ${out.upper}`,
  );
}

function parseLevel(level: string): Level {
  if (level === '95') return 0.95;
  if (level === '99.8') return 0.998;
  throw new UsageError(`--level: '${level}' moet 95 of 99.8 zijn`);
}

function number(
  opts: Record<string, unknown>,
  name: string,
  rule: { min?: number; whole?: boolean } = {},
): number {
  const raw = opts[name];
  if (raw === undefined) throw new UsageError(`--${name} ontbreekt`);
  const value = Number(raw);
  if (String(raw).trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${name}: '${raw}' is geen getal`);
  if (rule.min !== undefined && value < rule.min)
    throw new UsageError(`--${name}: ${value} mag niet negatief zijn`);
  if (rule.whole && !Number.isInteger(value))
    throw new UsageError(`--${name}: ${value} moet een geheel getal zijn`);
  return value;
}

/** Reads a bands file; every problem names the file, row and column. */
export function readBands(file: string): { count: number; population: number }[] {
  let records: string[][];
  try {
    records = parse(readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new UsageError(`${file}: kan het bestand niet lezen als CSV (${(error as Error).message})`);
  }
  const header = records[0]?.map((h) => h.toLowerCase());
  if (header?.join(',') !== 'ageband,count,population') {
    throw new UsageError(`${file}, rij 1: de kopregel moet 'ageband,count,population' zijn`);
  }
  const rows = records.slice(1);
  if (rows.length !== ESP2013_BANDS.length) {
    throw new UsageError(
      `${file}: ${rows.length} leeftijdsbanden gevonden, verwacht ${ESP2013_BANDS.length} (${ESP2013_BANDS.join(', ')})`,
    );
  }
  return rows.map((cells, i) => {
    const row = i + 2;
    if (cells[0] !== ESP2013_BANDS[i]) {
      throw new UsageError(
        `${file}, rij ${row}, kolom 'ageband': '${cells[0]}' moet '${ESP2013_BANDS[i]}' zijn`,
      );
    }
    const [count, population] = [cells[1], cells[2]].map((raw, j) => {
      const column = j === 0 ? 'count' : 'population';
      const value = Number(raw);
      if (raw === undefined || raw === '' || !Number.isFinite(value) || value < 0) {
        throw new UsageError(`${file}, rij ${row}, kolom '${column}': '${raw ?? ''}' is geen getal ≥ 0`);
      }
      return value;
    }) as [number, number];
    if (count > 0 && population === 0) {
      throw new UsageError(
        `${file}, rij ${row}, kolom 'population': ${count} gebeurtenissen bij een bevolking van 0`,
      );
    }
    return { count, population };
  });
}
