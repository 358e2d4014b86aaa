// Register statistics (organisations, governance × size, payer combinations, start years) and the phase
// self-assessment (median phase, spread per principle, weakest principle, steps back) on hand-computed examples.
import { describe, expect, it } from 'vitest';
import { type Contribution, combine, history } from '../../../src/dsv/phases.ts';
import { type CollaborationProfile, sizeBand, summariseRegister } from '../../../src/dsv/registerStats.ts';

const profile = (organisations: number, extra: Partial<CollaborationProfile> = {}): CollaborationProfile => ({
  startYear: 2019,
  scope: 'regionaal',
  matchesDivision: null,
  organisations,
  governance: 'gezamenlijk',
  payers: [],
  partnerTypes: [],
  careShift: [],
  aims: [],
  targetGroups: [],
  meetsDefinition: true,
  ...extra,
});

describe('register statistics', () => {
  // Six collaborations: 3, 5, 9, 15, 40 and 60 organisations.
  const profiles = [
    profile(3, { payers: ['gemeente'], startYear: 2017, scope: 'lokaal' }),
    profile(5, { payers: ['gemeente', 'zorgverzekeraar'], startYear: 2017, scope: 'lokaal' }),
    profile(9, {
      payers: ['gemeente', 'zorgverzekeraar', 'zorgkantoor'],
      governance: 'leidende-organisatie',
      matchesDivision: 'zorgkantoorregio',
    }),
    profile(15, { payers: ['zorgverzekeraar', 'zorgkantoor'], governance: 'leidende-organisatie' }),
    profile(40, { governance: 'onafhankelijk', matchesDivision: 'ggdregio', meetsDefinition: false }),
    profile(60, { payers: ['gemeente', 'zorgverzekeraar'], startYear: 2021 }),
  ];
  const r = summariseRegister(profiles);

  it('gives mean, median, range and the share with more than 8 organisations', () => {
    // mean (3+5+9+15+40+60)/6 = 22; median (9+15)/2 = 12; 4 of 6 above 8 = 66.7 %
    expect(r.organisations).toMatchObject({ n: 6, mean: 22, median: 12, min: 3, max: 60 });
    expect(r.organisations.moreThanEight).toEqual({ count: 4, percent: 66.7, denominator: 6 });
    expect([sizeBand(8), sizeBand(9), sizeBand(50), sizeBand(51)]).toEqual(['3-8', '9-50', '9-50', '>50']);
  });

  it('cross-tabulates governance by size, with row percentages only for rows of 5 or more', () => {
    const t = r.governanceBySize;
    expect(t.columns).toEqual(['3-8', '9-50', '>50']);
    expect(t.rows).toEqual(['gezamenlijk', 'leidende-organisatie', 'onafhankelijk', 'onbekend']);
    expect(t.counts).toEqual([
      [2, 0, 1],
      [0, 2, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(t.rowTotals).toEqual([3, 2, 1, 0]);
    expect(t.rowPercents[0]).toEqual([null, null, null]);
  });

  it('counts payer combinations against all collaborations', () => {
    const by = Object.fromEntries(r.payers.map((p) => [p.key, p.share]));
    expect(by['minstens-een']).toMatchObject({ count: 5, percent: 83.3, denominator: 6 });
    expect(by.meerdere).toMatchObject({ count: 4, percent: 66.7 });
    expect(by['gemeente+zorgverzekeraar']).toMatchObject({ count: 3, percent: 50 });
    expect(by['zorgverzekeraar+zorgkantoor']).toMatchObject({ count: 2, percent: 33.3 });
    expect(by['alle-drie']).toMatchObject({ count: 1, percent: 16.7 });
    expect(by.geen).toMatchObject({ count: 1, percent: 16.7 });
  });

  it('gives start years, scope, division matches of the regional ones and the definition share', () => {
    expect(r.startYears).toEqual([
      { year: 2017, count: 2 },
      { year: 2019, count: 3 },
      { year: 2021, count: 1 },
    ]);
    expect(r.scope.map((s) => [s.key, s.share.count])).toEqual([
      ['lokaal', 2],
      ['regionaal', 4],
    ]);
    // 2 of the 4 regional ones match a division: 50 %, but 4 < 5 so suppressed
    expect(r.matchesDivision).toMatchObject({ count: null, percent: null, denominator: 4, suppressed: true });
    expect(r.meetsDefinition).toMatchObject({ count: 5, percent: 83.3, denominator: 6 });
  });

  it('suppresses everything for fewer than 5 collaborations', () => {
    const small = summariseRegister(profiles.slice(0, 4));
    expect(small.organisations).toMatchObject({ suppressed: true, mean: null, median: null });
    expect(small.startYears.every((y) => y.count === null)).toBe(true);
    expect(small.governanceBySize.counts.flat().every((v) => v === null)).toBe(true);
    expect(small.payers[0]!.share.reason?.nl).toMatch(/n = 4/);
  });
});

describe('phase self-assessment', () => {
  const c = (
    phase: 1 | 2 | 3 | 4,
    principles: Record<string, number>,
    markers: string[] = [],
  ): Contribution => ({
    phase,
    principles,
    markers,
    note: '',
  });

  it('combines members: lower median phase, median and spread per principle, the weakest principle', () => {
    const combined = combine([
      c(2, { draagvlak: 4, vertrouwen: 2, burgerperspectief: 1 }, ['convenant', 'coordinator']),
      c(3, { draagvlak: 5, vertrouwen: 4, burgerperspectief: 3 }, ['convenant']),
      c(2, { draagvlak: 3, vertrouwen: 3 }),
      c(4, { draagvlak: 4, vertrouwen: 3, burgerperspectief: 2 }),
    ]);
    // phases 2,2,3,4: the lower middle one is 2
    expect(combined.phase).toBe(2);
    expect(combined.phaseRange).toEqual({ min: 2, max: 4 });
    const by = Object.fromEntries(combined.principles.map((p) => [p.principle, p]));
    expect(by.draagvlak).toMatchObject({ n: 4, median: 4, min: 3, max: 5, spread: 2 });
    expect(by.vertrouwen).toMatchObject({ n: 4, median: 3, min: 2, max: 4, spread: 2 });
    expect(by.burgerperspectief).toMatchObject({ n: 3, median: 2, min: 1, max: 3, spread: 2 });
    expect(by['financiele-prikkels']).toMatchObject({ n: 0, median: null, spread: null });
    expect(combined.weakestPrinciple).toBe('burgerperspectief');
    expect(combined.markers.find((m) => m.id === 'convenant')).toMatchObject({ phase: 1, count: 2 });
  });

  it('breaks a tie for the weakest principle by the published order, and has none without scores', () => {
    expect(combine([c(1, { vertrouwen: 2, draagvlak: 2 })]).weakestPrinciple).toBe('draagvlak');
    expect(combine([]).phase).toBeNull();
    expect(combine([c(1, {})]).weakestPrinciple).toBeNull();
  });

  it('shows a step back in the history', () => {
    const h = history([
      { id: 'b', date: '2025-06-01', phase: 3, contributors: 3 },
      { id: 'a', date: '2024-06-01', phase: 2, contributors: 2 },
      { id: 'c', date: '2026-06-01', phase: 2, contributors: 3 },
      { id: 'd', date: '2026-09-01', phase: null, contributors: 0 },
      { id: 'e', date: '2026-12-01', phase: 2, contributors: 1 },
    ]);
    expect(h.map((e) => [e.id, e.movement])).toEqual([
      ['a', 'eerste'],
      ['b', 'vooruit'],
      ['c', 'terug'],
      ['d', null],
      ['e', 'gelijk'],
    ]);
  });
});
