import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogError, defaultCatalogDir, loadCatalog } from '../../../src/indicators/catalog.ts';
import type { Catalog, Indicator } from '../../../src/indicators/schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalog: Catalog = loadCatalog();
const byId = new Map(catalog.indicators.map((i) => [i.id, i]));

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(join(root, path), 'utf8'), { columns: true, skip_empty_lines: true });
}
function header(path: string): string {
  return readFileSync(join(root, path), 'utf8').split('\n')[0] ?? '';
}
function get(id: string): Indicator {
  const found = byId.get(id);
  if (!found) throw new Error(`indicator ${id} ontbreekt`);
  return found;
}

describe('the real catalogue', () => {
  it('resolves catalog/ from the module, not from the working directory', () => {
    expect(defaultCatalogDir.replace(/[\\/]$/, '')).toBe(join(root, 'catalog'));
  });

  it('has the five Quintuple-Aim categories with the report’s Dutch names', () => {
    expect(catalog.categories.map((c) => [c.id, c.name.nl])).toEqual([
      ['kwaliteit', 'Kwaliteit van zorg en ondersteuning'],
      ['volksgezondheid', 'Volksgezondheid'],
      ['kosten', 'Kosten/uitgaven'],
      ['professionals', 'Welzijn van professionals'],
      ['ses', 'Sociaaleconomische gezondheidsverschillen'],
    ]);
  });

  it('has 25 themes: 14 with a usable indicator, 11 without and each of those with a reason', () => {
    expect(catalog.themes).toHaveLength(25);
    const usable = catalog.themes.filter((t) => t.usableIndicator);
    const notUsable = catalog.themes.filter((t) => !t.usableIndicator);
    expect(usable).toHaveLength(14);
    expect(notUsable).toHaveLength(11);
    for (const t of notUsable) expect(t.reason?.nl.length, t.id).toBeGreaterThan(0);
    const counts = Object.fromEntries(catalog.categories.map((c) => [c.id, 0]));
    for (const t of catalog.themes) counts[t.category] = (counts[t.category] ?? 0) + 1;
    expect(counts).toEqual({ kwaliteit: 9, volksgezondheid: 6, kosten: 2, professionals: 6, ses: 2 });
    expect(new Set(catalog.themes.map((t) => t.id)).size).toBe(25);
  });

  it('has one national JZOJP indicator for each usable theme', () => {
    const jzojp = catalog.indicators.filter((i) => i.id.startsWith('jzojp-'));
    expect(jzojp).toHaveLength(14);
    const usable = catalog.themes.filter((t) => t.usableIndicator).map((t) => t.id);
    expect(jzojp.map((i) => i.theme).sort()).toEqual([...usable].sort());
    for (const i of jzojp) {
      expect(i.geography, i.id).toBe('nederland');
      expect(i.aggregation, i.id).toBe('not-aggregable');
      expect(i.aggregationNote?.nl, i.id).toMatch(/^Alleen landelijk beschikbaar/);
      expect(i.intervalMethod, i.id).toBe('none');
      expect(i.breakdowns.length, i.id).toBeGreaterThan(0);
    }
  });

  it('has the regional indicators the bundle loader uses, with their statistical rules', () => {
    expect(get('bevolking')).toMatchObject({
      valueType: 'count',
      aggregation: 'sum-counts',
      geography: 'gemeente',
    });
    expect(get('aandeel-65plus')).toMatchObject({
      valueType: 'proportion',
      multiplier: 100,
      intervalMethod: 'wilson',
      aggregation: 'sum-counts',
    });
    for (const id of ['covid-meldingen', 'covid-ziekenhuisopnames', 'covid-overleden']) {
      expect(get(id), id).toMatchObject({
        valueType: 'rate',
        multiplier: 100000,
        intervalMethod: 'byar-exact-poisson',
        aggregation: 'sum-counts',
        polarity: 'lower-is-better',
        periodType: 'year',
        suppression: { minNumerator: 0 },
      });
    }
    for (const id of ['vaccinatie-minstens-1', 'vaccinatie-basisserie', 'vaccinatie-booster']) {
      expect(
        get(id).breakdowns.map((b) => b.code),
        id,
      ).toEqual(['12+', '18+']);
    }
    expect(get('vaccinatie-najaarsronde-2022').breakdowns.map((b) => b.code)).toEqual(['12+', '18+', '60+']);
  });

  it('declares every age group the vaccination file uses', () => {
    const ids: Record<string, string> = {
      minstens_1_vaccinatie: 'vaccinatie-minstens-1',
      basisserie_voltooid: 'vaccinatie-basisserie',
      boostervaccinatie: 'vaccinatie-booster',
      najaarsronde_2022: 'vaccinatie-najaarsronde-2022',
    };
    const used = new Set<string>();
    for (const row of readCsv('data/care/covid_vaccinatiegraad_gemeente.csv')) {
      const id = ids[row.indicator ?? ''];
      expect(id, row.indicator).toBeDefined();
      used.add(`${id} ${row.leeftijdsgroep}`);
    }
    const declared = new Set(
      catalog.indicators
        .filter((i) => i.id.startsWith('vaccinatie-'))
        .flatMap((i) => i.breakdowns.map((b) => `${i.id} ${b.code}`)),
    );
    expect([...used].sort()).toEqual([...declared].sort());
  });
});

describe('national JZOJP values (data/jzojp)', () => {
  const periodPattern: Record<Indicator['periodType'], RegExp> = {
    year: /^\d{4}(Q[1-4])?$/,
    'multi-year': /^\d{4}-\d{4}$/,
    quarter: /^\d{4}Q[1-4]$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
  };

  for (const file of ['data/jzojp/indicatoren_nationaal.csv', 'data/jzojp/trends_nationaal.csv']) {
    it(`${file} references declared indicators and breakdowns, with plain numbers`, () => {
      expect(header(file)).toBe('indicator,breakdown,period,value,source');
      const rows = readCsv(file);
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((row, i) => {
        const where = `${file} rij ${i + 2}`;
        const ind = byId.get(row.indicator ?? '');
        expect(ind, where).toBeDefined();
        if (!ind) return;
        expect(ind.geography, where).toBe('nederland');
        expect(
          ind.breakdowns.map((b) => b.code),
          where,
        ).toContain(row.breakdown);
        expect(row.value, where).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number.isFinite(Number(row.value)), where).toBe(true);
        expect(row.period, where).toMatch(periodPattern[ind.periodType]);
        expect(row.source, where).toMatch(/RIVM-rapport 2024-0110/);
      });
    });
  }

  it('holds all 31 numbers of Table 1, Table 1’s value where the text disagrees, and no key twice', () => {
    const table1 = readCsv('data/jzojp/indicatoren_nationaal.csv');
    expect(table1).toHaveLength(31);
    const value = (indicator: string, breakdown: string) =>
      table1.find((r) => r.indicator === indicator && r.breakdown === breakdown)?.value;
    expect(value('jzojp-eenzaamheid', 'totaal')).toBe('48.6');
    expect(value('jzojp-uitgaven-per-hoofd', 'medisch-domein')).toBe('5183');
    const keys = [...table1, ...readCsv('data/jzojp/trends_nationaal.csv')].map(
      (r) => `${r.indicator}|${r.breakdown}|${r.period}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    // every JZOJP indicator has its Table 1 value(s)
    for (const ind of catalog.indicators.filter((i) => i.id.startsWith('jzojp-'))) {
      expect(
        table1.some((r) => r.indicator === ind.id),
        ind.id,
      ).toBe(true);
    }
  });

  it('keeps changes between periods in a separate file', () => {
    const file = 'data/jzojp/veranderingen_nationaal.csv';
    expect(header(file)).toBe('indicator,breakdown,from_period,to_period,change,unit,source');
    for (const row of readCsv(file)) {
      const ind = get(row.indicator ?? '');
      expect(ind.breakdowns.map((b) => b.code)).toContain(row.breakdown);
      expect(Number(row.from_period)).toBeLessThan(Number(row.to_period));
      expect(row.change).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});

describe('a broken catalogue', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  function brokenCopy(): string {
    dir = mkdtempSync(join(tmpdir(), 'juisteplek-catalog-'));
    cpSync(defaultCatalogDir, dir, { recursive: true });
    return dir;
  }
  function editJson(file: string, edit: (json: Record<string, unknown>) => void) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    edit(json);
    writeFileSync(file, JSON.stringify(json));
  }
  function errorOf(fn: () => unknown): CatalogError {
    try {
      fn();
    } catch (error) {
      if (error instanceof CatalogError) return error;
      throw error;
    }
    throw new Error('expected a CatalogError');
  }

  it('names the file and the field of a schema violation', () => {
    const copy = brokenCopy();
    editJson(join(copy, 'indicators', 'covid-meldingen.json'), (json) => {
      json.polarity = 'up-is-good';
    });
    const error = errorOf(() => loadCatalog(copy));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/indicators[\\/]covid-meldingen\.json: polarity: Invalid option/);
    expect(error.message).toContain('covid-meldingen.json: polarity:');
  });

  it('gives nested paths, and reports problems in several files at once', () => {
    const copy = brokenCopy();
    editJson(join(copy, 'indicators', 'vaccinatie-booster.json'), (json) => {
      (json.source as Record<string, unknown>).licence = '';
    });
    editJson(join(copy, 'indicators', 'bevolking.json'), (json) => {
      json.theme = 'bestaat-niet';
    });
    const error = errorOf(() => loadCatalog(copy));
    expect(error.issues.some((i) => /vaccinatie-booster\.json: source\.licence: /.test(i))).toBe(true);
    expect(
      error.issues.some((i) => /bevolking\.json: theme: thema 'bestaat-niet' bestaat niet/.test(i)),
    ).toBe(true);
  });

  it('requires a reason for a theme without a usable indicator, and an indicator for a usable theme', () => {
    const copy = brokenCopy();
    const file = join(copy, 'themes.json');
    const themes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const sp = themes.find((t) => t.id === 'spoedeisende-hulp');
    if (sp) delete sp.reason;
    writeFileSync(file, JSON.stringify(themes));
    // Every indicator of the theme middelengebruik (the national one and the GGD-regio figures) removed.
    for (const id of [
      'jzojp-roken',
      'gezondheidsmonitor-ggd-roker',
      'gezondheidsmonitor-ggd-alcoholrichtlijn',
      'gezondheidsmonitor-ggd-overmatig-drinken',
    ])
      unlinkSync(join(copy, 'indicators', `${id}.json`));
    const error = errorOf(() => loadCatalog(copy));
    expect(error.issues).toContainEqual(
      expect.stringMatching(/themes\.json: \[7\] \(spoedeisende-hulp\)\.reason: verplicht/),
    );
    expect(error.issues).toContainEqual(
      expect.stringMatching(
        /themes\.json: \[13\] \(middelengebruik\)\.usableIndicator: true, maar geen indicator/,
      ),
    );
  });

  it('rejects an id that differs from the file name, duplicates, and invalid JSON', () => {
    const copy = brokenCopy();
    cpSync(join(copy, 'indicators', 'bevolking.json'), join(copy, 'indicators', 'bevolking-kopie.json'));
    writeFileSync(join(copy, 'categories.json'), '[{"id": "kwaliteit",');
    const error = errorOf(() => loadCatalog(copy));
    expect(error.issues).toContainEqual(
      expect.stringMatching(/bevolking-kopie\.json: id: 'bevolking' moet gelijk zijn aan de bestandsnaam/),
    );
    expect(error.issues).toContainEqual(
      expect.stringMatching(
        /bevolking(-kopie)?\.json: id: 'bevolking' komt ook voor in .*bevolking(-kopie)?\.json/,
      ),
    );
    expect(error.issues).toContainEqual(expect.stringMatching(/categories\.json: geen geldige JSON/));
  });
});
