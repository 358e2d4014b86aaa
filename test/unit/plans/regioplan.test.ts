// The pure parts of the regioplan beyond the scoring rules: candidate themes, ranking rounds, the residents'
// importance scores, baseline choice and progress from a series, permissions, plain language and the printed page.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import type { Indicator } from '../../../src/indicators/schema.ts';
import { resolveCandidates } from '../../../src/plans/candidates.ts';
import { renderPlanHtml } from '../../../src/plans/html.ts';
import {
  chooseBaseline,
  type MeasurePoint,
  type MeasureSeries,
  progressOf,
} from '../../../src/plans/measures.ts';
import { mayPlan } from '../../../src/plans/permissions.ts';
import { formatPeriod, goalSentences } from '../../../src/plans/plainLanguage.ts';
import { summariseImportance, summariseRankings } from '../../../src/plans/rankings.ts';

const catalog = loadCatalog();
const indicator = { ...catalog.indicators.find((i) => i.id === 'covid-ziekenhuisopnames')! } as Indicator;

const point = (
  period: string,
  value: number,
  partial = false,
  type: 'year' | 'quarter' = 'year',
): MeasurePoint => ({
  period,
  type,
  date: type === 'year' ? `${period}-12-31` : '2024-03-31',
  value,
  lower: value - 5,
  upper: value + 5,
  partial,
});
const series = (points: MeasurePoint[]): MeasureSeries => ({
  indicatorId: indicator.id,
  source: 'open',
  breakdown: 'totaal',
  points,
  missing: null,
});

describe('candidate themes', () => {
  it('resolves JZOJP, IZA and own themes with stable ids, and names the bad position', () => {
    const { candidates, problems } = resolveCandidates(
      [
        { source: 'jzojp', themeId: 'participatie' },
        { source: 'iza', themeId: 'acute-zorg' },
        { source: 'eigen', label: ' Wonen ' },
      ],
      catalog.themes,
    );
    expect(problems).toEqual([]);
    expect(candidates.map((c) => c.id)).toEqual(['jzojp:participatie', 'iza:acute-zorg', 'eigen:1']);
    expect(candidates[0]!.themeId).toBe('participatie');
    expect(candidates[2]!.label).toEqual({ nl: 'Wonen', en: 'Wonen' });
    const bad = resolveCandidates(
      [
        { source: 'iza', themeId: 'x' },
        { source: 'eigen', label: 'a' },
      ],
      catalog.themes,
    );
    expect(bad.problems[0]!.field).toBe('candidates.0.themeId');
  });

  it('keeps the ids of a previous round and numbers new own themes after them; refuses doubles', () => {
    const previous = resolveCandidates(
      [
        { source: 'eigen', label: 'A' },
        { source: 'eigen', label: 'B' },
      ],
      catalog.themes,
    ).candidates;
    const next = resolveCandidates([{ source: 'eigen', label: 'C' }], catalog.themes, previous);
    expect(next.candidates.map((c) => c.id)).toEqual(['eigen:1', 'eigen:2', 'eigen:3']);
    const twice = resolveCandidates([{ source: 'eigen', label: 'a' }], catalog.themes, previous);
    expect(twice.problems[0]!.message).toMatch(/twee keer/);
  });
});

describe('ranking rounds and the datadialoog', () => {
  it('counts Borda points with the spread of positions (worked by hand)', () => {
    const result = summariseRankings(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 'c'],
        ['a', 'c', 'b'],
        ['b', 'a', 'c'],
      ],
    );
    expect(result.map((r) => [r.candidate, r.points, r.rank])).toEqual([
      ['a', 5, 1],
      ['b', 3, 2],
      ['c', 1, 3],
    ]);
    // positions of a: 1, 1, 2 → median 1, IQR 1.5 − 1 = 0.5
    expect(result[0]!.medianPosition).toBe(1);
    expect(result[0]!.iqr).toBe(0.5);
    expect(result[0]!.consensus).toBe(true);
  });

  it('summarises residents’ importance scores per theme', () => {
    const result = summariseImportance(['a', 'b'], [{ a: 5, b: 1 }, { a: 3 }, { a: 4, b: 2, x: 5 }]);
    expect(result[0]).toMatchObject({ candidate: 'a', mean: 4, median: 4, participants: 3, rank: 1 });
    expect(result[1]).toMatchObject({ candidate: 'b', mean: 1.5, participants: 2 });
    expect('byCriterion' in result[0]!).toBe(false);
  });
});

describe('baseline and progress from a series', () => {
  const data = series([
    point('2022', 110),
    point('2023', 100),
    point('2024Q1', 20, true, 'quarter'),
    point('2024', 25, true),
  ]);

  it('takes the latest full period of the indicator’s own type as baseline, or the one asked for', () => {
    expect(chooseBaseline(data, indicator)).toEqual({ point: data.points[1] });
    expect(chooseBaseline(data, indicator, '2022')).toEqual({ point: data.points[0] });
    const partial = chooseBaseline(data, indicator, '2024');
    expect('problem' in partial && partial.problem.nl).toMatch(/niet volledig/);
    const none = chooseBaseline(series([]), indicator);
    expect('problem' in none).toBe(true);
  });

  it('computes the status from full periods after the baseline only', () => {
    const goal = { baselineValue: 100, baselinePeriod: '2023', targetValue: 60, targetDate: '2027-12-31' };
    expect(progressOf(goal, indicator, data).status).toBe('no-new-data');
    const later = series([...data.points, point('2025', 78)]);
    const p = progressOf(goal, indicator, later);
    // expected at 2025-12-31: halfway between 2023-12-31 and 2027-12-31 (731 of 1461 days)
    expect(p.expected).toBeCloseTo(100 - 40 * (731 / 1461), 10);
    expect(p.status).toBe('on-track');
    expect(p.considered.map((x) => x.period)).toEqual(['2025']);
    // 85 with interval 80–90 lies wholly above the line (≈ 80.0): off track; 82 with 77–87 includes it: on track.
    expect(progressOf(goal, indicator, series([...data.points, point('2025', 85)])).status).toBe('off-track');
    expect(progressOf(goal, indicator, series([...data.points, point('2025', 82)])).status).toBe('on-track');
    expect(progressOf(goal, indicator, series([...data.points, point('2025', 59)])).status).toBe('achieved');
    expect(progressOf({ ...goal, targetValue: null }, indicator, later).status).toBe('no-data');
  });
});

describe('permissions', () => {
  it('gives each role what it needs', () => {
    expect(mayPlan('lezer', 'read-plan')).toBe(true);
    expect(mayPlan('lezer', 'contribute')).toBe(false);
    expect(mayPlan('partner', 'contribute')).toBe(true);
    expect(mayPlan('partner', 'edit-plan')).toBe(false);
    expect(mayPlan('analist', 'edit-plan')).toBe(true);
    expect(mayPlan('analist', 'manage-plan')).toBe(false);
    expect(mayPlan('beheerder', 'manage-plan')).toBe(true);
    expect(mayPlan(null, 'read-plan')).toBe(false);
  });
});

describe('plain language and the printed plan', () => {
  const goal = {
    id: 'g1',
    kernopgaveId: 'k1',
    title: 'Minder opnames <script>',
    indicatorId: indicator.id,
    measureSource: 'open' as const,
    breakdown: 'totaal',
    baseline: { value: 100, lower: 95, upper: 105, period: '2023' },
    target: { value: 60, date: '2027-12-31' },
    ownerOrganisationId: 'o1',
  };
  const view = {
    indicator: {
      id: indicator.id,
      name: indicator.name,
      shortName: indicator.shortName,
      unit: indicator.unit,
      polarity: indicator.polarity,
      decimals: 1,
      periodType: indicator.periodType,
    },
    smart: { smart: true, reasons: [] },
    progress: {
      ...progressOf(
        { baselineValue: 100, baselinePeriod: '2023', targetValue: 60, targetDate: '2027-12-31' },
        indicator,
        series([point('2023', 100), point('2025', 78)]),
      ),
      label: { nl: 'Op koers', en: 'On track' },
    },
    points: [point('2023', 100), point('2025', 85)],
  };

  it('writes the goal as sentences in Dutch and English', () => {
    const sentences = goalSentences(goal, view);
    expect(sentences.map((s) => s.nl).join(' ')).toMatch(
      /Bij de start \(2023\) was dat 100,0 .*Het doel is 60,0 .* op 31 december 2027/,
    );
    expect(sentences.at(-1)!.nl).toMatch(/op koers/);
    expect(formatPeriod('2024Q2', 'nl')).toBe('2e kwartaal 2024');
  });

  it('prints the plan as one HTML page with escaped texts, a chart and its table', () => {
    const html = renderPlanHtml(
      {
        workspace: { name: 'W', region: { code: 'ZK04', name: 'Regio & co' } },
        plan: { title: 'Regioplan', summary: '', updatedAt: null },
        organisations: [{ id: 'o1', name: 'GGD' }],
        kernopgaven: [
          {
            id: 'k1',
            position: 1,
            title: 'Ouderen',
            description: '',
            candidateId: null,
            themeId: null,
            roundId: null,
            goals: [{ ...goal, ...view }],
            actions: [],
          },
        ],
        evaluations: [],
      },
      'nl',
      { public: false },
    );
    expect(html).toContain('Minder opnames &lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Regio &amp; co (ZK04)');
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('<th scope="col">95%-interval</th>');
    expect(html).toContain('Op koers');
  });
});
