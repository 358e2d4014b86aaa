// The pure rules of the regioplan: scoring rounds, the SMART check, goal status from data, version comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedAt, goalProgress } from '../../../src/plans/monitoring.ts';
import { bordaRanking, checkScore, type Score, summariseRound } from '../../../src/plans/prioritisation.ts';
import { checkSmart } from '../../../src/plans/smart.ts';
import { diffVersions } from '../../../src/plans/versions.ts';

const score = (participant: string, candidate: string, u: number, i: number, f: number): Score => ({
  participant,
  candidate,
  urgency: u,
  impact: i,
  feasibility: f,
});

describe('prioritisation rounds', () => {
  it('refuses scores outside the 1–5 scale and unknown candidates', () => {
    const problems = checkScore(score('ggd', 'x', 0, 6, 2.5), new Set(['a']));
    expect(problems.map((p) => p.field)).toEqual(['candidate', 'urgency', 'impact', 'feasibility']);
    expect(problems[1]!.message.nl).toBe('urgency: 0 ligt buiten de schaal 1–5 (hele getallen)');
  });

  it('ranks by mean score with the spread of opinions (worked by hand)', () => {
    const scores = [
      score('gemeente', 'eenzaamheid', 5, 5, 4), // 4.667
      score('ggd', 'eenzaamheid', 4, 4, 4), // 4
      score('verzekeraar', 'eenzaamheid', 3, 4, 2), // 3
      score('gemeente', 'wonen', 2, 2, 2),
      score('ggd', 'wonen', 5, 5, 5),
      score('verzekeraar', 'wonen', 2, 2, 2),
    ];
    const [first, second] = summariseRound(['wonen', 'eenzaamheid'], scores);
    expect(first!.candidate).toBe('eenzaamheid');
    expect(first!.mean).toBeCloseTo((14 / 3 + 4 + 3) / 3, 12);
    expect(first!.median).toBe(4);
    // quantile type 7 of [3, 4, 4.667]: Q1 = 3.5, Q3 = 4.333 → IQR 0.833
    expect(first!.iqr).toBeCloseTo(4 + (14 / 3 - 4) / 2 - 3.5, 12);
    expect(first!.consensus).toBe(true);
    expect(second).toMatchObject({ candidate: 'wonen', mean: 3, median: 2, rank: 2 });
    expect(second!.iqr).toBeCloseTo(1.5, 12);
    expect(second!.consensus).toBe(false);
  });

  it('counts rankings with Borda points', () => {
    expect(
      bordaRanking(
        ['a', 'b', 'c'],
        [
          ['a', 'b', 'c'],
          ['b', 'a', 'c'],
          ['a', 'c', 'b'],
        ],
      ),
    ).toEqual([
      { candidate: 'a', points: 5 },
      { candidate: 'b', points: 3 },
      { candidate: 'c', points: 1 },
    ]);
  });

  it('keeps every mean within the scale (property)', () => {
    const s = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(s, s, s), { minLength: 1, maxLength: 20 }), (triples) => {
        const [result] = summariseRound(
          ['x'],
          triples.map(([u, i, f], n) => score(`p${n}`, 'x', u, i, f)),
        );
        expect(result!.mean).toBeGreaterThanOrEqual(1);
        expect(result!.mean).toBeLessThanOrEqual(5);
        expect(result!.iqr).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('SMART check', () => {
  const good = {
    indicatorId: 'covid-ziekenhuisopnames',
    baselineValue: 70,
    baselinePeriod: '2023',
    targetValue: 50,
    targetDate: '2027-12-31',
    ownerOrganisation: 'GGD',
  };
  it('accepts a complete goal in the better direction', () => {
    expect(checkSmart(good, 'lower-is-better', '2026-11-26')).toEqual({ smart: true, reasons: [] });
  });
  it('names every failed rule', () => {
    const check = checkSmart(
      { ...good, indicatorId: null, baselineValue: null, targetDate: null, ownerOrganisation: null },
      null,
      '2026-11-26',
    );
    expect(check.reasons.map((r) => r.rule)).toEqual(['measure', 'date', 'owner']);
    const wrongWay = checkSmart({ ...good, targetValue: 90 }, 'lower-is-better', '2026-11-26');
    expect(wrongWay.reasons[0]!.nl).toContain('verkeerde kant');
    expect(
      checkSmart({ ...good, targetDate: '2026-01-01' }, 'lower-is-better', '2026-11-26').reasons[0]!.rule,
    ).toBe('date');
  });
});

describe('goal status', () => {
  const goal = {
    baselineValue: 100,
    baselineDate: '2022-12-31',
    targetValue: 60,
    targetDate: '2026-12-31',
    polarity: 'lower-is-better' as const,
  };
  const point = (date: string, value: number, lower: number | null = null, upper: number | null = null) => ({
    period: date.slice(0, 4),
    date,
    value,
    lower,
    upper,
  });
  it('expects the straight line from baseline to target', () => {
    expect(expectedAt(goal, '2022-12-31')).toBe(100);
    expect(expectedAt(goal, '2026-12-31')).toBe(60);
    expect(expectedAt(goal, '2030-01-01')).toBe(60);
    expect(expectedAt(goal, '2024-12-31')).toBeCloseTo(80, 1);
  });
  it('is on track, off track, achieved, or without new data', () => {
    expect(goalProgress(goal, []).status).toBe('no-new-data');
    expect(goalProgress(goal, [point('2022-12-31', 100)]).status).toBe('no-new-data');
    expect(goalProgress(goal, [point('2023-12-31', 85)]).status).toBe('on-track'); // expected ≈ 90
    expect(goalProgress(goal, [point('2023-12-31', 95)]).status).toBe('off-track');
    expect(goalProgress(goal, [point('2023-12-31', 95, 85, 105)]).status).toBe('on-track'); // interval includes 90
    expect(goalProgress(goal, [point('2023-12-31', 95), point('2024-12-31', 55)]).status).toBe('achieved');
  });
});

describe('plan versions', () => {
  it('lists added, removed and changed parts by path, ignoring reordering', () => {
    const v1 = {
      title: 'Plan',
      goals: [
        { id: 'g1', target: 50 },
        { id: 'g2', target: 10 },
      ],
    };
    const v2 = {
      title: 'Plan 2025',
      goals: [
        { id: 'g3', target: 5 },
        { id: 'g1', target: 45 },
      ],
    };
    expect(diffVersions(v1, v2)).toEqual([
      { path: 'goals[g1].target', kind: 'changed', before: 50, after: 45 },
      { path: 'goals[g2]', kind: 'removed', before: { id: 'g2', target: 10 } },
      { path: 'goals[g3]', kind: 'added', after: { id: 'g3', target: 5 } },
      { path: 'title', kind: 'changed', before: 'Plan', after: 'Plan 2025' },
    ]);
    expect(diffVersions(v1, structuredClone(v1))).toEqual([]);
  });
});
