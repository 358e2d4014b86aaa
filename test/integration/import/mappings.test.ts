// The mapping files in catalog/mappings/: each one checked against the real catalogue, and the checks themselves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import {
  breakdownCodes,
  findMapping,
  loadAllMappings,
  MappingError,
  MappingMismatch,
  readMapping,
  resolveMapping,
} from '../../../src/sources/cbs/importMapping.ts';
import type { CbsMetadata } from '../../../src/sources/cbs/index.ts';
import { caught } from './helpers.ts';

const catalog = loadCatalog();
const dir = mkdtempSync(join(tmpdir(), 'jp-mappings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(body));
  return path;
};

describe('the mappings in catalog/mappings/', () => {
  const mappings = loadAllMappings(catalog);

  it('has the three mapped tables, each valid against the catalogue', () => {
    expect(mappings.map((m) => m.mapping.tableId)).toEqual(['03759ned', '50120NED', '70072ned']);
    for (const { mapping } of mappings) {
      for (const m of mapping.indicators) {
        const indicator = catalog.indicators.find((i) => i.id === m.indicator)!;
        expect(indicator.geography, m.indicator).toBe('gemeente');
        const declared = new Set(['totaal', ...indicator.breakdowns.map((b) => b.code)]);
        for (const code of breakdownCodes(m)) expect(declared.has(code), `${m.indicator} ${code}`).toBe(true);
      }
    }
  });

  it('is found case-insensitively by table id', () => {
    expect(findMapping('50120ned', catalog)?.file).toBe('catalog/mappings/50120NED.json');
    expect(findMapping('03759NED', catalog)?.mapping.tableId).toBe('03759ned');
    expect(findMapping('81234NED', catalog)).toBeNull();
  });

  it("gives bevolking-leeftijd twenty five-year bands on the real Leeftijd codes of CBS's recording", () => {
    const m = findMapping('03759ned', catalog)!.mapping.indicators.find(
      (i) => i.indicator === 'bevolking-leeftijd',
    )!;
    const ages = m.breakdown.find((b) => b.dimension === 'Leeftijd')!.codes;
    // The code list as CBS sent it (data/cbs-recordings/03759ned/codes-Leeftijd.json): title per code.
    const recorded = JSON.parse(
      readFileSync(
        new URL('../../../data/cbs-recordings/03759ned/codes-Leeftijd.json', import.meta.url),
        'utf8',
      ),
    ) as { value: { Identifier: string; Title: string }[] };
    const title = new Map(recorded.value.map((c) => [c.Identifier, c.Title]));
    expect(Object.keys(ages)).toHaveLength(20);
    for (const [label, codes] of Object.entries(ages)) {
      if (label === '95+') {
        expect(codes.map((c) => title.get(c))).toEqual(['95 jaar of ouder']);
        continue;
      }
      const [from, to] = label.split('-').map(Number);
      const years = Array.from({ length: to! - from! + 1 }, (_, i) => `${from! + i} jaar`);
      expect(codes.map((c) => title.get(c))).toEqual(years);
    }
    expect(ages['95+']).toEqual(['22000']);
    expect(
      Object.values(ages)
        .flat()
        .some((c) => /^20[0-5]00$/.test(c)),
    ).toBe(false);
    expect(breakdownCodes(m)).toHaveLength(60);
    expect(breakdownCodes(m)).toContain('vrouw:95+');
  });

  it('maps the Gezondheidsmonitor to the JZOJP themes where they fit, with the published limits', () => {
    const m = findMapping('50120NED', catalog)!.mapping;
    expect(m.source.v3Url).toBe('https://dataderden.cbs.nl/ODataApi/odata');
    const themes = Object.fromEntries(
      m.indicators.map((i) => [i.indicator, catalog.indicators.find((x) => x.id === i.indicator)!.theme]),
    );
    expect(themes).toEqual({
      'gezondheidsmonitor-ervaren-gezondheid': 'ervaren-gezondheid',
      'gezondheidsmonitor-overgewicht': 'gezond-gewicht',
      'gezondheidsmonitor-roker': null,
      'gezondheidsmonitor-eenzaam': 'participatie',
      'gezondheidsmonitor-mantelzorger': 'participatie',
    });
    for (const i of m.indicators) {
      expect(i.lower?.filter).toEqual({ Marges: 'MOG0095' });
      expect(i.upper?.filter).toEqual({ Marges: 'MBG0095' });
      expect(catalog.indicators.find((x) => x.id === i.indicator)).toMatchObject({
        aggregation: 'population-weighted-mean',
        intervalMethod: 'none',
      });
    }
  });
});

describe('checking a mapping', () => {
  const base = {
    tableId: '99999ned',
    indicators: [{ indicator: 'bevolking', measure: 'Aantal_1', count: {} }],
  };

  it('names the file and every field that is wrong', () => {
    const wrong = [
      { indicator: 'bestaat-niet', measure: 'A_1' },
      {
        indicator: 'bevolking-leeftijd',
        measure: 'A_1',
        breakdown: [{ dimension: 'Leeftijd', codes: { '0-9': ['1', '2'] } }],
        value: {},
      },
    ];
    const typo = write('99999ned.json', { ...base, indicators: wrong, extra: true });
    expect(() => readMapping(typo, catalog)).toThrow(MappingError);
    expect(() => readMapping(typo, catalog)).toThrow(
      /^Koppelbestand .*99999ned\.json: \(bestand\): Unrecognized key: "extra"$/,
    );
    const file = write('99999ned.json', { ...base, indicators: wrong });
    expect(() => readMapping(file, catalog)).toThrow(
      /indicators\[0\]\.indicator: onbekende indicator 'bestaat-niet'; indicators\[1\]\.breakdown: uitsplitsing 0-9 staat niet in de catalogus bij 'bevolking-leeftijd'; indicators\[1\]\.value: cellen optellen kan alleen bij valueType 'count'/,
    );
    expect(() => readMapping(write('12345ned.json', base), catalog)).toThrow(
      /tableId '99999ned' hoort bij een ander bestand/,
    );
  });

  it('refuses a table whose dimensions the mapping does not pin down', async () => {
    const loaded = readMapping(write('99999ned.json', base), catalog);
    const meta: CbsMetadata = {
      tableId: '99999ned',
      api: 'v3',
      title: 'Test',
      modified: null,
      period: null,
      observationCount: 4,
      measures: [{ key: 'Aantal_1', title: 'Aantal', unit: 'aantal', decimals: 0 }],
      dimensions: [
        { key: 'Geslacht', title: 'Geslacht', kind: 'other', codes: [{ key: 'T001038', title: 'Totaal' }] },
        { key: 'RegioS', title: "Regio's", kind: 'region', codes: [{ key: 'GM0363', title: 'Amsterdam' }] },
        { key: 'Perioden', title: 'Perioden', kind: 'period', codes: [{ key: '2024JJ00', title: '2024' }] },
      ],
    };
    const error = await caught(Promise.resolve().then(() => resolveMapping(loaded, meta, catalog)));
    expect(error).toBeInstanceOf(MappingMismatch);
    expect(error.message).toMatch(
      /^Tabel 99999ned past niet bij .*99999ned\.json: dimensie 'Geslacht' staat niet in filter of uitsplitsing van bevolking/,
    );
    const other = await caught(
      Promise.resolve().then(() =>
        resolveMapping(loaded, { ...meta, measures: [{ ...meta.measures[0]!, key: 'Aantal_2' }] }, catalog),
      ),
    );
    expect(other.message).toMatch(/meetwaarde 'Aantal_1' ontbreekt/);
  });
});
