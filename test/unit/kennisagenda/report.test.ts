// Report statistics: multi-label denominators, rounding to whole percents with "<1%", and the two tables of seed
// 004 §2.2 reproduced cell by cell from a coded dataset with the published totals.
import { describe, expect, it } from 'vitest';
import { CARE_SHIFT_FORMS, KNOWLEDGE_THEMES } from '../../../src/jzojp/vocabulary.ts';
import { loadTaxonomyFile } from '../../../src/kennisagenda/catalogFiles.ts';
import { corpusReport } from '../../../src/kennisagenda/corpusReport.ts';
import {
  coOccurrence,
  crossTab,
  formatShare,
  labelSummary,
  shares,
} from '../../../src/kennisagenda/report.ts';
import { reportTables, toCsv } from '../../../src/kennisagenda/reportExport.ts';
import {
  type CorpusSpec,
  dataset,
  FORM_LABELS,
  KNELPUNTEN,
  publishedCells,
  publishedTotals,
  REACTIES,
  THEME_LABELS,
} from '../../fixtures/kennisagenda/seed004Dataset.ts';

describe('formatShare', () => {
  it('rounds to whole percents, half up', () => {
    expect(formatShare(36, 355)).toBe('10%');
    expect(formatShare(1, 8)).toBe('13%'); // 12.5 → 13
    expect(formatShare(1, 200)).toBe('1%'); // 0.5 → 1
    expect(formatShare(355, 355)).toBe('100%');
  });
  it('shows a share above 0 that rounds to 0 as <1%, and 0 as 0%', () => {
    expect(formatShare(1, 355)).toBe('<1%');
    expect(formatShare(2, 616)).toBe('<1%');
    expect(formatShare(1, 201)).toBe('<1%'); // 0.4975%
    expect(formatShare(0, 355)).toBe('0%');
  });
  it('has no share without items, and refuses impossible counts', () => {
    expect(formatShare(0, 0)).toBe('–');
    expect(() => formatShare(5, 4)).toThrow(/outside/);
  });
});

describe('multi-label shares', () => {
  const items = [
    { id: '1', themes: ['samenwerking', 'financiering_bekostiging'], forms: ['domeinoverstijgend'] },
    { id: '2', themes: ['samenwerking'], forms: [] },
    { id: '3', themes: [], forms: [] },
    {
      id: '4',
      themes: ['juridisch', 'samenwerking', 'financiering_bekostiging'],
      forms: ['domeinoverstijgend'],
    },
  ];
  it('divides every label by N, the number of items, so the shares add up to more than 100%', () => {
    const s = shares(items, ['samenwerking', 'financiering_bekostiging', 'juridisch'], 'themes');
    expect(s.map((x) => [x.count, x.share, x.display])).toEqual([
      [3, 0.75, '75%'],
      [2, 0.5, '50%'],
      [1, 0.25, '25%'],
    ]);
    const summary = labelSummary(items, 'themes');
    expect(summary).toEqual({ n: 4, meanLabels: 6 / 4, withoutLabel: 1, withLabel: 3, sumOfPercents: 150 });
  });
  it('cross-tab and co-occurrence count items with both labels', () => {
    expect(crossTab(items, ['samenwerking', 'juridisch'], ['domeinoverstijgend', 'zorg-naar-huis'])).toEqual([
      [2, 0],
      [1, 0],
    ]);
    expect(coOccurrence(items, ['samenwerking', 'financiering_bekostiging'])).toEqual([
      [3, 2],
      [2, 2],
    ]);
  });
});

describe('the two tables of seed 004 §2.2, reproduced from a coded dataset', () => {
  const taxonomy = loadTaxonomyFile();
  const published = publishedCells();
  const totals = publishedTotals();

  const reportOf = (spec: CorpusSpec) => {
    const items = dataset(spec).map((d, i) => ({ ...d, id: `${spec.name}-${i}` }));
    return corpusReport(taxonomy, {
      corpus: { id: spec.name, name: spec.name, screening: spec.name === 'reacties' },
      items: items.map((i) => ({ id: i.id, relevant: i.relevant })),
      codings: [],
      finals: items
        .filter((i) => i.relevant)
        .map((i) => ({ itemId: i.id, themes: i.themes, forms: i.forms, source: 'import' as const })),
      samples: [],
    });
  };
  const knelpunten = reportOf(KNELPUNTEN);
  const reacties = reportOf(REACTIES);

  it('has the published denominators: 355 knelpunten, 616 relevant reacties (of 700 screened)', () => {
    expect(knelpunten.denominators.n).toBe(totals.knelpunten);
    expect(reacties.denominators.n).toBe(totals.reacties);
    expect(reacties.denominators).toMatchObject({
      items: 700,
      notRelevant: 84,
      inScope: 616,
      awaitingFinal: 0,
    });
  });

  for (const [dimension, ids, labels] of [
    ['themes', KNOWLEDGE_THEMES, THEME_LABELS],
    ['forms', CARE_SHIFT_FORMS, FORM_LABELS],
  ] as const) {
    for (const id of ids) {
      const label = (labels as Record<string, string>)[id]!;
      it(`${label}: ${published.get(label)?.get('knelpunten')} of knelpunten, ${published.get(label)?.get('reacties')} of reacties`, () => {
        const k = knelpunten[dimension].shares.find((s) => s.label === id)!;
        const r = reacties[dimension].shares.find((s) => s.label === id)!;
        expect(k.display).toBe(published.get(label)!.get('knelpunten'));
        expect(r.display).toBe(published.get(label)!.get('reacties'));
      });
    }
  }

  it('every published cell was checked (9 themes + 5 forms, two corpora)', () => {
    expect(published.size).toBe(14);
    expect(knelpunten.themes.shares.length + knelpunten.forms.shares.length).toBe(14);
  });

  it('explains multi-label: the theme percents add up to 151% and 168% as in the seed', () => {
    const sum = (r: typeof knelpunten) =>
      r.themes.shares.reduce((s, x) => s + Number(x.display.replace('%', '').replace('<1', '0')), 0);
    expect(sum(knelpunten)).toBe(151);
    expect(sum(reacties)).toBe(168);
    expect(knelpunten.themes.summary.meanLabels!).toBeGreaterThan(1.5);
  });

  it('exports the shares as CSV with N on every row', () => {
    const [aandelen] = reportTables([knelpunten, reacties], taxonomy);
    const csv = toCsv(aandelen!);
    expect(csv.split('\r\n')[0]).toBe('"corpus","dimensie","id","label","aantal","N","procent","weergave"');
    expect(csv).toContain(
      '"knelpunten","kennisthema","financiering_bekostiging","Financiering en bekostiging",152,355,42.82,"43%"',
    );
    expect(csv).toContain(
      '"reacties","verschijningsvorm","zorgverlener-andere-plek","Zorgverlener naar een andere plek",2,616,0.32,"<1%"',
    );
  });
});
